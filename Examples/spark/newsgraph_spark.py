#!/usr/bin/env python3
"""NewsGraph on Apache Spark: Spark partitions the corpus, each partition goes through
`newsgraph extract` and `newsgraph merge` on an executor, the partial graphs are merged with a
tree reduce, and the driver writes the outputs with a last `newsgraph merge`. Spark does the
partitioning, scheduling and retries; NewsGraph's per-document extraction is the map step and its
merge the reduce function. The result is byte for byte what `newsgraph build` writes for the same
documents: each document keeps the path build gives it, and merging does not depend on grouping
or order.

    spark-submit --master local[2] Examples/spark/newsgraph_spark.py \\
        --input CORPUS --output DIR [--newsgraph PATH] [--partitions N] [--formats json,svg] \\
        [--max-evidence N] [-- MERGE OPTIONS…]

CORPUS is a folder (read as `newsgraph build` reads one: .txt, .md, .html files, hidden ones
left out) or a JSON Lines file of articles ({"text": …} or {"base64": …}, with "path", "title",
"date"; a record without "path" becomes FILE#LINE). Options after `--` go to the last merge
(filters, diagram options: --focus Putin --relations call). newsgraph is found on PATH or given
with --newsgraph; on a cluster, ship it with its resource bundle (e.g. --archives
newsgraph.tar.gz#ng --newsgraph ng/newsgraph). See Examples/spark/README.md.
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

# What `newsgraph build` reads in a folder (DocumentReader.formats).
EXTENSIONS = {"txt", "text", "md", "markdown", "html", "htm"}


def corpus_items(path):
    """The corpus as records for `newsgraph extract -`: (path, None) per file of a folder, read on
    the executors; (path, record line) per JSON line."""
    if os.path.isdir(path):
        items = []
        for folder, folders, files in os.walk(path, followlinks=True):
            folders[:] = sorted(f for f in folders if not f.startswith("."))
            relative = os.path.relpath(folder, path)
            for name in sorted(files):
                if name.startswith(".") or name.rsplit(".", 1)[-1].lower() not in EXTENSIONS or "." not in name:
                    continue
                sub = name if relative == "." else os.path.join(relative, name)
                full = path + sub if path.endswith("/") else path + "/" + sub
                if os.path.isfile(full):
                    items.append((full, None))
        return items
    items = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                items.append((f"{path}#{number}", line))
    return items


def record(item):
    """One JSON line for `newsgraph extract -`: a file's bytes, or a dataset record with its path."""
    path, line = item
    if line is None:
        with open(path, "rb") as f:
            return json.dumps({"path": path, "base64": base64.b64encode(f.read()).decode("ascii")})
    article = json.loads(line)
    article.setdefault("path", path)
    return json.dumps(article)


def run(command, data=None):
    """Runs a newsgraph command; its standard output, or an error with what it said."""
    done = subprocess.run(command, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:2])} failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
    if done.stderr:
        sys.stderr.write(done.stderr.decode(errors="replace"))
    return done.stdout


def merge_args(max_evidence):
    return ["--max-evidence", str(max_evidence)] if max_evidence else []


def merged_graph(newsgraph, inputs, max_evidence, data=None):
    """`newsgraph merge INPUTS -f json`: the merged graph.json's bytes."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-spark-") as out:
        run([newsgraph, "merge", *inputs, "-o", out, "-f", "json", "-q", *merge_args(max_evidence)], data)
        with open(os.path.join(out, "graph.json"), "rb") as f:
            return f.read()


def executable(name):
    """The newsgraph binary on this executor: a path, a file shipped with --files, or PATH's."""
    if name and os.path.exists(name):
        return os.path.abspath(name)
    if name:
        from pyspark import SparkFiles
        shipped = SparkFiles.get(os.path.basename(name))
        if os.path.exists(shipped):
            os.chmod(shipped, 0o755)
            return shipped
        raise RuntimeError(f"{name}: not found on this executor; ship it with --files or --archives")
    found = shutil.which("newsgraph")
    if not found:
        raise RuntimeError("newsgraph is not on PATH; give --newsgraph PATH")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", required=True, help="a folder of articles or a JSON Lines file")
    parser.add_argument("--output", required=True, help="the output folder (as newsgraph build -o)")
    parser.add_argument("--newsgraph", help="the newsgraph binary (default: newsgraph on PATH)")
    parser.add_argument("--partitions", type=int, help="how many partitions (default: Spark's parallelism)")
    parser.add_argument("--formats", default="json,graphml,dot,svg,png", help="as newsgraph build -f")
    parser.add_argument("--max-evidence", type=int, help="as newsgraph merge --max-evidence")
    parser.add_argument("merge_options", nargs=argparse.REMAINDER, help="after --: options of the last merge")
    args = parser.parse_args()
    extra = [a for a in args.merge_options if a != "--"] if args.merge_options else []

    from pyspark.sql import SparkSession
    spark = SparkSession.builder.appName("newsgraph").getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("WARN")
    started = time.time()
    items = corpus_items(args.input)
    if not items:
        sys.exit(f"newsgraph_spark: {args.input}: no documents")
    partitions = args.partitions or sc.defaultParallelism
    name, limit = args.newsgraph, args.max_evidence

    def partition_graph(rows):
        lines = "".join(record(row) + "\n" for row in rows)
        if not lines:
            return
        newsgraph = executable(name)
        fragments = run([newsgraph, "extract", "-", "-o", "-", "-q"], lines.encode("utf-8"))
        yield merged_graph(newsgraph, ["-"], limit, fragments)

    def merge_two(a, b):
        newsgraph = executable(name)
        with tempfile.TemporaryDirectory(prefix="newsgraph-spark-") as folder:
            paths = [os.path.join(folder, "a.json"), os.path.join(folder, "b.json")]
            for path, data in zip(paths, (a, b)):
                with open(path, "wb") as f:
                    f.write(data)
            return merged_graph(newsgraph, paths, limit)

    graph = sc.parallelize(items, partitions).mapPartitions(partition_graph).treeReduce(merge_two, depth=2)

    # The outputs, at the driver: a merge of the one graph is that graph, in every format asked.
    newsgraph = executable(name)
    with tempfile.TemporaryDirectory(prefix="newsgraph-spark-") as folder:
        path = os.path.join(folder, "graph.json")
        with open(path, "wb") as f:
            f.write(graph)
        summary = run([newsgraph, "merge", path, "-o", args.output, "-f", args.formats, *merge_args(limit), *extra])
    spark.stop()
    sys.stdout.write(summary.decode())
    print(f"newsgraph_spark: {len(items)} documents in {partitions} partitions, {time.time() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
