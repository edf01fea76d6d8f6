import Foundation

/// Writes the graph as JSON: JSON Graph Format v2 (the project's JSON contract, see FORMATS.md),
/// or the shapes Cytoscape.js and NetworkX load directly.
///
/// In JGF everything NewsGraph knows beyond `label` goes into `metadata`. Keys are written in a
/// fixed order and collections sorted, so the same graph always gives the same bytes. The other
/// flavors carry the same fields, flattened into each element.
public struct JSONGraphEncoder: GraphEncoder {
    /// The JSON shape to write.
    public enum Flavor: String, Sendable, Hashable, CaseIterable {
        /// JSON Graph Format v2: `{"graph": {"nodes": {id: …}, "edges": […]}}`.
        case jgf
        /// Cytoscape.js: `{"data": …, "elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}`.
        case cytoscape
        /// NetworkX node-link data (`networkx.node_link_graph(data)`, NetworkX 3.4+): a directed
        /// multigraph, `{"directed": true, "multigraph": true, "graph": …, "nodes": […], "edges": […]}`.
        case networkx
    }

    /// Indent nested values; `false` writes one line (smaller, for machines).
    public var prettyPrinted: Bool
    public var flavor: Flavor
    public var fileExtension: String { "json" }

    /// Creates an encoder.
    ///
    /// - Parameters:
    ///   - prettyPrinted: Whether to indent.
    ///   - flavor: JGF (the default), Cytoscape.js or NetworkX node-link.
    public init(prettyPrinted: Bool = true, flavor: Flavor = .jgf) {
        self.prettyPrinted = prettyPrinted
        self.flavor = flavor
    }

    public func encode(_ graph: ExportGraph) throws -> Data {
        var writer = JSONWriter(pretty: prettyPrinted)
        switch flavor {
        case .jgf: writeJGF(graph, to: &writer)
        case .cytoscape: writeCytoscape(graph, to: &writer)
        case .networkx: writeNetworkX(graph, to: &writer)
        }
        writer.newline()
        return writer.data
    }

    // MARK: JSON Graph Format

    private func writeJGF(_ graph: ExportGraph, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("graph")
        writer.beginObject()
        writer.key("directed"); writer.bool(true)
        writer.key("label"); writer.string("NewsGraph: \(graph.summary)")
        writer.key("metadata")
        writeGraphFields(graph, to: &writer)
        writer.key("nodes")
        writer.beginObject()
        for node in graph.nodes {
            writer.key(node.id)
            writer.beginObject()
            writer.key("label"); writer.string(node.label)
            writer.key("metadata")
            writer.beginObject()
            writeNodeFields(node, to: &writer)
            writer.endObject()
            writer.endObject()
        }
        writer.endObject()
        writer.key("edges")
        writer.beginArray()
        for edge in graph.edges {
            writer.beginObject()
            writer.key("id"); writer.string(edge.id)
            writer.key("source"); writer.string(edge.source)
            writer.key("target"); writer.string(edge.target)
            writer.key("relation"); writer.string(edge.relation)
            writer.key("directed"); writer.bool(edge.directed)
            writer.key("label"); writer.string(edge.label)
            writer.key("metadata")
            writer.beginObject()
            writeEdgeFields(edge, to: &writer)
            writer.endObject()
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.endObject()
    }

    // MARK: Cytoscape.js

    private func writeCytoscape(_ graph: ExportGraph, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("data")
        writeGraphFields(graph, to: &writer, name: true)
        writer.key("elements")
        writer.beginObject()
        writer.key("nodes")
        writer.beginArray()
        for node in graph.nodes {
            writer.beginObject()
            writer.key("data")
            writer.beginObject()
            writer.key("id"); writer.string(node.id)
            writer.key("label"); writer.string(node.label)
            writer.key("name"); writer.string(node.label)
            writeNodeFields(node, to: &writer)
            writer.endObject()
            writer.key("classes"); writer.strings([Escaping.cssToken(node.type)])
            writer.endObject()
        }
        writer.endArray()
        writer.key("edges")
        writer.beginArray()
        for edge in graph.edges {
            writer.beginObject()
            writer.key("data")
            writer.beginObject()
            writeEdgeHead(edge, to: &writer, idKey: "id")
            writer.key("interaction"); writer.string(edge.relation)
            writeEdgeFields(edge, to: &writer)
            writer.endObject()
            writer.key("classes")
            writer.strings([edge.relation.isEmpty ? "related" : Escaping.cssToken(edge.relation),
                            edge.directed ? "directed" : "undirected"])
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.endObject()
    }

    // MARK: NetworkX node-link

    private func writeNetworkX(_ graph: ExportGraph, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("directed"); writer.bool(true)
        writer.key("multigraph"); writer.bool(true)
        writer.key("graph")
        writeGraphFields(graph, to: &writer, name: true)
        writer.key("nodes")
        writer.beginArray()
        for node in graph.nodes {
            writer.beginObject()
            writer.key("id"); writer.string(node.id)
            writer.key("label"); writer.string(node.label)
            writeNodeFields(node, to: &writer)
            writer.endObject()
        }
        writer.endArray()
        writer.key("edges")
        writer.beginArray()
        for edge in graph.edges {
            writer.beginObject()
            writeEdgeHead(edge, to: &writer, idKey: "key")
            writer.key("weight"); writer.double(Double(edge.sources))
            writeEdgeFields(edge, to: &writer)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    // MARK: Fields shared by the flavors

    private func writeGraphFields(_ graph: ExportGraph, to writer: inout JSONWriter, name: Bool = false) {
        writer.beginObject()
        if name { writer.key("name"); writer.string("newsgraph") }
        writer.key("generator"); writer.string(NewsGraphInfo.generator)
        writer.key("documents")
        writer.beginArray()
        for document in graph.documents {
            writer.beginObject()
            writer.key("id"); writer.string(document.id)
            writer.key("path"); writer.string(document.path)
            if let title = document.title { writer.key("title"); writer.string(title) }
            if let date = document.date { writer.key("date"); writer.string(date.description) }
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    private func writeNodeFields(_ node: ExportGraph.Node, to writer: inout JSONWriter) {
        writer.key("type"); writer.string(node.type)
        if let code = node.code { writer.key("code"); writer.string(code) }
        if let country = node.country { writer.key("country"); writer.string(country) }
        writer.key("aliases"); writer.strings(node.aliases)
        if !node.roles.isEmpty { writer.key("roles"); writer.strings(node.roles) }
        writer.key("mentions"); writer.int(node.mentions)
        writer.key("documents"); writer.strings(node.documents)
    }

    private func writeEdgeHead(_ edge: ExportGraph.Edge, to writer: inout JSONWriter, idKey: String) {
        writer.key(idKey); writer.string(edge.id)
        writer.key("source"); writer.string(edge.source)
        writer.key("target"); writer.string(edge.target)
        writer.key("relation"); writer.string(edge.relation)
        writer.key("directed"); writer.bool(edge.directed)
        writer.key("label"); writer.string(edge.label)
    }

    private func writeEdgeFields(_ edge: ExportGraph.Edge, to writer: inout JSONWriter) {
        if let cameo = edge.cameo { writer.key("cameo"); writer.string(cameo) }
        if let plover = edge.plover { writer.key("plover"); writer.string(plover) }
        if let date = edge.date { writer.key("date"); writer.string(date) }
        writer.key("sources"); writer.int(edge.sources)
        if let confidence = edge.confidence { writer.key("confidence"); writer.double(confidence) }
        writer.key("triggers"); writer.strings(edge.triggers)
        writer.key("evidence")
        writer.beginArray()
        for item in edge.evidence {
            writer.beginObject()
            writer.key("document"); writer.string(item.document)
            writer.key("start"); writer.int(item.start)
            writer.key("end"); writer.int(item.end)
            writer.key("text"); writer.string(item.text)
            writer.key("triggers"); writer.strings(item.triggers)
            writer.key("confidence"); writer.double(item.confidence)
            if let date = item.date { writer.key("date"); writer.string(date.description) }
            writer.endObject()
        }
        writer.endArray()
    }
}
