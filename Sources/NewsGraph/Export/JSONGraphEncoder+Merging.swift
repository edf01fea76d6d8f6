// What `graph.json` (JGF flavor) carries beyond the graph itself, so that `newsgraph merge` can
// give back the graph before cross-document resolution (see `ResolvedGraph`) and merge it with
// more documents: per-document mention counts, documents left out by an evidence limit, and
// the records resolution joined. Read back by `GraphFileReader` and `JGFDecoder`.

extension JSONGraphEncoder {
    static func writeMergeFields(_ node: UnsafePointer<ExportGraph.Node>, to writer: inout JSONWriter) {
        if !node.pointee.documentMentions.isEmpty, node.pointee.documentMentions.count == node.pointee.documents.count {
            writer.key("documentMentions"); writer.ints(node.pointee.documentMentions)
        }
        if !node.pointee.joined.isEmpty {
            writer.key("joined")
            writer.beginArray()
            for entity in node.pointee.joined { writeEntityRecord(entity, to: &writer) }
            writer.endArray()
        }
        if !node.pointee.collapsed.isEmpty {
            writer.key("collapsed")
            writer.beginArray()
            for relation in node.pointee.collapsed { writeRelationRecord(relation, to: &writer) }
            writer.endArray()
        }
    }

    static func writeMergeFields(_ edge: UnsafePointer<ExportGraph.Edge>, to writer: inout JSONWriter) {
        if !edge.pointee.unlistedDocuments.isEmpty {
            writer.key("unlistedDocuments"); writer.strings(edge.pointee.unlistedDocuments)
        }
        if !edge.pointee.joined.isEmpty {
            writer.key("joined")
            writer.beginArray()
            for relation in edge.pointee.joined { writeRelationRecord(relation, to: &writer) }
            writer.endArray()
        }
    }

    /// An entity as it was before resolution: the node fields that say it, counts per document.
    static func writeEntityRecord(_ entity: Entity, to writer: inout JSONWriter) {
        writer.beginObject()
        writeEntityFields(entity, to: &writer)
        let documents = entity.documentMentions.keys.sorted(by: DocumentID.precedes)
        writer.key("documents"); writer.strings(documents)
        writer.key("documentMentions"); writer.ints(documents.map { entity.documentMentions[$0] ?? 0 })
        writer.endObject()
    }

    /// `id`, `label`, `type`, `code`, `country`, `aliases` (without the label), `roles`.
    static func writeEntityFields(_ entity: Entity, to writer: inout JSONWriter) {
        writer.key("id"); writer.string(entity.id)
        writer.key("label"); writer.string(entity.name)
        writer.key("type"); writer.string(entity.kind.rawValue)
        if let code = entity.code { writer.key("code"); writer.string(code) }
        if let country = entity.country { writer.key("country"); writer.string(country) }
        writer.key("aliases"); writer.strings(entity.sortedAliases)
        if !entity.roles.isEmpty { writer.key("roles"); writer.strings(entity.roles.sorted()) }
    }

    /// A relation as it was before resolution: its key and evidence.
    static func writeRelationRecord(_ relation: Relation, to writer: inout JSONWriter, documents: Bool = true) {
        writer.beginObject()
        writer.key("relation"); writer.string(relation.kind.rawValue)
        writer.key("source"); writer.string(relation.source)
        writer.key("target"); writer.string(relation.target)
        writer.key("evidence")
        writer.beginArray()
        relation.evidence.forEachInPlace { writeEvidence($0, document: documents, to: &writer) }
        writer.endArray()
        if !relation.unlistedDocuments.isEmpty {
            writer.key("unlistedDocuments"); writer.strings(relation.unlistedDocuments.sorted(by: DocumentID.precedes))
        }
        writer.endObject()
    }
}
