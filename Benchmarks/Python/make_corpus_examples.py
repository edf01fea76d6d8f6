#!/usr/bin/env python3
"""Write a benchmark corpus from the articles NewsGraph ships (Examples/articles), for machines
without the project's shared/ folder: each article whole, then its paragraphs in groups of three
as shorter documents, repeated until WORDS words. Same output as shared/eval/make_corpus.py.

usage: make_corpus_examples.py ARTICLES_DIR OUTDIR WORDS"""
import os, sys

articles, outdir, words = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(outdir, exist_ok=True)
texts = []
for name in sorted(os.listdir(articles)):
    if name.endswith((".txt", ".md")):
        text = open(os.path.join(articles, name), encoding="utf-8").read()
        texts.append(text)
        paragraphs = [p.strip() for p in text.split("\n\n") if len(p.split()) >= 8]
        for i in range(0, len(paragraphs), 3):
            texts.append("\n\n".join(paragraphs[i:i + 3]) + "\n")
if not texts:
    sys.exit(f"no .txt or .md articles in {articles}")
n = total = 0
while total < words:
    t = texts[n % len(texts)]
    with open(os.path.join(outdir, f"doc{n:06d}.txt"), "w", encoding="utf-8") as f:
        f.write(t)
    total += len(t.split()); n += 1
print(n, total)
