/// Merges graphs whose documents are each numbered their own way (per-document graphs, fragment
/// files, `graph.json` files of earlier runs) into one graph, one graph after the other.
///
/// Documents are told apart by ``DocumentIdentity`` (path and text digest): one met in several
/// inputs counts once. The result numbers them `d1`, `d2`, … in the canonical order of their
/// identities, so it depends only on the set of documents merged, never on the inputs' own ids,
/// their grouping or their order: the join is commutative, associative and idempotent.
///
/// Evidence is gathered per relation and normalized once, at ``finish()``; with `maxEvidence`
/// a relation keeps its most confident pieces (``Relation/limitingEvidence(to:precedes:)``),
/// trimmed as they arrive, so memory stays bounded by the limit however many documents report it.
public struct GraphAccumulator: Sendable {
    /// Keep at most this many pieces of evidence per relation (nil: all).
    public let maxEvidence: Int?
    /// Documents known before any graph is added, in canonical order (a `build`, which read them all).
    private let known: DocumentTable?
    /// Identity → the id the accumulator uses for it (canonical when `known`, else by arrival).
    private var ids: [DocumentIdentity: String] = [:]
    private var identities: [String: DocumentIdentity] = [:]
    private var documents: [String: DocumentInfo] = [:]
    private var entities: [String: Entity] = [:]
    private var evidence: [RelationKey: [Evidence]] = [:]
    private var unlisted: [RelationKey: Set<String>] = [:]

    /// An accumulator for documents that become known as graphs arrive.
    public init(maxEvidence: Int? = nil) {
        precondition(maxEvidence.map { $0 > 0 } ?? true, "maxEvidence must be at least 1")
        self.maxEvidence = maxEvidence
        known = nil
    }

    /// An accumulator for graphs of `table`'s documents: their ids are canonical from the start.
    init(table: DocumentTable, maxEvidence: Int?) {
        precondition(maxEvidence.map { $0 > 0 } ?? true, "maxEvidence must be at least 1")
        self.maxEvidence = maxEvidence
        known = table
        ids = table.ids
        for (identity, id) in table.ids { identities[id] = identity }
    }

    /// How many distinct documents have been added.
    public var documentCount: Int { documents.count }

    /// Adds a graph. Its document ids are its own: they are mapped through the documents'
    /// identities (ids a graph uses without listing the document are kept as they are).
    public mutating func add(_ graph: EntityGraph) {
        var map: [String: String] = [:]
        map.reserveCapacity(graph.documents.count)
        var unchanged = true
        for (local, info) in graph.documents {
            let identity = DocumentIdentity(info)
            let id: String
            if let existing = ids[identity] {
                id = existing
            } else {
                id = DocumentID.make(index: identities.count)
                ids[identity] = id
                identities[id] = identity
            }
            var record = info
            record.id = id
            documents[id] = documents[id].map { DocumentInfo.preferred($0, record) } ?? record
            map[local] = id
            if id != local { unchanged = false }
        }
        func mapped(_ id: String) -> String { unchanged ? id : map[id] ?? id }

        for entity in graph.entities.values {
            if unchanged {
                add(entity)
            } else {
                var copy = entity
                copy.documentMentions = Self.renumbered(entity.documentMentions, mapped)
                add(copy)
            }
        }
        for (key, relation) in graph.relations {
            var items = relation.evidence
            if !unchanged { for index in items.indices { items[index].document = mapped(items[index].document) } }
            evidence[key, default: []].append(contentsOf: items)
            if !relation.unlistedDocuments.isEmpty {
                unlisted[key, default: []].formUnion(relation.unlistedDocuments.lazy.map(mapped))
            }
            if let limit = maxEvidence, let count = evidence[key]?.count, count > 2 * max(limit, 32) {
                trim(key, to: limit)
            }
        }
    }

    private mutating func add(_ entity: Entity) {
        if let index = entities.index(forKey: entity.id) {
            entities.values[index].merge(entity)
        } else {
            entities[entity.id] = entity
        }
    }

    /// Keeps a relation's best `limit` pieces of evidence gathered so far.
    private mutating func trim(_ key: RelationKey, to limit: Int) {
        let relation = Relation(kind: key.kind, source: key.source, target: key.target, evidence: evidence[key] ?? [],
                                unlistedDocuments: unlisted[key] ?? [])
            .limitingEvidence(to: limit, precedes: precedes)
        evidence[key] = relation.evidence
        unlisted[key] = relation.unlistedDocuments.isEmpty ? nil : relation.unlistedDocuments
    }

    /// The canonical order of two of the accumulator's document ids.
    private func precedes(_ a: String, _ b: String) -> Bool {
        guard let x = identities[a], let y = identities[b] else { return DocumentID.precedes(a, b) }
        return x < y
    }

    /// The merged graph, its documents numbered in canonical order.
    public consuming func finish() -> EntityGraph {
        // Canonical ids: those of the known table, or the identities seen, in order.
        var canonical: [String: String] = [:]
        var renumber = false
        if known == nil || identities.count != known?.ids.count {
            canonical.reserveCapacity(identities.count)
            for (index, (id, _)) in identities.sorted(by: { $0.value < $1.value }).enumerated() {
                let final = DocumentID.make(index: index)
                canonical[id] = final
                if final != id { renumber = true }
            }
        }
        func mapped(_ id: String) -> String { renumber ? canonical[id] ?? id : id }

        var result = EntityGraph()
        result.documents.reserveCapacity(documents.count)
        for (id, info) in documents {
            var record = info
            record.id = mapped(id)
            result.documents[record.id] = record
        }
        if renumber {
            result.entities.reserveCapacity(entities.count)
            for (id, entity) in entities {
                var copy = entity
                copy.documentMentions = Self.renumbered(entity.documentMentions, mapped)
                result.entities[id] = copy
            }
        } else {
            result.entities = entities
        }
        result.relations.reserveCapacity(evidence.count)
        for (key, items) in evidence {
            var items = items
            if renumber { for index in items.indices { items[index].document = mapped(items[index].document) } }
            let others = unlisted[key].map { Set($0.lazy.map(mapped)) } ?? []
            var relation = Relation(kind: key.kind, source: key.source, target: key.target, evidence: items,
                                    unlistedDocuments: others)
            // Canonical ids are in canonical order: `DocumentID.precedes` is the identities' order now.
            if let limit = maxEvidence { relation = relation.limitingEvidence(to: limit, precedes: DocumentID.precedes) }
            result.relations[key] = relation
        }
        return result
    }

    private static func renumbered(_ counts: [String: Int], _ mapped: (String) -> String) -> [String: Int] {
        var result: [String: Int] = [:]
        result.reserveCapacity(counts.count)
        for (id, count) in counts { result[mapped(id), default: 0] = max(result[mapped(id)] ?? 0, count) }
        return result
    }
}

/// Every document of a run, numbered in canonical order before extraction's graphs are merged.
struct DocumentTable: Sendable {
    let ids: [DocumentIdentity: String]

    init(_ documents: some Sequence<DocumentInfo>) {
        let sorted = Set(documents.lazy.map(DocumentIdentity.init)).sorted()
        var ids: [DocumentIdentity: String] = [:]
        ids.reserveCapacity(sorted.count)
        for (index, identity) in sorted.enumerated() { ids[identity] = DocumentID.make(index: index) }
        self.ids = ids
    }
}
