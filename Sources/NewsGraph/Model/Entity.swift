/// A person, country or organization, as one node of the graph.
///
/// The id is derived from the entity's canonical key (`country:rus`, `person:vladimir-putin`),
/// never from the order in which documents arrive, so merging graphs gives the same ids in any order.
public struct Entity: Sendable, Hashable, Identifiable {
    public var id: String
    public var kind: EntityKind
    /// Canonical display name ("Vladimir Putin", "Russia").
    public var name: String
    /// Every surface form seen in the text that resolved to this entity, and known alternative
    /// names; the name itself is one of them (the initializers add it), so a name that loses to a
    /// fuller one when records are merged stays among the aliases.
    public var aliases: Set<String>
    /// ISO 3166-1 alpha-3 code, for countries.
    public var code: String?
    /// ISO 3166-1 alpha-3 code of the country a person or organization belongs to, when known.
    public var country: String?
    /// Offices and functions ("President of Russia").
    public var roles: Set<String>
    /// How many mentions resolved to this entity in each document it appears in (0 for a document
    /// that names it only through a relation). Kept per document, not as one total, so merging a
    /// graph with one that shares documents counts each document once.
    public var documentMentions: [String: Int]

    /// How many mentions resolved to this entity.
    public var mentions: Int { documentMentions.values.reduce(0, +) }
    /// Ids of the documents the entity appears in.
    public var documents: Set<String> { Set(documentMentions.keys) }

    /// Creates an entity from its mentions in each document.
    public init(id: String, kind: EntityKind, name: String, aliases: Set<String> = [],
                code: String? = nil, country: String? = nil, roles: Set<String> = [],
                documentMentions: [String: Int]) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases.union(CollectionOfOne(name))
        self.code = code
        self.country = country
        self.roles = roles
        self.documentMentions = documentMentions
    }

    /// Creates an entity with `mentions` spread over `documents` (in document order, the first
    /// ones taking the remainder); without documents there is nowhere to count mentions.
    public init(id: String, kind: EntityKind, name: String, aliases: Set<String> = [],
                code: String? = nil, country: String? = nil, roles: Set<String> = [],
                mentions: Int = 0, documents: Set<String> = []) {
        var counts: [String: Int] = [:]
        let ordered = documents.sorted(by: DocumentID.precedes)
        for (index, document) in ordered.enumerated() {
            counts[document] = mentions / ordered.count + (index < mentions % ordered.count ? 1 : 0)
        }
        self.init(id: id, kind: kind, name: name, aliases: aliases, code: code, country: country, roles: roles,
                  documentMentions: counts)
    }

    /// Aliases in output order, without the display name itself.
    public var sortedAliases: [String] {
        aliases.subtracting([name]).sorted()
    }

    /// Combines what two records of the same entity say.
    ///
    /// Commutative, associative and idempotent: sets are unioned, mention counts joined document
    /// by document, and single-valued fields keep the preferred of the two values under a fixed
    /// total order, so the result never depends on which record came first or how often one came.
    public func merged(with other: Entity) -> Entity {
        var result = self
        result.merge(other)
        return result
    }

    /// Adds what `other` says, in place (no copy of the sets).
    public mutating func merge(_ other: Entity) {
        precondition(id == other.id, "merging different entities \(id) and \(other.id)")
        name = Entity.preferredName(name, other.name)
        aliases.formUnion(other.aliases)
        code = Entity.preferred(code, other.code)
        country = Entity.preferred(country, other.country)
        roles.formUnion(other.roles)
        // A document's count is the same in every record that has it (it is what its extraction
        // found), so the union counts each document once; `max` keeps it commutative regardless.
        if documentMentions.isEmpty {
            documentMentions = other.documentMentions
        } else {
            documentMentions.merge(other.documentMentions) { max($0, $1) }
        }
        kind = min(kind, other.kind)
    }

    /// The longer name wins (the fuller form), then the lexically smaller one.
    static func preferredName(_ a: String, _ b: String) -> String {
        if a == b { return a }  // the usual case when merging: no need to count scalars
        let ca = a.unicodeScalars.count, cb = b.unicodeScalars.count
        if ca != cb { return ca > cb ? a : b }
        return min(a, b)
    }

    static func preferred(_ a: String?, _ b: String?) -> String? {
        switch (a, b) {
        case let (x?, y?): return min(x, y)
        case let (x?, nil): return x
        case let (nil, y): return y
        }
    }
}

/// Builds entity ids from a kind and a name or code.
public enum EntityID {
    /// `kind:slug`, where the slug is the key lower-cased, diacritics folded, and every run of
    /// other characters turned into a single `-`. The result is a valid XML NMTOKEN.
    public static func make(kind: EntityKind, key: String) -> String {
        kind.rawValue + ":" + slug(key)
    }

    public static func slug(_ text: String) -> String {
        if let slug = asciiSlug(text) { return slug }
        var out = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let folded = foldedASCII(scalar)
            for ch in folded {
                if ch.isASCII, ch.isLetter || ch.isNumber {
                    if pendingDash, !out.isEmpty { out.append("-") }
                    pendingDash = false
                    out.append(Character(ch.lowercased()))
                } else {
                    pendingDash = true
                }
            }
        }
        return out.isEmpty ? "x" : out
    }

    /// The slug of an ASCII text (the usual case), in one pass over its bytes written straight into
    /// the result; nil when the text is not ASCII.
    private static func asciiSlug(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard !bytes.isEmpty else { return "x" }
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            // At most as long as the text: a dash is only written for a run of skipped bytes.
            let slug = String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingDash = false
                for b in bytes {
                    let lower = b | 0x20
                    if (lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                        if pendingDash, count > 0 {
                            out[count] = 0x2D
                            count += 1
                        }
                        pendingDash = false
                        out[count] = b >= 0x41 && b <= 0x5A ? lower : b
                        count += 1
                    } else {
                        pendingDash = true
                    }
                }
                return count
            }
            return slug.isEmpty ? "x" : slug
        }
    }

    /// Latin letters with diacritics become their base letter; other scalars pass through.
    private static func foldedASCII(_ scalar: Unicode.Scalar) -> String {
        if scalar.isASCII { return String(scalar) }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping
        let base = decomposed.unicodeScalars.filter { $0.isASCII }
        if !base.isEmpty { return String(String.UnicodeScalarView(base)) }
        // Letters of other scripts keep their own form; slug() turns them into dashes unless ASCII,
        // so spell them out by code point to keep ids distinct.
        if scalar.properties.isAlphabetic { return "u" + String(scalar.value, radix: 16) }
        return " "
    }
}
