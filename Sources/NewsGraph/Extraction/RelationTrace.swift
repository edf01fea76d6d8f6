/// What relation extraction decided in each sentence and why, recorded when asked (by
/// `newsgraph explain`): the sentences it parsed or passed over, each predicate it tried, and for
/// each the relations it made with the grammatical path to each actor, or the reason it made none.
///
/// Extraction records into it as it goes; the explanation is the extractor's own account, not a
/// re-implementation of it. One per document, used by one thread.
final class RelationTrace {
    /// Why a sentence was read, or passed over without parsing.
    enum Reading: Sendable, Equatable {
        /// Parsed: it has two actors and a word that may be a predicate.
        case parsed
        /// Not parsed: fewer than two distinct actors.
        case fewActors
        /// Not parsed: no word whose stem is a predicate's.
        case noPredicate
        /// No syntax model: read by word order (the surface extractor).
        case surface
        /// Parsed, but the parse lost the clause (a verb read as a noun's modifier): read by word order.
        case lostClause
        /// Parsed, but the tree gave a predicate no actors (no subject, or the same actor at both
        /// ends) and the sentence no relation: read by word order as well.
        case lostActors
    }

    /// Why a predicate gave no relation.
    enum Drop: Error, Sendable, Equatable, CustomStringConvertible {
        case negated(String)
        case hypothetical(String)
        case conditional(String)
        case question
        case attempt(String)
        case tentative(String)
        case lookalike(String)
        case missingCompletion(String)
        case noLightVerb
        case noSource
        case noTarget
        case notCritical
        case notVerbal
        case kindNotAllowed(String)
        case sameActor
        case inName

        var description: String {
            switch self {
            case .negated(let w): "negated ('\(w)')"
            case .hypothetical(let w): "hypothetical or future ('\(w)')"
            case .conditional(let w): "conditional or open question ('\(w)')"
            case .question: "the sentence is a question"
            case .attempt(let w): "an attempt, plan, wish, refusal or denial governs it ('\(w)')"
            case .tentative(let w): "only planned or possible ('\(w)')"
            case .lookalike(let w): "a look-alike, not this relation ('\(w)')"
            case .missingCompletion(let w): "lacks what completes it (\(w))"
            case .noLightVerb: "not the complement of a verb that makes it an event"
            case .noSource: "no subject or other source actor"
            case .noTarget: "no object or other target actor"
            case .notCritical: "no negative word describes the object"
            case .notVerbal: "no sign the attack is verbal (a topic or a thing criticised)"
            case .kindNotAllowed(let w): "type not allowed: \(w)"
            case .sameActor: "source and target are the same actor, or one belongs to the other"
            case .inName: "part of a name"
            }
        }
    }

    /// A relation a predicate made.
    struct Made: Sendable {
        var kind: RelationKind
        var source: String
        var target: String
        var confidence: Double
        /// The words that state it, as the evidence lists them.
        var trigger: String
        /// How each end was found: "source: nsubj 'Putin'", "target: obl:with 'Erdogan'".
        var reasons: [String]
    }

    /// One predicate tried.
    struct Attempt: Sendable {
        /// The word's index in the sentence's syntactic words.
        var word: Int
        var lemma: String
        var frame: String
        var relation: RelationKind
        var made: [Made] = []
        var dropped: Drop?
    }

    struct SentenceRecord: Sendable {
        var reading: Reading
        var attempts: [Attempt] = []
    }

    /// The sentences to record (nil: all).
    let sentences: Set<Int>?
    private(set) var records: [Int: SentenceRecord] = [:]

    init(sentences: Set<Int>? = nil) {
        self.sentences = sentences
    }

    func wants(_ sentence: Int) -> Bool { sentences?.contains(sentence) ?? true }

    func read(_ sentence: Int, _ reading: Reading) {
        guard wants(sentence) else { return }
        records[sentence] = SentenceRecord(reading: reading)
    }

    /// Changes how a sentence was read, keeping the attempts recorded.
    func reread(_ sentence: Int, _ reading: Reading) {
        guard wants(sentence) else { return }
        records[sentence, default: SentenceRecord(reading: reading)].reading = reading
    }

    func attempted(_ sentence: Int, _ attempt: Attempt) {
        guard wants(sentence) else { return }
        records[sentence, default: SentenceRecord(reading: .parsed)].attempts.append(attempt)
    }
}
