#!/usr/bin/env python3
"""List the verbs the CAMEO verb dictionary (PETRARCH, MIT) files under the CAMEO codes of our
relation kinds, and mark those triggers.tsv does not cover yet — a list to review by hand, not
to import blindly (the dictionary's own header warns of over-broad entries).

usage: cameo_verbs.py [SHARED_DIR]
"""
import os, re, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.normpath(os.path.join(here, "..", ".."))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(repo, "..", "shared"))
KINDS = {"111": "accusation", "112": "accusation", "041": "call", "040": "meeting", "043": "meeting",
         "044": "meeting", "042": "visit", "057": "agreement", "051": "support"}
KINDS.update({f"13{i}": "threat" for i in range(10)})

verbs = {}
for line in open(os.path.join(shared, "knowledge-sources", "CAMEO.2.0.txt"), encoding="utf-8", errors="replace"):
    m = re.match(r"^(?:---\s+)?([A-Z][A-Z_]+)\s+\[(\d{3})\]", line)
    if m and m.group(2) in KINDS:
        verbs.setdefault(KINDS[m.group(2)], set()).add(m.group(1).replace("_", " ").lower())

triggers = open(os.path.join(repo, "Sources", "NewsGraph", "Knowledge", "Data", "triggers.tsv"), encoding="utf-8").read().lower()
for kind, words in sorted(verbs.items()):
    missing = sorted(w for w in words if re.search(r"\t=?" + re.escape(w.split()[0][:5]), triggers) is None)
    print(f"{kind}: {len(words)} CAMEO verbs, not in triggers.tsv: {', '.join(missing)}")
