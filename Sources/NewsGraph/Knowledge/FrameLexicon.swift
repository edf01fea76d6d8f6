/// The relation frames by lemma (`frames.tsv`), the word lists relation extraction reads
/// (`relationwords.tsv`: negations, modals, speech verbs, …), and a cheap test of whether a token
/// could be a frame's predicate, made before a sentence is parsed.
public struct FrameLexicon: Sendable {
    public private(set) var frames: [RelationFrame] = []
    /// Frames by lemma (and by the other forms a frame lists).
    private var byLemma: [String: [Int]] = [:]
    /// Snowball stems of every lemma and form: a token with one of these stems may be a predicate.
    private var stems = WordSet()
    /// Frames by the Snowball stem of their lemma: for a word the lemmatizer got wrong ("telephoned").
    private var byStem: [String: [Int]] = [:]
    /// Normalized words that make a description a criticism ("unacceptable").
    public private(set) var negativeWords: Set<String> = []
    /// The word lists, by name.
    private var lists: [String: Set<String>] = [:]
    /// Forms whose stem is a predicate's but which never are one ("according"): not a reason to parse.
    private var notPredicates: Set<String> = []
    /// The surface extractor's word lists, made once the records are read (`finished()`).
    public private(set) var surface = SurfaceWords()
    /// The syntactic extractor's word lists, likewise.
    public private(set) var words = RelationWords()
    /// A bit per hashed prefix key of every stem: a clear bit rules a token out without stemming it.
    private var stemPrefixes = [UInt64](repeating: 0, count: 1024)

    public init() {}

    /// The frames whose lemma (or listed form) is `lemma`, in file order.
    public func frames(lemma: String) -> [RelationFrame] {
        byLemma[lemma].map { $0.map { frames[$0] } } ?? []
    }

    /// The frames whose lemma has this Snowball stem.
    public func frames(stem: String) -> [RelationFrame] {
        byStem[stem].map { $0.map { frames[$0] } } ?? []
    }

    /// Whether `lemma` is a frame's predicate.
    public func isPredicate(_ lemma: String) -> Bool { byLemma[lemma] != nil }

    /// A word list of `relationwords.tsv` ("negation", "modal", "speech", …); empty if unknown.
    public func list(_ name: String) -> Set<String> { lists[name] ?? [] }

    /// Whether a token could be a frame's predicate: its normalized form's stem is a lemma's stem.
    /// (`stem` is called only when the form's prefix could begin one.)
    @inline(__always)
    func mayBePredicate(normalized: String, prefixKey: UInt32, stem: (String) -> String) -> Bool {
        let (index, mask) = Self.bit(prefixKey)
        guard stemPrefixes[index] & mask != 0, !notPredicates.contains(normalized) else { return false }
        return stems.contains(stem(normalized)) || stems.contains(normalized)
    }

    private static func bit(_ key: UInt32) -> (word: Int, mask: UInt64) {
        let hashed = Int((key &* 0x9E37_79B1) >> 16)
        return (hashed >> 6, 1 << UInt64(hashed & 63))
    }

    private mutating func insertStem(_ word: String, stemmer: Stemmer) {
        // Both the word and its stem: a form is looked up by its stem or, unstemmed, as itself.
        for key in Set([word, stemmer.stem(word)]) {
            stems.insert(key)
            // The prefix of the word and of its stem: a token is tested by the prefix of its form.
            let (index, mask) = Self.bit(WordForm.prefixKey(key))
            stemPrefixes[index] |= mask
        }
        let (index, mask) = Self.bit(WordForm.prefixKey(word))
        stemPrefixes[index] |= mask
    }

    mutating func add(_ record: KnowledgeRecord, stemmer: Stemmer) throws {
        let frame = try RelationFrame(record: record)
        let index = frames.count
        frames.append(frame)
        for key in [frame.lemma] + record.values("forms").map({ $0.lowercased() }) {
            if !(byLemma[key]?.contains(index) ?? false) { byLemma[key, default: []].append(index) }
            // (By the lemma's stem only: an irregular form's stem, "rang", would catch "ranging".)
            if key == frame.lemma {
                let stem = stemmer.stem(WordForm.normalize(key))
                if !(byStem[stem]?.contains(index) ?? false) { byStem[stem, default: []].append(index) }
            }
            insertStem(WordForm.normalize(key), stemmer: stemmer)
        }
    }

    mutating func addNegative(_ record: KnowledgeRecord) {
        for word in [record.name] + record.values("alias") {
            negativeWords.insert(WordForm.normalize(word))
        }
    }

    /// The lexicon with its derived tables made: called once all records are read.
    func finished() -> FrameLexicon {
        var result = self
        result.notPredicates = Set(list("not-predicate").map(WordForm.normalize))
        result.surface = SurfaceWords(negations: list("surface-negation"), modals: list("surface-modal"),
                                      timeWords: list("surface-time"), speechVerbs: list("surface-speech"))
        result.words = RelationWords(
            negations: list("negation"), modals: list("modal"), conditions: list("condition"), speech: list("speech"),
            blocking: list("blocking"), blockingNouns: list("blocking-nouns"), passing: list("passing"),
            passingPassive: list("passing-passive"), patientNouns: list("patient-of"), inPerson: list("in-person"),
            tentative: list("tentative"), standIns: list("stand-in"), suppliers: list("supplied-by"))
        return result
    }

    mutating func addWords(_ record: KnowledgeRecord) throws {
        let words = record.values("words")
        guard !words.isEmpty else {
            throw KnowledgeError.malformed(location: record.location, reason: "a words record needs words=a|b|c")
        }
        lists[record.id, default: []].formUnion(words.map { $0.lowercased() })
    }
}

/// The lemma lists of the syntactic extractor (`relationwords.tsv`), each documented there.
public struct RelationWords: Sendable {
    public var negations: Set<String> = []
    public var modals: Set<String> = []
    public var conditions: Set<String> = []
    public var speech: Set<String> = []
    public var blocking: Set<String> = []
    public var blockingNouns: Set<String> = []
    public var passing: Set<String> = []
    public var passingPassive: Set<String> = []
    public var patientNouns: Set<String> = []
    public var inPerson: Set<String> = []
    public var tentative: Set<String> = []
    public var standIns: Set<String> = []
    public var suppliers: Set<String> = []
}

/// The inflected word lists of the surface extractor (`surface-*` in `relationwords.tsv`), as
/// tables a token is looked up in without hashing.
public struct SurfaceWords: Sendable {
    /// Which of the clause breaks, negations and modals a word is, found with one lookup.
    struct Classes: OptionSet, Sendable {
        let rawValue: UInt8
        static let clauseBreak = Classes(rawValue: 1)
        static let negation = Classes(rawValue: 2)
        static let modal = Classes(rawValue: 4)
    }

    let modals: WordSet
    let timeWords: WordSet
    let speechVerbs: WordSet
    let classes: WordTable<Classes>

    init(negations: Set<String> = [], modals: Set<String> = [], timeWords: Set<String> = [], speechVerbs: Set<String> = []) {
        self.modals = WordSet(modals)
        self.timeWords = WordSet(timeWords)
        self.speechVerbs = WordSet(speechVerbs)
        var table = WordTable<Classes>()
        for word in SurfaceRelationExtractor.clauseBreaksList { table[word, default: []].insert(.clauseBreak) }
        for word in negations { table[word, default: []].insert(.negation) }
        for word in modals { table[word, default: []].insert(.modal) }
        classes = table
    }
}
