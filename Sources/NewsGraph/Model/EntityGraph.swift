/// The graph of everything the documents say: entities, the relations between them, and the
/// documents that were read.
///
/// `merge` is commutative and associative, so graphs built per document can be combined in any
/// order, on any number of threads or machines, and give the same result.
public struct EntityGraph: Sendable, Hashable {
    public internal(set) var documents: [String: DocumentInfo] = [:]
    public internal(set) var entities: [String: Entity] = [:]
    public internal(set) var relations: [RelationKey: Relation] = [:]

    public init() {}

    public init(documents: [DocumentInfo] = [], entities: [Entity] = [], relations: [Relation] = []) {
        documents.forEach { add($0) }
        entities.forEach { add($0) }
        relations.forEach { add($0) }
    }

    public mutating func add(_ document: DocumentInfo) {
        documents[document.id] = documents[document.id].map { DocumentInfo.preferred($0, document) } ?? document
    }

    public mutating func add(_ entity: Entity) {
        if let index = entities.index(forKey: entity.id) {
            entities.values[index].merge(entity)   // in place (no copy of the entity's sets), one lookup
        } else {
            entities[entity.id] = entity
        }
    }

    /// Adds entities keyed by their ids; a graph without entities yet takes the dictionary as it is.
    mutating func add(entities more: [String: Entity]) {
        if entities.isEmpty {
            entities = more
        } else {
            for entity in more.values { add(entity) }
        }
    }

    /// Adds a relation. Both ends should be entities of the graph; `validated()` drops those that are not.
    public mutating func add(_ relation: Relation) {
        relations[relation.key] = relations[relation.key].map { $0.merged(with: relation) } ?? relation
    }

    /// Removes relations and entities for which `isIncluded` is false; relations lose their ends with them.
    public mutating func removeEntities(where shouldRemove: (Entity) -> Bool) {
        let removed = Set(entities.values.filter(shouldRemove).map(\.id))
        guard !removed.isEmpty else { return }
        for id in removed { entities[id] = nil }
        relations = relations.filter { !removed.contains($0.key.source) && !removed.contains($0.key.target) }
    }

    public mutating func removeRelations(where shouldRemove: (Relation) -> Bool) {
        relations = relations.filter { !shouldRemove($0.value) }
    }

    // MARK: Output order

    public var sortedDocuments: [DocumentInfo] { documents.values.sorted() }

    /// Entities in output order: by kind, then id.
    public var sortedEntities: [Entity] {
        // Sorting indices over the keys alone: sorting the records themselves copies (retains and
        // releases) every field of both records at each comparison.
        let values = Array(entities.values)
        let kinds = values.map(\.kind), ids = values.map(\.id)
        return values.indices.sorted { a, b in kinds[a] != kinds[b] ? kinds[a] < kinds[b] : ids[a] < ids[b] }
            .map { values[$0] }
    }

    /// Relations in output order: by source, target, then kind (the order of `RelationKey`).
    public var sortedRelations: [Relation] {
        let values = Array(relations.values)
        // Each id is ranked once by sorting the distinct ids; relations then sort on integers.
        // Comparing the id strings at every step of the sort cost twice as much.
        var ids = Set<String>(minimumCapacity: values.count)
        for relation in values {
            ids.insert(relation.source)
            ids.insert(relation.target)
        }
        var rank: [String: Int] = [:]
        rank.reserveCapacity(ids.count)
        for (index, id) in ids.sorted().enumerated() { rank[id] = index }
        let sources = values.map { rank[$0.source]! }, targets = values.map { rank[$0.target]! }
        return values.indices.sorted { a, b in
            if sources[a] != sources[b] { return sources[a] < sources[b] }
            if targets[a] != targets[b] { return targets[a] < targets[b] }
            return values[a].kind.rawValue < values[b].kind.rawValue
        }.map { values[$0] }
    }

    /// A one-line description for labels: "2 documents, 12 entities, 10 relations".
    public var summary: String {
        func n(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
        return [n(documents.count, "document", "documents"), n(entities.count, "entity", "entities"),
                n(relations.count, "relation", "relations")].joined(separator: ", ")
    }
}
