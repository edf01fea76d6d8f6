#!/usr/bin/env bash
# One long document, and one long dataset:
#   - scaling: one document of 1k … 128k sentences (N copies of a two-actor sentence; varied news
#     sentences; the same hard-wrapped; a long report of whole articles), extraction on one thread,
#     and every sentence tagged and parsed apart up to 16k; spaCy NER on the same documents
#     (Python/spacy_scaling.py) up to --spacy-max sentences;
#   - streaming: synthetic JSON Lines datasets of 100k and 1M records (Python/make_jsonl.py) read
#     as `newsgraph build` reads them, peak memory and the memory of the graph alone.
#
# usage: Benchmarks/scaling.sh [--max 128000] [--spacy-max 8000] [--records 100000,1000000] [--no-spacy] [--no-build]
# Needs ../shared (the corpus) beside the repository for the varied, wrapped and report shapes and
# the datasets; without it only the repeated sentence runs. Results: $work/scaling.jsonl, stream.jsonl.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
max=128000 spacy_max=8000 records=100000,1000000 spacy=1 build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --max) max=$2; shift ;;
    --spacy-max) spacy_max=$2; shift ;;
    --records) records=$2; shift ;;
    --no-spacy) spacy=0 ;;
    --no-build) build=0 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "scaling.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
work=${NEWSGRAPH_BENCH_WORK:-$here/.build/bench}/scaling
mkdir -p "$work"
cd "$here"
[ "$build" = 1 ] && swift build -c release --product newsgraph-bench >&2
bench=$(swift build -c release --show-bin-path)/newsgraph-bench
shared=$root/../shared

args=()
if [ -d "$shared/corpus" ]; then
  [ -d "$work/corpus" ] || python3 "$shared/eval/make_corpus.py" "$shared" "$work/corpus" 30000 >&2
  args=("$work/corpus" --report "$shared/corpus/bbc-dev,$shared/corpus/seeds")
fi
"$bench" scaling "${args[@]}" --max "$max" --save "$work/docs" | tee "$work/scaling.jsonl"
if [ "$spacy" = 1 ]; then
  python3 "$here/Python/spacy_scaling.py" "$work/docs" --max "$spacy_max" | tee -a "$work/scaling.jsonl"
fi
rm -rf "$work/docs"

: > "$work/stream.jsonl"
for n in ${records//,/ }; do
  [ -f "$work/news-$n.jsonl" ] || python3 "$here/Python/make_jsonl.py" "$work/news-$n.jsonl" "$n" "$shared" >&2
  "$bench" stream "$work/news-$n.jsonl" --threads 2 | tee -a "$work/stream.jsonl"
done
