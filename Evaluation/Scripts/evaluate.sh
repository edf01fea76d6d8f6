#!/usr/bin/env bash
# Scores the extractor on every development set in one go: the seeds, the Wikinews and BBC parts of
# the development gold, and the PLOVER development sentences (see Evaluation/README.md).
#
# usage: Evaluation/Scripts/evaluate.sh [NEWSGRAPH_BINARY] [--details] [--keep DIR]
#   NEWSGRAPH_BINARY  default .build/release/newsgraph (build it first: swift build -c release)
#   --details         print score.py's full report for each part, not only its summary line
#   --keep DIR        keep the graphs (DIR/seeds, DIR/wikinews, DIR/bbc, DIR/plover_out)
# Needs ../shared beside the repository (the BBC texts, the seeds, the PLOVER sentences, score.py).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${NEWSGRAPH_SHARED:-$root/../shared}
bin=$root/.build/release/newsgraph
details=0 keep=
while [ $# -gt 0 ]; do
  case "$1" in
    --details) details=1 ;;
    --keep) keep=$2; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) bin=$1 ;;
  esac
  shift
done
[ -x "$bin" ] || { echo "evaluate.sh: $bin not found; run swift build -c release first" >&2; exit 1; }
[ -d "$shared" ] || { echo "evaluate.sh: $shared not found: the development sets live there" >&2; exit 1; }
if [ -n "$keep" ]; then work=$keep; mkdir -p "$work"; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi

summary=$(mktemp)
cat > "$summary" <<'EOF'
import json, sys
o = json.load(open(sys.argv[2]))
print(f"{sys.argv[1]:9} entity P {o['entity_precision']:.3f} R {o['entity_recall']:.3f} F1 {o['entity_f1']:.3f}  "
      f"relation P {o['relation_precision']:.3f} R {o['relation_recall']:.3f} F1 {o['relation_f1']:.3f}  "
      f"unmerged {len(o['unmerged_events'])}  evidence {o['evidence_valid']}/{o['evidence_checked']}")
EOF

score() {  # NAME GRAPH GOLD DOCS
  if [ "$details" = 1 ]; then
    printf '== %s\n' "$1"; python3 "$shared/eval/score.py" "$2" "$3" --docs "$4" | grep -v '^entity_f1='
  fi
  python3 "$shared/eval/score.py" "$2" "$3" --docs "$4" --json > "$work/score.json"
  python3 "$summary" "$1" "$work/score.json"
}

"$bin" build "$shared/corpus/seeds" -o "$work/seeds" -f json -q
score seeds "$work/seeds/graph.json" "$shared/gold/seeds.json" "$shared/corpus/seeds"

"$bin" build "$root/Evaluation/wikinews" -o "$work/wikinews" -f json -q
score wikinews "$work/wikinews/graph.json" "$root/Evaluation/gold/wikinews.json" "$root/Evaluation/wikinews"

rm -rf "$work/bbc-gold"; mkdir -p "$work/bbc-gold"
for f in $(python3 -c "import json,sys; print(' '.join(json.load(open(sys.argv[1]))['documents']))" "$root/Evaluation/gold/bbc-dev.json"); do
  cp "$shared/corpus/bbc-dev/$f" "$work/bbc-gold/"
done
"$bin" build "$work/bbc-gold" -o "$work/bbc" -f json -q
score bbc "$work/bbc/graph.json" "$root/Evaluation/gold/bbc-dev.json" "$work/bbc-gold"

plover=$(python3 "$shared/eval/plover_check.py" "$bin" "$shared/corpus/plover-dev/PLOVER_GSR_dev.json" "$work")
if [ "$details" = 1 ]; then printf '== plover\n%s\n' "$plover"; fi
printf 'plover    %s\n' "$(tail -1 <<<"$plover")"
rm -f "$summary"
