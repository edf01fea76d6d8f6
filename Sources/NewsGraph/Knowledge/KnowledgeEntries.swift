/// A sovereign state (or a territory ISO 3166-1 lists).
public struct Country: Sendable, Hashable {
    /// ISO 3166-1 alpha-3.
    public var code: String
    public var alpha2: String?
    public var name: String
    public var officialName: String?
    public var aliases: [String]
    public var demonyms: [String]
    public var capitals: [String]
    public var metonyms: [String]
    /// Whether the name takes "the" in running text ("the United States").
    public var takesArticle: Bool
    /// Office types "the <demonym> leader" usually means.
    public var leaderOffices: [String]

    /// "the United States" or "Russia", for building role names.
    public var nameInText: String { takesArticle ? "the \(name)" : name }
}

/// An organization the knowledge base knows by name.
public struct Organization: Sendable, Hashable {
    public var id: String
    /// The id of its node in graphs: `organization:unsc`.
    public var entityID: String
    public var name: String
    public var aliases: [String]
    public var acronyms: [String]
    /// Alpha-3 of the country the organization belongs to, for national bodies.
    public var country: String?
    /// `igo`, `seat-of-power`, `government-body`, `party`, `media`, `armed-group`, `company`, `ngo`.
    public var type: String?
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
    public var id: String
    /// The id of its node in graphs: `person:vladimir-putin`.
    public var entityID: String
    public var name: String
    public var aliases: [String]
    public var country: String?
    public var gender: Character?
    public var offices: [Office]
}

/// A role word: "president", "spokeswoman", "Mr.".
public struct Title: Sendable, Hashable {
    /// The office type (`president`), or the word itself for honorifics.
    public var id: String
    /// Display form used in role names ("President").
    public var name: String
    public var words: [String]
    /// Only introduces a name ("Mr.", "Dr."); carries no office.
    public var isHonorific: Bool
    /// Too vague to identify an office-holder alone ("official", "minister").
    public var isGeneric: Bool
    /// An office "leader" can mean.
    public var isLeader: Bool
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
