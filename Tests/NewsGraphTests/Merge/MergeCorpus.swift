import Foundation
@testable import NewsGraph

/// Documents to merge in many groupings: the invented articles of `Fixtures/Merge` (people who
/// join and part across documents), the example articles, and, where `../shared` is beside the
/// repository, the BBC development articles. Each document's graph is extracted once.
struct MergeCorpus: Sendable {
    let documents: [Document]
    /// Each document's graph, in the order of `documents`.
    let graphs: [EntityGraph]

    static let shared: MergeCorpus = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var folders = ["Tests/NewsGraphTests/Fixtures/Merge", "Examples/articles"].map { root.appendingPathComponent($0).path }
        let bbc = root.appendingPathComponent("../shared/corpus/bbc-dev").standardizedFileURL.path
        if FileManager.default.fileExists(atPath: bbc) { folders.append(bbc) }
        return MergeCorpus(folders: folders)
    }()

    init(folders: [String]) {
        documents = (try? DocumentReader().read(folders).documents) ?? []
        let extractor = Extractor(knowledge: ExtractionFixture.knowledge)
        graphs = documents.map { extractor.extract($0) }
    }

    init(documents: [Document], graphs: [EntityGraph]) {
        self.documents = documents
        self.graphs = graphs
    }

    /// The documents whose path contains `part`.
    func subset(_ part: String) -> MergeCorpus {
        let kept = documents.indices.filter { documents[$0].path.contains(part) }
        return MergeCorpus(documents: kept.map { documents[$0] }, graphs: kept.map { graphs[$0] })
    }

    /// What `build` writes for these documents.
    func buildJSON(maxEvidence: Int? = nil) throws -> Data {
        try Self.json(Extractor(knowledge: ExtractionFixture.knowledge).resolvedGraph(of: documents, maxEvidence: maxEvidence),
                      maxEvidence: maxEvidence)
    }

    static func json(_ graph: ResolvedGraph, maxEvidence: Int? = nil) throws -> Data {
        try JSONGraphEncoder().encode(ExportGraph(graph, maxEvidence: maxEvidence))
    }

    /// The graph `merge` makes of some inputs, then writes: accumulated, resolved, encoded.
    static func mergeJSON(_ inputs: [EntityGraph], maxEvidence: Int? = nil) throws -> Data {
        var accumulator = GraphAccumulator(maxEvidence: maxEvidence)
        for input in inputs { accumulator.add(input) }
        return try json(CrossDocumentResolver().resolving(accumulator.finish()), maxEvidence: maxEvidence)
    }

    /// A document's graph as `merge` reads it back from its fragment line.
    static func throughFragment(_ graph: EntityGraph, line: Int = 1) throws -> EntityGraph {
        var data = try FragmentEncoder().encode(graph)
        data.removeLast()  // the newline
        return try FragmentDecoder().decode(data, file: "test.jsonl", number: line)
    }

    /// Documents' graphs merged, written as `graph.json`, and read back as `merge` reads it.
    static func throughGraphFile(_ graphs: [EntityGraph], maxEvidence: Int? = nil) throws -> EntityGraph {
        let resolved = CrossDocumentResolver().resolving(GraphMerger(maxEvidence: maxEvidence).merge(graphs))
        return try GraphFileReader().readGraph(try json(resolved, maxEvidence: maxEvidence), file: "graph.json").0
    }
}
