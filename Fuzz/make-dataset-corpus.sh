#!/usr/bin/env bash
# Assembles the seed corpus of the dataset fuzz target in FOLDER (default: CorpusDatasets): the
# hand-written hostile datasets in SeedDatasets/, and the example articles as JSON Lines, JSON,
# CSV and TSV, plain and gzip. The first byte of an input chooses its file name, hence its reader
# (see Sources/FuzzDatasets/FuzzDatasets.swift).
set -euo pipefail
cd "$(dirname "$0")"
out="${1:-CorpusDatasets}"
mkdir -p "$out"
cp SeedDatasets/* "$out"/
python3 - "$out" ../Examples/articles <<'PY'
import csv, gzip, io, json, os, sys
out, folder = sys.argv[1], sys.argv[2]
texts = [open(os.path.join(folder, f), encoding="utf-8").read() for f in sorted(os.listdir(folder)) if f.endswith(".txt")]
records = [{"id": i, "text": t} for i, t in enumerate(texts)]
jsonl = "".join(json.dumps(r) + "\n" for r in records).encode()
array = json.dumps(records).encode()
def table(delimiter):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["id", "text"])
    for r in records: writer.writerow([r["id"], r["text"]])
    return buffer.getvalue().encode()
for index, (name, data) in enumerate([("jsonl", jsonl), ("json", array), ("csv", table(",")), ("tsv", table("\t"))]):
    open(f"{out}/examples-{name}", "wb").write(bytes([index]) + data)
    if index < 3:
        open(f"{out}/examples-{name}-gz", "wb").write(bytes([index + 4]) + gzip.compress(data))
PY
echo "$(ls "$out" | wc -l) inputs in $out"
