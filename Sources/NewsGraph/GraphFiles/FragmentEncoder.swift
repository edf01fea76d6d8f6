import Foundation

/// Writes one document's graph as one line of a fragment file (`newsgraph extract`):
/// self-contained JSON with the document, its entities (aliases, mentions) and its relations
/// (evidence), and the format's version (``GraphFileFormat/fragmentVersion``).
///
/// The document record is written by its `Codable` conformance, so every field ``DocumentInfo``
/// has travels with it. ``FragmentDecoder`` reads the line back to the same graph.
public struct FragmentEncoder: Sendable {
    public init() {}

    /// The line, ending in a newline.
    ///
    /// - Parameter graph: The graph of one document, as ``Extractor/extract(_:)-(Document)`` makes it.
    /// - Throws: ``GraphFileError/invalid(file:line:element:reason:)`` when the graph holds
    ///   another number of documents than one, or refers to another document.
    public func encode(_ graph: EntityGraph) throws -> Data {
        guard graph.documents.count == 1, let document = graph.documents.values.first else {
            throw GraphFileError.invalid(file: "fragment", line: nil, element: "the graph",
                                         reason: "holds \(graph.documents.count) documents, not one")
        }
        let documentEncoder = JSONEncoder()
        documentEncoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let info = try documentEncoder.encode(document)

        var writer = JSONWriter(pretty: false, capacity: 4096)
        writer.beginObject()
        writer.key("newsgraph"); writer.literal("fragment")
        writer.key("version"); writer.int(GraphFileFormat.fragmentVersion)
        writer.key("document"); writer.raw(info)
        writer.key("entities")
        writer.beginArray()
        for entity in graph.entities.values.sorted(by: { $0.id < $1.id }) {
            guard entity.documentMentions.keys.allSatisfy({ $0 == document.id }) else {
                throw GraphFileError.invalid(file: "fragment", line: nil, element: "entity \(entity.id)",
                                             reason: "appears in another document than \(document.id)")
            }
            writer.beginObject()
            JSONGraphEncoder.writeEntityFields(entity, to: &writer)
            writer.key("mentions"); writer.int(entity.documentMentions[document.id] ?? 0)
            writer.endObject()
        }
        writer.endArray()
        writer.key("relations")
        writer.beginArray()
        for relation in graph.relations.values.sorted(by: { $0.key < $1.key }) {
            guard relation.unlistedDocuments.isEmpty, relation.evidence.allSatisfy({ $0.document == document.id }) else {
                throw GraphFileError.invalid(file: "fragment", line: nil, element: "relation \(relation.id)",
                                             reason: "has evidence from another document than \(document.id)")
            }
            JSONGraphEncoder.writeRelationRecord(relation, to: &writer, documents: false)
        }
        writer.endArray()
        writer.endObject()
        writer.newline()
        return writer.takeData()
    }
}
