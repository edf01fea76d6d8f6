#!/usr/bin/env bash
# The briefing page of a 2,000-entity graph in headless Chromium, side by side with its bare SVG:
# time to open (until the page works) and to redraw after each filter change, and the page's size
# against the SVG plus the evidence text. The issue's bar: under a second each, within 3x.
#
# usage: Benchmarks/briefing.sh [--nodes N] [--edges M] [--rounds R] [--no-build]
# Needs: Swift 6, Graphviz, Chromium + chromium-driver + selenium (Scripts/install-browser-tools.sh).
# Results: Benchmarks/.build/bench/briefing/ (the files) and briefing.jsonl (one line per run).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
nodes=2000 edges=3000 rounds=5 build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) nodes=$2; shift ;;
    --edges) edges=$2; shift ;;
    --rounds) rounds=$2; shift ;;
    --no-build) build=0 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "briefing.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
work=${NEWSGRAPH_BENCH_WORK:-$here/.build/bench}/briefing
mkdir -p "$work"
cd "$here"
if [ "$build" = 1 ]; then
  swift build -c release --product newsgraph-bench >&2
  swift build -c release --product newsgraph >&2
fi
bin=$(swift build -c release --show-bin-path)
"$bin/newsgraph-bench" export --nodes "$nodes" --edges "$edges" --seed 42 --out "$work" >/dev/null
start=$(date +%s.%N)
"$bin/newsgraph" render "$work/synthetic.json" -o "$work" -f json,svg,html,gexf -q
end=$(date +%s.%N)
echo "newsgraph render -f json,svg,html,gexf: $(python3 -c "print(round($end - $start, 2))") s" >&2
python3 "$here/Python/briefing_timing.py" "$work" --rounds "$rounds" --json "$work/../briefing.jsonl"
