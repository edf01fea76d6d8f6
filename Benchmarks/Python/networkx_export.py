#!/usr/bin/env python3
"""NetworkX's side of benchmark 2: the same synthetic graph newsgraph-bench wrote (its JSON
output, loaded untimed), written with nx.write_graphml and nx.node_link_data + json.dumps.

usage: networkx_export.py SYNTHETIC_JSON OUT_DIR
The GraphML graph carries the attributes NewsGraph's GraphML has (lists joined with "; ",
evidence as compact JSON text); the node-link graph carries NewsGraph's JSON metadata as lists
and objects. json.dumps without indent uses Python's C encoder: the fastest NetworkX path.
Prints one JSON line: graphml_s, json_s, seconds."""
import json, os, resource, sys, time
import networkx as nx

source, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
with open(source, encoding="utf-8") as f:
    jgf = json.load(f)["graph"]

flat = nx.MultiDiGraph()
rich = nx.MultiDiGraph()
for node_id, node in jgf["nodes"].items():
    m = node["metadata"]
    attrs = {"label": node["label"], "name": node["label"], "type": m["type"]}
    for key in ("code", "country"):
        if key in m:
            attrs[key] = m[key]
    if m.get("aliases"):
        attrs["aliases"] = "; ".join(m["aliases"])
    if m.get("roles"):
        attrs["roles"] = "; ".join(m["roles"])
    attrs.update(mentions=m["mentions"], document_count=len(m["documents"]), documents="; ".join(m["documents"]))
    flat.add_node(node_id, **attrs)
    rich.add_node(node_id, label=node["label"], **m)
for edge in jgf["edges"]:
    m = edge["metadata"]
    attrs = {"label": edge["label"], "relation": edge["relation"], "interaction": edge["relation"],
             "directed": edge["directed"], "weight": float(m["sources"]), "sources": m["sources"],
             "confidence": m["confidence"]}
    for key in ("cameo", "plover", "date"):
        if key in m:
            attrs[key] = m[key]
    attrs["triggers"] = "; ".join(m["triggers"])
    attrs["evidence"] = json.dumps([{k: e[k] for k in ("document", "start", "end", "text")} for e in m["evidence"]],
                                   ensure_ascii=False, separators=(",", ":"))
    flat.add_edge(edge["source"], edge["target"], key=edge["id"], **attrs)
    rich.add_edge(edge["source"], edge["target"], key=edge["id"], relation=edge["relation"],
                  directed=edge["directed"], label=edge["label"], **m)

t0 = time.perf_counter()
nx.write_graphml(flat, os.path.join(out, "networkx.graphml"))
graphml_s = time.perf_counter() - t0

t0 = time.perf_counter()
with open(os.path.join(out, "networkx.json"), "w", encoding="utf-8") as f:
    f.write(json.dumps(nx.node_link_data(rich, edges="edges"), ensure_ascii=False))
json_s = time.perf_counter() - t0

print(json.dumps({
    "bench": "export", "tool": "networkx", "networkx": nx.__version__,
    "nodes": flat.number_of_nodes(), "edges": flat.number_of_edges(),
    "graphml_s": round(graphml_s, 4), "json_s": round(json_s, 4), "seconds": round(graphml_s + json_s, 4),
    "graphml_bytes": os.path.getsize(os.path.join(out, "networkx.graphml")),
    "json_bytes": os.path.getsize(os.path.join(out, "networkx.json")),
    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
}), flush=True)
