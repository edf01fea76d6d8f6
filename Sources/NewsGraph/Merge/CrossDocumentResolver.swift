/// Joins what one document says about an entity to what another says, where the names alone
/// cannot: a person named only by surname in one article ("Araghchi") is the person another
/// article names in full ("Abbas Araghchi") — when exactly one such person exists in the corpus.
/// Two different people who share a surname are never merged.
public struct CrossDocumentResolver: Sendable {
    public init() {}

    public func resolve(_ graph: EntityGraph) -> EntityGraph {
        var fullNames: [String: [String]] = [:]   // normalized surname → ids of people with a fuller name
        for entity in graph.entities.values where entity.kind == .person {
            let familyFirst = PersonName.familyNameFirst.contains(entity.country ?? "")
            if let surname = PersonName.surname(of: entity.name, familyNameFirst: familyFirst) {
                fullNames[WordForm.normalize(surname), default: []].append(entity.id)
            }
        }
        var renames: [String: String] = [:]
        for entity in graph.entities.values where entity.kind == .person && !entity.name.contains(" ") {
            let matches = fullNames[WordForm.normalize(entity.name)] ?? []
            if matches.count == 1, matches[0] != entity.id { renames[entity.id] = matches[0] }
        }
        return renames.isEmpty ? graph : graph.renamingEntities(renames)
    }
}
