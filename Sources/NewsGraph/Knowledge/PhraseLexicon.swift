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
    public struct Entry: Sendable, Hashable {
        public var target: LexiconTarget
        public var cases: [CaseRule]
    }

    /// Every word of every phrase, by id.
    private var vocabulary = WordTable<Int32>()
    private var children: [UInt64: Int32] = [:]
    private var entries: [[Entry]] = [[]]  // node 0 is the root

    public init() {}

    /// The id of a normalized word, or -1.
    public func wordID(_ normalized: String) -> Int32 { vocabulary[normalized] ?? -1 }

    private mutating func intern(_ word: String) -> Int32 {
        if let id = vocabulary[word] { return id }
        let id = Int32(vocabulary.count)
        vocabulary[word] = id
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
            let key = UInt64(UInt32(node)) << 32 | UInt64(UInt32(id))
            if let next = children[key] {
                node = next
            } else {
                let next = Int32(entries.count)
                entries.append([])
                children[key] = next
                node = next
            }
            cases.append(CaseRule.of(piece))
        }
        let entry = Entry(target: target, cases: cases)
        if !entries[Int(node)].contains(entry) { entries[Int(node)].append(entry) }
    }

    /// The entries of a single word, whatever its case (for word classes such as given names).
    public func entries(forWord word: Int32) -> [Entry] {
        guard word >= 0, let node = children[UInt64(UInt32(word))] else { return [] }
        return entries[Int(node)]
    }

    /// Whether a single word belongs to a word class ("Council" is an organization head, "Maria" a
    /// given name), whatever its case.
    public func word(_ word: Int32, is target: LexiconTarget) -> Bool {
        entries(forWord: word).contains { $0.target == target }
    }

    /// The longest phrase starting at token `start`, with the entries whose case rules the tokens satisfy.
    public func longestMatch(_ tokens: ArraySlice<Token>, from start: Int,
                             where accept: (LexiconTarget) -> Bool = { _ in true }) -> (length: Int, entries: [Entry])? {
        var node: Int32 = 0
        var best: (Int, [Entry])?
        var i = start
        while i < tokens.endIndex {
            let word = tokens[i].word
            guard word >= 0,
                  let next = children[UInt64(UInt32(node)) << 32 | UInt64(UInt32(word))] else { break }
            node = next
            i += 1
            let candidates = entries[Int(node)]
            if !candidates.isEmpty {
                let admitted = candidates.filter { entry in
                    accept(entry.target) && zip(entry.cases, tokens[start..<i]).allSatisfy { $0.admits($1.shape) }
                }
                if !admitted.isEmpty { best = (i - start, admitted) }
            }
        }
        return best
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
