/// One sentence as the name recognizer reads it: each word's hashed views (`WordAtoms`), its
/// universal part of speech, what the knowledge base knows of it (gazetteer membership) and its
/// word classes (given name, organization word, legal suffix).
///
/// Text in capitals (a headline, an all-caps line) is read case-blind: its words' views are made
/// from the lower-cased words, and the knowledge base is matched whatever the case, so no name is
/// found by its capitals alone.
package struct NameSentence: Sendable {
    package let count: Int
    package let isCaseBlind: Bool
    /// Two `.start` markers, the words, two `.end` markers (as `SyntaxSentence.padded`).
    package let padded: [WordAtoms]
    /// Per word, with two edge atoms either side: its tag's atom, its gazetteer atom, its classes' atom.
    package let tags: [UInt64]
    package let gazetteer: [UInt64]
    package let classes: [UInt64]
    /// Each word's part of speech as the tagger gave it (empty without a tagger).
    package let parts: [PartOfSpeech]

    /// - Parameters:
    ///   - forms: the words as written.
    ///   - tokens: the words' tokens (shape and lexicon id, as `AnalyzedText` makes them), one per word.
    ///   - lexicon: the knowledge base's lexicon the ids are of.
    ///   - tagger: the part-of-speech model (nil: no tags, every word's tag atom is the same).
    ///   - tag: the tagger's classes for the words, from a stage that keeps them for the parser
    ///     (nil: the tagger is run here).
    package init(forms: [String], tokens: [Token], lexicon: PhraseLexicon, tagger: SyntaxModel?,
                 tag: (([String]) -> [UInt8]?)? = nil) {
        precondition(forms.count == tokens.count)
        count = forms.count
        let caseBlind = Self.isInCapitals(tokens)
        isCaseBlind = caseBlind
        let lowered = caseBlind ? forms.map { $0.lowercased() } : forms
        var padded: [WordAtoms] = [.start, .start]
        padded.reserveCapacity(count + 4)
        for form in lowered { padded.append(WordAtoms(form: form)) }
        padded.append(.end)
        padded.append(.end)
        self.padded = padded
        let edge = FeatureHash.mix(0xED6E)
        var tags = [UInt64](repeating: edge, count: count + 4)
        var parts: [PartOfSpeech] = []
        if let tagger, count > 0 {
            let classes = tag?(lowered) ?? tagger.tagger.tag(SyntaxSentence(forms: lowered))
            parts = classes.map { tagger.tagger.classes[Int($0)] }
            for i in 0..<count { tags[i + 2] = UInt64(parts[i].upos.rawValue) &+ 0x700 }
        }
        self.tags = tags
        self.parts = parts
        // Case-blind: every word's shape admits every case rule of the lexicon.
        let matched = caseBlind ? tokens.map { var t = $0; t.shape = t.shape.isWord ? .mixed : t.shape; return t } : tokens
        gazetteer = Self.gazetteerAtoms(matched, lexicon: lexicon, edge: edge)
        var classes = [UInt64](repeating: edge, count: count + 4)
        for i in 0..<count { classes[i + 2] = Self.classAtom(lowered[i], word: tokens[i].word, lexicon: lexicon) }
        self.classes = classes
    }

    /// Whether a sentence is written in capitals: at least three words, none in lower case, most
    /// all capitals.
    package static func isInCapitals(_ tokens: [Token]) -> Bool {
        var words = 0, upper = 0
        for token in tokens where token.shape.isWord && token.shape != .mixed {
            words += 1
            if token.shape == .lower { return false }
            if token.shape == .upper { upper += 1 }
        }
        return words >= 3 && upper * 3 >= words * 2
    }

    // MARK: Gazetteer

    /// What a knowledge-base phrase names, as the recognizer's features tell them apart.
    private static func category(_ target: LexiconTarget) -> UInt64? {
        switch target {
        case .person: return 1
        case .organization: return 2
        case .ministry: return 3
        case .countryName: return 4
        case .countryCapital: return 5
        case .countryMetonym: return 6
        case .countryDemonym: return 7
        case .title: return 8
        case .surname: return 9
        case .nonentity: return 10
        default: return nil
        }
    }

    /// Each word's place in the longest knowledge-base phrase over it: the phrase's category and
    /// the word's position in it (first, inside, last, alone); 0 outside any.
    private static func gazetteerAtoms(_ tokens: [Token], lexicon: PhraseLexicon, edge: UInt64) -> [UInt64] {
        var atoms = [UInt64](repeating: edge, count: tokens.count + 4)
        for i in 0..<tokens.count { atoms[i + 2] = 0 }
        let slice = tokens[...]
        var i = 0
        while i < tokens.count {
            guard lexicon.mayStartEntityPhrase(tokens[i].word), let match = lexicon.longestEntityMatch(slice, from: i) else {
                i += 1
                continue
            }
            // The phrase's most telling category: people and bodies before places, titles, surnames.
            var best: UInt64?
            for entry in match.entries {
                if let c = category(entry.target), best.map({ c < $0 }) ?? true { best = c }
            }
            if let best {
                for k in 0..<match.length {
                    let position: UInt64 = match.length == 1 ? 3 : k == 0 ? 0 : k == match.length - 1 ? 2 : 1
                    atoms[i + k + 2] = best << 2 | position
                }
            }
            i += match.length
        }
        return atoms
    }

    // MARK: Word classes

    /// Words that end a company's name: "Inc", "plc", "GmbH", "Holdings".
    package static let legalSuffixes: Set<String> = ["inc", "corp", "co", "ltd", "plc", "ag", "sa", "nv", "gmbh", "group", "holdings",
                                                     "llc", "limited", "corporation", "incorporated", "bv", "spa", "ab", "asa", "bhd",
                                                     "pty", "lp", "llp", "se", "oyj", "kk"]

    private static func classAtom(_ form: String, word: Int32, lexicon: PhraseLexicon) -> UInt64 {
        var bits: UInt64 = 0
        if lexicon.word(word, is: .givenName) { bits |= 1 }
        if lexicon.word(word, is: .organizationHead) { bits |= 2 }
        if lexicon.word(word, is: .stopword) { bits |= 4 }
        var key = form.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        if legalSuffixes.contains(key) { bits |= 8 }
        return bits | 0x100
    }
}

extension NameSentence {
    /// A sentence given as words alone (a corpus's tokens): each word's token is the shape the
    /// tokenizer gives its first piece and the lexicon id of its normalized form, as the text's
    /// tokens would carry.
    package init(forms: [String], lexicon: PhraseLexicon, tagger: SyntaxModel?) {
        self.init(forms: forms, tokens: forms.map { Self.token($0, lexicon: lexicon) }, lexicon: lexicon, tagger: tagger)
    }

    package static func token(_ form: String, lexicon: PhraseLexicon) -> Token {
        var pieces: [Token] = []
        let bytes = Array(form.utf8)
        bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, range: 0..<$0.count, into: &pieces) }
        var token = Token(start: 0, end: Int32(bytes.count), shape: pieces.first?.shape ?? .punctuation)
        token.word = lexicon.wordID(WordForm.normalize(form))
        return token
    }
}

extension NameRecognizer {
    /// The names in a sentence given as its words, with the knowledge base's lexicon and the
    /// syntax model's tagger (nil: without parts of speech).
    public func recognize(words: [String], knowledge: KnowledgeBase, syntax: SyntaxModel?) -> [NameSpan] {
        recognize(NameSentence(forms: words, lexicon: knowledge.lexicon, tagger: syntax))
    }
}
