/// What coreference knows about words, read from `coreference.tsv`, `descriptions.tsv` and
/// `firstnames.tsv`: the pronouns with their gender, number, case and the kinds of entity they may
/// stand for; the nouns of definite descriptions ("the company", "the two countries"); titles and
/// given names that tell a person's gender; and the few word lists that stand in for a parse.
public struct CoreferenceLexicon: Sendable {
    /// An entity's grammatical gender as pronouns see it: m, f, or n (not a person).
    enum Gender: Character, Sendable {
        case masculine = "m"
        case feminine = "f"
        case neuter = "n"
    }

    enum Case: String, Sendable {
        case subject, object, possessive, reflexive
    }

    struct Pronoun: Sendable {
        var form: String
        var gender: Gender?
        var plural: Bool
        var grammaticalCase: Case
        var kinds: Set<EntityKind>
    }

    struct Description: Sendable {
        var noun: String
        var kinds: Set<EntityKind>
        var plural: Bool
        /// A role noun ("counterpart", "leader"): the description names a person.
        var isRole: Bool
    }

    private(set) var pronouns = WordTable<Pronoun>()
    private(set) var descriptions = WordTable<Description>()
    private(set) var genderedTitles = WordTable<Gender>()
    private(set) var firstNames = WordTable<Gender>()
    private var lists: [String: WordSet] = [:]

    /// Whether any pronoun is known (a knowledge base made without the coreference files has none).
    var isEmpty: Bool { pronouns.isEmpty }

    func pronoun(_ normalized: String) -> Pronoun? { pronouns[normalized] }
    func description(_ normalized: String) -> Description? { descriptions[normalized] }

    /// A word list of `coreference.tsv` (`preposition`, `clause-break`, `pleonastic`, …); empty if unknown.
    func words(_ list: String) -> WordSet { lists[list] ?? WordSet() }

    /// The gender a title or given name (normalized) tells, if any.
    func gender(ofTitle word: String) -> Gender? { genderedTitles[word] }
    func gender(ofFirstName word: String) -> Gender? { firstNames[word] }

    mutating func add(_ record: KnowledgeRecord) throws {
        let id = WordForm.normalize(record.id)
        switch record.kind {
        case "pronoun":
            guard let caseName = record.value("case"), let grammaticalCase = Case(rawValue: caseName) else {
                throw KnowledgeError.malformed(location: record.location, reason: "pronoun needs case=subject|object|possessive|reflexive")
            }
            pronouns[id] = Pronoun(form: id, gender: record.value("gender")?.first.flatMap(Gender.init(rawValue:)),
                                   plural: record.value("number") == "pl", grammaticalCase: grammaticalCase,
                                   kinds: try Self.kinds(record))
        case "description":
            descriptions[id] = Description(noun: id, kinds: try Self.kinds(record), plural: record.value("number") == "pl",
                                           isRole: record.flag("role"))
        case "gendered", "firstname":
            guard let gender = record.value("gender")?.first.flatMap(Gender.init(rawValue:)) else {
                throw KnowledgeError.malformed(location: record.location, reason: "\(record.kind) needs gender=m|f")
            }
            if record.kind == "gendered" { genderedTitles[id] = gender } else { firstNames[id] = gender }
        default: // "corefwords"
            var set = lists[record.id] ?? WordSet()
            for word in record.values("words") { set.insert(WordForm.normalize(word)) }
            lists[record.id] = set
        }
    }

    private static func kinds(_ record: KnowledgeRecord) throws -> Set<EntityKind> {
        let kinds = record.values("kinds").compactMap(EntityKind.init(rawValue:))
        guard !kinds.isEmpty else {
            throw KnowledgeError.malformed(location: record.location, reason: "\(record.kind) needs kinds=person|country|organization")
        }
        return Set(kinds)
    }
}
