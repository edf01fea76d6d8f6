import Foundation

extension Extractor {
    /// The merged graph of a stream of documents (``DocumentReader/stream(_:)``), read and
    /// extracted a batch at a time: memory holds one batch of texts and the graph, however many
    /// documents the inputs hold (a JSON Lines file of millions of articles).
    ///
    /// The graph is the one ``extract(_:threads:maxEvidence:progress:)`` gives for the same documents.
    ///
    /// - Parameters:
    ///   - stream: the documents, consumed.
    ///   - batchSize: how many documents are read before they are extracted.
    ///   - threads: how many documents to process at once (default: every core).
    ///   - maxEvidence: keep at most this many pieces of evidence per relation (nil: all).
    ///   - progress: called with the number of documents done so far (from any thread).
    ///   - warning: called with each warning of the reading, in order, as it comes.
    /// - Throws: `ReadingError.nothingToRead` when no document at all could be read.
    public func extract(_ stream: inout DocumentStream, batchSize: Int = 1024,
                        threads: Int = ProcessInfo.processInfo.activeProcessorCount, maxEvidence: Int? = nil,
                        progress: (@Sendable (Int) -> Void)? = nil,
                        warning: (ReadingWarning) -> Void = { _ in }) throws -> EntityGraph {
        try resolvedGraph(of: &stream, batchSize: batchSize, threads: threads, maxEvidence: maxEvidence,
                          progress: progress, warning: warning).graph
    }

    /// The same graph with what cross-document resolution joined, as `build` writes it
    /// (``resolvedGraph(of:threads:maxEvidence:progress:)`` for a stream).
    public func resolvedGraph(of stream: inout DocumentStream, batchSize: Int = 1024,
                              threads: Int = ProcessInfo.processInfo.activeProcessorCount, maxEvidence: Int? = nil,
                              progress: (@Sendable (Int) -> Void)? = nil,
                              warning: (ReadingWarning) -> Void = { _ in }) throws -> ResolvedGraph {
        // Each batch's graphs join the accumulator as they come: it numbers the documents in
        // canonical order at the end, as a merge of all the graphs at once does.
        var merged = GraphAccumulator(maxEvidence: maxEvidence)
        var done = 0
        while true {
            let batch = stream.next(maximum: batchSize, threads: threads)
            for item in stream.takeWarnings() { warning(item) }
            if batch.isEmpty { break }
            var report: (@Sendable (Int) -> Void)?
            if let progress {
                let before = done
                report = { @Sendable count in progress(before + count) }
            }
            let knowledge = knowledge, syntax = syntax
            let graphs: [EntityGraph] = ParallelMap.map(batch, threads: threads, progress: report,
                                                        workerState: { Stemmer() }) { stemmer, document in
                DocumentExtraction(knowledge: knowledge, syntaxModel: syntax, names: names, document: document, stemmer: stemmer).run()
            }
            done += batch.count
            for graph in graphs { merged.add(graph) }
        }
        try stream.finish()
        return CrossDocumentResolver().resolving(merged.finish())
    }
}
