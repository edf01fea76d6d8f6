/// A trie of multi-word phrases over interned words, for longest-match lookup in token streams.
///
/// Each word is interned once into a vocabulary id; tokens carry that id, so matching a phrase
/// costs one hash lookup per token, whatever the size of the lexicon.
public struct PhraseLexicon: Sendable {
    /// How a phrase's word must be capitalized in the text to match.
    public enum CaseRule: UInt8, Sendable {
        /// Any case ("of", "the").
        case any
        /// Starts with a capital ("Iran", "U.S.").
        case capitalized
        /// All capitals: short acronyms ("US", "UN"), so that "us" and "un" never match.
        case upper

        /// The rule a word written like `surface` in the knowledge base implies.
        static func of(_ surface: Substring) -> CaseRule {
            var letters = 0
            var firstIsLower: Bool?
            var allUpper = true
            for scalar in surface.unicodeScalars {
                let isUpper = scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
                let isLower = scalar.isASCII ? (0x61...0x7A).contains(scalar.value) : scalar.properties.isLowercase
                guard isUpper || isLower || (!scalar.isASCII && scalar.properties.isAlphabetic) else { continue }
                letters += 1
                if firstIsLower == nil { firstIsLower = isLower }
                if !isUpper { allUpper = false }
            }
            guard let firstIsLower else { return .any }
            if firstIsLower { return .any }
            if letters >= 2, letters <= 5, allUpper { return .upper }
            return .capitalized
        }

        func admits(_ shape: Token.Shape) -> Bool {
            switch self {
            case .any: return true
            case .capitalized: return shape.isCapitalized || shape == .mixed
            case .upper: return shape == .upper || shape == .initial || shape == .mixed
            }
        }
    }

    /// What a phrase stands for.
    ///
    /// The case rules of the phrase's words are packed two bits a word (first word lowest), so an
    /// entry holds no reference and copying one retains nothing; phrases of more than
    /// `packedWords` words keep the rest in the lexicon's `longPhraseCases`.
    public struct Entry: Sendable, Hashable {
        public var target: LexiconTarget
        fileprivate var packedCases: UInt64
        /// Index in `longPhraseCases` for phrases longer than `packedWords`, else -1.
        fileprivate var longCases: Int32

        fileprivate static let packedWords = 32

        fileprivate init(target: LexiconTarget, cases: [CaseRule], longCases: Int32) {
            self.target = target
            var packed: UInt64 = 0
            for (index, rule) in cases.prefix(Self.packedWords).enumerated() {
                packed |= UInt64(rule.rawValue) << (2 * UInt64(index))
            }
            self.packedCases = packed
            self.longCases = longCases
        }
    }

    /// Every word of every phrase, by id.
    private var vocabulary = WordTable<Int32>()
    private var children = TrieEdges()
    private var entries: [[Entry]] = [[]]  // node 0 is the root
    /// Whether a node has entries (`hasEntries`), and entries of entities (`hasEntityEntries`):
    /// read without touching (and retaining) its entry array.
    private var nodeFlags: [UInt8] = [0]
    private static let hasEntries: UInt8 = 1
    private static let hasEntityEntries: UInt8 = 2
    /// The full case rules of phrases longer than `Entry.packedWords` words.
    private var longPhraseCases: [[CaseRule]] = []
    /// Word classes (`givenName`, `stopword`, …) of each vocabulary word, one bit per class: the
    /// word-class test at every token reads one byte instead of the word's entries.
    private var wordClasses: [UInt8] = []

    public init() {}

    /// The id of a normalized word, or -1.
    public func wordID(_ normalized: String) -> Int32 { vocabulary[normalized] ?? -1 }

    /// The id and the stored form of a normalized word given as UTF-8 bytes, or nil.
    func word(utf8 normalized: UnsafeBufferPointer<UInt8>) -> (id: Int32, form: String)? {
        vocabulary.entry(utf8: normalized).map { ($0.value, $0.key) }
    }

    private mutating func intern(_ word: String) -> Int32 {
        if let id = vocabulary[word] { return id }
        let id = Int32(vocabulary.count)
        vocabulary[word] = id
        wordClasses.append(0)
        return id
    }

    /// Splits a surface form into the words the tokenizer would produce, normalized.
    static func words(of surface: String) -> [(Substring, String)] {
        var result: [(Substring, String)] = []
        let bytes = Array(surface.utf8)
        var tokens: [Token] = []
        bytes.withUnsafeBufferPointer { buffer in
            Tokenizer.tokenize(buffer, range: 0..<buffer.count, into: &tokens)
        }
        let utf8 = surface.utf8
        for token in tokens {
            let lower = utf8.index(utf8.startIndex, offsetBy: token.range.lowerBound)
            let upper = utf8.index(utf8.startIndex, offsetBy: token.range.upperBound)
            let piece = surface[lower..<upper]
            result.append((piece, WordForm.normalize(String(piece))))
        }
        return result
    }

    /// Adds a phrase written as it appears in text ("the Kremlin", "U.N. Security Council").
    /// A leading "the" is optional: the phrase matches with or without it.
    public mutating func insert(_ surface: String, _ target: LexiconTarget) {
        if surface.hasPrefix("the ") || surface.hasPrefix("The ") {
            insertExactly(String(surface.dropFirst(4)), target)
        }
        insertExactly(surface, target)
    }

    private mutating func insertExactly(_ surface: String, _ target: LexiconTarget) {
        let words = PhraseLexicon.words(of: surface)
        guard !words.isEmpty else { return }
        var node: Int32 = 0
        var cases: [CaseRule] = []
        for (piece, word) in words {
            let id = intern(word)
            if let next = children[node, id] {
                node = next
            } else {
                let next = Int32(entries.count)
                entries.append([])
                nodeFlags.append(0)
                children.insert(from: node, word: id, to: next)
                node = next
            }
            cases.append(CaseRule.of(piece))
        }
        nodeFlags[Int(node)] |= target.isEntity ? Self.hasEntries | Self.hasEntityEntries : Self.hasEntries
        wordClasses[Int(intern(words[0].1))] |= target.isEntity ? Self.startsPhraseBit | Self.startsEntityPhraseBit : Self.startsPhraseBit
        if words.count == 1, let bit = Self.classBit(target) { wordClasses[Int(intern(words[0].1))] |= bit }
        // All entries of a node are phrases of the same length: packed rules compare exactly.
        if cases.count <= Entry.packedWords {
            let entry = Entry(target: target, cases: cases, longCases: -1)
            if !entries[Int(node)].contains(entry) { entries[Int(node)].append(entry) }
        } else if !entries[Int(node)].contains(where: { $0.target == target && longPhraseCases[Int($0.longCases)] == cases }) {
            entries[Int(node)].append(Entry(target: target, cases: cases, longCases: Int32(longPhraseCases.count)))
            longPhraseCases.append(cases)
        }
    }

    /// Whether the tokens `tokens[start..<end]` satisfy the case rules of `entry`, a phrase of
    /// `end - start` words.
    @inline(__always)
    private func admits(_ entry: Entry, _ tokens: ArraySlice<Token>, _ start: Int, _ end: Int) -> Bool {
        if entry.longCases >= 0 {
            return zip(longPhraseCases[Int(entry.longCases)], tokens[start..<end]).allSatisfy { $0.admits($1.shape) }
        }
        var bits = entry.packedCases
        for i in start..<end {
            if !CaseRule(rawValue: UInt8(truncatingIfNeeded: bits & 3))!.admits(tokens[i].shape) { return false }
            bits >>= 2
        }
        return true
    }

    /// The bits in `wordClasses` of words that start a phrase, and a phrase of an entity.
    private static let startsPhraseBit: UInt8 = 0x80
    private static let startsEntityPhraseBit: UInt8 = 0x40

    /// The bit of a word class in `wordClasses`, for the targets that classify words.
    private static func classBit(_ target: LexiconTarget) -> UInt8? {
        switch target {
        case .nonentity: return 1
        case .givenName: return 2
        case .organizationHead: return 4
        case .stopword: return 8
        case .groupNoun: return 16
        case .collective: return 32
        default: return nil
        }
    }

    /// The entries of a single word, whatever its case (for word classes such as given names).
    public func entries(forWord word: Int32) -> [Entry] {
        guard word >= 0, let node = children[0, word] else { return [] }
        return entries[Int(node)]
    }

    /// Whether a single word belongs to a word class ("Council" is an organization head, "Maria" a
    /// given name), whatever its case.
    public func word(_ word: Int32, is target: LexiconTarget) -> Bool {
        if let bit = Self.classBit(target) {
            return word >= 0 && Int(word) < wordClasses.count && wordClasses[Int(word)] & bit != 0
        }
        return entries(forWord: word).contains { $0.target == target }
    }

    /// The longest phrase starting at token `start`, with the entries whose case rules the tokens satisfy.
    public func longestMatch(_ tokens: ArraySlice<Token>, from start: Int,
                             where accept: (LexiconTarget) -> Bool = { _ in true }) -> (length: Int, entries: [Entry])? {
        longestMatch(tokens, from: start, nodeFlag: Self.hasEntries, firstWordBit: Self.startsPhraseBit, where: accept)
    }

    /// Whether a phrase of an entity can start with this word (a cheap test before `longestEntityMatch`).
    @inline(__always)
    func mayStartEntityPhrase(_ word: Int32) -> Bool {
        word >= 0 && Int(word) < wordClasses.count && wordClasses[Int(word)] & Self.startsEntityPhraseBit != 0
    }

    /// `longestMatch(tokens, from: start, where: { $0.isEntity })`, which name patterns look for at
    /// every token: nodes and first words without entity entries are passed over by their flags.
    func longestEntityMatch(_ tokens: ArraySlice<Token>, from start: Int) -> (length: Int, entries: [Entry])? {
        longestMatch(tokens, from: start, nodeFlag: Self.hasEntityEntries, firstWordBit: Self.startsEntityPhraseBit,
                     where: { $0.isEntity })
    }

    /// The longest match, visiting only nodes with `nodeFlag` from a first word with `firstWordBit`
    /// (flags that every node and word with an entry `accept` admits has).
    @inline(__always)
    private func longestMatch(_ tokens: ArraySlice<Token>, from start: Int, nodeFlag: UInt8, firstWordBit: UInt8,
                              where accept: (LexiconTarget) -> Bool) -> (length: Int, entries: [Entry])? {
        var node: Int32 = 0
        // The deepest node with an admitted entry; its entries are collected once, at the end.
        var bestNode: Int32 = -1
        var bestEnd = start
        var bestAdmitsAll = false
        // Most words start no phrase: one bit says so, without probing the edges.
        guard start < tokens.endIndex, tokens[start].word >= 0, Int(tokens[start].word) < wordClasses.count,
              wordClasses[Int(tokens[start].word)] & firstWordBit != 0 else { return nil }
        var i = start
        while i < tokens.endIndex {
            let word = tokens[i].word
            guard word >= 0, let next = children[node, word] else { break }
            node = next
            i += 1
            let end = i
            if nodeFlags[Int(node)] & nodeFlag != 0 {
                var admitsAny = false
                var admitsAll = true
                for entry in entries[Int(node)] {
                    if accept(entry.target) && admits(entry, tokens, start, end) { admitsAny = true } else { admitsAll = false }
                }
                if admitsAny {
                    bestNode = node
                    bestEnd = i
                    bestAdmitsAll = admitsAll
                }
            }
        }
        guard bestNode >= 0 else { return nil }
        let end = bestEnd
        let candidates = entries[Int(bestNode)]
        // Usually every entry is admitted: the stored array then serves, and nothing is allocated.
        if bestAdmitsAll { return (end - start, candidates) }
        return (end - start, candidates.filter { accept($0.target) && admits($0, tokens, start, end) })
    }
}

/// The edges of the phrase trie: (node, word id) → child node, in an open-addressing table keyed
/// by one integer (a `Dictionary` would hash each key with SipHash, at every token).
struct TrieEdges: Sendable {
    /// `empty` in free slots; node and word ids are never negative, so no key is all ones.
    private var keys = [UInt64](repeating: TrieEdges.empty, count: 16)
    private var children = [Int32](repeating: 0, count: 16)
    private var count = 0
    private var shift: UInt64 = 60
    private static let empty = UInt64.max

    @inline(__always)
    private static func key(_ node: Int32, _ word: Int32) -> UInt64 { UInt64(UInt32(node)) << 32 | UInt64(UInt32(word)) }

    @inline(__always)
    private func firstSlot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The child of `node` by `word`, or nil.
    subscript(node: Int32, word: Int32) -> Int32? {
        let key = Self.key(node, word)
        let mask = keys.count - 1
        var slot = firstSlot(key)
        while true {
            let stored = keys[slot]
            if stored == key { return children[slot] }
            if stored == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Adds an edge that is not in the table yet.
    mutating func insert(from node: Int32, word: Int32, to child: Int32) {
        if (count + 1) * 2 > keys.count {
            let (oldKeys, oldChildren) = (keys, children)
            keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
            children = [Int32](repeating: 0, count: oldKeys.count * 2)
            shift -= 1
            for (slot, key) in oldKeys.enumerated() where key != Self.empty { place(key, oldChildren[slot]) }
        }
        place(Self.key(node, word), child)
        count += 1
    }

    private mutating func place(_ key: UInt64, _ child: Int32) {
        let mask = keys.count - 1
        var slot = firstSlot(key)
        while keys[slot] != Self.empty { slot = (slot + 1) & mask }
        keys[slot] = key
        children[slot] = child
    }
}

/// What a phrase of the lexicon refers to.
public enum LexiconTarget: Sendable, Hashable {
    /// Whether the target names or describes an entity, rather than classifying a word.
    public var isEntity: Bool {
        switch self {
        case .givenName, .organizationHead, .stopword, .groupNoun, .collective: return false
        default: return true
        }
    }

    case countryName(Int)
    case countryDemonym(Int)
    case countryCapital(Int)
    case countryMetonym(Int)
    case organization(Int)
    case person(Int)
    /// A known person's surname alone ("Putin").
    case surname(Int)
    case title(Int)
    case ministry(Int)
    /// A word that looks like a name but never is one (weekdays, months, headings).
    case nonentity
    /// A common given name ("Maria", "Hossein"): a capitalized word after it is likely a surname.
    case givenName
    /// A word that ends organization names ("Council", "Party", "Ministry").
    case organizationHead
    /// A function word that is capitalized only at the start of a sentence ("The", "Both").
    case stopword
    /// A noun for a country's people or institutions ("authorities", "government"): a demonym
    /// before it names the country as an actor.
    case groupNoun
    /// A noun for a non-state group ("rebels", "militants"): a name or demonym before it names the group.
    case collective
}
