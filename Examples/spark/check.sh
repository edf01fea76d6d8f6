#!/usr/bin/env bash
# The Spark check CI runs (.ci/run): a corpus of DOCS documents (default 2,000) of real news
# wording, `newsgraph build` on it, the Spark job in local[2] mode on it (a folder, and the same
# articles as JSON Lines), and graph.json compared byte for byte.
#
# usage: Examples/spark/check.sh [--docs N] [--partitions N] [--newsgraph PATH] [--work DIR]
#   --newsgraph  the binary to use (default: the debug build `swift test` leaves, else release)
# Needs Java 17 and PySpark: Scripts/install-spark.sh installs them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
docs=2000 partitions=5 newsgraph="" work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs=$2; shift ;;
    --partitions) partitions=$2; shift ;;
    --newsgraph) newsgraph=$2; shift ;;
    --work) work=$2; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "check.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$newsgraph" ]; then
  for candidate in "$root/.build/debug/newsgraph" "$root/.build/release/newsgraph"; do
    [ -x "$candidate" ] && newsgraph=$candidate && break
  done
fi
[ -n "$newsgraph" ] || { echo "check.sh: no newsgraph binary; run swift build first or give --newsgraph" >&2; exit 1; }
command -v spark-submit >/dev/null || { echo "check.sh: spark-submit not found; run Scripts/install-spark.sh" >&2; exit 1; }
[ -n "$work" ] || { work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; }
mkdir -p "$work"
cd "$work"

# Real news wording: the shared folder's corpus where it is beside the clone, else the examples'
# (Python's str.split() words; about 290 a document, so the word count gives the documents asked).
rm -rf corpus
words=$((docs * 320))
if [ -f "$root/../shared/eval/make_corpus.py" ]; then
  python3 "$root/../shared/eval/make_corpus.py" "$root/../shared" corpus "$words" >/dev/null
else
  python3 "$root/Benchmarks/Python/make_corpus_examples.py" "$root/Examples/articles" corpus "$words" >/dev/null
fi
count=$(find corpus -name '*.txt' | wc -l)
[ "$count" -ge "$docs" ] || { echo "check.sh: the corpus has $count documents, fewer than $docs" >&2; exit 1; }
# The same articles as JSON Lines, as a crawler exports them (path, text).
python3 - corpus corpus.jsonl <<'PY'
import json, os, sys
folder, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as article:
            f.write(json.dumps({"path": f"{folder}/{name}", "text": article.read()}) + "\n")
PY

seconds() { python3 -c 'import sys; print(float(sys.argv[2]) - float(sys.argv[1]))' "$1" "$(date +%s.%N)"; }
start=$(date +%s.%N)
"$newsgraph" build corpus -o build -f json -q
build_seconds=$(seconds "$start")
status=0
for input in corpus corpus.jsonl; do
  start=$(date +%s.%N)
  spark-submit --master 'local[2]' --conf spark.ui.enabled=false "$here/newsgraph_spark.py" \
    --input "$input" --output "spark-$input" --newsgraph "$newsgraph" --partitions "$partitions" --formats json \
    2> spark.log >/dev/null || { cat spark.log >&2; exit 1; }
  spark_seconds=$(seconds "$start")
  if cmp -s build/graph.json "spark-$input/graph.json"; then
    printf 'spark check: %s documents (%s), graph.json byte-identical to newsgraph build; Spark local[2] %.1f s, build %.1f s\n' \
      "$count" "$input" "$spark_seconds" "$build_seconds"
  else
    echo "spark check: $input: graph.json differs from newsgraph build's" >&2
    cmp build/graph.json "spark-$input/graph.json" >&2 || true
    status=1
  fi
done
exit $status
