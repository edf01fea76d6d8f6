import Foundation

/// Writes the graph as GraphML 1.1, valid against the GraphML XSD and readable by NetworkX,
/// igraph, Gephi, Cytoscape and yEd.
///
/// Node keys: `label` and `name` (Gephi and Cytoscape label nodes from them), `type`, `code`,
/// `country`, `aliases`, `roles`, `mentions`, `document_count`, `documents`. Edge keys: `label`,
/// `relation`, `interaction` (Cytoscape), `directed`, `weight` (number of documents; Gephi),
/// `sources`, `confidence`, `cameo`, `plover`, `date`, `triggers`, `documents`, `evidence`.
/// Each key has one `attr.type` and values are written in it, so readers get ints, doubles and
/// booleans back. Lists are flattened: `"; "`-joined, evidence as JSON text.
///
/// The graph is declared directed; an undirected relation is written once, from the smaller id to
/// the larger, with `directed = false` in its data (NetworkX rejects mixed `directed` attributes).
/// Ids that are not NMTOKENs (possible in graphs read from other tools' JGF) are rewritten
/// (`a b` → `a_x20_b`) so the file stays valid.
///
/// ``Flavor/yed(_:)`` adds yFiles graphics (`y:ShapeNode`, `y:PolyLineEdge`) with positions
/// from a ``NodePositionProvider``, so yEd opens a finished diagram; such a file no longer
/// validates against the plain XSD.
public struct GraphMLEncoder: GraphEncoder {
    /// Which tools the file is written for.
    public enum Flavor: Sendable {
        /// Plain GraphML: NetworkX, igraph, Gephi, Cytoscape.
        case plain
        /// GraphML with yFiles graphics for yEd, positions from the provider.
        case yed(any NodePositionProvider)
    }

    public var fileExtension: String { "graphml" }
    public var flavor: Flavor

    /// Creates an encoder.
    ///
    /// - Parameter flavor: Plain GraphML, or GraphML with yEd's graphics.
    public init(flavor: Flavor = .plain) {
        self.flavor = flavor
    }

    /// A GraphML `<key>`: id, the element it applies to, attribute name and type.
    struct Key {
        let id: String
        let domain: String
        let name: String
        let type: String
    }

    // Key ids never use `d3` (node) or `d7` (edge): Gephi treats those as labels.
    static let nodeKeys: [Key] = [
        Key(id: "label", domain: "node", name: "label", type: "string"),
        Key(id: "name", domain: "node", name: "name", type: "string"),
        Key(id: "type", domain: "node", name: "type", type: "string"),
        Key(id: "code", domain: "node", name: "code", type: "string"),
        Key(id: "country", domain: "node", name: "country", type: "string"),
        Key(id: "aliases", domain: "node", name: "aliases", type: "string"),
        Key(id: "roles", domain: "node", name: "roles", type: "string"),
        Key(id: "mentions", domain: "node", name: "mentions", type: "int"),
        Key(id: "document_count", domain: "node", name: "document_count", type: "int"),
        Key(id: "documents", domain: "node", name: "documents", type: "string"),
    ]

    static let edgeKeys: [Key] = [
        Key(id: "edge_label", domain: "edge", name: "label", type: "string"),
        Key(id: "relation", domain: "edge", name: "relation", type: "string"),
        Key(id: "interaction", domain: "edge", name: "interaction", type: "string"),
        Key(id: "directed", domain: "edge", name: "directed", type: "boolean"),
        Key(id: "weight", domain: "edge", name: "weight", type: "double"),
        Key(id: "sources", domain: "edge", name: "sources", type: "int"),
        Key(id: "confidence", domain: "edge", name: "confidence", type: "double"),
        Key(id: "cameo", domain: "edge", name: "cameo", type: "string"),
        Key(id: "plover", domain: "edge", name: "plover", type: "string"),
        Key(id: "date", domain: "edge", name: "date", type: "string"),
        Key(id: "triggers", domain: "edge", name: "triggers", type: "string"),
        Key(id: "edge_documents", domain: "edge", name: "documents", type: "string"),
        Key(id: "evidence", domain: "edge", name: "evidence", type: "string"),
    ]

    public func encode(_ graph: ExportGraph) throws -> Data {
        var yed: YEdGraphics?
        if case .yed(let provider) = flavor {
            yed = YEdGraphics(graph: graph, positions: try provider.positions(for: graph))
        }
        var out = OutputBuffer(reservingCapacity: 1 << 16)
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
        out.write(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        if yed != nil { out.write(" xmlns:y=\"\(YEdGraphics.namespace)\"") }
        out.write(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns")
        out.write(yed == nil ? " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
                             : " http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n")
        out.write("  <!-- \(NewsGraphInfo.generator): ")
        out.write(Escaping.xml(graph.summary).replacingOccurrences(of: "--", with: "- -"))
        out.write(" -->\n")
        for key in Self.nodeKeys + Self.edgeKeys {
            out.write("  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n")
        }
        if yed != nil { YEdGraphics.writeKeys(to: &out) }
        out.write("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n")
        var ids = GraphMLIDs(graph)
        for node in graph.nodes {
            writeNode(node, id: ids.node(node.id), yed: yed, to: &out)
        }
        for edge in graph.edges {
            out.write("    <edge id=\"")
            out.write(ids.edge(edge.id))
            out.write("\" source=\"")
            out.write(ids.node(edge.source))
            out.write("\" target=\"")
            out.write(ids.node(edge.target))
            out.write("\">\n")
            writeEdgeData(edge, to: &out)
            yed?.writeEdge(edge, to: &out)
            out.write("    </edge>\n")
        }
        out.write("  </graph>\n</graphml>\n")
        return out.data
    }

    private func writeNode(_ node: ExportGraph.Node, id: String, yed: YEdGraphics?, to out: inout OutputBuffer) {
        out.write("    <node id=\"")
        out.write(id)
        out.write("\">\n")
        data("label", node.label, to: &out)
        data("name", node.label, to: &out)
        data("type", node.type, to: &out)
        if let code = node.code { data("code", code, to: &out) }
        if let country = node.country { data("country", country, to: &out) }
        if !node.aliases.isEmpty { data("aliases", node.aliases.joined(separator: "; "), to: &out) }
        if !node.roles.isEmpty { data("roles", node.roles.joined(separator: "; "), to: &out) }
        data("mentions", String(node.mentions), to: &out)
        data("document_count", String(node.documents.count), to: &out)
        data("documents", node.documents.joined(separator: "; "), to: &out)
        yed?.writeNode(node, to: &out)
        out.write("    </node>\n")
    }

    private func writeEdgeData(_ edge: ExportGraph.Edge, to out: inout OutputBuffer) {
        data("edge_label", edge.label, to: &out)
        data("relation", edge.relation, to: &out)
        data("interaction", edge.relation, to: &out)
        data("directed", edge.directed ? "true" : "false", to: &out)
        data("weight", String(Double(edge.sources)), to: &out)
        data("sources", String(edge.sources), to: &out)
        if let confidence = edge.confidence, confidence.isFinite { data("confidence", String(confidence), to: &out) }
        if let cameo = edge.cameo { data("cameo", cameo, to: &out) }
        if let plover = edge.plover { data("plover", plover, to: &out) }
        if let date = edge.date { data("date", date, to: &out) }
        data("triggers", edge.triggers.joined(separator: "; "), to: &out)
        data("edge_documents", edge.documents.joined(separator: "; "), to: &out)
        out.write("      <data key=\"evidence\">")
        EvidenceText.writeXML(edge.evidence, to: &out)
        out.write("</data>\n")
    }

    private func data(_ key: String, _ value: String, to out: inout OutputBuffer) {
        out.write("      <data key=\"")
        out.write(key)
        out.write("\">")
        Escaping.writeXML(value, to: &out)
        out.write("</data>\n")
    }
}

/// GraphML ids for node and edge ids: NMTOKENs, unique, the same for the same id.
///
/// NewsGraph's own ids are NMTOKENs already and stay as they are. Other characters become
/// `_xHEX_`; a clash with an id already given gets `-2`, `-3`, ….
struct GraphMLIDs {
    private var nodes: [String: String] = [:]
    private var nodeTokens = UniqueTokens()
    private var edgeTokens = UniqueTokens()
    /// Every id is an NMTOKEN already (always so for NewsGraph's own graphs): ids pass through
    /// untouched, without the cost of hashing each one.
    private let identity: Bool

    /// Prepares ids for `graph`.
    init(_ graph: ExportGraph? = nil) {
        guard let graph else {
            identity = false
            return
        }
        identity = graph.nodes.allSatisfy { Self.isNMToken($0.id) }
            && graph.edges.allSatisfy { Self.isNMToken($0.id) && Self.isNMToken($0.source) && Self.isNMToken($0.target) }
    }

    mutating func node(_ id: String) -> String {
        if identity { return id }
        if let known = nodes[id] { return known }
        let token = nodeTokens.make(Self.nmtoken(id))
        nodes[id] = token
        return token
    }

    mutating func edge(_ id: String) -> String {
        if identity { return id }
        return edgeTokens.make(Self.nmtoken(id))
    }

    private static func allowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"),
             UInt8(ascii: "_"), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }

    /// Whether `text` is an NMTOKEN of ASCII name characters.
    static func isNMToken(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy(allowed)
    }

    /// `text` if it is an (ASCII) NMTOKEN, else with each other character written `_xHEX_`.
    static func nmtoken(_ text: String) -> String {
        if isNMToken(text) { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, allowed(UInt8(scalar.value)) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "_x\(String(scalar.value, radix: 16, uppercase: true))_"
            }
        }
        return result.isEmpty ? "_" : result
    }
}

/// Evidence lists flattened to one string, for formats without lists.
enum EvidenceText {
    /// A compact JSON array: `[{"document":"d1","start":0,"end":12,"text":"…"}]`.
    static func json(_ evidence: [Evidence]) -> String {
        String(decoding: writer(evidence).data, as: UTF8.self)
    }

    /// The same JSON, XML-escaped, straight into `out`: no String in between.
    static func writeXML(_ evidence: [Evidence], to out: inout OutputBuffer) {
        writer(evidence).withBytes { Escaping.writeXML($0, to: &out) }
    }

    private static func writer(_ evidence: [Evidence]) -> JSONWriter {
        var writer = JSONWriter(pretty: false, capacity: evidence.reduce(2) { $0 + $1.text.utf8.count + 64 })
        writer.beginArray()
        for item in evidence {
            writer.beginObject()
            writer.key("document"); writer.string(item.document)
            writer.key("start"); writer.int(item.start)
            writer.key("end"); writer.int(item.end)
            writer.key("text"); writer.string(item.text)
            writer.endObject()
        }
        writer.endArray()
        return writer
    }
}
