import Foundation
import NewsGraph

/// Benchmark 2: GraphML and JSON of a synthetic graph (default 100,000 nodes, 150,000 edges).
struct ExportBenchmark {
    let nodes: Int
    let edges: Int
    let seed: UInt64
    let repeats: Int
    let folder: String

    init(options: Options) throws {
        nodes = try options.int("nodes", default: 100_000)
        edges = try options.int("edges", default: 150_000)
        seed = UInt64(try options.int("seed", default: 42))
        repeats = try options.int("repeat", default: 1)
        folder = options.string("out") ?? "."
        guard nodes >= 2, edges >= 0, edges <= nodes * (nodes - 1) else {
            throw BenchmarkError.usage("--nodes must be at least 2 and --edges at most nodes × (nodes − 1)")
        }
    }

    func run() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let (graph, buildSeconds) = Measure.time { SyntheticGraph(nodes: nodes, edges: edges, seed: seed).build() }
        let graphRSS = Measure.currentRSSMB()
        let graphMLURL = URL(fileURLWithPath: folder).appendingPathComponent("synthetic.graphml")
        let jsonURL = URL(fileURLWithPath: folder).appendingPathComponent("synthetic.json")

        for repetition in 1...max(1, repeats) {
            // As `newsgraph build` does: the graph is put in output form once, then each format written.
            let (export, convertSeconds) = Measure.time { ExportGraph(graph) }
            let (graphML, graphMLEncode) = try Measure.time { try GraphMLEncoder().encode(export) }
            let (_, graphMLWrite) = try Measure.time { try graphML.write(to: graphMLURL) }
            let (json, jsonEncode) = try Measure.time { try JSONGraphEncoder().encode(export) }
            let (_, jsonWrite) = try Measure.time { try json.write(to: jsonURL) }
            var line = ResultLine(bench: "export")
            line.set("tool", "newsgraph")
            line.set("repetition", repetition)
            line.set("nodes", graph.entities.count)
            line.set("edges", graph.relations.count)
            line.set("evidence", graph.relations.values.reduce(0) { $0 + $1.evidence.count })
            line.set("build_graph_s", buildSeconds)
            line.set("convert_s", convertSeconds)
            line.set("graphml_encode_s", graphMLEncode)
            line.set("graphml_s", graphMLEncode + graphMLWrite)
            line.set("graphml_bytes", graphML.count)
            line.set("json_encode_s", jsonEncode)
            line.set("json_s", jsonEncode + jsonWrite)
            line.set("json_bytes", json.count)
            line.set("seconds", convertSeconds + graphMLEncode + graphMLWrite + jsonEncode + jsonWrite)
            line.set("rss_graph_mb", graphRSS)
            line.set("peak_rss_mb", Measure.peakRSSMB())
            line.emit()
        }
    }
}
