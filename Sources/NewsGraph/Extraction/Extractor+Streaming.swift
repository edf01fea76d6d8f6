import Foundation

extension Extractor {
    /// The merged graph of a stream of documents (``DocumentReader/stream(_:)``), read and
    /// extracted a batch at a time: memory holds one batch of texts and the graph, however many
    /// documents the inputs hold (a JSON Lines file of millions of articles).
    ///
    /// The graph is the one ``extract(_:threads:progress:)`` gives for the same documents.
    ///
    /// - Parameters:
    ///   - stream: the documents, consumed.
    ///   - batchSize: how many documents are read before they are extracted.
    ///   - threads: how many documents to process at once (default: every core).
    ///   - progress: called with the number of documents done so far (from any thread).
    ///   - warning: called with each warning of the reading, in order, as it comes.
    /// - Throws: `ReadingError.nothingToRead` when no document at all could be read.
    public func extract(_ stream: inout DocumentStream, batchSize: Int = 1024,
                        threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                        progress: (@Sendable (Int) -> Void)? = nil,
                        warning: (ReadingWarning) -> Void = { _ in }) throws -> EntityGraph {
        var merged = StreamedMerge()
        while true {
            let batch = stream.next(maximum: batchSize, threads: threads)
            for item in stream.takeWarnings() { warning(item) }
            if batch.isEmpty { break }
            let done = merged.documentCount
            var report: (@Sendable (Int) -> Void)?
            if let progress {
                report = { @Sendable count in progress(done + count) }
            }
            let knowledge = knowledge
            let graphs: [EntityGraph] = ParallelMap.map(batch, threads: threads, progress: report,
                                                        workerState: { Stemmer() }) { stemmer, document in
                DocumentExtraction(knowledge: knowledge, document: document, stemmer: stemmer).run()
            }
            for graph in graphs { merged.add(graph) }
        }
        try stream.finish()
        return CrossDocumentResolver().resolve(merged.finish())
    }
}

/// Documents' graphs merged one after the other as ``EntityGraph/merged(_:)`` merges them all
/// at once: entities merged as they come, each relation's evidence gathered and normalized once,
/// at the end.
struct StreamedMerge {
    private var graph = EntityGraph()
    private var evidence: [RelationKey: [Evidence]] = [:]

    var documentCount: Int { graph.documents.count }

    mutating func add(_ other: EntityGraph) {
        for document in other.documents.values { graph.add(document) }
        for entity in other.entities.values { graph.add(entity) }
        for (key, relation) in other.relations { evidence[key, default: []].append(contentsOf: relation.evidence) }
    }

    consuming func finish() -> EntityGraph {
        for (key, items) in evidence {
            graph.add(Relation(kind: key.kind, source: key.source, target: key.target, evidence: items))
        }
        return graph
    }
}
