import Foundation

/// Merges many graphs at once on several threads: ``GraphAccumulator``'s join, in slices, then
/// the slices' results. The join is commutative and associative, so the result is the one a
/// single accumulator gives.
public struct GraphMerger: Sendable {
    /// Keep at most this many pieces of evidence per relation (nil: all).
    public var maxEvidence: Int?
    /// How many slices to merge at once.
    public var threads: Int

    public init(maxEvidence: Int? = nil, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.maxEvidence = maxEvidence
        self.threads = threads
    }

    /// The merged graph of `graphs`, each with document ids of its own.
    public func merge(_ graphs: [EntityGraph]) -> EntityGraph {
        // Every document is known up front: ids are canonical from the start, and graphs whose
        // ids already are (those of `DocumentReader`'s documents) are taken without renumbering.
        let table = DocumentTable(graphs.lazy.flatMap(\.documents.values))
        let limit = maxEvidence
        let slices = min(max(threads, 1), graphs.count / 64)
        guard slices > 1 else {
            var accumulator = GraphAccumulator(table: table, maxEvidence: limit)
            for graph in graphs { accumulator.add(graph) }
            return accumulator.finish()
        }
        let bounds = (0...slices).map { $0 * graphs.count / slices }
        let partial = ParallelMap.map(Array(0..<slices), threads: threads) { slice in
            var accumulator = GraphAccumulator(table: table, maxEvidence: limit)
            for graph in graphs[bounds[slice]..<bounds[slice + 1]] { accumulator.add(graph) }
            return accumulator.finish()
        }
        var accumulator = GraphAccumulator(table: table, maxEvidence: limit)
        for graph in partial { accumulator.add(graph) }
        return accumulator.finish()
    }
}
