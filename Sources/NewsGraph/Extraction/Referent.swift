/// The entity a mention refers to, as far as the document says.
///
/// Mentions, and the arrays of them, are copied many times over while a document is resolved; the
/// fields therefore live in one shared, immutable box, so that a copy of a referent is one
/// reference count instead of one for each string. Changing a field (rare) makes a new box.
struct Referent: Sendable, Hashable {
    private struct Fields: Sendable, Hashable {
        var id: String
        var kind: EntityKind
        var name: String
        var code: String?
        var country: String?
        var gender: Character?
        var offices: Set<String>
    }

    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    private mutating func change(_ body: (inout Fields) -> Void) {
        var fields = box.fields
        body(&fields)
        box = Box(fields)
    }

    var id: String {
        get { box.fields.id }
        set { change { $0.id = newValue } }
    }
    var kind: EntityKind {
        get { box.fields.kind }
        set { change { $0.kind = newValue } }
    }
    var name: String {
        get { box.fields.name }
        set { change { $0.name = newValue } }
    }
    var code: String? {
        get { box.fields.code }
        set { change { $0.code = newValue } }
    }
    var country: String? {
        get { box.fields.country }
        set { change { $0.country = newValue } }
    }
    var gender: Character? {
        get { box.fields.gender }
        set { change { $0.gender = newValue } }
    }
    /// Office types with holders ("RUS/president"), for matching role descriptions.
    var offices: Set<String> {
        get { box.fields.offices }
        set { change { $0.offices = newValue } }
    }

    init(kind: EntityKind, name: String, key: String? = nil, code: String? = nil, country: String? = nil,
         gender: Character? = nil) {
        self.init(id: EntityID.make(kind: kind, key: key ?? name), kind: kind, name: name, code: code, country: country, gender: gender)
    }

    init(id: String, kind: EntityKind, name: String, code: String? = nil, country: String? = nil, gender: Character? = nil,
         offices: Set<String> = []) {
        box = Box(Fields(id: id, kind: kind, name: name, code: code, country: country, gender: gender, offices: offices))
    }

    static func == (lhs: Referent, rhs: Referent) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(box.fields)
    }

    static func country(_ c: Country) -> Referent {
        // Country ids are "country:" and the lower-cased code: no slug to compute.
        Referent(id: "country:" + c.code.lowercased(), kind: .country, name: c.name, code: c.code)
    }

    static func organization(_ o: Organization) -> Referent {
        Referent(id: o.entityID, kind: .organization, name: o.name, country: o.country)
    }

    static func person(_ p: KnownPerson) -> Referent {
        Referent(id: p.entityID, kind: .person, name: p.name, country: p.country, gender: p.gender,
                 offices: Set(p.offices.map { "\($0.holder)/\($0.type)" }))
    }
}

/// A stretch of text that names, describes or points at an entity.
struct Mention: Sendable, Hashable {
    enum Form: Sendable, Hashable {
        /// A full name or a known alias: "Vladimir Putin", "the United States", "UNSC".
        case name
        /// A surname alone: "Putin".
        case surname
        /// A demonym: "Russian", "Iranians".
        case demonym
        /// A capital or epithet standing for the country: "Moscow", "the Islamic Republic".
        case metonym
        /// A role description: "the Russian leader", "his Iranian counterpart".
        case description
        /// A pronoun or "the country".
        case reference
    }

    /// Token indexes of the whole mention, modifiers and titles included.
    var tokens: Range<Int>
    var sentence: Int
    var referent: Referent
    var form: Form
    /// A demonym or name modifying the next word ("Russian President", "Iran-Russia relations"),
    /// rather than an actor of its own.
    var isModifier = false
    /// The surface form, recorded as an alias.
    var surface: String
    /// Whether the surface is worth keeping as an alias of the entity it resolves to.
    var isAliasable = true
}

/// A fact the text states about who serves whom: "Russian President Vladimir Putin".
struct Affiliation: Sendable, Hashable {
    var person: Referent
    var organization: Referent
    var role: String?
    var sentence: Int
}
