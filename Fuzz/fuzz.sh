#!/usr/bin/env bash
# Builds the fuzz target and runs it. Usage: Fuzz/fuzz.sh [SECONDS] [libFuzzer flags…]
#   Fuzz/fuzz.sh 600                          # ten minutes on one core
#   NEWSGRAPH_FUZZ_RENDER=1 Fuzz/fuzz.sh 300  # also render small graphs through Graphviz
#   Fuzz/fuzz.sh 0 Crashes/crash-…            # replay one input (SECONDS is ignored)
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
shift || true

swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
binary="$(swift build -c release --show-bin-path -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)/FuzzPipeline"

if [ $# -gt 0 ] && [ -f "$1" ]; then
    exec "$binary" "$@"
fi
mkdir -p Corpus Crashes
./make-corpus.sh Corpus >/dev/null
# One process, one core: -jobs/-workers stay at 1. Inputs up to 16 KB (four documents); an input
# taking more than 20 s is reported as a timeout (a quadratic step), more than 4 GB as a leak.
exec "$binary" Corpus -dict=newsgraph.dict -max_len=16384 -timeout=20 -rss_limit_mb=4096 \
    -max_total_time="$seconds" -artifact_prefix=Crashes/ -print_final_stats=1 "$@"
