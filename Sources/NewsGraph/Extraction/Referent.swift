/// The entity a mention refers to, as far as the document says.
///
/// Mentions, and the arrays of them, are copied many times over while a document is resolved; the
/// fields therefore live in one `SharedFields` object, so that a copy of a referent is one
/// reference count instead of one for each string. Changing a field (rare) makes a new one.
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

    private var box: SharedFields<Fields>

    var id: String { box.fields.id }
    var kind: EntityKind { box.fields.kind }
    var name: String { box.fields.name }
    var code: String? { box.fields.code }
    var country: String? { box.fields.country }
    var gender: Character? { box.fields.gender }
    /// Office types with holders ("RUS/president"), for matching role descriptions.
    var offices: Set<String> {
        get { box.fields.offices }
        set { box = box.with { $0.offices = newValue } }
    }

    init(kind: EntityKind, name: String, key: String? = nil, code: String? = nil, country: String? = nil,
         gender: Character? = nil) {
        self.init(id: EntityID.make(kind: kind, key: key ?? name), kind: kind, name: name, code: code, country: country, gender: gender)
    }

    init(id: String, kind: EntityKind, name: String, code: String? = nil, country: String? = nil, gender: Character? = nil,
         offices: Set<String> = []) {
        box = SharedFields(Fields(id: id, kind: kind, name: name, code: code, country: country, gender: gender, offices: offices))
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
