import Foundation

/// Which part of a graph to keep: some relations, the neighbourhood of some entities, the edges
/// enough documents report.
///
/// A filter with nothing set (``isActive`` false) keeps the graph exactly as it is, entities
/// without relations included. Once anything is set, entities left without edges drop out
/// unless ``keepIsolated`` is set; focus entities always stay. Apply it with
/// ``EntityGraph/filtered(by:)`` or ``ExportGraph/filtered(by:)``; both give the same selection.
public struct GraphFilter: Sendable, Hashable {
    /// Relation names to keep (`call`, `accusation`, …, compared case-insensitively); `nil` keeps all.
    public var relations: Set<String>?
    /// Entities whose neighbourhood to keep, each given by id, name or alias; empty keeps everything.
    public var focus: [String]
    /// How many edges away from a focus entity the neighbourhood reaches (1: direct neighbours).
    public var depth: Int
    /// Keeps only edges reported by at least this many documents.
    public var minSources: Int
    /// Keeps entities that are left without edges.
    public var keepIsolated: Bool

    /// Creates a filter; the defaults keep everything.
    ///
    /// - Parameters:
    ///   - relations: Relation names to keep, or `nil` for all.
    ///   - focus: Entities (id, name or alias) whose neighbourhood to keep.
    ///   - depth: The neighbourhood's radius in edges, 0 or more.
    ///   - minSources: The least number of documents an edge needs, 1 or more.
    ///   - keepIsolated: Whether entities without edges stay.
    public init(relations: Set<String>? = nil, focus: [String] = [], depth: Int = 1, minSources: Int = 1,
                keepIsolated: Bool = false) {
        self.relations = relations
        self.focus = focus
        self.depth = depth
        self.minSources = minSources
        self.keepIsolated = keepIsolated
    }

    /// Whether the filter selects anything; an inactive filter returns the graph unchanged.
    public var isActive: Bool {
        relations != nil || !focus.isEmpty || minSources > 1
    }
}

/// Why a filter cannot be applied to a graph.
public enum GraphFilterError: LocalizedError, Sendable, Equatable {
    /// A relation name that is neither a NewsGraph relation nor one the graph uses.
    case unknownRelation(String, known: [String])
    /// A focus name that matches no entity; `suggestions` are labels that contain it.
    case focusNotFound(String, suggestions: [String])
    /// A focus name that matches several entities (`id (label)` each).
    case ambiguousFocus(String, candidates: [String])
    /// A negative depth.
    case invalidDepth(Int)
    /// A minimum number of sources below 1.
    case invalidMinSources(Int)

    public var errorDescription: String? {
        switch self {
        case .unknownRelation(let name, let known):
            return "no relation is called '\(name)'; use any of \(known.joined(separator: ", "))"
        case .focusNotFound(let name, let suggestions):
            let hint = suggestions.isEmpty ? "give an entity's name, alias or id as written in graph.json"
                : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
            return "no entity is called '\(name)'; \(hint)"
        case .ambiguousFocus(let name, let candidates):
            return "'\(name)' names \(candidates.count) entities (\(candidates.joined(separator: ", "))); give the id instead"
        case .invalidDepth(let depth):
            return "the focus depth must be 0 or more, not \(depth)"
        case .invalidMinSources(let count):
            return "the minimum number of sources must be 1 or more, not \(count)"
        }
    }
}

extension GraphFilter {
    /// What the filter needs to know of a node.
    struct NodeFacts {
        let id: String
        let label: String
        let aliases: [String]
    }

    /// What the filter needs to know of an edge.
    struct EdgeFacts {
        let id: String
        let source: String
        let target: String
        let relation: String
        let sources: Int
    }

    /// The ids of the nodes and edges to keep. Nodes must come in output order (for messages).
    func select(nodes: [NodeFacts], edges: [EdgeFacts]) throws -> (nodes: Set<String>, edges: Set<String>) {
        let allNodes = Set(nodes.map(\.id))
        guard isActive else { return (allNodes, Set(edges.map(\.id))) }
        guard depth >= 0 else { throw GraphFilterError.invalidDepth(depth) }
        guard minSources >= 1 else { throw GraphFilterError.invalidMinSources(minSources) }

        var wanted: Set<String>?
        if let relations {
            let known = Set(RelationKind.allCases.map(\.rawValue)).union(edges.map { $0.relation.lowercased() })
            for name in relations.sorted() where !known.contains(name.lowercased()) {
                throw GraphFilterError.unknownRelation(name, known: RelationKind.allCases.map(\.rawValue)
                    + known.subtracting(RelationKind.allCases.map(\.rawValue)).subtracting([""]).sorted())
            }
            wanted = Set(relations.map { $0.lowercased() })
        }
        var keptEdges = edges.filter { edge in
            allNodes.contains(edge.source) && allNodes.contains(edge.target) && edge.sources >= minSources
                && (wanted?.contains(edge.relation.lowercased()) ?? true)
        }

        var keptNodes = allNodes
        var focusIDs: Set<String> = []
        if !focus.isEmpty {
            for name in focus { focusIDs.insert(try Self.resolve(name, in: nodes)) }
            keptNodes = Self.neighbourhood(of: focusIDs, depth: depth, edges: keptEdges)
            keptEdges = keptEdges.filter { keptNodes.contains($0.source) && keptNodes.contains($0.target) }
        }
        if !keepIsolated {
            var connected = focusIDs
            for edge in keptEdges {
                connected.insert(edge.source)
                connected.insert(edge.target)
            }
            keptNodes.formIntersection(connected)
        }
        return (keptNodes, Set(keptEdges.map(\.id)))
    }

    /// Every node at most `depth` edges from a start node, edges taken in either direction.
    static func neighbourhood(of start: Set<String>, depth: Int, edges: [EdgeFacts]) -> Set<String> {
        var adjacent: [String: [String]] = [:]
        for edge in edges {
            adjacent[edge.source, default: []].append(edge.target)
            adjacent[edge.target, default: []].append(edge.source)
        }
        var reached = start
        var frontier = start
        for _ in 0..<depth where !frontier.isEmpty {
            var next: Set<String> = []
            for node in frontier {
                for neighbour in adjacent[node] ?? [] where !reached.contains(neighbour) {
                    next.insert(neighbour)
                }
            }
            reached.formUnion(next)
            frontier = next
        }
        return reached
    }

    /// The node a focus name means: an exact id, else a label, else an alias (case and accents ignored).
    static func resolve(_ name: String, in nodes: [NodeFacts]) throws -> String {
        if nodes.contains(where: { $0.id == name }) { return name }
        let key = comparable(name)
        let byLabel = nodes.filter { comparable($0.label) == key }
        let matches = byLabel.isEmpty ? nodes.filter { $0.aliases.contains { comparable($0) == key } } : byLabel
        if matches.count == 1 { return matches[0].id }
        if matches.count > 1 {
            throw GraphFilterError.ambiguousFocus(name, candidates: matches.map { "\($0.id) (\($0.label))" })
        }
        let suggestions = nodes.filter { !key.isEmpty && comparable($0.label).contains(key) }.map(\.label)
        throw GraphFilterError.focusNotFound(name, suggestions: Array(Set(suggestions).sorted().prefix(5)))
    }

    /// Lower case, accents folded, spaces collapsed, a leading "the " dropped.
    static func comparable(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = folded.split(whereSeparator: \.isWhitespace)
        let trimmed = words.first == "the" && words.count > 1 ? words.dropFirst() : words[...]
        return trimmed.joined(separator: " ")
    }
}
