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

    private var shared: SharedFields<Fields>

    init(_ fields: Fields) { shared = SharedFields(fields) }

    /// All fields; setting one stores a new copy (knowledge bases are built once, then only read).
    var fields: Fields {
        get { shared.fields }
        set { shared = SharedFields(newValue) }
    }

    /// ISO 3166-1 alpha-3.
    public var code: String {
        get { shared.fields.code }
        set { fields.code = newValue }
    }
    public var alpha2: String? {
        get { shared.fields.alpha2 }
        set { fields.alpha2 = newValue }
    }
    public var name: String {
        get { shared.fields.name }
        set { fields.name = newValue }
    }
    public var officialName: String? {
        get { shared.fields.officialName }
        set { fields.officialName = newValue }
    }
    public var aliases: [String] {
        get { shared.fields.aliases }
        set { fields.aliases = newValue }
    }
    public var demonyms: [String] {
        get { shared.fields.demonyms }
        set { fields.demonyms = newValue }
    }
    public var capitals: [String] {
        get { shared.fields.capitals }
        set { fields.capitals = newValue }
    }
    public var metonyms: [String] {
        get { shared.fields.metonyms }
        set { fields.metonyms = newValue }
    }
    /// Whether the name takes "the" in running text ("the United States").
    public var takesArticle: Bool {
        get { shared.fields.takesArticle }
        set { fields.takesArticle = newValue }
    }
    /// Office types "the <demonym> leader" usually means.
    public var leaderOffices: [String] {
        get { shared.fields.leaderOffices }
        set { fields.leaderOffices = newValue }
    }

    /// "the United States" or "Russia", for building role names.
    public var nameInText: String { takesArticle ? "the \(name)" : name }

    public static func == (a: Country, b: Country) -> Bool { a.fields == b.fields }

    /// Hashes the fields in order, as the synthesized conformance of the plain struct did.
    public func hash(into hasher: inout Hasher) { shared.fields.hash(into: &hasher) }
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

    private var shared: SharedFields<Fields>

    init(_ fields: Fields) { shared = SharedFields(fields) }

    /// All fields; setting one stores a new copy (knowledge bases are built once, then only read).
    var fields: Fields {
        get { shared.fields }
        set { shared = SharedFields(newValue) }
    }

    public var id: String {
        get { shared.fields.id }
        set { fields.id = newValue }
    }
    /// The id of its node in graphs: `organization:unsc`.
    public var entityID: String {
        get { shared.fields.entityID }
        set { fields.entityID = newValue }
    }
    public var name: String {
        get { shared.fields.name }
        set { fields.name = newValue }
    }
    public var aliases: [String] {
        get { shared.fields.aliases }
        set { fields.aliases = newValue }
    }
    public var acronyms: [String] {
        get { shared.fields.acronyms }
        set { fields.acronyms = newValue }
    }
    /// Alpha-3 of the country the organization belongs to, for national bodies.
    public var country: String? {
        get { shared.fields.country }
        set { fields.country = newValue }
    }
    /// `igo`, `seat-of-power`, `government-body`, `party`, `media`, `armed-group`, `company`, `ngo`.
    public var type: String? {
        get { shared.fields.type }
        set { fields.type = newValue }
    }

    public static func == (a: Organization, b: Organization) -> Bool { a.fields == b.fields }

    /// Hashes the fields in order, as the synthesized conformance of the plain struct did.
    public func hash(into hasher: inout Hasher) { shared.fields.hash(into: &hasher) }
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

    private var shared: SharedFields<Fields>

    init(_ fields: Fields) { shared = SharedFields(fields) }

    /// All fields; setting one stores a new copy (knowledge bases are built once, then only read).
    var fields: Fields {
        get { shared.fields }
        set { shared = SharedFields(newValue) }
    }

    public var id: String {
        get { shared.fields.id }
        set { fields.id = newValue }
    }
    /// The id of its node in graphs: `person:vladimir-putin`.
    public var entityID: String {
        get { shared.fields.entityID }
        set { fields.entityID = newValue }
    }
    public var name: String {
        get { shared.fields.name }
        set { fields.name = newValue }
    }
    public var aliases: [String] {
        get { shared.fields.aliases }
        set { fields.aliases = newValue }
    }
    public var country: String? {
        get { shared.fields.country }
        set { fields.country = newValue }
    }
    public var gender: Character? {
        get { shared.fields.gender }
        set { fields.gender = newValue }
    }
    public var offices: [Office] {
        get { shared.fields.offices }
        set { fields.offices = newValue }
    }

    public static func == (a: KnownPerson, b: KnownPerson) -> Bool { a.fields == b.fields }

    /// Hashes the fields in order, as the synthesized conformance of the plain struct did.
    public func hash(into hasher: inout Hasher) { shared.fields.hash(into: &hasher) }
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

    private var shared: SharedFields<Fields>

    init(_ fields: Fields) { shared = SharedFields(fields) }

    /// All fields; setting one stores a new copy (knowledge bases are built once, then only read).
    var fields: Fields {
        get { shared.fields }
        set { shared = SharedFields(newValue) }
    }

    /// The office type (`president`), or the word itself for honorifics.
    public var id: String {
        get { shared.fields.id }
        set { fields.id = newValue }
    }
    /// Display form used in role names ("President").
    public var name: String {
        get { shared.fields.name }
        set { fields.name = newValue }
    }
    public var words: [String] {
        get { shared.fields.words }
        set { fields.words = newValue }
    }
    /// Only introduces a name ("Mr.", "Dr."); carries no office.
    public var isHonorific: Bool {
        get { shared.fields.isHonorific }
        set { fields.isHonorific = newValue }
    }
    /// Too vague to identify an office-holder alone ("official", "minister").
    public var isGeneric: Bool {
        get { shared.fields.isGeneric }
        set { fields.isGeneric = newValue }
    }
    /// An office "leader" can mean.
    public var isLeader: Bool {
        get { shared.fields.isLeader }
        set { fields.isLeader = newValue }
    }

    public static func == (a: Title, b: Title) -> Bool { a.fields == b.fields }

    /// Hashes the fields in order, as the synthesized conformance of the plain struct did.
    public func hash(into hasher: inout Hasher) { shared.fields.hash(into: &hasher) }
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

/// One immutable object holding a knowledge-base entry's fields. Countries, organizations, people
/// and titles have many strings and arrays; as plain structs every copy (extraction copies them at
/// many tokens, from every thread) retained each field on the shared knowledge base. Stored here,
/// a copy retains one object.
final class SharedFields<Fields: Sendable>: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
}
