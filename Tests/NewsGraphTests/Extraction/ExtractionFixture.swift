import Foundation
@testable import NewsGraph

/// Extracts graphs from short texts with the built-in knowledge base, and answers questions
/// about them by name, as the tests put them.
struct ExtractionFixture {
    static let knowledge: KnowledgeBase = {
        do { return try KnowledgeBase.builtIn } catch { fatalError("built-in knowledge base: \(error)") }
    }()

    let graph: EntityGraph

    /// - Parameters:
    ///   - texts: one text per document.
    ///   - date: the documents' publication date (`YYYY-MM-DD`), when the test needs one.
    init(_ texts: String..., date: String? = nil) {
        let documents = texts.enumerated().map { index, text in
            var document = DocumentReader.makeDocument(id: DocumentID.make(index: index), path: "t\(index).txt", content: text)
            if let date { document.date = NewsDate(iso: date) }
            return document
        }
        graph = Extractor(knowledge: Self.knowledge).extract(documents, threads: 1)
    }

    /// The entity whose name or an alias is `name` (case-insensitive).
    func entity(_ name: String) -> Entity? {
        let key = name.lowercased()
        return graph.sortedEntities.first { $0.name.lowercased() == key }
            ?? graph.sortedEntities.first { $0.aliases.contains { $0.lowercased() == key } }
    }

    var names: Set<String> { Set(graph.entities.values.map(\.name)) }

    /// Relations of a kind between two entities named as in `entity(_:)`; direction matters only
    /// for directed kinds.
    func relations(_ kind: RelationKind, from source: String, to target: String) -> [Relation] {
        guard let s = entity(source)?.id, let t = entity(target)?.id else { return [] }
        return graph.relations.values.filter { r in
            r.kind == kind && ((r.source == s && r.target == t) || (!kind.isDirected && r.source == t && r.target == s))
        }
    }

    func has(_ kind: RelationKind, from source: String, to target: String) -> Bool {
        !relations(kind, from: source, to: target).isEmpty
    }

    /// Every relation of a kind, as "source -> target" names.
    func all(_ kind: RelationKind) -> [String] {
        graph.sortedRelations.filter { $0.kind == kind }.map {
            "\(graph.entities[$0.source]?.name ?? $0.source) -> \(graph.entities[$0.target]?.name ?? $0.target)"
        }
    }
}
