import Foundation

/// Writes the graph as GEXF 1.3, Gephi's own format, with a timeline: Gephi plays the graph
/// day by day, and NetworkX's `read_gexf` reads it.
///
/// Nodes and edges carry the GraphML's attributes (``GraphMLEncoder``) as GEXF `attvalue`s, typed
/// (`integer`, `double`, `boolean`, `string`); lists are `"; "`-joined and evidence is JSON text.
/// The label and the edge weight (number of documents) are GEXF's own `label` and `weight`.
///
/// Time: the graph is `mode="dynamic"` with `timeformat="date"`. An edge's `start` and `end` are
/// the first and last day of its evidence (each sentence's event date, or else its document's
/// date); a node's take in the dates of the documents that mention it and the spans of its
/// edges, so an edge is never shown without its ends. Undated nodes and edges have neither and
/// are there throughout.
///
/// Looks (`viz`): colour by entity type and by relation, as in the diagram (a type's border
/// colour, which reads on Gephi's white background); size by mentions; edge thickness and
/// dashes as in the diagram; and, when ``positions`` gives them, the nodes where the diagram
/// has them (centres, y growing upward as in Gephi).
///
/// Like the GraphML, the graph is declared directed and an undirected relation is written once
/// with `directed = false` among its attributes (NetworkX rejects undirected edges in a directed
/// GEXF graph, and `mutual` edges would be read twice).
public struct GEXFEncoder: GraphEncoder {
    public var fileExtension: String { "gexf" }
    /// Where the nodes go; `nil` leaves positions out (Gephi lays the graph out itself).
    public var positions: (any NodePositionProvider)?

    /// The GEXF 1.3 namespace.
    public static let namespace = "http://gexf.net/1.3"

    /// Creates an encoder.
    ///
    /// - Parameter positions: The node positions to write, e.g. `GraphvizNodePositions` or
    ///   ``FixedNodePositions`` from the layout the SVG was drawn with; `nil` for none.
    public init(positions: (any NodePositionProvider)? = nil) {
        self.positions = positions
    }

    /// An attribute declaration: id (also its title) and GEXF type.
    struct Attribute {
        let id: StaticString
        let type: StaticString
    }

    static let nodeAttributes: [Attribute] = [
        Attribute(id: "type", type: "string"), Attribute(id: "code", type: "string"),
        Attribute(id: "country", type: "string"), Attribute(id: "aliases", type: "string"),
        Attribute(id: "roles", type: "string"), Attribute(id: "mentions", type: "integer"),
        Attribute(id: "document_count", type: "integer"), Attribute(id: "documents", type: "string"),
    ]

    static let edgeAttributes: [Attribute] = [
        Attribute(id: "relation", type: "string"), Attribute(id: "directed", type: "boolean"),
        Attribute(id: "sources", type: "integer"), Attribute(id: "confidence", type: "double"),
        Attribute(id: "cameo", type: "string"), Attribute(id: "plover", type: "string"),
        Attribute(id: "date", type: "string"), Attribute(id: "triggers", type: "string"),
        Attribute(id: "documents", type: "string"), Attribute(id: "evidence", type: "string"),
    ]

    public func encode(_ graph: ExportGraph) throws -> Data {
        let layout = try positions?.positions(for: graph) ?? [:]
        var out = OutputBuffer(reservingCapacity: 4096 + graph.nodes.count * 700 + graph.edges.count * 1500)
        write(graph, positions: layout, to: &out)
        return out.takeData()
    }

    /// Writes the file at `url` as it goes, in pieces of a megabyte: the same bytes as
    /// ``encode(_:)``. Not atomic, no `fsync`.
    ///
    /// - Throws: What the position provider throws (before the file is touched); `CocoaError`
    ///   when the file cannot be written.
    public func write(_ graph: ExportGraph, to url: URL) throws {
        let layout = try positions?.positions(for: graph) ?? [:]
        var out = try OutputBuffer(file: url.path)
        write(graph, positions: layout, to: &out)
        try out.close()
    }

    /// The same into a file open for writing, which stays open.
    public func write(_ graph: ExportGraph, to handle: FileHandle) throws {
        let layout = try positions?.positions(for: graph) ?? [:]
        var out = OutputBuffer(handle: handle)
        write(graph, positions: layout, to: &out)
        try out.close()
    }

    private func write(_ graph: ExportGraph, positions: [String: NodePosition], to out: inout OutputBuffer) {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.write("<gexf xmlns=\"\(Self.namespace)\" xmlns:viz=\"\(Self.namespace)/viz\"")
        out.write(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        out.write(" xsi:schemaLocation=\"\(Self.namespace) \(Self.namespace)/gexf.xsd\" version=\"1.3\">\n")
        out.write("  <meta>\n    <creator>\(NewsGraphInfo.generator)</creator>\n    <description>")
        Escaping.writeXML(graph.summary, to: &out)
        out.write("</description>\n  </meta>\n")
        let edgeSpans = graph.edgeSpans()
        let nodeSpans = graph.nodeSpans(edgeSpans: edgeSpans)
        out.write("  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\"")
        var whole: DateSpan?
        for span in nodeSpans.values {
            whole.include(span.start)
            whole.include(span.end)
        }
        if let whole { writeSpan(whole, to: &out) }
        out.write(">\n")
        writeDeclarations("node", Self.nodeAttributes, to: &out)
        writeDeclarations("edge", Self.edgeAttributes, to: &out)
        let flip = positions.values.map { $0.y + $0.height }.max() ?? 0
        out.write("    <nodes>\n")
        for node in graph.nodes {
            writeNode(node, span: nodeSpans[node.id], position: positions[node.id], flip: flip, to: &out)
        }
        out.write("    </nodes>\n    <edges>\n")
        var doubles = DoubleFormatCache()
        for (edge, span) in zip(graph.edges, edgeSpans) { writeEdge(edge, span: span, doubles: &doubles, to: &out) }
        out.write("    </edges>\n  </graph>\n</gexf>\n")
    }

    private func writeDeclarations(_ domain: StaticString, _ attributes: [Attribute], to out: inout OutputBuffer) {
        out.write("    <attributes class=\"" as StaticString)
        out.write(domain)
        out.write("\" mode=\"static\">\n" as StaticString)
        for attribute in attributes {
            out.write("      <attribute id=\"" as StaticString)
            out.write(attribute.id)
            out.write("\" title=\"" as StaticString)
            out.write(attribute.id)
            out.write("\" type=\"" as StaticString)
            out.write(attribute.type)
            out.write("\"/>\n" as StaticString)
        }
        out.write("    </attributes>\n" as StaticString)
    }

    private func writeSpan(_ span: DateSpan, to out: inout OutputBuffer) {
        out.write(" start=\"" as StaticString)
        out.write(date: span.start)
        out.write("\" end=\"" as StaticString)
        out.write(date: span.end)
        out.write(0x22)
    }

    private func writeNode(_ node: ExportGraph.Node, span: DateSpan?, position: NodePosition?, flip: Double,
                           to out: inout OutputBuffer) {
        out.write("      <node id=\"" as StaticString)
        Escaping.writeXML(node.id, to: &out)
        out.write("\" label=\"" as StaticString)
        Escaping.writeXML(node.label, to: &out)
        out.write(0x22)
        if let span { writeSpan(span, to: &out) }
        out.write(">\n        <attvalues>\n" as StaticString)
        value("type", node.type, to: &out)
        if let code = node.code { value("code", code, to: &out) }
        if let country = node.country { value("country", country, to: &out) }
        if !node.aliases.isEmpty { value("aliases", node.aliases.joined(separator: "; "), to: &out) }
        if !node.roles.isEmpty { value("roles", node.roles.joined(separator: "; "), to: &out) }
        value("mentions", String(node.mentions), to: &out)
        value("document_count", String(node.documents.count), to: &out)
        value("documents", node.documents.joined(separator: "; "), to: &out)
        out.write("        </attvalues>\n" as StaticString)
        let look = DiagramStyle.node(type: node.type)
        writeColor(look.border, to: &out)
        if let position, position.x.isFinite, position.y.isFinite, position.width.isFinite, position.height.isFinite {
            out.write("        <viz:position x=\"\(YEdGraphics.number(position.x + position.width / 2))\"")
            out.write(" y=\"\(YEdGraphics.number(flip - position.y - position.height / 2))\" z=\"0.0\"/>\n")
        }
        out.write("        <viz:size value=\"\(YEdGraphics.number(Self.size(mentions: node.mentions)))\"/>\n")
        out.write("        <viz:shape value=\"\(Self.shape(look.shape))\"/>\n")
        out.write("      </node>\n" as StaticString)
    }

    private func writeEdge(_ edge: ExportGraph.Edge, span: DateSpan?, doubles: inout DoubleFormatCache,
                           to out: inout OutputBuffer) {
        out.write("      <edge id=\"" as StaticString)
        Escaping.writeXML(edge.id, to: &out)
        out.write("\" source=\"" as StaticString)
        Escaping.writeXML(edge.source, to: &out)
        out.write("\" target=\"" as StaticString)
        Escaping.writeXML(edge.target, to: &out)
        out.write("\" label=\"" as StaticString)
        Escaping.writeXML(edge.label, to: &out)
        out.write("\" weight=\"" as StaticString)
        doubles.write(Double(edge.sources), to: &out)
        out.write(0x22)
        if let span { writeSpan(span, to: &out) }
        out.write(">\n        <attvalues>\n" as StaticString)
        value("relation", edge.relation, to: &out)
        value("directed", edge.directed ? "true" : "false", to: &out)
        value("sources", String(edge.sources), to: &out)
        if let confidence = edge.confidence, confidence.isFinite { value("confidence", String(confidence), to: &out) }
        if let cameo = edge.cameo { value("cameo", cameo, to: &out) }
        if let plover = edge.plover { value("plover", plover, to: &out) }
        if let date = edge.date { value("date", date, to: &out) }
        value("triggers", edge.triggers.joined(separator: "; "), to: &out)
        value("documents", edge.documents.joined(separator: "; "), to: &out)
        out.write("          <attvalue for=\"evidence\" value=\"" as StaticString)
        EvidenceText.writeXML(edge.evidence, to: &out)
        out.write("\"/>\n        </attvalues>\n" as StaticString)
        let look = DiagramStyle.edge(relation: edge.relation)
        writeColor(look.color, to: &out)
        out.write("        <viz:thickness value=\"\(YEdGraphics.number(DiagramStyle.penWidth(sources: edge.sources, look: look)))\"/>\n")
        out.write("        <viz:shape value=\"\(look.style == "dashed" ? "dashed" : "solid")\"/>\n")
        out.write("      </edge>\n" as StaticString)
    }

    private func value(_ key: StaticString, _ text: String, to out: inout OutputBuffer) {
        out.write("          <attvalue for=\"" as StaticString)
        out.write(key)
        out.write("\" value=\"" as StaticString)
        Escaping.writeXML(text, to: &out)
        out.write("\"/>\n" as StaticString)
    }

    /// `<viz:color r= g= b=/>` for a `#rrggbb` colour.
    private func writeColor(_ hex: String, to out: inout OutputBuffer) {
        let (r, g, b) = Self.rgb(hex)
        out.write("        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>\n")
    }

    /// The components of `#rrggbb`; grey for anything else.
    static func rgb(_ hex: String) -> (Int, Int, Int) {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, let value = Int(digits, radix: 16) else { return (128, 128, 128) }
        return (value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF)
    }

    /// Node size: 10 for one mention, growing with the logarithm of the mentions.
    static func size(mentions: Int) -> Double {
        10 + 6 * log10(Double(max(1, mentions)))
    }

    /// Gephi's node shape for a Graphviz one.
    static func shape(_ graphviz: String) -> String {
        switch graphviz {
        case "box": return "square"
        case "hexagon", "octagon": return "diamond"
        default: return "disc"
        }
    }
}
