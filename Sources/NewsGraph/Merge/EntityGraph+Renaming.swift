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
