#!/usr/bin/env python3
"""Record what ../shared/eval/score.py says about the scorer fixtures, for GoldScorerTests.

usage: scorer_fixtures.py [--score PATH] [--check]

Runs score.py --json on each graph of Tests/NewsGraphTests/Fixtures/Scoring against its gold
and writes the outputs, keyed by case, to Tests/NewsGraphTests/Fixtures/Scoring/expected.json.
The Swift port (Tests/NewsGraphTests/Evaluation/GoldScorer.swift) must give the same figures
on the same files. Run it again after changing a fixture or Evaluation/gold/*.json; --check
only compares and exits 1 when expected.json is out of date.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(REPOSITORY, "Tests", "NewsGraphTests", "Fixtures", "Scoring")

# case: (graph, gold, documents folder or None), paths relative to the repository
CASES = {
    "seeds": ("Tests/NewsGraphTests/Fixtures/Scoring/seeds.graph.json",
              "Tests/NewsGraphTests/Fixtures/Scoring/seeds.gold.json", "Examples/articles"),
    "wikinews": ("Tests/NewsGraphTests/Fixtures/Scoring/wikinews.graph.json",
                 "Evaluation/gold/wikinews.json", "Evaluation/wikinews"),
    "bbc-dev": ("Tests/NewsGraphTests/Fixtures/Scoring/bbc-dev.graph.json",
                "Evaluation/gold/bbc-dev.json", None),
    "synthetic": ("Tests/NewsGraphTests/Fixtures/Scoring/synthetic.graph.json",
                  "Tests/NewsGraphTests/Fixtures/Scoring/synthetic.gold.json",
                  "Tests/NewsGraphTests/Fixtures/Scoring/synthetic-docs"),
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--score", default=os.path.join(os.path.dirname(REPOSITORY), "shared", "eval", "score.py"))
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    if not os.path.isfile(a.score):
        sys.exit(f"scorer_fixtures.py: {a.score} not found; give score.py with --score")
    expected = {}
    for case, (graph, gold, docs) in CASES.items():
        command = [sys.executable, a.score, graph, gold, "--json"] + (["--docs", docs] if docs else [])
        out = subprocess.run(command, cwd=REPOSITORY, check=True, capture_output=True, text=True).stdout
        expected[case] = {"graph": graph, "gold": gold, "docs": docs, "score": json.loads(out)}
    text = json.dumps(expected, indent=1, ensure_ascii=False) + "\n"
    target = os.path.join(FIXTURES, "expected.json")
    if a.check:
        with open(target, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"scorer_fixtures.py: {target} is out of date; run Evaluation/Scripts/scorer_fixtures.py")
        return
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
