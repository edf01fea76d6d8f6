/// The graph as the files carry it: nodes and edges in output order, with every field an encoder
/// writes already worked out.
///
/// Encoders write an `ExportGraph`; ``JGFDecoder`` reads one back from a JSON Graph Format file.
/// Unlike ``EntityGraph`` it holds whatever a JGF file may contain: node types and relations
/// NewsGraph does not know, parallel edges of one relation, self-loops. Made from an
/// `EntityGraph`, it is fully determined by that graph (sorted orders throughout), so the same
/// graph always gives the same bytes.
public struct ExportGraph: Sendable, Hashable {
    /// One node: an entity, or whatever a JGF file calls a node.
    public struct Node: Sendable, Hashable, Identifiable {
        public var id: String
        /// Display name.
        public var label: String
        /// `person`, `country`, `organization`, or another type read from a file.
        public var type: String
        /// ISO 3166-1 alpha-3 code, for countries.
        public var code: String?
        /// Alpha-3 code of the country a person or organization belongs to.
        public var country: String?
        /// Other names, sorted, without the label.
        public var aliases: [String]
        /// Offices and functions, sorted.
        public var roles: [String]
        /// How many mentions resolved to the node.
        public var mentions: Int
        /// Ids of the documents the node appears in, in document order.
        public var documents: [String]
        /// The mentions in each of `documents`, in the same order (empty when not known, as in
        /// graphs of other tools).
        public var documentMentions: [Int]
        /// The entities cross-document resolution made this one from, as they were before it
        /// (``ResolvedGraph/joinedEntities``); empty for most nodes.
        public var joined: [Entity]
        /// Relations between entities resolution made this one, as they were before it
        /// (``ResolvedGraph/collapsedRelations``).
        public var collapsed: [Relation]

        public init(id: String, label: String, type: String, code: String? = nil, country: String? = nil,
                    aliases: [String] = [], roles: [String] = [], mentions: Int = 0, documents: [String] = [],
                    documentMentions: [Int] = [], joined: [Entity] = [], collapsed: [Relation] = []) {
            self.id = id
            self.label = label
            self.type = type
            self.code = code
            self.country = country
            self.aliases = aliases
            self.roles = roles
            self.mentions = mentions
            self.documents = documents
            self.documentMentions = documentMentions
            self.joined = joined
            self.collapsed = collapsed
        }

        /// The entity kind, when `type` is one NewsGraph knows.
        public var kind: EntityKind? { EntityKind(rawValue: type) }
    }

    /// One edge: a relation, or whatever a JGF file calls an edge.
    public struct Edge: Sendable, Hashable, Identifiable {
        /// Unique among the graph's edges.
        public var id: String
        public var source: String
        public var target: String
        /// `call`, `accusation`, …, another relation read from a file, or `""` for none.
        public var relation: String
        /// Whether the edge points from source to target; `false` for symmetric relations (a call).
        public var directed: Bool
        /// Display label ("phone call").
        public var label: String
        /// CAMEO event code.
        public var cameo: String?
        /// PLOVER category.
        public var plover: String?
        /// Event date, `YYYY-MM-DD` for NewsGraph's own graphs.
        public var date: String?
        /// Number of documents that report the edge (GDELT's NumSources); drawn as line width.
        public var sources: Int
        /// Combined confidence in 0...1, when known.
        public var confidence: Double?
        /// Words that signalled the relation, sorted.
        public var triggers: [String]
        /// Supporting sentences, sorted.
        public var evidence: [Evidence]
        /// Documents that report the edge with no sentence in `evidence` (an evidence limit left
        /// them out; ``Relation/unlistedDocuments``), in document order.
        public var unlistedDocuments: [String]
        /// The relations cross-document resolution made this one from, as they were before it
        /// (``ResolvedGraph/joinedRelations``); empty for most edges.
        public var joined: [Relation]

        public init(id: String, source: String, target: String, relation: String, directed: Bool,
                    label: String, cameo: String? = nil, plover: String? = nil, date: String? = nil,
                    sources: Int = 1, confidence: Double? = nil, triggers: [String] = [],
                    evidence: [Evidence] = [], unlistedDocuments: [String] = [], joined: [Relation] = []) {
            self.unlistedDocuments = unlistedDocuments
            self.joined = joined
            self.id = id
            self.source = source
            self.target = target
            self.relation = relation
            self.directed = directed
            self.label = label
            self.cameo = cameo
            self.plover = plover
            self.date = date
            self.sources = sources
            self.confidence = confidence
            self.triggers = triggers
            self.evidence = evidence
        }

        /// The relation kind, when `relation` is one NewsGraph knows.
        public var kind: RelationKind? { RelationKind(rawValue: relation) }

        /// Ids of the documents that report the edge, in document order.
        public var documents: [String] {
            let listed = Self.documents(of: evidence)
            return unlistedDocuments.isEmpty ? listed : (listed + unlistedDocuments).sorted(by: DocumentID.precedes)
        }

        /// Ids of the documents `evidence` comes from, in document order.
        static func documents(of evidence: [Evidence]) -> [String] {
            // Evidence is sorted by document, so this is usually one pass over a short list.
            var result: [String] = []
            for item in evidence where !result.contains(item.document) { result.append(item.document) }
            if result.count > 1 { result.sort(by: DocumentID.precedes) }
            return result
        }
    }

    /// The documents read, in document order.
    public var documents: [DocumentInfo]
    /// The evidence limit the graph was merged with (`--max-evidence`), if any.
    public var maxEvidence: Int?
    /// Nodes in output order: by type, then id.
    public private(set) var nodes: [Node]
    /// Edges in output order: by source, target, relation, then id.
    public private(set) var edges: [Edge]

    /// Creates a graph; nodes and edges are put in output order, so the order given does not matter.
    public init(documents: [DocumentInfo] = [], nodes: [Node] = [], edges: [Edge] = []) {
        self.documents = documents.sorted()
        self.nodes = nodes.sorted { ($0.type, $0.id) < ($1.type, $1.id) }
        self.edges = edges.sorted { ($0.source, $0.target, $0.relation, $0.id) < ($1.source, $1.target, $1.relation, $1.id) }
    }

    /// The graph as NewsGraph writes it.
    public init(_ graph: EntityGraph) {
        self.init(ResolvedGraph(unresolved: graph))
    }

    /// The graph as NewsGraph writes it, with what resolution joined, so that the JSON file can
    /// be merged again (``ResolvedGraph/unresolved``).
    public init(_ resolved: ResolvedGraph, maxEvidence: Int? = nil) {
        let graph = resolved.graph
        documents = graph.sortedDocuments
        self.maxEvidence = maxEvidence
        let (nodes, positions) = Self.outputNodes(of: graph)
        self.nodes = nodes
        edges = Self.outputEdges(of: graph, idPositions: positions)
        if !resolved.joinedEntities.isEmpty || !resolved.collapsedRelations.isEmpty {
            for index in self.nodes.indices {
                let id = self.nodes[index].id
                if let parts = resolved.joinedEntities[id] { self.nodes[index].joined = parts }
                if let parts = resolved.collapsedRelations[id] { self.nodes[index].collapsed = parts }
            }
        }
        if !resolved.joinedRelations.isEmpty {
            for index in edges.indices {
                let edge = edges[index]
                guard let kind = edge.kind else { continue }
                if let parts = resolved.joinedRelations[RelationKey(kind: kind, source: edge.source, target: edge.target)] {
                    edges[index].joined = parts
                }
            }
        }
    }

    /// Keeps only the nodes and edges given; used by filters, which keep output order.
    mutating func restrict(nodes keptNodes: Set<String>, edges keptEdges: Set<String>) {
        nodes.removeAll { !keptNodes.contains($0.id) }
        edges.removeAll { !keptEdges.contains($0.id) }
    }

    /// A one-line description for labels: "2 documents, 12 entities, 10 relations".
    public var summary: String {
        func n(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
        return [n(documents.count, "document", "documents"), n(nodes.count, "entity", "entities"),
                n(edges.count, "relation", "relations")].joined(separator: ", ")
    }

    /// Documents by id, for tooltips.
    public var documentsByID: [String: DocumentInfo] {
        Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
