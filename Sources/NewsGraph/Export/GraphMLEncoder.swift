import Foundation

/// Writes the graph as GraphML 1.1, valid against the GraphML XSD and readable by NetworkX,
/// igraph, Gephi, Cytoscape and yEd.
///
/// Node keys: `label` and `name` (Gephi and Cytoscape label nodes from them), `type`, `code`,
/// `country`, `aliases`, `roles`, `mentions`, `document_count`, `documents`. Edge keys: `label`,
/// `relation`, `interaction` (Cytoscape), `directed`, `weight` (number of documents; Gephi),
/// `sources`, `confidence`, `cameo`, `plover`, `date`, `triggers`, `documents`, `evidence`.
/// Graph key: `documents`, the documents read and what is known of each (JSON text).
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

    /// The documents read, with what is known of each (title, date, URL, outlet, authors, a
    /// dataset record's own id), as a JSON array: graph data, as the JSON export's document list.
    static let graphKeys: [Key] = [
        Key(id: "graph_documents", domain: "graph", name: "documents", type: "string"),
    ]

    public func encode(_ graph: ExportGraph) throws -> Data {
        let yed = try yedGraphics(for: graph)
        var out = OutputBuffer(reservingCapacity: 8192 + graph.nodes.count * (yed == nil ? 500 : 1200)
            + graph.edges.count * (yed == nil ? 1500 : 2000))
        write(graph, yed: yed, to: &out)
        return out.takeData()
    }

    /// Writes the file at `url` as it goes, in pieces of a megabyte: the same bytes as
    /// ``encode(_:)``, without the whole file in memory. Not atomic, no `fsync`.
    ///
    /// - Throws: What the position provider throws (before the file is touched); `CocoaError`
    ///   when the file cannot be written.
    public func write(_ graph: ExportGraph, to url: URL) throws {
        let yed = try yedGraphics(for: graph)
        try write(graph, yed: yed, to: OutputBuffer(file: url.path))
    }

    /// The same into a file open for writing, which stays open.
    public func write(_ graph: ExportGraph, to handle: FileHandle) throws {
        try write(graph, yed: try yedGraphics(for: graph), to: OutputBuffer(handle: handle))
    }

    private func write(_ graph: ExportGraph, yed: YEdGraphics?, to buffer: consuming OutputBuffer) throws {
        var out = buffer
        write(graph, yed: yed, to: &out)
        try out.close()
    }

    private func yedGraphics(for graph: ExportGraph) throws -> YEdGraphics? {
        guard case .yed(let provider) = flavor else { return nil }
        return YEdGraphics(graph: graph, positions: try provider.positions(for: graph))
    }

    private func write(_ graph: ExportGraph, yed: YEdGraphics?, to out: inout OutputBuffer) {
        // Ids are written as they are while every one is an NMTOKEN (checked as it is written,
        // when its bytes are at hand); the first that is not starts the file again with ids
        // rewritten throughout.
        var ids = GraphMLIDs(passingThrough: true)
        write(graph, yed: yed, ids: &ids, to: &out)
        if ids.sawNonToken {
            out.restart()
            ids = GraphMLIDs(passingThrough: false)
            write(graph, yed: yed, ids: &ids, to: &out)
        }
    }

    private func write(_ graph: ExportGraph, yed: YEdGraphics?, ids: inout GraphMLIDs, to out: inout OutputBuffer) {
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
        for key in Self.nodeKeys + Self.edgeKeys + Self.graphKeys {
            out.write("  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n")
        }
        if yed != nil { YEdGraphics.writeKeys(to: &out) }
        out.write("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n")
        if !graph.documents.isEmpty {
            out.write("    <data key=\"graph_documents\">" as StaticString)
            Escaping.writeXML(Self.documentsJSON(graph.documents), to: &out)
            out.write("</data>\n" as StaticString)
        }
        var doubles = DoubleFormatCache()
        graph.nodes.forEachInPlace { writeNode($0, ids: &ids, yed: yed, to: &out) }
        graph.edges.forEachInPlace { writeEdge($0, ids: &ids, doubles: &doubles, yed: yed, to: &out) }
        out.write("  </graph>\n</graphml>\n")
    }

    // Records are read in place through pointers (see `forEachInPlace`): passing them by value
    // copies every field, a retain and a release each.

    private func writeNode(_ node: UnsafePointer<ExportGraph.Node>, ids: inout GraphMLIDs, yed: YEdGraphics?,
                           to out: inout OutputBuffer) {
        out.write("    <node id=\"" as StaticString)
        ids.writeNode(node.pointee.id, to: &out)
        out.write("\">\n" as StaticString)
        data("label", node.pointee.label, to: &out)
        data("name", node.pointee.label, to: &out)
        data("type", node.pointee.type, to: &out)
        if let code = node.pointee.code { data("code", code, to: &out) }
        if let country = node.pointee.country { data("country", country, to: &out) }
        if !node.pointee.aliases.isEmpty { data("aliases", joining: node.pointee.aliases, to: &out) }
        if !node.pointee.roles.isEmpty { data("roles", joining: node.pointee.roles, to: &out) }
        open("mentions", to: &out)
        out.write(number: node.pointee.mentions)
        close(to: &out)
        open("document_count", to: &out)
        out.write(number: node.pointee.documents.count)
        close(to: &out)
        data("documents", joining: node.pointee.documents, to: &out)
        if let yed { yed.writeNode(node.pointee, to: &out) }
        out.write("    </node>\n" as StaticString)
    }

    private func writeEdge(_ edge: UnsafePointer<ExportGraph.Edge>, ids: inout GraphMLIDs, doubles: inout DoubleFormatCache,
                           yed: YEdGraphics?, to out: inout OutputBuffer) {
        out.write("    <edge id=\"" as StaticString)
        ids.writeEdge(edge.pointee.id, to: &out)
        out.write("\" source=\"" as StaticString)
        ids.writeNode(edge.pointee.source, to: &out)
        out.write("\" target=\"" as StaticString)
        ids.writeNode(edge.pointee.target, to: &out)
        out.write("\">\n" as StaticString)
        data("edge_label", edge.pointee.label, to: &out)
        data("relation", edge.pointee.relation, to: &out)
        data("interaction", edge.pointee.relation, to: &out)
        open("directed", to: &out)
        out.write(edge.pointee.directed ? "true" : "false" as StaticString)
        close(to: &out)
        open("weight", to: &out)
        doubles.write(Double(edge.pointee.sources), to: &out)
        close(to: &out)
        open("sources", to: &out)
        out.write(number: edge.pointee.sources)
        close(to: &out)
        if let confidence = edge.pointee.confidence, confidence.isFinite {
            open("confidence", to: &out)
            doubles.write(confidence, to: &out)
            close(to: &out)
        }
        if let cameo = edge.pointee.cameo { data("cameo", cameo, to: &out) }
        if let plover = edge.pointee.plover { data("plover", plover, to: &out) }
        if let date = edge.pointee.date { data("date", date, to: &out) }
        data("triggers", joining: edge.pointee.triggers, to: &out)
        open("edge_documents", to: &out)
        if edge.pointee.evidence.count == 1, edge.pointee.unlistedDocuments.isEmpty {
            Escaping.writeXML(edge.pointee.evidence[0].document, to: &out)
        } else {
            writeXML(joining: edge.pointee.documents, to: &out)
        }
        close(to: &out)
        open("evidence", to: &out)
        EvidenceText.writeXML(edge.pointee.evidence, to: &out)
        close(to: &out)
        if let yed { yed.writeEdge(edge.pointee, to: &out) }
        out.write("    </edge>\n" as StaticString)
    }

    /// `[{"id":"d1","path":…,"title":…,"date":…,"url":…,"outlet":…,"authors":[…],"record_id":…},…]`:
    /// the fields that are known, in the JSON export's order.
    static func documentsJSON(_ documents: [DocumentInfo]) -> String {
        var writer = JSONWriter(pretty: false, capacity: 64 + documents.count * 96)
        writer.beginArray()
        for document in documents { JSONGraphEncoder.write(document, to: &writer, digest: false) }
        writer.endArray()
        return String(decoding: writer.takeData(), as: UTF8.self)
    }

    /// `      <data key="KEY">`
    @inline(__always)
    private func open(_ key: StaticString, to out: inout OutputBuffer) {
        out.write("      <data key=\"" as StaticString)
        out.write(key)
        out.write(0x22, 0x3E)
    }

    /// `</data>` and a line break.
    @inline(__always)
    private func close(to out: inout OutputBuffer) {
        out.write("</data>\n" as StaticString)
    }

    private func data(_ key: StaticString, _ value: String, to out: inout OutputBuffer) {
        open(key, to: &out)
        Escaping.writeXML(value, to: &out)
        close(to: &out)
    }

    /// A list, `"; "`-joined.
    private func data(_ key: StaticString, joining values: [String], to out: inout OutputBuffer) {
        open(key, to: &out)
        writeXML(joining: values, to: &out)
        close(to: &out)
    }

    /// The same bytes as escaping `values.joined(separator: "; ")`: each value is valid UTF-8,
    /// so no escaped sequence spans two of them.
    private func writeXML(joining values: [String], to out: inout OutputBuffer) {
        var first = true
        for value in values {
            if !first { out.write(0x3B, 0x20) }
            first = false
            Escaping.writeXML(value, to: &out)
        }
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
    /// Ids pass through untouched, without the cost of hashing each one: right when every id is
    /// an NMTOKEN already (always so for NewsGraph's own graphs).
    private let identity: Bool
    /// An id that is not an NMTOKEN was passed through: the output is invalid and must be made
    /// again without passing ids through.
    private(set) var sawNonToken = false

    /// Prepares ids that pass through (checked as they are written, see ``sawNonToken``) or are
    /// rewritten where they are not NMTOKENs.
    init(passingThrough: Bool = false) {
        identity = passingThrough
    }

    /// Writes the GraphML id of node `id`.
    @inline(__always)
    mutating func writeNode(_ id: String, to out: inout OutputBuffer) {
        if identity { writeChecked(id, to: &out) } else { out.write(node(id)) }
    }

    /// Writes the GraphML id of edge `id`.
    @inline(__always)
    mutating func writeEdge(_ id: String, to out: inout OutputBuffer) {
        if identity { writeChecked(id, to: &out) } else { out.write(edge(id)) }
    }

    @inline(__always)
    private mutating func writeChecked(_ id: String, to out: inout OutputBuffer) {
        Escaping.withUTF8(id) { bytes in
            if !Self.isNMToken(bytes) { sawNonToken = true }
            out.write(bytes)
        }
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

    static func allowed(_ byte: UInt8) -> Bool {
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
        Escaping.withUTF8(text) { isNMToken($0) }
    }

    @inline(__always)
    static func isNMToken(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The name characters as bit sets: `-`, `.`, digits and `:` among bytes 0–63; letters
        // and `_` among 64–127 (allowed(_:) below, as constants).
        let low: UInt64 = 0x07FF_6000_0000_0000, high: UInt64 = 0x07FF_FFFE_87FF_FFFE
        return !bytes.isEmpty && bytes.allSatisfy { byte in
            byte < 64 ? low >> byte & 1 != 0 : byte < 128 && high >> (byte - 64) & 1 != 0
        }
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
        writer(evidence).withBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// The same JSON, XML-escaped, straight into `out`: no String in between, one pass over
    /// each text.
    static func writeXML(_ evidence: [Evidence], to out: inout OutputBuffer) {
        out.write(0x5B)
        var first = true
        evidence.forEachInPlace { item in
            out.write(first ? "{&quot;document&quot;:&quot;" : ",{&quot;document&quot;:&quot;" as StaticString)
            first = false
            Escaping.withUTF8(item.pointee.document) { Escaping.writeJSONContentAsXML($0, to: &out) }
            out.write("&quot;,&quot;start&quot;:" as StaticString)
            out.write(number: item.pointee.start)
            out.write(",&quot;end&quot;:" as StaticString)
            out.write(number: item.pointee.end)
            out.write(",&quot;text&quot;:&quot;" as StaticString)
            Escaping.withUTF8(item.pointee.text) { Escaping.writeJSONContentAsXML($0, to: &out) }
            out.write("&quot;}" as StaticString)
        }
        out.write(0x5D)
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
