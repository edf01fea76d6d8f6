#!/usr/bin/env bash
# Assembles the seed corpus for the fuzzer in FOLDER (default: Corpus): the hand-written hostile
# seeds in Seeds/, the example articles, and, when ../../shared exists, the sample articles and
# the PLOVER development sentences (one document per sentence, and pairs as two documents).
#
# The first byte of every input chooses the format of its documents ('0' text, '1' Markdown,
# '2' HTML); 0x1E separates documents. See Sources/FuzzPipeline/FuzzPipeline.swift.
set -euo pipefail
cd "$(dirname "$0")"
out="${1:-Corpus}"
mkdir -p "$out"

cp Seeds/* "$out"/
for file in ../Examples/articles/*.txt ../../shared/corpus/seeds/*.txt; do
    [ -f "$file" ] || continue
    name=$(basename "$file" .txt)
    { printf '0'; cat "$file"; } > "$out/text-$name"
    { printf '1'; cat "$file"; } > "$out/markdown-$name"
    { printf '2<html><body><p>'; sed 's/$/<\/p><p>/' "$file"; printf '</p></body></html>'; } > "$out/html-$name"
done

plover=../../shared/corpus/plover-dev/PLOVER_GSR_dev.json
if [ -f "$plover" ] && command -v python3 >/dev/null; then
    python3 - "$plover" "$out" <<'PY'
import json, sys
records = [r for r in json.load(open(sys.argv[1])) if r.get("event") != "DOCUMENT" and r.get("text")]
out = sys.argv[2]
for i, r in enumerate(records):
    open(f"{out}/plover-{i:03d}", "w").write("0" + r["text"])
for i in range(0, len(records) - 1, 2):
    open(f"{out}/plover-pair-{i:03d}", "w").write("0" + records[i]["text"] + "\x1e" + records[i + 1]["text"])
PY
fi
echo "$(ls "$out" | wc -l) inputs in $out"
