import Foundation

/// Writes the graph as GraphML 1.1, valid against the GraphML XSD and readable by NetworkX,
/// igraph, Gephi, Cytoscape and yEd.
///
/// The graph is declared directed; an undirected relation is written once, from the smaller id to
/// the larger, with `directed = false` in its data (GraphML readers such as NetworkX reject mixed
/// `directed` attributes). Lists are flattened: aliases and roles joined with `"; "`, evidence as
/// JSON text.
public struct GraphMLEncoder: GraphEncoder {
    public var fileExtension: String { "graphml" }

    public init() {}

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
        Key(id: "evidence", domain: "edge", name: "evidence", type: "string"),
    ]

    public func encode(_ graph: EntityGraph) throws -> Data {
        var out = OutputBuffer(reservingCapacity: 1 << 16)
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
        out.write(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        out.write(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns")
        out.write(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        out.write("  <!-- \(NewsGraphInfo.generator): ")
        out.write(Escaping.xml(graph.summary).replacingOccurrences(of: "--", with: "- -"))
        out.write(" -->\n")
        for key in Self.nodeKeys + Self.edgeKeys {
            out.write("  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n")
        }
        out.write("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n")
        for entity in graph.sortedEntities {
            writeNode(entity, to: &out)
        }
        for relation in graph.sortedRelations {
            writeEdge(relation, to: &out)
        }
        out.write("  </graph>\n</graphml>\n")
        return out.data
    }

    private func writeNode(_ entity: Entity, to out: inout OutputBuffer) {
        out.write("    <node id=\"")
        Escaping.writeXML(entity.id, to: &out)
        out.write("\">\n")
        data("label", entity.name, to: &out)
        data("name", entity.name, to: &out)
        data("type", entity.kind.rawValue, to: &out)
        if let code = entity.code { data("code", code, to: &out) }
        if let country = entity.country { data("country", country, to: &out) }
        let aliases = entity.sortedAliases
        if !aliases.isEmpty { data("aliases", aliases.joined(separator: "; "), to: &out) }
        if !entity.roles.isEmpty { data("roles", entity.roles.sorted().joined(separator: "; "), to: &out) }
        data("mentions", String(entity.mentions), to: &out)
        data("document_count", String(entity.documents.count), to: &out)
        data("documents", entity.documents.sorted(by: DocumentID.precedes).joined(separator: "; "), to: &out)
        out.write("    </node>\n")
    }

    private func writeEdge(_ relation: Relation, to out: inout OutputBuffer) {
        out.write("    <edge id=\"")
        Escaping.writeXML(relation.id, to: &out)
        out.write("\" source=\"")
        Escaping.writeXML(relation.source, to: &out)
        out.write("\" target=\"")
        Escaping.writeXML(relation.target, to: &out)
        out.write("\">\n")
        data("edge_label", relation.kind.label, to: &out)
        data("relation", relation.kind.rawValue, to: &out)
        data("interaction", relation.kind.rawValue, to: &out)
        data("directed", relation.directed ? "true" : "false", to: &out)
        data("weight", String(Double(relation.sources)), to: &out)
        data("sources", String(relation.sources), to: &out)
        data("confidence", String(relation.confidence), to: &out)
        if let cameo = relation.kind.cameo { data("cameo", cameo, to: &out) }
        if let plover = relation.kind.plover { data("plover", plover, to: &out) }
        if let date = relation.date { data("date", date.description, to: &out) }
        data("triggers", relation.triggers.joined(separator: "; "), to: &out)
        data("evidence", EvidenceText.json(relation.evidence), to: &out)
        out.write("    </edge>\n")
    }

    private func data(_ key: String, _ value: String, to out: inout OutputBuffer) {
        out.write("      <data key=\"")
        out.write(key)
        out.write("\">")
        Escaping.writeXML(value, to: &out)
        out.write("</data>\n")
    }
}

/// Evidence lists flattened to one string, for formats without lists.
enum EvidenceText {
    /// A compact JSON array: `[{"document":"d1","start":0,"end":12,"text":"…"}]`.
    static func json(_ evidence: [Evidence]) -> String {
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
        return String(decoding: writer.data, as: UTF8.self)
    }
}
