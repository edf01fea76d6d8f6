import Foundation
import NewsGraph

/// A reproducible random graph shaped like NewsGraph's output: people, countries and organizations
/// with aliases, roles and documents; relations of every kind, each with 1–3 pieces of evidence
/// quoting news-style sentences (curly quotes, dashes and all).
struct SyntheticGraph {
    let nodes: Int
    let edges: Int
    let seed: UInt64

    static let sentences = [
        "Iranian President Masoud Pezeshkian and Russian President Vladimir Putin held a phone call on Friday to discuss regional developments.",
        "The Foreign Ministry spokeswoman accused Washington of “interfering in the country’s domestic affairs” and called the sanctions illegal.",
        "Officials said the two leaders agreed to expand cooperation on energy — including a gas pipeline — and to meet again in the spring.",
        "“We will not accept threats,” the minister told reporters in Brussels after talks with his counterpart, according to a statement.",
        "The delegation arrived in Ankara on Tuesday for a two-day visit, the first by a defense minister since 2019.",
        "Beijing voiced support for the ceasefire proposal, while the alliance warned of consequences if the shelling continued.",
        "The prime minister met the U.N. secretary-general on the sidelines of the summit; they discussed humanitarian access & aid.",
        "Kyiv’s envoy said the agreement was signed late on Monday, ending months of negotiations over grain exports.",
        "The opposition leader accused the government of rigging the vote, a charge the electoral commission denied.",
        "In a televised address, the president threatened to cut diplomatic ties unless the embassy staff were released.",
    ]

    static let givenNames = ["Maria", "Vladimir", "Masoud", "Emmanuel", "Olaf", "Recep", "Xi", "Narendra", "Jacinda",
                             "José", "Ana", "Volodymyr", "Antony", "Sergei", "Abbas", "Li", "Yoon", "Ngozi"]
    static let surnames = ["Zakharova", "Putin", "Pezeshkian", "Macron", "Scholz", "Erdoğan", "Jinping", "Modi", "Ardern",
                           "Lula da Silva", "Costa", "Zelensky", "Blinken", "Lavrov", "Araghchi", "Qiang", "Suk-yeol", "Okonjo-Iweala"]
    static let organizationWords = ["Ministry of Foreign Affairs", "Central Bank", "National Security Council", "Party",
                                    "News Agency", "Armed Forces", "Parliament", "Energy Company", "Red Crescent", "Supreme Court"]
    static let roles = ["President", "Prime Minister", "Foreign Minister", "spokeswoman", "Defense Minister", "ambassador"]
    static let triggers: [RelationKind: [String]] = [
        .call: ["phone call", "spoke by phone"], .meeting: ["met", "talks"], .visit: ["visit", "arrived in"],
        .accusation: ["accused", "blamed"], .threat: ["threatened", "warned"], .agreement: ["agreed", "signed"],
        .support: ["support", "backed"], .affiliation: ["spokeswoman", "minister"],
    ]

    func build() -> EntityGraph {
        var random = SplitMix64(seed: seed)
        let documentCount = max(1, nodes / 20)
        let documents = (0..<documentCount).map { index in
            DocumentInfo(id: DocumentID.make(index: index), path: "corpus/doc\(String(format: "%06d", index)).txt",
                         title: index % 3 == 0 ? "Talks in region \(index)" : nil,
                         date: NewsDate(year: 2020 + index % 6, month: 1 + index % 12, day: 1 + index % 28))
        }

        var entities: [Entity] = []
        entities.reserveCapacity(nodes)
        for index in 0..<nodes {
            let roll = random.next(100)
            let kind: EntityKind = roll < 60 ? .person : roll < 62 ? .country : .organization
            let code = Self.code(index)
            let name: String
            var aliases: Set<String> = []
            var roles: Set<String> = []
            switch kind {
            case .person:
                let given = Self.givenNames[random.next(Self.givenNames.count)]
                let surname = Self.surnames[random.next(Self.surnames.count)]
                name = "\(given) \(surname) \(index)"
                aliases.insert("\(surname) \(index)")
                if random.next(3) == 0 { roles.insert(Self.roles[random.next(Self.roles.count)] + " of Country \(code)") }
            case .country:
                name = "Republic of \(code.capitalized) \(index)"
                aliases.insert("\(code.capitalized)ia \(index)")
            case .organization:
                name = "\(Self.organizationWords[random.next(Self.organizationWords.count)]) \(index)"
                if random.next(2) == 0 { aliases.insert("the \(code) \(index)") }
            }
            let documentIDs = (0..<(1 + random.next(3))).map { _ in DocumentID.make(index: random.next(documentCount)) }
            entities.append(Entity(id: EntityID.make(kind: kind, key: name), kind: kind, name: name, aliases: aliases,
                                   code: kind == .country ? code : nil,
                                   country: kind == .country ? nil : (random.next(2) == 0 ? code : nil),
                                   roles: roles, mentions: 1 + random.next(50), documents: Set(documentIDs)))
        }

        var graph = EntityGraph(documents: documents, entities: entities)
        let kinds = RelationKind.allCases
        while graph.relations.count < edges {
            let source = entities[random.next(nodes)].id
            let target = entities[random.next(nodes)].id
            guard source != target else { continue }
            let kind = kinds[random.next(kinds.count)]
            let evidence = (0..<(1 + random.next(3))).map { _ in
                let sentence = Self.sentences[random.next(Self.sentences.count)]
                let start = random.next(20_000)
                let document = documents[random.next(documentCount)]
                let words = Self.triggers[kind]!
                return Evidence(document: document.id, start: start, end: start + sentence.unicodeScalars.count,
                                text: sentence, triggers: [words[random.next(words.count)]],
                                confidence: Double(700 + random.next(250)) / 1000,
                                date: random.next(2) == 0 ? document.date : nil)
            }
            graph.add(Relation(kind: kind, source: source, target: target, evidence: evidence))
        }
        return graph
    }

    /// A three-letter code for entity `index`.
    private static func code(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return String([letters[index % 26], letters[(index / 26) % 26], letters[(index / 676) % 26]])
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func nextValue() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int { Int(nextValue() % UInt64(bound)) }
}
