/// The graph of everything the documents say: entities, the relations between them, and the
/// documents that were read.
///
/// `merge` is commutative and associative, so graphs built per document can be combined in any
/// order, on any number of threads or machines, and give the same result.
public struct EntityGraph: Sendable, Hashable {
    public private(set) var documents: [String: DocumentInfo] = [:]
    public private(set) var entities: [String: Entity] = [:]
    public private(set) var relations: [RelationKey: Relation] = [:]

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

    /// Adds everything `other` holds.
    public mutating func merge(_ other: EntityGraph) {
        for document in other.documents.values { add(document) }
        for entity in other.entities.values { add(entity) }
        for relation in other.relations.values { add(relation) }
    }

    public func merging(_ other: EntityGraph) -> EntityGraph {
        var result = self
        result.merge(other)
        return result
    }

    /// Merges many graphs; the result does not depend on their order.
    ///
    /// Equal to merging them one by one, but each relation's evidence is gathered first and
    /// normalized once, so a relation reported by n documents costs n log n, not n².
    public static func merged<S: Sequence>(_ graphs: S) -> EntityGraph where S.Element == EntityGraph {
        var result = EntityGraph()
        var evidence: [RelationKey: [Evidence]] = [:]
        for graph in graphs {
            for document in graph.documents.values { result.add(document) }
            for entity in graph.entities.values { result.add(entity) }
            for (key, relation) in graph.relations { evidence[key, default: []].append(contentsOf: relation.evidence) }
        }
        for (key, items) in evidence {
            result.relations[key] = Relation(kind: key.kind, source: key.source, target: key.target, evidence: items)
        }
        return result
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

extension DocumentInfo {
    /// Two records of the same document id: keep the fuller one (more of title, date, URL, outlet,
    /// authors and record id known), then the first in a fixed order of all fields, so that merging in any
    /// order keeps the same record.
    static func preferred(_ a: DocumentInfo, _ b: DocumentInfo) -> DocumentInfo {
        if a == b { return a }
        func score(_ d: DocumentInfo) -> Int {
            (d.title == nil ? 0 : 1) + (d.date == nil ? 0 : 1) + (d.url == nil ? 0 : 1) + (d.outlet == nil ? 0 : 1)
                + (d.authors == nil ? 0 : 1) + (d.recordID == nil ? 0 : 1)
        }
        if score(a) != score(b) { return score(a) > score(b) ? a : b }
        let first = (a.path, a.title ?? "", a.date?.description ?? ""), second = (b.path, b.title ?? "", b.date?.description ?? "")
        if first != second { return first < second ? a : b }
        let more = (a.url ?? "", a.outlet ?? "", (a.authors ?? []).joined(separator: "\n"), a.recordID ?? "")
        let other = (b.url ?? "", b.outlet ?? "", (b.authors ?? []).joined(separator: "\n"), b.recordID ?? "")
        return more <= other ? a : b
    }
}

extension EntityGraph {
    /// The graph with some entities merged into others: `renames[old] = new`. Relations follow
    /// their ends; a relation whose ends become one entity is dropped.
    public func renamingEntities(_ renames: [String: String]) -> EntityGraph {
        var result = EntityGraph()
        for document in documents.values { result.add(document) }
        for entity in entities.values {
            var copy = entity
            if let target = renames[entity.id], let into = entities[target] {
                copy.id = target
                copy.kind = into.kind
                // The name it had is a name the articles use for the entity it joins.
                if entity.name != into.name { copy.aliases.insert(entity.name) }
                copy.name = into.name
                copy.code = into.code
                copy.country = copy.country ?? into.country
            }
            result.add(copy)
        }
        for relation in relations.values {
            let source = renames[relation.source] ?? relation.source
            let target = renames[relation.target] ?? relation.target
            guard source != target else { continue }
            // A relation between entities that keep their ids stays as it is (its evidence is
            // already normalized); a renamed one gets its new key.
            let renamed = source != relation.source || target != relation.target
            result.add(renamed ? Relation(kind: relation.kind, source: source, target: target, evidence: relation.evidence) : relation)
        }
        return result
    }
}
