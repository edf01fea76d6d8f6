import Foundation

/// Reads a JSON Graph Format file back into an ``ExportGraph``, so a saved graph can be filtered,
/// re-exported and re-rendered without reading the articles again.
///
/// Accepts any file that validates against the JGF v2 schema (and v1's node lists), not only
/// NewsGraph's own: missing optional fields get defaults (label: the id; type: `other`; an edge's
/// id: `e1`, `e2`, …; its direction: the relation's, else the graph's), self-loops and parallel
/// edges are kept, hyperedges become one edge per source–target pair, and edges to nodes the file
/// does not list add those nodes. What was defaulted or changed is reported in
/// ``Decoded/warnings``. A NewsGraph file reads back to the graph it was written from, so
/// re-encoding it gives the same bytes.
public struct JGFDecoder: Sendable {
    /// A decoded graph and what the reader had to assume or change.
    public struct Decoded: Sendable {
        public var graph: ExportGraph
        /// One line per kind of change, e.g. "3 edges have no id; named e1, e2, …".
        public var warnings: [String]
    }

    public init() {}

    /// Decodes a JGF file.
    ///
    /// - Parameter data: The file's bytes (UTF-8 JSON).
    /// - Returns: The graph and warnings.
    /// - Throws: ``JGFDecodingError`` when the bytes are not JSON or not a JGF graph.
    public func decode(_ data: Data) throws -> Decoded {
        let root: JSONValue
        do throws(JSONParser.Failure) {
            root = try JSONParser.parse(data)
        } catch {
            throw JGFDecodingError.notJSON(error.description)
        }
        guard let top = root.object else {
            throw JGFDecodingError.notJGF("the file holds \(root.typeName), not an object with \"graph\" or \"graphs\"")
        }
        var warnings: [String] = []
        let graph: JSONValue
        if let single = top["graph"] {
            graph = single
        } else if let many = top["graphs"] {
            guard let list = many.array else { throw JGFDecodingError.invalid("graphs", "is \(many.typeName), not an array") }
            guard let first = list.first else {
                return Decoded(graph: ExportGraph(), warnings: ["the file holds no graph (\"graphs\" is empty)"])
            }
            if list.count > 1 { warnings.append("the file holds \(list.count) graphs; only the first is used") }
            graph = first
        } else if top.isEmpty {
            return Decoded(graph: ExportGraph(), warnings: ["the file holds no graph"])
        } else {
            let keys = top.keys.sorted().prefix(5).map { "\"\($0)\"" }.joined(separator: ", ")
            throw JGFDecodingError.notJGF("it has no \"graph\" or \"graphs\" (found \(keys))")
        }
        var reader = GraphReader()
        let result = try reader.read(graph, path: top["graph"] != nil ? "graph" : "graphs[0]")
        return Decoded(graph: result, warnings: warnings + reader.warnings)
    }
}

/// Why a file cannot be read as a JSON Graph Format graph.
public enum JGFDecodingError: LocalizedError, Sendable, Equatable {
    /// The bytes are not JSON.
    case notJSON(String)
    /// JSON, but not shaped like JGF.
    case notJGF(String)
    /// A JGF element that the schema rejects: where, and what is wrong.
    case invalid(String, String)

    public var errorDescription: String? {
        switch self {
        case .notJSON(let reason):
            return "not a JSON file (\(reason)); give a graph.json written by newsgraph build or another JSON Graph Format file"
        case .notJGF(let reason):
            return "not a JSON Graph Format file: \(reason)"
        case .invalid(let path, let reason):
            return "not a valid JSON Graph Format file: \(path) \(reason)"
        }
    }
}

/// Turns one JGF graph object into an ``ExportGraph``, collecting warnings.
private struct GraphReader {
    var warnings: [String] = []

    mutating func read(_ value: JSONValue, path: String) throws -> ExportGraph {
        guard let graph = value.object else { throw JGFDecodingError.invalid(path, "is \(value.typeName), not an object") }
        let directed = graph["directed"]?.bool ?? true
        let documents = (graph["metadata"]?["documents"]?.array ?? []).compactMap(Self.document)

        var nodes: [String: ExportGraph.Node] = [:]
        switch graph["nodes"] {
        case .object(let members)?:
            for (id, item) in members { nodes[id] = try Self.node(id: id, item, path: "\(path).nodes.\(id)") }
        case .array(let items)?:
            for (index, item) in items.enumerated() {
                guard let id = item["id"]?.string else {
                    throw JGFDecodingError.invalid("\(path).nodes[\(index)]", "has no \"id\" string")
                }
                nodes[id] = try Self.node(id: id, item, path: "\(path).nodes[\(index)]")
            }
        case nil, .null?:
            break
        case let other?:
            throw JGFDecodingError.invalid("\(path).nodes", "is \(other.typeName), not an object")
        }

        var raw: [RawEdge] = []
        if let edges = graph["edges"] {
            guard let items = edges.array else { throw JGFDecodingError.invalid("\(path).edges", "is \(edges.typeName), not an array") }
            for (index, item) in items.enumerated() {
                raw.append(try Self.edge(item, path: "\(path).edges[\(index)]"))
            }
        }
        if let hyperedges = graph["hyperedges"]?.array {
            let before = raw.count
            for (index, item) in hyperedges.enumerated() {
                raw += try Self.hyperedge(item, index: index, graphDirected: directed, path: "\(path).hyperedges[\(index)]")
            }
            warnings.append("\(hyperedges.count) hyperedge\(hyperedges.count == 1 ? "" : "s") drawn as \(raw.count - before) edges, one per pair of ends")
        }

        let edges = makeEdges(raw, graphDirected: directed)
        var added: [String] = []
        for edge in edges {
            for end in [edge.source, edge.target] where nodes[end] == nil {
                nodes[end] = ExportGraph.Node(id: end, label: end, type: "other")
                added.append(end)
            }
        }
        if !added.isEmpty {
            warnings.append("\(added.count) edge end\(added.count == 1 ? " is" : "s are") not among the nodes and were added: \(added.prefix(3).joined(separator: ", "))\(added.count > 3 ? ", …" : "")")
        }
        var result = ExportGraph(documents: documents, nodes: Array(nodes.values), edges: edges)
        result.maxEvidence = graph["metadata"]?["maxEvidence"]?.int
        return result
    }

    private static func document(_ value: JSONValue) -> DocumentInfo? {
        guard let id = value["id"]?.string else { return nil }
        // Every field DocumentInfo has, when the record is one NewsGraph wrote.
        if let info = try? JSONValueDecoder().decode(DocumentInfo.self, from: value) { return info }
        return DocumentInfo(id: id, path: value["path"]?.string ?? id, title: value["title"]?.string,
                            date: value["date"]?.string.flatMap(NewsDate.init(iso:)), url: value["url"]?.string,
                            outlet: value["outlet"]?.string, authors: value["authors"]?.strings,
                            recordID: value["record_id"]?.string)
    }

    private static func node(id: String, _ value: JSONValue, path: String) throws -> ExportGraph.Node {
        guard value.object != nil else { throw JGFDecodingError.invalid(path, "is \(value.typeName), not an object") }
        let label = value["label"]?.string ?? id
        let meta = value["metadata"]
        let type = meta?["type"]?.string.flatMap { $0.isEmpty ? nil : $0 } ?? "other"
        let documents = Array(Set(meta?["documents"]?.strings ?? [])).sorted(by: DocumentID.precedes)
        // What NewsGraph writes for merging (mentions per document, the records resolution
        // joined), kept when it reads back whole, so that the file re-encodes to the same bytes.
        let reader = RecordReader(file: "", line: nil)
        var counts: [Int] = []
        if let fields = meta?.object, fields["documentMentions"] != nil,
           let byDocument = try? reader.documentMentions(fields, "metadata") {
            counts = documents.map { byDocument[$0] ?? 0 }
        }
        let joined = (try? (meta?["joined"]?.array ?? []).map { try reader.entityRecord($0, "joined") }) ?? []
        let collapsed = (try? (meta?["collapsed"]?.array ?? []).map { try reader.relation($0, "collapsed") }) ?? []
        return ExportGraph.Node(
            id: id, label: label, type: type, code: meta?["code"]?.string, country: meta?["country"]?.string,
            aliases: Array(Set(meta?["aliases"]?.strings ?? []).subtracting([label])).sorted(),
            roles: Array(Set(meta?["roles"]?.strings ?? [])).sorted(),
            mentions: max(0, meta?["mentions"]?.int ?? 0),
            documents: documents, documentMentions: counts, joined: joined, collapsed: collapsed)
    }

    /// An edge as written, before ids and defaults are settled.
    struct RawEdge {
        var id: String?
        var source: String
        var target: String
        var relation: String?
        var directed: Bool?
        var label: String?
        var metadata: JSONValue?
    }

    private static func edge(_ value: JSONValue, path: String) throws -> RawEdge {
        guard value.object != nil else { throw JGFDecodingError.invalid(path, "is \(value.typeName), not an object") }
        guard let source = value["source"]?.string else { throw JGFDecodingError.invalid(path, "has no \"source\" string") }
        guard let target = value["target"]?.string else { throw JGFDecodingError.invalid(path, "has no \"target\" string") }
        return RawEdge(id: value["id"]?.string, source: source, target: target, relation: value["relation"]?.string,
                       directed: value["directed"]?.bool, label: value["label"]?.string, metadata: value["metadata"])
    }

    private static func hyperedge(_ value: JSONValue, index: Int, graphDirected: Bool, path: String) throws -> [RawEdge] {
        guard value.object != nil else { throw JGFDecodingError.invalid(path, "is \(value.typeName), not an object") }
        let base = value["id"]?.string ?? "h\(index + 1)"
        var pairs: [(String, String, Bool)] = []
        if let members = value["nodes"]?.array {
            let ends = members.compactMap(\.string)
            for i in ends.indices { for j in ends.indices where j > i { pairs.append((ends[i], ends[j], false)) } }
        } else {
            let sources = value["source"]?.strings ?? [], targets = value["target"]?.strings ?? []
            for s in sources { for t in targets { pairs.append((s, t, graphDirected)) } }
        }
        return pairs.enumerated().map { k, pair in
            RawEdge(id: "\(base)-\(k + 1)", source: pair.0, target: pair.1, relation: value["relation"]?.string,
                    directed: pair.2, label: value["label"]?.string, metadata: value["metadata"])
        }
    }

    /// Settles ids (unique; generated where missing) and defaults.
    private mutating func makeEdges(_ raw: [RawEdge], graphDirected: Bool) -> [ExportGraph.Edge] {
        var used = Set<String>()
        var ids: [String?] = raw.map { edge in
            guard let id = edge.id, !used.contains(id) else { return nil }
            used.insert(id)
            return id
        }
        let missing = raw.filter { $0.id == nil }.count
        let duplicated = raw.count - missing - used.count
        var counter = 0
        for index in ids.indices where ids[index] == nil {
            var candidate: String
            repeat {
                counter += 1
                candidate = raw[index].id.map { "\($0)-\(counter)" } ?? "e\(counter)"
            } while used.contains(candidate)
            used.insert(candidate)
            ids[index] = candidate
        }
        if missing > 0 { warnings.append("\(missing) edge\(missing == 1 ? " has" : "s have") no id; named e1, e2, …") }
        if duplicated > 0 { warnings.append("\(duplicated) edge id\(duplicated == 1 ? " is" : "s are") used twice; renamed with a suffix") }
        return raw.indices.map { Self.settle(raw[$0], id: ids[$0]!, graphDirected: graphDirected) }
    }

    private static func settle(_ raw: RawEdge, id: String, graphDirected: Bool) -> ExportGraph.Edge {
        let relation = raw.relation ?? ""
        let kind = RelationKind(rawValue: relation)
        let meta = raw.metadata
        let evidence = (meta?["evidence"]?.array ?? []).compactMap(Self.evidence).sorted()
        let documents = Set(evidence.map(\.document)).count
        return ExportGraph.Edge(
            id: id, source: raw.source, target: raw.target, relation: relation,
            directed: raw.directed ?? kind?.isDirected ?? graphDirected,
            label: raw.label ?? kind?.label ?? relation,
            cameo: meta?["cameo"]?.string ?? kind?.cameo, plover: meta?["plover"]?.string ?? kind?.plover,
            date: meta?["date"]?.string, sources: max(1, meta?["sources"]?.int ?? documents),
            confidence: meta?["confidence"]?.double, triggers: Array(Set(meta?["triggers"]?.strings ?? [])).sorted(),
            evidence: evidence,
            unlistedDocuments: Array(Set(meta?["unlistedDocuments"]?.strings ?? [])).sorted(by: DocumentID.precedes),
            joined: (try? (meta?["joined"]?.array ?? []).map { try RecordReader(file: "", line: nil).relation($0, "joined") }) ?? [])
    }

    private static func evidence(_ value: JSONValue) -> Evidence? {
        guard value.object != nil else { return nil }
        return Evidence(document: value["document"]?.string ?? "", start: value["start"]?.int ?? 0,
                        end: value["end"]?.int ?? 0, text: value["text"]?.string ?? "",
                        triggers: Array(Set(value["triggers"]?.strings ?? [])).sorted(),
                        confidence: value["confidence"]?.double ?? 1,
                        date: value["date"]?.string.flatMap(NewsDate.init(iso:)))
    }
}
