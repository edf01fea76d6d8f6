/// Joins what one document says about an entity to what another says, where the names alone
/// cannot: a person named only by surname in one article ("Araghchi") is the person another
/// article names in full ("Abbas Araghchi") — when exactly one such person exists in the corpus.
/// Two different people who share a surname are never merged.
///
/// It also joins a full name to the same name misspelt by one letter ("Laurent Gbago" and
/// "Laurent Gbagbo", "Chadli Klibi" and "Chedli Klibi"): every word the same but one, that one
/// at least five letters long and one edit away, and no third person as close.
///
/// Both are functions of the merged, unresolved graph alone, so resolving the merge of any
/// grouping of the same documents gives the same graph.
public struct CrossDocumentResolver: Sendable {
    public init() {}

    public func resolve(_ graph: EntityGraph) -> EntityGraph {
        resolving(graph).graph
    }

    /// The resolved graph with the joins that made it, from which `graph` can be given back.
    public func resolving(_ graph: EntityGraph) -> ResolvedGraph {
        let misspelt = misspellingRenames(graph)
        let spelled = misspelt.isEmpty ? graph : graph.renamingEntities(misspelt)
        let surnames = surnameRenames(spelled)
        let resolved = surnames.isEmpty ? spelled : spelled.renamingEntities(surnames)
        var renames = surnames
        for (from, to) in misspelt { renames[from] = surnames[to] ?? to }
        return ResolvedGraph(resolved: resolved, unresolved: graph, renames: renames)
    }

    private func surnameRenames(_ graph: EntityGraph) -> [String: String] {
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
        return renames
    }

    private func misspellingRenames(_ graph: EntityGraph) -> [String: String] {
        let people = graph.entities.values.filter { $0.kind == .person }
        let words = people.map { person in WordForm.normalize(person.name).split(separator: " ").map(String.init) }
        // People whose names differ at most in word `i`, keyed by the other words and by the word
        // itself and each form of it with one letter left out: two words one edit apart (a letter
        // changed, added, dropped, or two swapped) share such a form. Candidates are then only the
        // names that may be that close, not every pair of "John …" in an archive.
        var byRest: [String: [Int]] = [:]
        for (index, name) in words.enumerated() where name.count >= 2 {
            for i in name.indices where name[i].count >= 5 {
                var rest = name
                rest[i] = "*"
                let prefix = rest.joined(separator: " ") + "\u{1}"
                let scalars = Array(name[i].unicodeScalars)
                byRest[prefix + name[i], default: []].append(index)
                for left in scalars.indices {
                    var form = String.UnicodeScalarView()
                    form.append(contentsOf: scalars[..<left])
                    form.append(contentsOf: scalars[(left + 1)...])
                    byRest[prefix + String(form), default: []].append(index)
                }
            }
        }
        var near: [Int: Set<Int>] = [:]
        for group in byRest.values where group.count >= 2 {
            for a in group {
                for b in group where a < b && words[a] != words[b] {
                    let i = words[a].indices.first { words[a][$0] != words[b][$0] }!
                    let x = Array(words[a][i].unicodeScalars), y = Array(words[b][i].unicodeScalars)
                    guard x.first == y.first, FuzzyNames.distance(x, y, limit: 1) <= 1 else { continue }
                    near[a, default: []].insert(b)
                    near[b, default: []].insert(a)
                }
            }
        }
        var renames: [String: String] = [:]
        for (a, others) in near where others.count == 1 {
            let b = others.first!
            guard near[b]?.count == 1 else { continue }
            // The spelling more mentions use is kept; on a tie, the smaller id.
            let (keep, drop) = Self.preferred(people[a], people[b]) ? (people[a], people[b]) : (people[b], people[a])
            renames[drop.id] = keep.id
        }
        return renames
    }

    private static func preferred(_ a: Entity, _ b: Entity) -> Bool {
        a.mentions != b.mentions ? a.mentions > b.mentions : a.id < b.id
    }
}
