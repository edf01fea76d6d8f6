#!/usr/bin/env bash
# Builds the fuzz targets and runs one. Usage: Fuzz/fuzz.sh [SECONDS] [libFuzzer flags…]
#   Fuzz/fuzz.sh 600                                     # articles → graph → files, ten minutes, one core
#   NEWSGRAPH_FUZZ_RENDER=1 Fuzz/fuzz.sh 300             # also render small graphs through Graphviz
#   NEWSGRAPH_FUZZ_TARGET=FuzzGraphFile Fuzz/fuzz.sh 300 # graph files as `newsgraph render` reads them
#   NEWSGRAPH_FUZZ_TARGET=FuzzDatasets Fuzz/fuzz.sh 300  # datasets (JSON Lines, JSON, CSV, TSV, gzip)
#   Fuzz/fuzz.sh 0 Crashes/crash-…                       # replay one input (SECONDS is ignored)
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
shift || true
target="${NEWSGRAPH_FUZZ_TARGET:-FuzzPipeline}"

flags=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
swift build "${flags[@]}"
binary="$(swift build "${flags[@]}" --show-bin-path)/$target"

export LSAN_OPTIONS="suppressions=$PWD/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
if [ $# -gt 0 ] && [ -f "$1" ]; then
    exec "$binary" "$@"
fi

case "$target" in
    FuzzPipeline)
        corpus=Corpus; max_len=16384
        mkdir -p "$corpus" && ./make-corpus.sh "$corpus" >/dev/null ;;
    FuzzGraphFile)
        corpus=CorpusGraphs; max_len=65536
        mkdir -p "$corpus" && cp SeedGraphs/* "$corpus"/ ;;
    FuzzDatasets)
        corpus=CorpusDatasets; max_len=65536
        mkdir -p "$corpus" && ./make-dataset-corpus.sh "$corpus" >/dev/null ;;
    *) echo "unknown target $target (FuzzPipeline, FuzzDatasets or FuzzGraphFile)" >&2; exit 64 ;;
esac
mkdir -p Crashes
# Graphviz and fontconfig keep allocations they never free (libgvc about 2 KB per render, in
# gmalloc/grealloc): leak checks are for NewsGraph's own code, so they are off when rendering.
extra=()
if [ "${NEWSGRAPH_FUZZ_RENDER:-}" = 1 ]; then
    extra+=(-detect_leaks=0)
    export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
fi
# One process, one core: -jobs/-workers stay at 1. An input taking more than 20 s is reported as
# a timeout (a quadratic step), more than 4 GB of memory as out-of-memory.
exec "$binary" "$corpus" -dict=newsgraph.dict -max_len="$max_len" -timeout=20 -rss_limit_mb=4096 \
    -max_total_time="$seconds" -artifact_prefix=Crashes/ -print_final_stats=1 ${extra[@]+"${extra[@]}"} "$@"
