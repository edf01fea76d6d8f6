import Foundation

/// Writes the graph in Graphviz's DOT language, styled for reading: shape and colour by entity
/// kind, colour by relation kind, thicker edges for relations more documents report.
///
/// Node ids in the DOT text are neutral (`n1`, `n2`, … in output order); names go in labels,
/// and every string is escaped, so no article text can break the syntax.
public struct DOTEncoder: GraphEncoder {
    public var fileExtension: String { "dot" }
    /// Font used for every label (installed by Debian's fonts-dejavu-core).
    public var fontName: String

    public init(fontName: String = "DejaVu Sans") {
        self.fontName = fontName
    }

    public func encode(_ graph: EntityGraph) throws -> Data {
        Data(text(graph).utf8)
    }

    /// The DOT text of the graph.
    public func text(_ graph: EntityGraph) -> String {
        let entities = graph.sortedEntities
        var nodeIDs: [String: String] = [:]
        for (index, entity) in entities.enumerated() { nodeIDs[entity.id] = "n\(index + 1)" }

        var lines: [String] = []
        lines.append("digraph newsgraph {")
        lines.append("  graph [label=\"\(Escaping.dot(graph.summary))\", labelloc=b, fontname=\"\(fontName)\", fontsize=10, rankdir=LR, overlap=false, splines=true, pad=0.3, nodesep=0.4, ranksep=0.8];")
        lines.append("  node [fontname=\"\(fontName)\", fontsize=11, style=filled, penwidth=1.2];")
        lines.append("  edge [fontname=\"\(fontName)\", fontsize=9, penwidth=1.4];")
        for entity in entities {
            let style = Self.nodeStyle(entity.kind)
            let id = nodeIDs[entity.id]!
            lines.append("  \(id) [label=\"\(Escaping.dot(entity.name))\", \(style), tooltip=\"\(Escaping.dot(tooltip(entity)))\"];")
        }
        for relation in graph.sortedRelations {
            guard let s = nodeIDs[relation.source], let t = nodeIDs[relation.target] else { continue }
            let style = Self.edgeStyle(relation.kind)
            let width = 1.2 + 1.2 * Double(max(0, relation.sources - 1))
            var attributes = ["label=\"\(Escaping.dot(relation.kind.label))\"", style, "penwidth=\(width)"]
            if !relation.directed { attributes.append("dir=none") }
            attributes.append("tooltip=\"\(Escaping.dot(tooltip(relation, graph: graph)))\"")
            lines.append("  \(s) -> \(t) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func nodeStyle(_ kind: EntityKind) -> String {
        switch kind {
        case .person: return "shape=ellipse, fillcolor=\"#fde2c8\", color=\"#c2570c\""
        case .country: return "shape=box, fillcolor=\"#d6e6f5\", color=\"#2b5d8a\""
        case .organization: return "shape=hexagon, fillcolor=\"#dcefd8\", color=\"#3b7a35\""
        }
    }

    static func edgeStyle(_ kind: RelationKind) -> String {
        switch kind {
        case .call: return "color=\"#1f77b4\", fontcolor=\"#1f77b4\""
        case .meeting: return "color=\"#17becf\", fontcolor=\"#0f7f8a\""
        case .visit: return "color=\"#9467bd\", fontcolor=\"#9467bd\""
        case .accusation: return "color=\"#d62728\", fontcolor=\"#d62728\""
        case .threat: return "color=\"#8b0000\", fontcolor=\"#8b0000\", style=bold"
        case .agreement: return "color=\"#2ca02c\", fontcolor=\"#2ca02c\""
        case .support: return "color=\"#bcbd22\", fontcolor=\"#7f7f00\""
        case .affiliation: return "color=\"#7f7f7f\", fontcolor=\"#7f7f7f\", style=dashed"
        }
    }

    private func tooltip(_ entity: Entity) -> String {
        var parts = ["\(entity.name) (\(entity.kind.rawValue))"]
        if !entity.roles.isEmpty { parts.append(entity.roles.sorted().joined(separator: "; ")) }
        let aliases = entity.sortedAliases
        if !aliases.isEmpty { parts.append("also: " + aliases.joined(separator: ", ")) }
        return parts.joined(separator: "\n")
    }

    private func tooltip(_ relation: Relation, graph: EntityGraph) -> String {
        relation.evidence.prefix(5).map { item in
            let path = graph.documents[item.document]?.path ?? item.document
            return "\(item.text) [\(path)]"
        }.joined(separator: "\n")
    }
}
