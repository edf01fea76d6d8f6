#!/usr/bin/env python3
"""Write a synthetic JSON Lines news dataset of N records: short articles of real news wording
(the PLOVER development sentences two by two, and the seed articles' paragraphs, from SHARED when
given, else the example articles' paragraphs), each with an id, title, date, url and text.

usage: make_jsonl.py OUT.jsonl N [SHARED]"""
import json, os, sys

out, count = sys.argv[1], int(sys.argv[2])
shared = sys.argv[3] if len(sys.argv) > 3 else None
texts = []
if shared and os.path.isdir(shared):
    records = json.load(open(os.path.join(shared, "corpus/plover-dev/PLOVER_GSR_dev.json")))[1:]
    sentences = [r["text"] for r in records if r.get("text")]
    texts += [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]
    folder = os.path.join(shared, "corpus/seeds")
else:
    folder = os.path.join(os.path.dirname(__file__), "../../Examples/articles")
for name in sorted(os.listdir(folder)):
    text = open(os.path.join(folder, name), encoding="utf-8").read()
    texts += [p for p in text.split("\n\n") if len(p.split()) > 8]
with open(out, "w", encoding="utf-8") as f:
    for i in range(count):
        text = texts[i % len(texts)]
        f.write(json.dumps({"id": f"r{i}", "title": f"Report {i}", "date": f"2026-01-{1 + i % 28:02d}",
                            "url": f"https://news.example/{i}", "text": text}) + "\n")
print(count, len(texts))
