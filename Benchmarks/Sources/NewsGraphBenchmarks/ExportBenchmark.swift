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
            let cpuBefore = Measure.cpuSeconds()
            // As `newsgraph build` does: the graph is put in output form once, then each format written.
            let (export, convertSeconds) = Measure.time { ExportGraph(graph) }
            // Written into the files as they are encoded, as NetworkX's write_graphml and
            // json.dump do (open, write, close: into the page cache, no fsync on either side).
            let graphMLSeconds = try Measure.time { try GraphMLEncoder().write(export, to: graphMLURL) }.1
            let jsonSeconds = try Measure.time { try JSONGraphEncoder().write(export, to: jsonURL) }.1
            // CPU time of the same steps: steadier than wall-clock time on a shared machine.
            let cpuSeconds = Measure.cpuSeconds() - cpuBefore
            let peakRSS = Measure.peakRSSMB()
            // Not timed above: waiting for the disk.
            let fsyncSeconds = try Self.flush(graphMLURL.path) + Self.flush(jsonURL.path)

            // The other way, for comparison (what the CLI did before it streamed each file into its
            // temporary file): the whole file encoded in memory (`encode(_:)`), then written.
            let (graphML, graphMLEncode) = try Measure.time { try GraphMLEncoder().encode(export) }
            let graphMLWrite = try Measure.time { try Self.write(graphML, to: graphMLURL.path) }.1
            let (json, jsonEncode) = try Measure.time { try JSONGraphEncoder().encode(export) }
            let jsonWrite = try Measure.time { try Self.write(json, to: jsonURL.path) }.1
            guard try Data(contentsOf: graphMLURL) == graphML, try Data(contentsOf: jsonURL) == json else {
                throw BenchmarkError.input("write(_:to:) and encode(_:) gave different bytes")
            }

            var line = ResultLine(bench: "export")
            line.set("tool", "newsgraph")
            line.set("repetition", repetition)
            line.set("nodes", graph.entities.count)
            line.set("edges", graph.relations.count)
            line.set("evidence", graph.relations.values.reduce(0) { $0 + $1.evidence.count })
            line.set("build_graph_s", buildSeconds)
            line.set("convert_s", convertSeconds)
            line.set("graphml_s", graphMLSeconds)
            line.set("graphml_bytes", graphML.count)
            line.set("json_s", jsonSeconds)
            line.set("json_bytes", json.count)
            line.set("seconds", convertSeconds + graphMLSeconds + jsonSeconds)
            line.set("cpu_s", cpuSeconds)
            line.set("fsync_s", fsyncSeconds)
            line.set("graphml_encode_s", graphMLEncode)
            line.set("graphml_memory_s", graphMLEncode + graphMLWrite)
            line.set("json_encode_s", jsonEncode)
            line.set("json_memory_s", jsonEncode + jsonWrite)
            line.set("memory_seconds", convertSeconds + graphMLEncode + graphMLWrite + jsonEncode + jsonWrite)
            line.set("rss_graph_mb", graphRSS)
            line.set("peak_rss_mb", peakRSS)
            line.set("peak_rss_memory_mb", Measure.peakRSSMB())
            line.emit()
        }
    }

    /// Writes `data` to `path` as NetworkX's side writes its files: create or truncate, write,
    /// close (into the page cache; `Data.write(to:)` would also wait for the disk).
    static func write(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw BenchmarkError.input("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw BenchmarkError.input("cannot write \(path): \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }

    /// Waits for the file's data to reach the disk; returns the seconds that took.
    static func flush(_ path: String) throws -> Double {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw BenchmarkError.input("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        return Measure.time { fsync(fd) }.1
    }
}
