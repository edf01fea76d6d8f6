/// A word or phrase that signals a relation, and where its actors are to be found.
public struct Trigger: Sendable, Hashable {
    public enum Word: Sendable, Hashable {
        /// Matches any word with this Snowball stem.
        case stem(String)
        /// Matches exactly this normalized word.
        case exact(String)
        /// Skips up to four words.
        case gap
    }

    /// Where the other actor of the relation stands.
    public enum Slot: Sendable, Hashable {
        /// Right after the trigger: "accused the U.S.".
        case object
        /// After a preposition: "a call with Netanyahu", "blamed the riots on the US".
        case preposition(String)
        /// The object of the verb after "to": "threatened to strike Iran".
        case infinitive
    }

    /// Who acts.
    public enum Source: String, Sendable, Hashable {
        /// The subject of the clause: "Putin phoned …".
        case subject
        /// The actor just before a noun: "Pezeshkian's visit", "US threats".
        case possessor
        /// Who says it: "Pezeshkian noted that the United States … had a direct role".
        case speaker
    }

    /// The fields, stored once and shared by all copies (see `SharedFields`): relation
    /// extraction copies the triggers it tries at every candidate word.
    struct Fields: Sendable, Hashable {
        var id: String
        var words: [Word]
        var relation: RelationKind
        var isNoun: Bool
        var slots: [Slot]
        var sources: [Source]
        var requiresSlot: Bool
        var notNext: Set<String>
        var notAfterObject: Set<String>
        var isDescription: Bool
        var notAttributive: Bool
        var confidence: Double
    }

    private let shared: SharedFields<Fields>

    init(_ fields: Fields) { shared = SharedFields(fields) }

    public var id: String { shared.fields.id }
    public var words: [Word] { shared.fields.words }
    public var relation: RelationKind { shared.fields.relation }
    public var isNoun: Bool { shared.fields.isNoun }
    public var slots: [Slot] { shared.fields.slots }
    public var sources: [Source] { shared.fields.sources }
    public var requiresSlot: Bool { shared.fields.requiresSlot }
    public var notNext: Set<String> { shared.fields.notNext }
    public var notAfterObject: Set<String> { shared.fields.notAfterObject }
    /// "described X as unacceptable": a criticism only when a negative word follows "as".
    public var isDescription: Bool { shared.fields.isDescription }
    /// Not an event when it modifies the noun after it, as an adjective: "alleged war crimes".
    public var notAttributive: Bool { shared.fields.notAttributive }
    public var confidence: Double { shared.fields.confidence }
}

/// The relation triggers, indexed by their first word.
public struct TriggerLexicon: Sendable {
    public private(set) var triggers: [Trigger] = []
    /// Triggers by their first word: exact words and stems apart, so a lookup builds no key.
    private var byFirstExact = WordTable<[Int]>()
    private var byFirstStem = WordTable<[Int]>()
    /// Normalized words that make a description a criticism ("unacceptable").
    public private(set) var negativeWords: Set<String> = []
    /// The first three bytes of every stem in a trigger, packed in an integer: words that begin
    /// otherwise cannot be part of a trigger by their stem, and need no stemming.
    /// A bit per hashed key: a clear bit rules the word out, a set one calls for the stemmer.
    private var stemPrefixes = [UInt64](repeating: 0, count: 1024)
    /// The same for the first word of each trigger, exact words and stems apart: most tokens
    /// begin no trigger, and a clear bit answers that without a table lookup.
    private var firstExactPrefixes = [UInt64](repeating: 0, count: 1024)
    private var firstStemPrefixes = [UInt64](repeating: 0, count: 1024)

    /// The bit of a prefix key in `stemPrefixes` (of 65,536).
    private static func bit(_ key: UInt32) -> (word: Int, mask: UInt64) {
        let hashed = Int((key &* 0x9E37_79B1) >> 16)
        return (hashed >> 6, 1 << UInt64(hashed & 63))
    }

    /// Whether a normalized word could stem to a word of a trigger.
    public func mayStartTrigger(_ normalized: String) -> Bool {
        mayStartTrigger(prefixKey: WordForm.prefixKey(normalized))
    }

    /// Whether a normalized word with this `WordForm.prefixKey` could stem to a word of a trigger.
    public func mayStartTrigger(prefixKey: UInt32) -> Bool {
        Self.contains(stemPrefixes, prefixKey)
    }

    private static func contains(_ prefixes: [UInt64], _ prefixKey: UInt32) -> Bool {
        let (index, mask) = bit(prefixKey)
        return prefixes[index] & mask != 0
    }

    private static func insert(_ word: String, into prefixes: inout [UInt64]) {
        let (index, mask) = bit(WordForm.prefixKey(word))
        prefixes[index] |= mask
    }

    public init() {}

    /// Triggers whose first word is the token with this normalized form and stem.
    public func candidates(normalized: String, stem: String) -> [Int] {
        candidates(normalized: normalized, prefixKey: WordForm.prefixKey(normalized), stem: stem)
    }

    /// The same, given the normalized form's `WordForm.prefixKey` (an unstemmed word is its own stem).
    public func candidates(normalized: String, prefixKey: UInt32, stem: String) -> [Int] {
        let exact = Self.contains(firstExactPrefixes, prefixKey) ? byFirstExact[normalized] : nil
        let stemKey = stem == normalized ? prefixKey : WordForm.prefixKey(stem)
        let stemmed = Self.contains(firstStemPrefixes, stemKey) ? byFirstStem[stem] : nil
        switch (exact, stemmed) {
        case (nil, nil): return []
        case (let e?, nil): return e
        case (nil, let s?): return s
        case (let e?, let s?): return e + s
        }
    }

    mutating func add(_ record: KnowledgeRecord, stemmer: Stemmer) throws {
        guard let relation = RelationKind(rawValue: record.value("relation") ?? "") else {
            throw KnowledgeError.malformed(location: record.location, reason: "trigger needs relation= one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let words: [Trigger.Word] = record.name.split(separator: " ").map { piece in
            if piece == "*" { return .gap }
            if piece.hasPrefix("=") { return .exact(WordForm.normalize(String(piece.dropFirst()))) }
            return .stem(stemmer.stem(WordForm.normalize(String(piece))))
        }
        guard let first = words.first, first != .gap else {
            throw KnowledgeError.malformed(location: record.location, reason: "a trigger phrase cannot start with *")
        }
        let slots: [Trigger.Slot] = record.values("slots").map { slot in
            switch slot {
            case "object": return .object
            case "infinitive": return .infinitive
            default: return .preposition(slot.lowercased())
            }
        }
        let sources = record.values("source").compactMap(Trigger.Source.init(rawValue:))
        let trigger = Trigger(Trigger.Fields(
            id: record.id, words: words, relation: relation, isNoun: record.value("pos") == "noun",
            slots: slots, sources: sources.isEmpty ? [.subject] : sources,
            requiresSlot: record.flag("requires-slot"),
            notNext: Set(record.values("not-next").map(WordForm.normalize)),
            notAfterObject: Set(record.values("not-after-object").map(WordForm.normalize)),
            isDescription: record.value("frame") == "describe",
            notAttributive: record.flag("not-attributive"),
            confidence: Double(record.value("confidence") ?? "") ?? 0.8))
        for case .stem(let stem) in words { Self.insert(stem, into: &stemPrefixes) }
        switch first {
        case .exact(let word):
            byFirstExact[word, default: []].append(triggers.count)
            Self.insert(word, into: &firstExactPrefixes)
        case .stem(let stem):
            byFirstStem[stem, default: []].append(triggers.count)
            Self.insert(stem, into: &firstStemPrefixes)
        case .gap: break
        }
        triggers.append(trigger)
    }

    mutating func addNegative(_ record: KnowledgeRecord) {
        for word in [record.name] + record.values("alias") {
            negativeWords.insert(WordForm.normalize(word))
        }
    }
}
