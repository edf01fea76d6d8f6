import Foundation

/// Reads the inputs of `newsgraph merge`: fragment files (`newsgraph extract`) and `graph.json`
/// files (`newsgraph build` or `merge`), telling them apart by their first line.
///
/// Each yields graphs before cross-document resolution, their documents numbered their own way,
/// ready for ``GraphAccumulator``: a fragment file one graph per line, streamed; a `graph.json`
/// the graph its resolved nodes and edges and their `joined` records give back
/// (``ResolvedGraph/unresolved``).
public struct GraphFileReader: Sendable {
    /// What a file held.
    public struct Summary: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case fragments, graph }
        public var kind: Kind
        /// Fragment lines read, or documents of the graph.
        public var documents: Int
        /// The evidence limit a graph file was merged with.
        public var maxEvidence: Int?
    }

    public init() {}

    /// Reads `path` (`-`: standard input), passing each graph to `body` as it is read.
    ///
    /// - Throws: ``GraphFileError`` naming the file and line (or element); whatever `body` throws.
    public func read(_ path: String, _ body: (EntityGraph) throws -> Void) throws -> Summary {
        var lines = try LineReader(path: path)
        var first: ArraySlice<UInt8>?
        while let line = try lines.next() {
            if line.contains(where: { !Self.isSpace($0) }) {
                first = line
                break
            }
        }
        guard let first else { throw GraphFileError.notOurs(file: path, reason: "it is empty") }
        guard Self.isFragment(first) else {
            // A graph file: the whole of it is one JSON value.
            var bytes = Array(first)
            bytes.append(0x0A)
            bytes += try lines.rest()
            let (graph, limit) = try readGraph(Data(bytes), file: path, firstLine: lines.number)
            try body(graph)
            return Summary(kind: .graph, documents: graph.documents.count, maxEvidence: limit)
        }
        // Lines are parsed in batches on every core, then handed over in file order.
        let decoder = FragmentDecoder()
        let threads = ProcessInfo.processInfo.activeProcessorCount
        var batch: [(number: Int, bytes: [UInt8])] = [(lines.number, Array(first))]
        var count = 0
        func flush() throws {
            let graphs = ParallelMap.map(batch, threads: threads) { line in
                Result { try decoder.decode(line.bytes, file: path, number: line.number) }
            }
            for graph in graphs { try body(graph.get()) }
            count += batch.count
            batch.removeAll(keepingCapacity: true)
        }
        while let line = try lines.next() {
            guard line.contains(where: { !Self.isSpace($0) }) else { continue }
            batch.append((lines.number, Array(line)))
            if batch.count == 1024 { try flush() }
        }
        try flush()
        return Summary(kind: .fragments, documents: count, maxEvidence: nil)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    /// Whether a first line begins a fragment: `{"newsgraph"` (as `FragmentEncoder` writes
    /// every line), spaces allowed.
    private static func isFragment(_ line: ArraySlice<UInt8>) -> Bool {
        let compact = line.lazy.filter { !isSpace($0) }.prefix(12)
        return compact.elementsEqual(Array(#"{"newsgraph""#.utf8))
    }

    /// The unresolved graph a `graph.json` stands for, and its evidence limit.
    func readGraph(_ data: Data, file: String, firstLine: Int = 1) throws -> (EntityGraph, Int?) {
        let root: JSONValue
        do throws(JSONParser.Failure) {
            root = try JSONParser.parse(data)
        } catch {
            throw GraphFileError.notJSON(file: file, line: error.line + firstLine - 1, reason: error.description)
        }
        let reader = RecordReader(file: file, line: nil)
        guard case .object(let top) = root, case .object(let graph)? = top["graph"] else {
            let found = root.object.map { $0.keys.sorted().prefix(4).map { "\"\($0)\"" }.joined(separator: ", ") } ?? root.typeName
            throw GraphFileError.notOurs(file: file, reason: "no JSON Graph Format \"graph\" object; found \(found)")
        }
        guard case .object(let metadata)? = graph["metadata"],
              case .string(let generator)? = metadata["generator"], generator.hasPrefix("newsgraph") else {
            throw GraphFileError.notOurs(file: file, reason: "its graph.metadata.generator does not name newsgraph")
        }
        guard let versionValue = metadata["formatVersion"] else {
            throw GraphFileError.notOurs(file: file, reason: "written by \(generator), before graphs could be merged; build it again")
        }
        let version = try reader.int(versionValue, "graph.metadata.formatVersion", minimum: 1)
        guard version <= GraphFileFormat.graphVersion else {
            throw GraphFileError.newerVersion(file: file, line: nil, kind: "graph.json", version: version,
                                              supported: GraphFileFormat.graphVersion)
        }
        let limit = try metadata["maxEvidence"].map { try reader.int($0, "graph.metadata.maxEvidence", minimum: 1) }

        var result = EntityGraph()
        for (index, item) in try reader.array(metadata["documents"], "graph.metadata.documents").enumerated() {
            let document = try reader.document(item, "graph.metadata.documents[\(index)]")
            guard document.digest != nil else {
                throw GraphFileError.notOurs(file: file, reason: "graph.metadata.documents[\(index)] has no digest")
            }
            result.add(document)
        }
        var joinedEntities: [String: [Entity]] = [:]
        var collapsed: [String: [Relation]] = [:]
        for (id, item) in try reader.object(graph["nodes"], "graph.nodes") {
            let element = "graph.nodes.\(id)"
            let node = try reader.object(item, element)
            let meta = try reader.object(node["metadata"], "\(element).metadata")
            var fields = meta
            fields["id"] = .string(id)
            fields["label"] = node["label"]
            let entity = try reader.entity(.object(fields), element,
                                           documentMentions: try reader.documentMentions(meta, "\(element).metadata"))
            result.add(entity)
            if let parts = meta["joined"] {
                joinedEntities[id] = try reader.array(parts, "\(element).metadata.joined").enumerated().map {
                    try reader.entityRecord($0.element, "\(element).metadata.joined[\($0.offset)]")
                }
            }
            if let parts = meta["collapsed"] {
                collapsed[id] = try reader.array(parts, "\(element).metadata.collapsed").enumerated().map {
                    try reader.relation($0.element, "\(element).metadata.collapsed[\($0.offset)]")
                }
            }
        }
        var joinedRelations: [RelationKey: [Relation]] = [:]
        for (index, item) in try reader.array(graph["edges"], "graph.edges").enumerated() {
            let element = "graph.edges[\(index)]"
            let edge = try reader.object(item, element)
            var fields = try reader.object(edge["metadata"], "\(element).metadata")
            fields["relation"] = edge["relation"]
            fields["source"] = edge["source"]
            fields["target"] = edge["target"]
            let relation = try reader.relation(.object(fields), element)
            result.add(relation)
            if let parts = fields["joined"] {
                joinedRelations[relation.key] = try reader.array(parts, "\(element).metadata.joined").enumerated().map {
                    try reader.relation($0.element, "\(element).metadata.joined[\($0.offset)]")
                }
            }
        }
        let resolved = ResolvedGraph(graph: result, joinedEntities: joinedEntities, joinedRelations: joinedRelations,
                                     collapsedRelations: collapsed)
        let unresolved = resolved.unresolved
        try Self.checkDocuments(of: unresolved, file: file)
        return (unresolved, limit)
    }

    /// Every document an entity or a piece of evidence names is among the graph's documents.
    static func checkDocuments(of graph: EntityGraph, file: String, line: Int? = nil) throws {
        func check(_ id: String, _ element: @autoclosure () -> String) throws {
            guard graph.documents[id] == nil else { return }
            throw GraphFileError.invalid(file: file, line: line, element: element(), reason: "names document \(id), which the file does not list")
        }
        for entity in graph.entities.values {
            for id in entity.documentMentions.keys { try check(id, "entity \(entity.id)") }
        }
        for relation in graph.relations.values {
            for item in relation.evidence { try check(item.document, "relation \(relation.id)") }
            for id in relation.unlistedDocuments { try check(id, "relation \(relation.id)") }
        }
    }
}
