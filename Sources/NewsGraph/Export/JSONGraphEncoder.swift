import Foundation

/// Writes the graph as JSON Graph Format v2 (the project's JSON contract, see FORMATS.md).
///
/// Everything NewsGraph knows beyond JGF's `label` goes into `metadata`. Keys are written in a
/// fixed order and collections sorted, so the same graph always gives the same bytes.
public struct JSONGraphEncoder: GraphEncoder {
    /// Indent nested values; `false` writes one line (smaller, for machines).
    public var prettyPrinted: Bool
    public var fileExtension: String { "json" }

    public init(prettyPrinted: Bool = true) {
        self.prettyPrinted = prettyPrinted
    }

    public func encode(_ graph: EntityGraph) throws -> Data {
        var writer = JSONWriter(pretty: prettyPrinted)
        writer.beginObject()
        writer.key("graph")
        writer.beginObject()
        writer.key("directed"); writer.bool(true)
        writer.key("label"); writer.string("NewsGraph: \(graph.summary)")
        writer.key("metadata")
        writeGraphMetadata(graph, to: &writer)
        writer.key("nodes")
        writer.beginObject()
        for entity in graph.sortedEntities {
            writer.key(entity.id)
            writeNode(entity, to: &writer)
        }
        writer.endObject()
        writer.key("edges")
        writer.beginArray()
        for relation in graph.sortedRelations {
            writeEdge(relation, to: &writer)
        }
        writer.endArray()
        writer.endObject()
        writer.endObject()
        writer.newline()
        return writer.data
    }

    private func writeGraphMetadata(_ graph: EntityGraph, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("generator"); writer.string(NewsGraphInfo.generator)
        writer.key("documents")
        writer.beginArray()
        for document in graph.sortedDocuments {
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

    private func writeNode(_ entity: Entity, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("label"); writer.string(entity.name)
        writer.key("metadata")
        writer.beginObject()
        writer.key("type"); writer.string(entity.kind.rawValue)
        if let code = entity.code { writer.key("code"); writer.string(code) }
        if let country = entity.country { writer.key("country"); writer.string(country) }
        writer.key("aliases"); writer.strings(entity.sortedAliases)
        if !entity.roles.isEmpty { writer.key("roles"); writer.strings(entity.roles.sorted()) }
        writer.key("mentions"); writer.int(entity.mentions)
        writer.key("documents"); writer.strings(entity.documents.sorted(by: DocumentID.precedes))
        writer.endObject()
        writer.endObject()
    }

    private func writeEdge(_ relation: Relation, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id"); writer.string(relation.id)
        writer.key("source"); writer.string(relation.source)
        writer.key("target"); writer.string(relation.target)
        writer.key("relation"); writer.string(relation.kind.rawValue)
        writer.key("directed"); writer.bool(relation.directed)
        writer.key("label"); writer.string(relation.kind.label)
        writer.key("metadata")
        writer.beginObject()
        if let cameo = relation.kind.cameo { writer.key("cameo"); writer.string(cameo) }
        if let plover = relation.kind.plover { writer.key("plover"); writer.string(plover) }
        if let date = relation.date { writer.key("date"); writer.string(date.description) }
        writer.key("sources"); writer.int(relation.sources)
        writer.key("confidence"); writer.double(relation.confidence)
        writer.key("triggers"); writer.strings(relation.triggers)
        writer.key("evidence")
        writer.beginArray()
        for item in relation.evidence {
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
        writer.endObject()
        writer.endObject()
    }
}
