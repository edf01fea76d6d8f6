/// The graph after cross-document resolution, with what resolution joined: enough to give back
/// the graph before it exactly (``unresolved``).
///
/// Resolution is not monotone: a surname joined to the one full name that has it in a corpus
/// stays apart once a second full name with that surname arrives. So a merge never starts from
/// a resolved graph; it starts from the unresolved one, which the resolved graph and its joins
/// give back, and resolves the merged whole again. `graph.json` carries the joins (each node's
/// `joined` records, each edge's), so that merging it with more documents gives what a `build`
/// of all of them gives.
public struct ResolvedGraph: Sendable, Hashable {
    /// The resolved graph.
    public let graph: EntityGraph
    /// For each entity of `graph` made from several entities, those entities as they were
    /// before resolution (the one whose id it kept among them), sorted by id.
    public let joinedEntities: [String: [Entity]]
    /// For each relation of `graph` that resolution gave other ends or joined to others, the
    /// relations it was made from, as they were before, sorted by key.
    public let joinedRelations: [RelationKey: [Relation]]
    /// Relations between two entities that resolution made one (so gone from `graph`), by the id
    /// of that entity, sorted by key.
    public let collapsedRelations: [String: [Relation]]

    /// A graph nothing was joined in: resolved and unresolved are the same.
    public init(unresolved graph: EntityGraph) {
        self.init(graph: graph, joinedEntities: [:], joinedRelations: [:], collapsedRelations: [:])
    }

    public init(graph: EntityGraph, joinedEntities: [String: [Entity]], joinedRelations: [RelationKey: [Relation]],
                collapsedRelations: [String: [Relation]]) {
        self.graph = graph
        self.joinedEntities = joinedEntities
        self.joinedRelations = joinedRelations
        self.collapsedRelations = collapsedRelations
    }

    /// Records the joins that turned `unresolved` into `resolved` by `renames` (each entity id
    /// to the id it ended up under; ids absent stay).
    init(resolved: EntityGraph, unresolved: EntityGraph, renames: [String: String]) {
        guard !renames.isEmpty else {
            self.init(unresolved: resolved)
            return
        }
        func final(_ id: String) -> String { renames[id] ?? id }
        var groups: [String: [Entity]] = [:]
        for entity in unresolved.entities.values where renames[entity.id] != nil {
            groups[final(entity.id), default: []].append(entity)
        }
        for target in Array(groups.keys) {
            if let own = unresolved.entities[target] { groups[target]!.append(own) }
            groups[target]!.sort { $0.id < $1.id }
        }
        var joined: [RelationKey: [Relation]] = [:]
        var collapsed: [String: [Relation]] = [:]
        var moved: [(RelationKey, Relation)] = []
        for relation in unresolved.relations.values {
            let source = final(relation.source), target = final(relation.target)
            if source == relation.source, target == relation.target { continue }
            if source == target {
                collapsed[source, default: []].append(relation)
            } else {
                moved.append((RelationKey(kind: relation.kind, source: source, target: target), relation))
            }
        }
        for (key, relation) in moved {
            if joined[key] == nil, let staying = unresolved.relations[key] { joined[key] = [staying] }
            joined[key, default: []].append(relation)
        }
        for key in Array(joined.keys) { joined[key]!.sort { $0.key < $1.key } }
        for id in Array(collapsed.keys) { collapsed[id]!.sort { $0.key < $1.key } }
        self.init(graph: resolved, joinedEntities: groups, joinedRelations: joined, collapsedRelations: collapsed)
    }

    /// The graph before resolution: the resolved graph with each joined record replaced by the
    /// records it was made from.
    public var unresolved: EntityGraph {
        guard !joinedEntities.isEmpty || !joinedRelations.isEmpty || !collapsedRelations.isEmpty else { return graph }
        var result = EntityGraph()
        result.documents = graph.documents
        result.entities.reserveCapacity(graph.entities.count)
        for (id, entity) in graph.entities {
            if let parts = joinedEntities[id] {
                for part in parts { result.add(part) }
            } else {
                result.entities[id] = entity
            }
        }
        for (key, relation) in graph.relations {
            if let parts = joinedRelations[key] {
                for part in parts { result.add(part) }
            } else {
                result.relations[key] = relation
            }
        }
        for parts in collapsedRelations.values { for part in parts { result.add(part) } }
        return result
    }
}
