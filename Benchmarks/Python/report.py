#!/usr/bin/env python3
"""Turns Benchmarks/run.sh's results into the table of ratios (Markdown), from one run.

usage: report.py WORK_DIR   (reads results.jsonl, build.json, startup.json, startup-spacy.json)"""
import json, os, statistics, sys

work = sys.argv[1]
lines = [json.loads(l) for l in open(os.path.join(work, "results.jsonl")) if l.strip()]
rounds = sorted({l["round"] for l in lines})


def pick(bench, tool, **match):
    return {l["round"]: l for l in lines
            if l["bench"] == bench and l["tool"] == tool and all(l.get(k) == v for k, v in match.items())}


def spread(values, fmt="{:.1f}"):
    values = [v for v in values if v is not None]
    if not values:
        return "n/a"
    med = statistics.median(values)
    if len(values) == 1:
        return fmt.format(med)
    return f"{fmt.format(med)} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def hyperfine(name):
    path = os.path.join(work, name)
    if not os.path.exists(path):
        return {}
    return {r["command"]: r for r in json.load(open(path))["results"]}


out = []
w = out.append
spacy, ng1, ng2 = pick("extract", "spacy-ner"), pick("extract", "newsgraph", threads=1), pick("extract", "newsgraph", threads=2)
any1 = next(iter(ng1.values()), None)
w(f"Measured by `Benchmarks/run.sh` ({len(rounds)} round{'s' if len(rounds) != 1 else ''}; "
  "each ratio is taken within a round, tools run one after the other; median (min–max) over rounds).\n")
w("| benchmark | NewsGraph | other tool | ratio |")
w("|---|---|---|---|")
if any1:
    words = any1["words"]
    w(f"| 1. extract + merge + JSON, {words:,} words, {any1['documents']:,} docs, 1 thread | "
      f"{spread([l['words_per_s'] / 1000 for l in ng1.values()], '{:.0f}')}k words/s | "
      f"spaCy NER-only: {spread([l['words_per_s'] / 1000 for l in spacy.values()], '{:.1f}')}k words/s | "
      f"**{spread([ng1[r]['words_per_s'] / spacy[r]['words_per_s'] for r in rounds if r in ng1 and r in spacy])}×** |")
    w(f"| 1 (CPU time instead of wall clock: steadier when the machine is shared) | "
      f"{spread([l['cpu_s'] for l in ng1.values()], '{:.2f}')} s CPU | {spread([l['cpu_s'] for l in spacy.values()], '{:.1f}')} s CPU | "
      f"{spread([spacy[r]['cpu_s'] / ng1[r]['cpu_s'] for r in rounds if r in ng1 and r in spacy])}× |")
    full = pick("extract", "spacy-full")
    if full:
        w(f"| 1 against spaCy's whole pipeline (tagger, parser, lemmatizer, NER), 1 thread | "
          f"{spread([l['words_per_s'] / 1000 for l in ng1.values()], '{:.0f}')}k words/s | "
          f"spaCy en_core_web_sm, all pipes: {spread([l['words_per_s'] / 1000 for l in full.values()], '{:.1f}')}k words/s | "
          f"**{spread([ng1[r]['words_per_s'] / full[r]['words_per_s'] for r in rounds if r in ng1 and r in full])}×** |")
        w(f"| 1 (the same in CPU time) | {spread([l['cpu_s'] for l in ng1.values()], '{:.2f}')} s CPU | "
          f"{spread([l['cpu_s'] for l in full.values()], '{:.1f}')} s CPU | "
          f"{spread([full[r]['cpu_s'] / ng1[r]['cpu_s'] for r in rounds if r in ng1 and r in full])}× |")
    parsing = [l for l in lines if l["bench"] == "extract-parsing"]
    if parsing:
        p = parsing[0]
        w(f"| 1 (sentences relation extraction parsed) | {p['parsed_sentences']:,} of {p['sentences']:,} sentences "
          f"({100 * p['sentence_share']:.1f}%), {100 * p['token_share']:.1f}% of tokens | | |")
    w(f"| 1'. the same, 2 threads | {spread([l['words_per_s'] / 1000 for l in ng2.values()], '{:.0f}')}k words/s | (spaCy, 1 process) | "
      f"**{spread([ng2[r]['words_per_s'] / spacy[r]['words_per_s'] for r in rounds if r in ng2 and r in spacy])}×** |")
    w(f"| 1''. peak memory (RSS) | {spread([l['peak_rss_mb'] for l in ng1.values()], '{:.0f}')} MB (1 thread), "
      f"{spread([l['peak_rss_mb'] for l in ng2.values()], '{:.0f}')} MB (2) | "
      f"{spread([l['peak_rss_mb'] for l in spacy.values()], '{:.0f}')} MB | "
      f"{spread([spacy[r]['peak_rss_mb'] / ng1[r]['peak_rss_mb'] for r in rounds if r in ng1 and r in spacy])}× less |")
    w(f"| 4. 2 threads vs 1 (extraction) | {spread([ng2[r]['words_per_s'] / ng1[r]['words_per_s'] for r in rounds if r in ng1 and r in ng2], '{:.2f}')}× speed-up | | |")
exp, nx = pick("export", "newsgraph"), pick("export", "networkx")
if exp:
    e = next(iter(exp.values()))
    both = [r for r in rounds if r in exp and r in nx]
    w(f"| 2. GraphML + JSON, {e['nodes']:,} nodes / {e['edges']:,} edges / {e['evidence']:,} evidence | "
      f"{spread([l['seconds'] for l in exp.values()], '{:.2f}')} s | NetworkX: {spread([l['seconds'] for l in nx.values()], '{:.1f}')} s | "
      f"**{spread([nx[r]['seconds'] / exp[r]['seconds'] for r in both])}×** |")
    w(f"| 2 (of which: EntityGraph → ExportGraph, once for both files) | "
      f"{spread([l.get('convert_s') for l in exp.values()], '{:.2f}')} s | | |")
    w(f"| 2'. GraphML alone | {spread([l['graphml_s'] for l in exp.values()], '{:.2f}')} s | write_graphml: {spread([l['graphml_s'] for l in nx.values()], '{:.1f}')} s | "
      f"{spread([nx[r]['graphml_s'] / exp[r]['graphml_s'] for r in both])}× |")
    w(f"| 2''. JSON alone | {spread([l['json_s'] for l in exp.values()], '{:.2f}')} s | node_link_data + json.dumps: {spread([l['json_s'] for l in nx.values()], '{:.1f}')} s | "
      f"{spread([nx[r]['json_s'] / exp[r]['json_s'] for r in both])}× |")
    if "memory_seconds" in e:
        w(f"| 2‴. the same, each file encoded in memory first (`encode(_:)`), then written | "
          f"{spread([l['memory_seconds'] for l in exp.values()], '{:.2f}')} s (GraphML {spread([l['graphml_memory_s'] for l in exp.values()], '{:.2f}')} s, "
          f"JSON {spread([l['json_memory_s'] for l in exp.values()], '{:.2f}')} s) | | "
          f"{spread([nx[r]['seconds'] / exp[r]['memory_seconds'] for r in both])}× |")
        w(f"| 2 (CPU time; peak memory) | {spread([l['cpu_s'] for l in exp.values()], '{:.2f}')} s CPU; "
          f"{spread([l['peak_rss_mb'] for l in exp.values()], '{:.0f}')} MB writing as it goes, "
          f"{spread([l['peak_rss_memory_mb'] for l in exp.values()], '{:.0f}')} MB in memory first | "
          f"NetworkX's process (loading our JSON included): {spread([l['peak_rss_mb'] for l in nx.values()], '{:.0f}')} MB | |")
        w(f"| 2 (not timed on either side: fsync of our two files) | {spread([l['fsync_s'] for l in exp.values()], '{:.2f}')} s | | |")
sb, sp = pick("spark", "newsgraph-build"), pick("spark", "spark-local2")
if sp:
    both = [r for r in rounds if r in sb and r in sp]
    f = next(iter(sp.values()))
    w(f"| 5. Spark `local[2]` (`Examples/spark/newsgraph_spark.py`) vs `newsgraph build` on 2 threads, "
      f"{f['words']:,} words, {f['documents']:,} docs, same graph.json | "
      f"build: {spread([l['seconds'] for l in sb.values()], '{:.1f}')} s | Spark: {spread([l['seconds'] for l in sp.values()], '{:.1f}')} s | "
      f"**{spread([sp[r]['seconds'] / sb[r]['seconds'] for r in both], '{:.1f}')}× the time of build** (the engine's overhead) |")
ex, mg = pick("extract-cli", "newsgraph"), pick("merge-cli", "newsgraph")
if ex and mg:
    w(f"| 5'. `newsgraph extract` (2 threads) | {spread([l['documents'] / l['seconds'] for l in ex.values()], '{:.0f}')} docs/s, "
      f"{spread([l['words'] / l['seconds'] / 1000 for l in ex.values()], '{:.0f}')}k words/s | | |")
    w(f"| 5''. `newsgraph merge` of its fragments → graph.json | {spread([l['documents'] / l['seconds'] for l in mg.values()], '{:.0f}')} docs/s, "
      f"{spread([l['bytes'] / l['seconds'] / 1e6 for l in mg.values()], '{:.0f}')} MB/s of fragments; "
      f"{spread([l['peak_rss_mb'] for l in mg.values()], '{:.0f}')} MB | | |")
build = hyperfine("build.json")
if build:
    ng, dot = build["newsgraph build (all formats)"], build["dot -Tsvg -Tpng -Tpdf"]
    w(f"| 3. `newsgraph build` sample articles → json, graphml, dot, svg, png, pdf | {ng['median'] * 1000:.0f} ms | "
      f"`dot -Tsvg -Tpng -Tpdf` alone: {dot['median'] * 1000:.0f} ms | {ng['median'] / dot['median']:.2f}× the time of dot alone |")
start = hyperfine("startup.json")
spacy_start = hyperfine("startup-spacy.json")
if start:
    v, one, dv = start["newsgraph --version"], start["newsgraph build (one sentence, json)"], start["dot -V"]
    ref = ""
    if spacy_start:
        s = next(iter(spacy_start.values()))
        ref = f"spaCy import + load NER: {s['median'] * 1000:.0f} ms"
    w(f"| start-up: `--version` / one-sentence build | {v['median'] * 1000:.1f} ms / {one['median'] * 1000:.0f} ms | "
      f"`dot -V`: {dv['median'] * 1000:.1f} ms; {ref} | |")

if any1:
    w("")
    w("Extraction, where the time goes (NewsGraph, 1 thread, median over rounds): "
      + ", ".join(f"{k.replace('_s', '')} {statistics.median(l[k] for l in ng1.values()):.2f} s"
                  for k in ("metadata_s", "extract_merge_s", "json_encode_s", "json_write_s"))
      + f"; knowledge base load {statistics.median(l['load_knowledge_s'] for l in ng1.values()):.2f} s (not timed); "
      + f"RSS after loading the knowledge base {statistics.median(l['rss_knowledge_mb'] for l in ng1.values()):.0f} MB, "
      + f"with the corpus in memory {statistics.median(l['rss_corpus_mb'] for l in ng1.values()):.0f} MB, "
      + f"with the merged graph {statistics.median(l['rss_graph_mb'] for l in ng1.values()):.0f} MB; "
      + f"graph: {any1['entities']} entities, {any1['relations']} relations, {any1['evidence']:,} evidence; "
      + f"CPU/wall on 2 threads {statistics.median(l['cpu_s'] / l['seconds'] for l in ng2.values()):.2f}.")
print("\n".join(out))
