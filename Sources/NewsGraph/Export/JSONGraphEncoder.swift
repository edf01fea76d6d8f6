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
        var writer = JSONWriter(pretty: prettyPrinted, capacity: Self.estimatedSize(of: graph, pretty: prettyPrinted))
        write(graph, to: &writer)
        return writer.takeData()
    }

    /// Writes the file at `url` as it goes, in pieces of a megabyte: the same bytes as
    /// ``encode(_:)``, without the whole file in memory. Not atomic, no `fsync`.
    ///
    /// - Throws: `CocoaError` when the file cannot be written.
    public func write(_ graph: ExportGraph, to url: URL) throws {
        try write(graph, to: OutputBuffer(file: url.path))
    }

    /// The same into a file open for writing, which stays open.
    public func write(_ graph: ExportGraph, to handle: FileHandle) throws {
        try write(graph, to: OutputBuffer(handle: handle))
    }

    private func write(_ graph: ExportGraph, to buffer: consuming OutputBuffer) throws {
        var writer = JSONWriter(pretty: prettyPrinted, buffer: buffer)
        write(graph, to: &writer)
        try writer.close()
    }

    private func write(_ graph: ExportGraph, to writer: inout JSONWriter) {
        switch flavor {
        case .jgf: writeJGF(graph, to: &writer)
        case .cytoscape: writeCytoscape(graph, to: &writer)
        case .networkx: writeNetworkX(graph, to: &writer)
        }
        writer.newline()
    }

    /// Roughly the size of the file (generously: memory reserved but never written costs nothing),
    /// to reserve it once rather than grow step by step.
    static func estimatedSize(of graph: ExportGraph, pretty: Bool) -> Int {
        4096 + graph.nodes.count * (pretty ? 500 : 300) + graph.edges.count * (pretty ? 2000 : 1200)
    }

    // MARK: JSON Graph Format

    private func writeJGF(_ graph: ExportGraph, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("graph")
        writer.beginObject()
        writer.key("directed"); writer.bool(true)
        writer.key("label"); writer.string("NewsGraph: \(graph.summary)")
        writer.key("metadata")
        writeGraphFields(graph, to: &writer, mergeable: true)
        writer.key("nodes")
        writer.beginObject()
        graph.nodes.forEachInPlace { writeJGFNode($0, to: &writer) }
        writer.endObject()
        writer.key("edges")
        writer.beginArray()
        graph.edges.forEachInPlace { writeJGFEdge($0, to: &writer) }
        writer.endArray()
        writer.endObject()
        writer.endObject()
    }

    @inline(__always)
    private func writeJGFNode(_ node: UnsafePointer<ExportGraph.Node>, to writer: inout JSONWriter) {
        writer.key(escaping: node.pointee.id)
        writer.beginObject()
        writer.key("label"); writer.string(node.pointee.label)
        writer.key("metadata")
        writer.beginObject()
        writeNodeFields(node, to: &writer)
        Self.writeMergeFields(node, to: &writer)
        writer.endObject()
        writer.endObject()
    }

    @inline(__always)
    private func writeJGFEdge(_ edge: UnsafePointer<ExportGraph.Edge>, to writer: inout JSONWriter) {
        writer.beginObject()
        writeEdgeHead(edge, to: &writer, idKey: "id")
        writer.key("metadata")
        writer.beginObject()
        writeEdgeFields(edge, to: &writer)
        Self.writeMergeFields(edge, to: &writer)
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
        graph.nodes.forEachInPlace { node in
            writer.beginObject()
            writer.key("data")
            writer.beginObject()
            writer.key("id"); writer.string(node.pointee.id)
            writer.key("label"); writer.string(node.pointee.label)
            writer.key("name"); writer.string(node.pointee.label)
            writeNodeFields(node, to: &writer)
            writer.endObject()
            writer.key("classes"); writer.strings([Escaping.cssToken(node.pointee.type)])
            writer.endObject()
        }
        writer.endArray()
        writer.key("edges")
        writer.beginArray()
        graph.edges.forEachInPlace { edge in
            writer.beginObject()
            writer.key("data")
            writer.beginObject()
            writeEdgeHead(edge, to: &writer, idKey: "id")
            writer.key("interaction"); writer.string(edge.pointee.relation)
            writeEdgeFields(edge, to: &writer)
            writer.endObject()
            writer.key("classes")
            writer.strings([edge.pointee.relation.isEmpty ? "related" : Escaping.cssToken(edge.pointee.relation),
                            edge.pointee.directed ? "directed" : "undirected"])
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
        graph.nodes.forEachInPlace { node in
            writer.beginObject()
            writer.key("id"); writer.string(node.pointee.id)
            writer.key("label"); writer.string(node.pointee.label)
            writeNodeFields(node, to: &writer)
            writer.endObject()
        }
        writer.endArray()
        writer.key("edges")
        writer.beginArray()
        graph.edges.forEachInPlace { edge in
            writer.beginObject()
            writeEdgeHead(edge, to: &writer, idKey: "key")
            writer.key("weight"); writer.double(Double(edge.pointee.sources))
            writeEdgeFields(edge, to: &writer)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    // MARK: Fields shared by the flavors

    /// One entry of a document list: the fields that are known, in a fixed order (the JSON export's
    /// and GraphML's graph data share it; the digest is the JSON export's alone).
    static func write(_ document: DocumentInfo, to writer: inout JSONWriter, digest: Bool) {
        writer.beginObject()
        writer.key("id"); writer.string(document.id)
        writer.key("path"); writer.string(document.path)
        if let title = document.title { writer.key("title"); writer.string(title) }
        if let date = document.date { writer.key("date"); writer.string(date) }
        if let url = document.url { writer.key("url"); writer.string(url) }
        if let outlet = document.outlet { writer.key("outlet"); writer.string(outlet) }
        if let authors = document.authors { writer.key("authors"); writer.strings(authors) }
        if let record = document.recordID { writer.key("record_id"); writer.string(record) }
        if digest, let value = document.digest { writer.key("digest"); writer.string(value) }
        writer.endObject()
    }

    private func writeGraphFields(_ graph: ExportGraph, to writer: inout JSONWriter, name: Bool = false,
                                  mergeable: Bool = false) {
        writer.beginObject()
        if name { writer.key("name"); writer.literal("newsgraph") }
        writer.key("generator"); writer.string(NewsGraphInfo.generator)
        if mergeable {
            // What `newsgraph merge` needs to know it reads a graph of ours, and of which version.
            writer.key("formatVersion"); writer.int(GraphFileFormat.graphVersion)
            if let limit = graph.maxEvidence { writer.key("maxEvidence"); writer.int(limit) }
        }
        writer.key("documents")
        writer.beginArray()
        for document in graph.documents { Self.write(document, to: &writer, digest: true) }
        writer.endArray()
        writer.endObject()
    }

    // Records are read in place through pointers (see `forEachInPlace`): passing them by value
    // copies every field, a retain and a release each.

    private func writeNodeFields(_ node: UnsafePointer<ExportGraph.Node>, to writer: inout JSONWriter) {
        writer.key("type"); writer.string(node.pointee.type)
        if let code = node.pointee.code { writer.key("code"); writer.string(code) }
        if let country = node.pointee.country { writer.key("country"); writer.string(country) }
        writer.key("aliases"); writer.strings(node.pointee.aliases)
        if !node.pointee.roles.isEmpty { writer.key("roles"); writer.strings(node.pointee.roles) }
        writer.key("mentions"); writer.int(node.pointee.mentions)
        writer.key("documents"); writer.strings(node.pointee.documents)
    }

    private func writeEdgeHead(_ edge: UnsafePointer<ExportGraph.Edge>, to writer: inout JSONWriter, idKey: StaticString) {
        writer.key(idKey); writer.string(edge.pointee.id)
        writer.key("source"); writer.string(edge.pointee.source)
        writer.key("target"); writer.string(edge.pointee.target)
        writer.key("relation"); writer.string(edge.pointee.relation)
        writer.key("directed"); writer.bool(edge.pointee.directed)
        writer.key("label"); writer.string(edge.pointee.label)
    }

    private func writeEdgeFields(_ edge: UnsafePointer<ExportGraph.Edge>, to writer: inout JSONWriter) {
        if let cameo = edge.pointee.cameo { writer.key("cameo"); writer.string(cameo) }
        if let plover = edge.pointee.plover { writer.key("plover"); writer.string(plover) }
        if let date = edge.pointee.date { writer.key("date"); writer.string(date) }
        writer.key("sources"); writer.int(edge.pointee.sources)
        if let confidence = edge.pointee.confidence { writer.key("confidence"); writer.double(confidence) }
        writer.key("triggers"); writer.strings(edge.pointee.triggers)
        writer.key("evidence")
        writer.beginArray()
        edge.pointee.evidence.forEachInPlace { writeEvidence($0, to: &writer) }
        writer.endArray()
    }

    private func writeEvidence(_ item: UnsafePointer<Evidence>, to writer: inout JSONWriter) {
        Self.writeEvidence(item, document: true, to: &writer)
    }

    /// An evidence object; a fragment leaves out the document (its line has only one).
    static func writeEvidence(_ item: UnsafePointer<Evidence>, document: Bool, to writer: inout JSONWriter) {
        writer.beginObject()
        if document { writer.key("document"); writer.string(item.pointee.document) }
        writer.key("start"); writer.int(item.pointee.start)
        writer.key("end"); writer.int(item.pointee.end)
        writer.key("text"); writer.string(item.pointee.text)
        writer.key("triggers"); writer.strings(item.pointee.triggers)
        writer.key("confidence"); writer.double(item.pointee.confidence)
        if let date = item.pointee.date { writer.key("date"); writer.string(date) }
        writer.endObject()
    }
}
