#!/usr/bin/env python3
"""Rebuild the plain text of GUM Wikinews documents from the UD English GUM treebank.

usage: gum_text.py [--gum DIR] [--ids FILE] [--out DIR] [--check]

Reads every *.conllu file of DIR (default: ../shared/corpora/ud-gum next to the repository),
takes the documents listed in FILE (default: Evaluation/heldout-documents.txt, one GUM document
id per line, "#" comments) and writes OUT/<id>.txt (default: Evaluation/wikinews/) for each:

- one paragraph per "# newpar" (headings, figure captions, list items and speaker turns are
  paragraphs of their own, as GUM marks them), paragraphs separated by one blank line;
- a paragraph's sentences are the sentences' "# text", joined by one space, or by nothing where
  the sentence's last token carries SpaceAfter=No;
- UTF-8, "\\n" line ends, one final newline.

The output depends only on the treebank: the same input gives byte-identical files. With
--check nothing is written; the script exits 1 and names every file that differs from what it
would write (for tests and CI that have the treebank).
"""
import argparse
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVALUATION = os.path.dirname(HERE)
REPOSITORY = os.path.dirname(EVALUATION)


def read_ids(path):
    ids = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                ids.append(line)
    return ids


def space_after(token_lines):
    """Whether the sentence's last surface token is followed by a space (SpaceAfter=No says not).

    A multiword token's range line ("3-4") carries the MISC of the surface token; the words it
    covers are not surface tokens. Empty nodes ("3.1") are not either.
    """
    last_misc = None
    covered_until = 0
    for line in token_lines:
        cols = line.split("\t")
        tid = cols[0]
        if "." in tid:
            continue
        if "-" in tid:
            start, end = (int(x) for x in tid.split("-"))
            covered_until = end
            last_misc = cols[9]
            continue
        if int(tid) <= covered_until:
            continue
        last_misc = cols[9]
    if last_misc is None:
        return True
    return "SpaceAfter=No" not in last_misc.split("|")


def documents(gum_dir):
    """Yields (doc_id, paragraphs) for every document of every .conllu file, in file order.

    paragraphs is a list of lists of (text, space_after) sentences.
    """
    files = sorted(glob.glob(os.path.join(gum_dir, "*.conllu")))
    if not files:
        sys.exit(f"gum_text.py: no .conllu files in {gum_dir}; give the GUM folder with --gum")
    for path in files:
        doc_id, paragraphs = None, []
        text, tokens = None, []

        def end_sentence():
            nonlocal text, tokens
            if text is not None:
                if not paragraphs:
                    paragraphs.append([])
                paragraphs[-1].append((text, space_after(tokens)))
            text, tokens = None, []

        with open(path, encoding="utf-8") as f:
            for raw in f:
                line = raw.rstrip("\n")
                if line.startswith("# newdoc id = ") or line.startswith("# newdoc id ="):
                    end_sentence()
                    if doc_id is not None:
                        yield doc_id, paragraphs
                    doc_id, paragraphs = line.split("=", 1)[1].strip(), []
                elif line == "# newpar" or line.startswith("# newpar ") or line.startswith("# newpar_id"):
                    end_sentence()
                    paragraphs.append([])
                elif line.startswith("# text = ") or line == "# text =":
                    text = line.split("=", 1)[1].strip()
                elif line and not line.startswith("#"):
                    tokens.append(line)
                elif not line:
                    end_sentence()
            end_sentence()
            if doc_id is not None:
                yield doc_id, paragraphs


def render(paragraphs):
    out = []
    for sentences in paragraphs:
        if not sentences:
            continue
        parts = []
        for i, (text, space) in enumerate(sentences):
            parts.append(text)
            if i + 1 < len(sentences) and space:
                parts.append(" ")
        out.append("".join(parts))
    return "\n\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gum", default=os.path.join(os.path.dirname(REPOSITORY), "shared", "corpora", "ud-gum"))
    ap.add_argument("--ids", default=os.path.join(EVALUATION, "heldout-documents.txt"))
    ap.add_argument("--out", default=os.path.join(EVALUATION, "wikinews"))
    ap.add_argument("--check", action="store_true", help="compare with the files in --out instead of writing")
    a = ap.parse_args()

    wanted = read_ids(a.ids)
    texts = {}
    for doc_id, paragraphs in documents(a.gum):
        if doc_id in wanted:
            texts[doc_id] = render(paragraphs)
    missing = [d for d in wanted if d not in texts]
    if missing:
        sys.exit(f"gum_text.py: not in {a.gum}: {', '.join(missing)}")

    differ = []
    for doc_id in wanted:
        target = os.path.join(a.out, doc_id + ".txt")
        data = texts[doc_id].encode("utf-8")
        if a.check:
            try:
                with open(target, "rb") as f:
                    if f.read() != data:
                        differ.append(target)
            except FileNotFoundError:
                differ.append(target)
        else:
            os.makedirs(a.out, exist_ok=True)
            with open(target, "wb") as f:
                f.write(data)
    if a.check:
        for target in differ:
            print(f"gum_text.py: {target} differs from the text rebuilt from GUM", file=sys.stderr)
        sys.exit(1 if differ else 0)
    print(f"wrote {len(wanted)} documents to {a.out}")


if __name__ == "__main__":
    main()
