/// A sovereign state (or a territory ISO 3166-1 lists).
public struct Country: Sendable, Hashable {
    /// The fields, stored once and shared by all copies (see `SharedFields`).
    struct Fields: Sendable, Hashable {
        var code: String
        var alpha2: String?
        var name: String
        var officialName: String?
        var aliases: [String]
        var demonyms: [String]
        var capitals: [String]
        var metonyms: [String]
        var takesArticle: Bool
        var leaderOffices: [String]
    }

    private let shared: SharedFields<Fields>

    init(_ fields: Fields) { shared = SharedFields(fields) }

    /// ISO 3166-1 alpha-3.
    public var code: String { shared.fields.code }
    public var alpha2: String? { shared.fields.alpha2 }
    public var name: String { shared.fields.name }
    public var officialName: String? { shared.fields.officialName }
    public var aliases: [String] { shared.fields.aliases }
    public var demonyms: [String] { shared.fields.demonyms }
    public var capitals: [String] { shared.fields.capitals }
    public var metonyms: [String] { shared.fields.metonyms }
    /// Whether the name takes "the" in running text ("the United States").
    public var takesArticle: Bool { shared.fields.takesArticle }
    /// Office types "the <demonym> leader" usually means.
    public var leaderOffices: [String] { shared.fields.leaderOffices }

    /// "the United States" or "Russia", for building role names.
    public var nameInText: String { takesArticle ? "the \(name)" : name }
}

/// An organization the knowledge base knows by name.
public struct Organization: Sendable, Hashable {
    /// The fields, stored once and shared by all copies (see `SharedFields`).
    struct Fields: Sendable, Hashable {
        var id: String
        var entityID: String
        var name: String
        var aliases: [String]
        var acronyms: [String]
        var country: String?
        var type: String?
    }

    private let shared: SharedFields<Fields>

    init(_ fields: Fields) { shared = SharedFields(fields) }

    public var id: String { shared.fields.id }
    /// The id of its node in graphs: `organization:unsc`.
    public var entityID: String { shared.fields.entityID }
    public var name: String { shared.fields.name }
    public var aliases: [String] { shared.fields.aliases }
    public var acronyms: [String] { shared.fields.acronyms }
    /// Alpha-3 of the country the organization belongs to, for national bodies.
    public var country: String? { shared.fields.country }
    /// `igo`, `seat-of-power`, `government-body`, `party`, `media`, `armed-group`, `company`, `ngo`.
    public var type: String? { shared.fields.type }
}

/// A period in office.
public struct Office: Sendable, Hashable {
    /// Alpha-3 of a country, or the id of an organization.
    public var holder: String
    /// An office type defined in the titles (`president`, `foreign-minister`, …).
    public var type: String
    public var start: NewsDate?
    /// `nil` while in office.
    public var end: NewsDate?

    /// Whether the office was held on `date`; with no date, whether it is held now (open-ended).
    public func isHeld(on date: NewsDate?) -> Bool {
        guard let date else { return end == nil }
        if let start, date < start { return false }
        if let end, end < date { return false }
        return true
    }
}

/// A person the knowledge base knows: office-holders and other public figures.
public struct KnownPerson: Sendable, Hashable {
    /// The fields, stored once and shared by all copies (see `SharedFields`).
    struct Fields: Sendable, Hashable {
        var id: String
        var entityID: String
        var name: String
        var aliases: [String]
        var country: String?
        var gender: Character?
        var offices: [Office]
    }

    private let shared: SharedFields<Fields>

    init(_ fields: Fields) { shared = SharedFields(fields) }

    public var id: String { shared.fields.id }
    /// The id of its node in graphs: `person:vladimir-putin`.
    public var entityID: String { shared.fields.entityID }
    public var name: String { shared.fields.name }
    public var aliases: [String] { shared.fields.aliases }
    public var country: String? { shared.fields.country }
    public var gender: Character? { shared.fields.gender }
    public var offices: [Office] { shared.fields.offices }
}

/// A role word: "president", "spokeswoman", "Mr.".
public struct Title: Sendable, Hashable {
    /// The fields, stored once and shared by all copies (see `SharedFields`).
    struct Fields: Sendable, Hashable {
        var id: String
        var name: String
        var words: [String]
        var isHonorific: Bool
        var isGeneric: Bool
        var isLeader: Bool
    }

    private let shared: SharedFields<Fields>

    init(_ fields: Fields) { shared = SharedFields(fields) }

    /// The office type (`president`), or the word itself for honorifics.
    public var id: String { shared.fields.id }
    /// Display form used in role names ("President").
    public var name: String { shared.fields.name }
    public var words: [String] { shared.fields.words }
    /// Only introduces a name ("Mr.", "Dr."); carries no office.
    public var isHonorific: Bool { shared.fields.isHonorific }
    /// Too vague to identify an office-holder alone ("official", "minister").
    public var isGeneric: Bool { shared.fields.isGeneric }
    /// An office "leader" can mean.
    public var isLeader: Bool { shared.fields.isLeader }
}

/// A kind of ministry: "Foreign Ministry", "Ministry of Defense".
public struct Ministry: Sendable, Hashable {
    public var id: String
    public var name: String
    public var words: [String]
    /// Office type of its minister (`foreign-minister`).
    public var ministerTitle: String?
    /// Office type of its spokesperson.
    public var spokespersonTitle: String?
}

/// One immutable object holding a value's fields. Knowledge-base entries (countries,
/// organizations, people, titles, triggers) and referents have many strings and arrays; as plain
/// structs every copy (extraction copies them at many tokens, from every thread) retained each
/// field. Stored here, a copy retains one object. Two are equal when their fields are.
final class SharedFields<Fields: Sendable & Hashable>: Sendable, Hashable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }

    static func == (a: SharedFields, b: SharedFields) -> Bool { a === b || a.fields == b.fields }
    func hash(into hasher: inout Hasher) { fields.hash(into: &hasher) }

    /// A new object with `body`'s change to the fields.
    func with(_ body: (inout Fields) -> Void) -> SharedFields {
        var fields = fields
        body(&fields)
        return SharedFields(fields)
    }
}
