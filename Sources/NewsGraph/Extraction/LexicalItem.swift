/// A stretch of a sentence classified by the lexicon or by its form: the input of name patterns.
struct LexicalItem: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case country(Int, Mention.Form)
        case organization(Int)
        case person(Int)
        /// A known surname alone; the candidates are people of the knowledge base.
        case surname([Int])
        case title(Int)
        case ministry(Int)
        /// Capitalized words the knowledge base does not know, classified by their form.
        case unknownName(UnknownName)
        case possessive
        /// A minister's portfolio written as a name: "Labour" in "Labour Minister".
        case portfolio
        /// Any other token (lower-case words, punctuation, numbers, non-entities).
        case other
    }

    /// What capitalized words the knowledge base does not know look like.
    enum UnknownName: Sendable, Hashable {
        /// Ends in an organization word: "… Council", "… Party".
        case organization
        /// Starts with a given name: "Maria Zakharova".
        case person
        /// One word inside a sentence: a surname or acronym, perhaps.
        case single
        /// One word opening a sentence: quite possibly an ordinary word.
        case sentenceInitial
        /// Several capitalized words of no recognizable form.
        case unclassified
        /// One word the name recognizer reads as a person's name: a surname to resolve, or a person.
        case recognizedSingle
    }

    var tokens: Range<Int>
    var kind: Kind
}

/// Splits sentences into lexical items: longest knowledge-base matches first, then runs of
/// capitalized words the knowledge base does not know.
struct LexicalScanner {
    let knowledge: KnowledgeBase
    let text: AnalyzedText

    /// Lower-case words that may join capitalized words into one name.
    /// Titles a portfolio word comes before: "Labour Minister", "Interior Ministry".
    static let portfolioTitles: WordSet = ["minister", "ministers", "secretary", "ministry"]

    static let connectors: WordSet = ["of", "for", "de", "del", "al", "el", "bin", "bint", "ibn", "van", "von", "der", "den",
                                          "ter", "ten", "la", "le", "da", "di", "du", "dos", "das", "des", "y", "zu"]

    func items(sentence index: Int) -> [LexicalItem] {
        let range = text.sentenceTokens[index]
        let tokens = text.tokens
        let slice = tokens[range]
        var items: [LexicalItem] = []
        items.reserveCapacity(range.count)  // at most one item a token
        var i = range.lowerBound
        // "KYIV, March 3 (Reuters) -": a dateline names where and who reported, not actors.
        if let end = datelineEnd(range) {
            items.append(LexicalItem(tokens: range.lowerBound..<end, kind: .other))
            i = end
        }
        while i < range.upperBound {
            let token = tokens[i]
            if token.shape == .possessive {
                items.append(LexicalItem(tokens: i..<(i + 1), kind: .possessive))
                i += 1
                continue
            }
            if knowledge.lexicon.mayStartEntityPhrase(token.word), let match = knowledge.lexicon.longestEntityMatch(slice, from: i) {
                let span = i..<(i + match.length)
                // "Warsaw Pact", "Tehran Times": a capital starting a longer name is not the country.
                let capitalOnly = match.entries.allSatisfy { if case .countryCapital = $0.target { return true } else { return false } }
                if capitalOnly, span.upperBound < range.upperBound, tokens[span.upperBound].shape == .capitalized,
                   !startsEntity(at: span.upperBound, limit: range.upperBound) {
                    let end = capitalizedRunEnd(from: span.upperBound, limit: range.upperBound)
                    let run = i..<end
                    items.append(LexicalItem(tokens: run, kind: .unknownName(
                        classify(run, sentenceStart: i == range.lowerBound, limit: range.upperBound) == .organization ? .organization : .unclassified)))
                    i = end
                    continue
                }
                var kind = kind(of: match.entries, span: span, sentenceStart: i == range.lowerBound)
                // "Labour Minister", "Defence Secretary": a one-word party or body name before a
                // minister's title is the minister's portfolio.
                if case .organization = kind, span.count == 1, tokens[i].shape == .capitalized,
                   span.upperBound < range.upperBound, Self.portfolioTitles.contains(text.form(span.upperBound)) {
                    kind = .portfolio
                }
                items.append(LexicalItem(tokens: span, kind: kind))
                i += match.length
                continue
            }
            if token.shape.isCapitalized, token.shape != .possessive {
                let end = capitalizedRunEnd(from: i, limit: range.upperBound)
                var start = i
                // "The", "Both", "Earlier": capitalized only because they open the sentence or a heading.
                while start < end, hasClass(tokens[start], .stopword) || hasClass(tokens[start], .groupNoun) && start == range.lowerBound {
                    start += 1
                }
                if start > i { items.append(LexicalItem(tokens: i..<start, kind: .other)) }
                if start < end {
                    items.append(LexicalItem(tokens: start..<end, kind: .unknownName(
                        classify(start..<end, sentenceStart: start == range.lowerBound, limit: range.upperBound))))
                }
                i = end
                continue
            }
            items.append(LexicalItem(tokens: i..<(i + 1), kind: .other))
            i += 1
        }
        return items
    }

    /// Replaces unknown words that are one or two edits from a country name or demonym by that
    /// country ("Iraninan" → Iran) — only when the document names that country correctly elsewhere,
    /// so ordinary words and unknown names are not turned into countries.
    func correctingMisspellings(_ sentences: [[LexicalItem]]) -> [[LexicalItem]] {
        // The countries the document names, a flag per country index.
        var named: [Bool]?
        for items in sentences {
            for item in items {
                if case .country(let c, _) = item.kind {
                    if named == nil { named = [Bool](repeating: false, count: knowledge.countries.count) }
                    named![c] = true
                }
            }
        }
        // Items are replaced in place: the arrays are copied only in documents with a misspelling.
        var result = sentences
        var fuzzyNames: FuzzyNames?
        for s in sentences.indices {
            for (index, item) in sentences[s].enumerated() {
                guard case .unknownName(let form) = item.kind, form == .single || form == .sentenceInitial,
                      item.tokens.count == 1, text.tokens[item.tokens.lowerBound].word < 0 else { continue }
                let word = text.form(item.tokens.lowerBound)
                guard word.utf8.count >= 5 else { continue }  // too short for either lookup below
                if fuzzyNames == nil { fuzzyNames = knowledge.fuzzyNames }
                if let named, let country = fuzzyNames!.country(near: word, among: named) {
                    result[s][index] = LexicalItem(tokens: item.tokens, kind: .country(country, .demonym))
                } else if let country = fuzzyNames!.country(near: word, namesOnly: true) {
                    result[s][index] = LexicalItem(tokens: item.tokens, kind: .country(country, .name))
                }
            }
        }
        return result
    }

    /// The token after a dateline that opens the sentence: place (and date) in capitals or
    /// capitalized words, the agency in parentheses, a dash.
    private func datelineEnd(_ range: Range<Int>) -> Int? {
        if let end = placeAndDateEnd(range) { return end }
        let tokens = text.tokens
        guard range.count > 4, tokens[range.lowerBound].shape == .upper || tokens[range.lowerBound].shape == .capitalized
        else { return nil }
        var i = range.lowerBound
        while i < min(range.upperBound, range.lowerBound + 10) {
            let token = tokens[i]
            let form = text.form(i)
            if form == "(" {
                var j = i + 1
                while j < min(range.upperBound, i + 5), text.form(j) != ")" { j += 1 }
                guard j + 1 < range.upperBound, text.form(j) == ")" else { return nil }
                var k = j + 1
                while k < range.upperBound, ["-", "\u{2014}", "\u{2013}"].contains(text.form(k)) { k += 1 }
                return k > j + 1 ? k : nil
            }
            // (A period's normalized form is empty: periods are dropped from forms.)
            guard token.shape == .upper || token.shape == .capitalized || token.shape == .number || form == "," || form.isEmpty
            else { return nil }
            i += 1
        }
        return nil
    }

    /// The token after a dateline of a place in capitals and a date: "LONDON 2005-01-12",
    /// "NEW YORK, 12/01/2005".
    private func placeAndDateEnd(_ range: Range<Int>) -> Int? {
        let tokens = text.tokens
        var i = range.lowerBound
        while i < min(range.upperBound, range.lowerBound + 4), tokens[i].shape == .upper || text.form(i) == "," { i += 1 }
        guard i > range.lowerBound, i < range.upperBound, tokens[i].shape == .number else { return nil }
        while i < range.upperBound, tokens[i].shape == .number || ["-", "/", ".", ":"].contains(text.text(of: tokens[i])) { i += 1 }
        return i
    }

    func hasClass(_ token: Token, _ target: LexiconTarget) -> Bool {
        knowledge.lexicon.word(token.word, is: target)
    }

    /// The end of a run of capitalized words starting at `start`, with connectors ("Bank of
    /// England") and attached hyphens ("al-Sharaa", "Asia-Pacific") inside it.
    private func capitalizedRunEnd(from start: Int, limit: Int) -> Int {
        let tokens = text.tokens
        var end = start + 1
        while end < limit {
            let token = tokens[end]
            if token.shape.isCapitalized || token.shape == .mixed {
                if startsEntity(at: end, limit: limit) {
                    // "Tom King", "Jane Major": a title word right after a given name, ending the name, is a surname.
                    let endsName = end + 1 >= limit || !tokens[end + 1].shape.isCapitalized
                    guard end == start + 1, hasClass(tokens[start], .givenName), endsName, isTitleWord(at: end, limit: limit) else { break }
                }
                end += 1
                continue
            }
            // "SPLM/A": acronyms joined by a slash.
            if token.shape == .punctuation, text.bytes[Int(token.start)] == 0x2F, end + 1 < limit,
               tokens[end - 1].shape == .upper || tokens[end - 1].shape == .initial, tokens[end - 1].end == token.start,
               tokens[end + 1].start == token.end, tokens[end + 1].shape == .upper || tokens[end + 1].shape == .initial {
                end += 2
                continue
            }
            // Attached hyphen between two words: "Al-Qaeda", "bin-Salman".
            if token.shape == .punctuation, text.bytes[Int(token.start)] == 0x2D, end + 1 < limit,
               tokens[end - 1].end == token.start, tokens[end + 1].start == token.end,
               tokens[end + 1].shape.isCapitalized {
                end += 2
                continue
            }
            // A connector followed by a capitalized word: "Bank of England", "Ahmed al-Sharaa",
            // "Movement for the Actualization of the Sovereign State".
            if token.shape == .lower, end + 1 < limit, LexicalScanner.connectors.contains(text.form(end)) {
                var next = end + 1
                if tokens[next].shape == .punctuation, text.bytes[Int(tokens[next].start)] == 0x2D, next + 1 < limit { next += 1 }
                if next + 1 < limit, text.form(next) == "the", tokens[next].shape == .lower { next += 1 }
                if tokens[next].shape.isCapitalized, !startsEntity(at: next, limit: limit) {
                    end = next + 1
                    continue
                }
            }
            break
        }
        return end
    }

    private func isTitleWord(at index: Int, limit: Int) -> Bool {
        guard let match = knowledge.lexicon.longestEntityMatch(text.tokens[index..<limit], from: index),
              match.length == 1 else { return false }
        return match.entries.allSatisfy { if case .title = $0.target { return true } else { return false } }
    }

    /// Whether a knowledge-base entity (other than a surname) starts at token `index`.
    private func startsEntity(at index: Int, limit: Int) -> Bool {
        guard let match = knowledge.lexicon.longestEntityMatch(text.tokens[index..<limit], from: index) else {
            return false
        }
        return !match.entries.allSatisfy { if case .surname = $0.target { return true } else { return false } }
    }

    /// Whether a token is exactly one byte, `byte` (its text is that one ASCII character).
    private func isByte(_ token: Token, _ byte: UInt8) -> Bool {
        token.length == 1 && text.bytes[Int(token.start)] == byte
    }

    private func classify(_ run: Range<Int>, sentenceStart: Bool, limit: Int) -> LexicalItem.UnknownName {
        let tokens = text.tokens
        if hasClass(tokens[run.upperBound - 1], .organizationHead) { return .organization }
        // "Movement for the Actualization of …": the head comes before the first connector.
        if let connector = run.first(where: { tokens[$0].shape == .lower }), connector > run.lowerBound,
           hasClass(tokens[connector - 1], .organizationHead) { return .organization }
        // Defined by an acronym in parentheses: "Revolutionary United Front (RUF)".
        if run.count >= 2, run.upperBound + 2 < limit, isByte(tokens[run.upperBound], 0x28 /* ( */),
           tokens[run.upperBound + 1].shape == .upper, isByte(tokens[run.upperBound + 2], 0x29 /* ) */) {
            return .organization
        }
        if run.count == 3, isByte(tokens[run.lowerBound + 1], 0x2F /* / */) { return .organization }
        if run.count == 1 {
            // An unknown acronym inside a sentence ("MASSOB", "SPLM") names an organization.
            let token = tokens[run.lowerBound]
            func isAcronym(_ index: Int) -> Bool {
                index >= 0 && index < limit && tokens[index].shape == .upper && tokens[index].length > 1
            }
            if token.shape == .upper, token.length >= 3, !sentenceStart, !hasClass(token, .stopword),
               !isAcronym(run.lowerBound - 1), !isAcronym(run.upperBound) {
                return .organization
            }
            return sentenceStart ? .sentenceInitial : .single
        }
        // "Soviet NKVD": people's names hold no acronyms (initials "F.W." and Roman numerals
        // "Abdullah II" aside).
        if run.contains(where: { tokens[$0].shape == .upper && tokens[$0].length >= 3
                                 && !text.bytes[tokens[$0].range].contains(0x2E)
                                 && !text.form($0).utf8.allSatisfy { "ivxlc".utf8.contains($0) } }) {
            return .organization
        }
        if hasClass(tokens[run.lowerBound], .givenName), run.count <= 5 { return .person }
        return .unclassified
    }

    /// Chooses what a knowledge-base match means here. People and organizations outrank places
    /// ("Washington Post" is not Washington); a non-entity word outranks a bare surname.
    private func kind(of entries: [PhraseLexicon.Entry], span: Range<Int>, sentenceStart: Bool) -> LexicalItem.Kind {
        func rank(_ target: LexiconTarget) -> Int {
            switch target {
            case .person: return 0
            case .organization: return 1
            case .ministry: return 2
            case .countryName: return 3
            case .countryCapital: return 4
            case .countryMetonym: return 5
            case .countryDemonym: return 6
            case .title: return 7
            case .nonentity: return 8
            case .surname: return 9
            default: return 10
            }
        }
        // The first entry of the best rank (what a stable sort by rank would put first), without sorting.
        var best: LexiconTarget?
        var bestRank = Int.max
        for entry in entries {
            let entryRank = rank(entry.target)
            if entryRank < bestRank { best = entry.target; bestRank = entryRank }
        }
        switch best {
        case .person(let p): return .person(p)
        case .organization(let o): return .organization(o)
        case .ministry(let m): return .ministry(m)
        case .countryName(let c): return .country(c, .name)
        case .countryCapital(let c): return .country(c, .metonym)
        case .countryMetonym(let c): return .country(c, .metonym)
        case .countryDemonym(let c): return .country(c, .demonym)
        case .title(let t): return .title(t)
        case .surname:
            return .surname(entries.compactMap { entry -> Int? in if case .surname(let p) = entry.target { return p } else { return nil } })
        default: return .other
        }
    }
}
