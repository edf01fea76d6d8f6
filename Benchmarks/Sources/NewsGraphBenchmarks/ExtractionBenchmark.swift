import Foundation
import NewsGraph

/// Benchmark 1 and 4: extraction + merge + JSON export of a corpus, on a given number of threads.
///
/// Every file is one document, even when two files hold the same text: `newsgraph build` reads a
/// repeated text once, but the comparison must give spaCy and NewsGraph the same documents.
struct ExtractionBenchmark {
    let folder: String
    let threads: Int
    let repeats: Int
    let jsonPath: String?
    let phases: Bool
    let parsed: Bool

    init(options: Options) throws {
        guard let folder = options.positional.first else { throw BenchmarkError.usage("extract needs a corpus folder") }
        self.folder = folder
        threads = try options.int("threads", default: 1)
        repeats = try options.int("repeat", default: 1)
        jsonPath = options.string("json")
        phases = options.string("phases") == "yes"
        parsed = options.string("parsed") == "yes"
    }

    func run() throws {
        let baseRSS = Measure.currentRSSMB()
        let (knowledge, loadSeconds) = try Measure.time { try KnowledgeBase.load() }
        let knowledgeRSS = Measure.currentRSSMB()
        let (files, readSeconds) = try Measure.time { try readCorpus() }
        let words = files.reduce(0) { $0 + Measure.wordCount($1.content) }
        let bytes = files.reduce(0) { $0 + $1.content.utf8.count }
        let corpusRSS = Measure.currentRSSMB()
        let extractor = Extractor(knowledge: knowledge)

        for repetition in 1...max(1, repeats) {
            let cpuStart = Measure.cpuSeconds()
            // Title and date detection is part of reading a document in NewsGraph, so it is timed;
            // spaCy's side likewise starts from the texts in memory.
            let (documents, metadataSeconds) = Measure.time {
                DocumentReader.makeDocuments(files.map { ($0.path, $0.content, $0.format) }, threads: threads)
            }
            let (graph, extractSeconds) = Measure.time { extractor.extract(documents, threads: threads) }
            let graphRSS = Measure.currentRSSMB()
            let (json, encodeSeconds) = try Measure.time { try JSONGraphEncoder().encode(graph) }
            let (_, writeSeconds) = try Measure.time {
                try json.write(to: URL(fileURLWithPath: jsonPath ?? "/dev/null"))
            }
            let cpu = Measure.cpuSeconds() - cpuStart
            let total = metadataSeconds + extractSeconds + encodeSeconds + writeSeconds
            var line = ResultLine(bench: "extract")
            line.set("tool", "newsgraph")
            line.set("threads", threads)
            line.set("repetition", repetition)
            line.set("documents", files.count)
            line.set("words", words)
            line.set("bytes", bytes)
            line.set("entities", graph.entities.count)
            line.set("relations", graph.relations.count)
            line.set("evidence", graph.relations.values.reduce(0) { $0 + $1.evidence.count })
            line.set("json_bytes", json.count)
            line.set("load_knowledge_s", loadSeconds)
            line.set("read_s", readSeconds)
            line.set("metadata_s", metadataSeconds)
            line.set("extract_merge_s", extractSeconds)
            line.set("json_encode_s", encodeSeconds)
            line.set("json_write_s", writeSeconds)
            line.set("seconds", total)
            line.set("cpu_s", cpu)
            line.set("words_per_s", Double(words) / total)
            line.set("rss_start_mb", baseRSS)
            line.set("rss_knowledge_mb", knowledgeRSS)
            line.set("rss_corpus_mb", corpusRSS)
            line.set("rss_graph_mb", graphRSS)
            line.set("peak_rss_mb", Measure.peakRSSMB())
            line.emit()
            if phases, repetition == 1 { measurePhases(extractor, documents) }
            if parsed, repetition == 1 { measureParsing(extractor, documents) }
        }
    }

    /// The share of sentences (and tokens) relation extraction had parsed: not timed.
    private func measureParsing(_ extractor: Extractor, _ documents: [Document]) {
        let share = extractor.parsingShare(of: documents)
        var line = ResultLine(bench: "extract-parsing")
        line.set("documents", documents.count)
        line.set("sentences", share.sentences)
        line.set("parsed_sentences", share.parsedSentences)
        line.set("lost_clause_sentences", share.lostClauseSentences)
        line.set("tokens", share.tokens)
        line.set("parsed_tokens", share.parsedTokens)
        line.set("sentence_share", share.sentenceShare)
        line.set("token_share", share.tokenShare)
        line.emit()
    }

    /// The steps inside `Extractor.extract(_:threads:)`, timed one by one (a diagnostic: it mirrors
    /// that function's body through public API, so check it still does when extraction changes).
    private func measurePhases(_ extractor: Extractor, _ documents: [Document]) {
        final class Slots: @unchecked Sendable { var graphs: [EntityGraph?] = [] }
        let slots = Slots()
        slots.graphs = Array(repeating: nil, count: documents.count)
        let workers = max(1, threads)
        let (_, mapSeconds) = Measure.time {
            slots.graphs.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let base = buffer
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    for index in stride(from: worker, to: documents.count, by: workers) {
                        base[index] = extractor.extract(documents[index])
                    }
                }
            }
        }
        let graphs = slots.graphs.map { $0! }
        let (merged, mergeSeconds) = Measure.time { GraphMerger(threads: threads).merge(graphs) }
        let (_, resolveSeconds) = Measure.time { CrossDocumentResolver().resolving(merged) }
        var line = ResultLine(bench: "extract-phases")
        line.set("threads", threads)
        line.set("documents", documents.count)
        line.set("per_document_s", mapSeconds)
        line.set("merge_s", mergeSeconds)
        line.set("resolve_s", resolveSeconds)
        line.emit()
    }

    /// Every document file under the folder, in path order, as read from disk (not timed).
    private func readCorpus() throws -> [(path: String, content: String, format: DocumentFormat)] {
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath()  // the enumerator does not follow links
        guard let names = FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] else {
            throw BenchmarkError.input("cannot list \(folder)")
        }
        let files = names.filter { DocumentReader.formats[($0 as NSString).pathExtension.lowercased()] != nil }.sorted()
        guard !files.isEmpty else { throw BenchmarkError.input("no .txt/.md/.html files in \(folder)") }
        return try files.map { name in
            let url = root.appendingPathComponent(name)
            return (url.path, try String(contentsOf: url, encoding: .utf8),
                    DocumentReader.formats[url.pathExtension.lowercased()] ?? .text)
        }
    }
}
