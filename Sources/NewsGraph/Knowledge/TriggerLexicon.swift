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

    public var id: String
    public var words: [Word]
    public var relation: RelationKind
    public var isNoun: Bool
    public var slots: [Slot]
    public var sources: [Source]
    public var requiresSlot: Bool
    public var notNext: Set<String>
    public var notAfterObject: Set<String>
    /// "described X as unacceptable": a criticism only when a negative word follows "as".
    public var isDescription: Bool
    public var confidence: Double
}

/// The relation triggers, indexed by their first word.
public struct TriggerLexicon: Sendable {
    public private(set) var triggers: [Trigger] = []
    private var byFirstWord: [String: [Int]] = [:]
    /// Normalized words that make a description a criticism ("unacceptable").
    public private(set) var negativeWords: Set<String> = []

    public init() {}

    static func key(_ word: Trigger.Word) -> String? {
        switch word {
        case .stem(let s): return "s:" + s
        case .exact(let e): return "e:" + e
        case .gap: return nil
        }
    }

    /// Triggers whose first word is the token with this normalized form and stem.
    public func candidates(normalized: String, stem: String) -> [Int] {
        (byFirstWord["e:" + normalized] ?? []) + (byFirstWord["s:" + stem] ?? [])
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
        guard let first = words.first, let firstKey = Self.key(first) else {
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
        let trigger = Trigger(
            id: record.id, words: words, relation: relation, isNoun: record.value("pos") == "noun",
            slots: slots, sources: sources.isEmpty ? [.subject] : sources,
            requiresSlot: record.flag("requires-slot"),
            notNext: Set(record.values("not-next").map(WordForm.normalize)),
            notAfterObject: Set(record.values("not-after-object").map(WordForm.normalize)),
            isDescription: record.value("frame") == "describe",
            confidence: Double(record.value("confidence") ?? "") ?? 0.8)
        byFirstWord[firstKey, default: []].append(triggers.count)
        triggers.append(trigger)
    }

    mutating func addNegative(_ record: KnowledgeRecord) {
        for word in [record.name] + record.values("alias") {
            negativeWords.insert(WordForm.normalize(word))
        }
    }
}
