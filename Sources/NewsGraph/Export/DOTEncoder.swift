import Foundation

/// Writes the graph in Graphviz's DOT language, styled for briefings: shape and colour by entity
/// type, colour, line style and arrowhead by relation (symmetric relations without arrowheads),
/// thicker lines for relations more documents report, edge labels, a legend, DejaVu Sans.
///
/// Node names in the DOT text are neutral (`n1`, `n2`, … in output order, see
/// ``nodeNames(for:)``), because Graphviz copies them into the SVG's `<title>`s; names go in
/// labels. In SVG output every node and edge carries a tooltip with its evidence sentences and
/// source documents, an `id` (`node-person-vladimir-putin`, `edge-call-…`) and a `class` (the
/// entity type; the relation and `directed`/`undirected`) for web pages to style. Every string
/// is escaped for DOT and for Graphviz's own escapes, so article text shows as written and never
/// becomes syntax or markup.
public struct DOTEncoder: GraphEncoder {
    public var fileExtension: String { "dot" }
    /// Font used for every label (installed by Debian's fonts-dejavu-core).
    public var fontName: String
    /// Engine and settings; `nil` chooses them by the graph's size (``DiagramLayout/automatic(nodes:edges:)``).
    public var layout: DiagramLayout?
    /// Whether to draw a legend of the entity types and relations present.
    public var legend: Bool
    /// How many evidence sentences an edge tooltip quotes.
    public var tooltipEvidenceLimit: Int

    /// Creates an encoder.
    ///
    /// - Parameters:
    ///   - fontName: The font of every label.
    ///   - layout: Engine and settings, or `nil` to choose by size.
    ///   - legend: Whether to draw a legend.
    public init(fontName: String = "DejaVu Sans", layout: DiagramLayout? = nil, legend: Bool = true) {
        self.fontName = fontName
        self.layout = layout
        self.legend = legend
        self.tooltipEvidenceLimit = 5
    }

    public func encode(_ graph: ExportGraph) throws -> Data {
        Data(text(graph).utf8)
    }

    /// The DOT text of the graph.
    public func text(_ graph: EntityGraph) -> String {
        text(ExportGraph(graph))
    }

    /// The layout the encoder uses for `graph`: ``layout``, or the automatic choice for its size.
    public func resolvedLayout(for graph: ExportGraph) -> DiagramLayout {
        layout ?? DiagramLayout.automatic(nodes: graph.nodes.count, edges: graph.edges.count)
    }

    /// The DOT node name of each node id: `n1`, `n2`, … in output order.
    public static func nodeNames(for graph: ExportGraph) -> [String: String] {
        var names: [String: String] = [:]
        names.reserveCapacity(graph.nodes.count)
        for (index, node) in graph.nodes.enumerated() where names[node.id] == nil {
            names[node.id] = "n\(index + 1)"
        }
        return names
    }

    /// The `id` each node and edge gets in SVG output (`node-person-vladimir-putin`,
    /// `edge-call__…`), keyed by node and edge id: CSS tokens, unique across nodes and edges.
    /// An edge whose ends are not both nodes of the graph is not drawn and has none.
    public static func svgIDs(for graph: ExportGraph) -> (nodes: [String: String], edges: [String: String]) {
        let names = nodeNames(for: graph)
        var tokens = UniqueTokens()
        var nodes: [String: String] = [:], edges: [String: String] = [:]
        nodes.reserveCapacity(graph.nodes.count)
        edges.reserveCapacity(graph.edges.count)
        for node in graph.nodes where names[node.id] != nil && nodes[node.id] == nil {
            nodes[node.id] = tokens.make("node-" + Escaping.cssToken(node.id))
        }
        for edge in graph.edges where names[edge.source] != nil && names[edge.target] != nil {
            edges[edge.id] = tokens.make("edge-" + Escaping.cssToken(edge.id))
        }
        return (nodes, edges)
    }

    /// The DOT text of the graph.
    public func text(_ graph: ExportGraph) -> String {
        let layout = resolvedLayout(for: graph)
        let names = Self.nodeNames(for: graph)
        let documents = graph.documentsByID
        let svgIDs = Self.svgIDs(for: graph)
        let font = Escaping.dotLabel(fontName)

        var lines: [String] = ["digraph newsgraph {"]
        var graphAttributes = ["layout=\(layout.engine)"]
        graphAttributes += layout.attributes.map { "\($0.name)=\"\(Escaping.dotLabel($0.value))\"" }
        graphAttributes += ["fontname=\"\(font)\"", "fontsize=10", "pad=0.3", "outputorder=edgesfirst", "bgcolor=white"]
        if legend, !graph.nodes.isEmpty {
            graphAttributes += ["labelloc=b", "labeljust=r", "label=<\(DOTLegend(graph: graph).html)>"]
        }
        lines.append("  graph [\(graphAttributes.joined(separator: ", "))];")
        lines.append("  node [fontname=\"\(font)\", fontsize=\(layout.compact ? 8 : 11), penwidth=1.2, margin=\"\(layout.compact ? "0.05,0.02" : "0.12,0.05")\"];")
        lines.append("  edge [fontname=\"\(font)\", fontsize=9, arrowsize=0.8];")

        // dot draws entities without relations as a column; a labelled cluster says why they are there.
        var isolated: Set<String> = []
        if layout.engine == "dot", !graph.edges.isEmpty {
            isolated = Set(graph.nodes.map(\.id))
            for edge in graph.edges {
                isolated.remove(edge.source)
                isolated.remove(edge.target)
            }
        }
        var clustered: [String] = []
        for node in graph.nodes {
            guard let name = names[node.id] else { continue }
            let look = DiagramStyle.node(type: node.type)
            var attributes = ["id=\"\(svgIDs.nodes[node.id] ?? "")\"",
                              "class=\"\(Self.cssClass(node.type, empty: "other"))\"",
                              "label=\(nodeLabel(node, roles: layout.roles))",
                              "shape=\(look.shape)", "style=\"\(look.style)\"",
                              "fillcolor=\"\(look.fill)\"", "color=\"\(look.border)\""]
            attributes.append("tooltip=\"\(Escaping.dotTooltip(tooltip(node, documents: documents)))\"")
            let line = "\(name) [\(attributes.joined(separator: ", "))];"
            if isolated.contains(node.id) { clustered.append(line) } else { lines.append("  " + line) }
        }
        if !clustered.isEmpty {
            lines.append("  subgraph cluster_isolated {")
            lines.append("    graph [id=\"isolated\", label=\"Mentioned, no relation found\", labelloc=t, labeljust=l, fontsize=9, fontcolor=\"#666666\", style=\"dashed,rounded\", color=\"#bbbbbb\"];")
            lines += clustered.map { "    " + $0 }
            lines.append("  }")
        }

        let labels = Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        for edge in graph.edges {
            guard let source = names[edge.source], let target = names[edge.target] else { continue }
            let look = DiagramStyle.edge(relation: edge.relation)
            let relationClass = Self.cssClass(edge.relation, empty: "related")
            var attributes = ["id=\"\(svgIDs.edges[edge.id] ?? "")\"",
                              "class=\"\(relationClass) \(edge.directed ? "directed" : "undirected")\""]
            if layout.edgeLabels, !edge.label.isEmpty {
                attributes.append("label=\"\(Escaping.dotLabel(edge.label))\"")
                attributes.append("fontcolor=\"\(look.fontColor)\"")
            }
            attributes += ["color=\"\(look.color)\"", "style=\"\(look.style)\"",
                           "penwidth=\(DiagramStyle.penWidth(sources: edge.sources, look: look))"]
            attributes.append(edge.directed ? "arrowhead=\(look.arrowhead)" : "dir=none")
            let text = Escaping.dotTooltip(tooltip(edge, labels: labels, documents: documents))
            attributes.append("tooltip=\"\(text)\"")
            if layout.edgeLabels, !edge.label.isEmpty { attributes.append("labeltooltip=\"\(text)\"") }
            lines.append("  \(source) -> \(target) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A plain label, or an HTML-like one with the first role in small type under the name.
    private func nodeLabel(_ node: ExportGraph.Node, roles: Bool) -> String {
        guard roles, let role = node.roles.first else { return "\"\(Escaping.dotLabel(node.label))\"" }
        return "<\(Escaping.htmlLabel(node.label))<br/><font point-size=\"8\" color=\"#555555\">\(Escaping.htmlLabel(role))</font>>"
    }

    private func tooltip(_ node: ExportGraph.Node, documents: [String: DocumentInfo]) -> String {
        var head = "\(node.label) (\(DiagramStyle.legendName(type: node.type))"
        if let code = node.code ?? node.country { head += ", \(code)" }
        var parts = [head + ")"]
        parts += node.roles
        if !node.aliases.isEmpty { parts.append("also: " + node.aliases.joined(separator: ", ")) }
        if !node.documents.isEmpty {
            let mentions = node.mentions == 1 ? "1 mention" : "\(node.mentions) mentions"
            parts.append("\(mentions) in \(node.documents.count == 1 ? "1 document" : "\(node.documents.count) documents"):")
            parts += node.documents.prefix(tooltipEvidenceLimit).map { Self.describe(document: $0, documents) }
            if node.documents.count > tooltipEvidenceLimit {
                parts.append("… and \(node.documents.count - tooltipEvidenceLimit) more")
            }
        }
        return parts.joined(separator: "\n")
    }

    private func tooltip(_ edge: ExportGraph.Edge, labels: [String: String],
                         documents: [String: DocumentInfo]) -> String {
        let source = labels[edge.source] ?? edge.source, target = labels[edge.target] ?? edge.target
        let relation = edge.label.isEmpty ? DiagramStyle.legendName(relation: edge.relation) : edge.label
        var head = "\(source) — \(relation) — \(target)"
        var facts: [String] = []
        if let date = edge.date { facts.append(date) }
        facts.append(edge.sources == 1 ? "1 document" : "\(edge.sources) documents")
        head += " (\(facts.joined(separator: ", ")))"
        var parts = [head]
        for item in edge.evidence.prefix(tooltipEvidenceLimit) {
            parts.append("“\(item.text)”\n— \(Self.describe(document: item.document, documents))")
        }
        if edge.evidence.count > tooltipEvidenceLimit {
            parts.append("… and \(edge.evidence.count - tooltipEvidenceLimit) more sentences")
        }
        return parts.joined(separator: "\n")
    }

    /// A type or relation as an SVG class: a CSS token that cannot be mistaken for the classes
    /// Graphviz writes itself (`node`, `edge`, `graph`, `cluster`) or for `directed`/`undirected`.
    static func cssClass(_ name: String, empty: String) -> String {
        guard !name.isEmpty else { return empty }
        let token = Escaping.cssToken(name)
        let reserved: Set<String> = ["node", "edge", "graph", "cluster", "directed", "undirected"]
        return reserved.contains(token.lowercased()) ? "type-\(token)" : token
    }

    /// "Title (path)" or the path, or the id when the graph does not list the document.
    static func describe(document id: String, _ documents: [String: DocumentInfo]) -> String {
        guard let info = documents[id] else { return id }
        if let title = info.title { return "\(title) (\(info.path))" }
        return info.path
    }
}

/// Hands out `id` tokens, adding `-2`, `-3`, … when two would be the same.
struct UniqueTokens {
    private var used: Set<String> = []

    mutating func make(_ token: String) -> String {
        var candidate = token
        var suffix = 2
        while used.contains(candidate) {
            candidate = "\(token)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }
}
