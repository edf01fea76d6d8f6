import Foundation
import NewsGraph

/// Memory of a dataset read as `newsgraph build` reads it (``DocumentStream`` and
/// ``Extractor/extract(_:batchSize:threads:progress:warning:)``): the peak resident memory, and
/// the memory held once only the graph is left. What streaming itself needs is the difference;
/// bounded memory keeps it the same whatever the number of records.
struct StreamingBenchmark {
    let paths: [String]
    let threads: Int
    let maxEvidence: Int?

    init(options: Options) throws {
        guard !options.positional.isEmpty else { throw BenchmarkError.usage("stream needs a dataset file") }
        paths = options.positional
        threads = try options.int("threads", default: ProcessInfo.processInfo.activeProcessorCount)
        let limit = try options.int("max-evidence", default: 0)
        maxEvidence = limit > 0 ? limit : nil
    }

    func run() throws {
        let knowledge = try KnowledgeBase.load()
        let knowledgeRSS = Measure.currentRSSMB()
        var stream = try DocumentReader().stream(paths)
        var warnings = 0
        let cpuStart = Measure.cpuSeconds()
        // Resident memory sampled every 5,000 documents while the stream is read.
        final class Samples: @unchecked Sendable {
            let lock = NSLock()
            var maximum = 0.0
            var samples: [(Int, Double)] = []
        }
        let samples = Samples()
        let (graph, seconds) = try Measure.time {
            try Extractor(knowledge: knowledge).extract(&stream, threads: threads, maxEvidence: maxEvidence, progress: { done in
                guard done % 5000 == 0 else { return }
                let rss = Measure.currentRSSMB()
                samples.lock.lock()
                samples.maximum = max(samples.maximum, rss)
                samples.samples.append((done, rss))
                samples.lock.unlock()
            }, warning: { _ in warnings += 1 })
        }
        let cpu = Measure.cpuSeconds() - cpuStart
        let peak = Measure.peakRSSMB()
        _ = malloc_trim(0)
        let graphRSS = Measure.currentRSSMB()
        let (json, encodeSeconds) = try Measure.time { try JSONGraphEncoder().encode(graph) }
        var line = ResultLine(bench: "stream")
        line.set("documents", stream.count)
        line.set("warnings", warnings)
        line.set("threads", threads)
        line.set("max_evidence", maxEvidence ?? 0)
        line.set("syntax", (try? SyntaxModel.builtIn) == nil ? "none" : "installed")
        line.set("seconds", seconds)
        line.set("cpu_s", cpu)
        line.set("documents_per_s", Double(stream.count) / seconds)
        line.set("entities", graph.entities.count)
        line.set("relations", graph.relations.count)
        line.set("evidence", graph.relations.values.reduce(0) { $0 + $1.evidence.count })
        line.set("json_mb", Double(json.count) / 1_048_576)
        line.set("json_encode_s", encodeSeconds)
        line.set("rss_knowledge_mb", knowledgeRSS)
        line.set("rss_graph_mb", graphRSS)
        line.set("rss_while_reading_max_mb", samples.maximum)
        // Memory at a tenth, half and all of the records read.
        let sorted = samples.samples.sorted { $0.0 < $1.0 }
        for fraction in [10, 50, 100] where !sorted.isEmpty {
            line.set("rss_at_\(fraction)pct_mb", sorted[min(sorted.count - 1, sorted.count * fraction / 100)].1)
        }
        line.set("peak_rss_mb", peak)
        line.emit()
    }
}

/// glibc's `malloc_trim` (not in the Swift overlay): gives freed heap back to the system, so that
/// the resident memory measured after extraction is what is still in use.
@_silgen_name("malloc_trim")
private func malloc_trim(_ pad: Int) -> Int32
