/// Puts the trained recognizer's names into the lexical items of a document's sentences.
///
/// The knowledge base decides first: items it matched (countries, known organizations and
/// people, titles, ministries) are kept whatever the recognizer reads there. The recognizer
/// decides what the capitalized words nobody listed are: a person (`.person`, or
/// `.recognizedSingle` for one word, a surname to resolve), an organization, or neither (a place
/// that is no country, or no name at all). A person's name may take in a known surname or a
/// capital ("George H. W. Bush", "Valeska Paris"): the knowledge base knows those words, not the
/// person. Words it marks no name keep the form their shape gave them — except in a sentence
/// written in capitals, where capitals alone make no name.
///
/// One name is one type throughout a document: each name's type is the one the recognizer gave
/// it most often, and a name it found once is found wherever else the document writes it.
struct RecognizedNames {
    let knowledge: KnowledgeBase
    let text: AnalyzedText
    let recognizer: NameRecognizer
    let syntax: SyntaxModel?
    /// The document's syntax, which keeps the tags for the sentences parsed later (nil: tags not kept).
    var documentSyntax: DocumentSyntax? = nil

    struct Found {
        var tokens: Range<Int>
        var type: NameType
    }

    /// The items of every sentence (`items[s]` of sentence `s`) with the recognizer's names.
    func apply(_ items: [[LexicalItem]]) -> [[LexicalItem]] {
        var found: [[Found]] = []
        var inCapitals: [Bool] = []
        found.reserveCapacity(items.count)
        // Votes per name (normalized surface): how often each type.
        var votes: [String: [Int]] = [:]
        for (s, sentenceItems) in items.enumerated() {
            guard sentenceItems.contains(where: Self.isUnknown) else {
                found.append([])
                inCapitals.append(false)
                continue
            }
            var (spans, capitals) = spans(sentence: s)
            // What the text says of a company ("shares in X", "X Holdings Ltd", "X (NYSE: XX)",
            // "X, the carmaker") makes it one, whatever the recognizer read; a ticker is no name.
            for item in sentenceItems where Self.isUnknown(item) {
                guard let cue = companyCue(item.tokens) else { continue }
                spans.removeAll { $0.tokens.overlaps(item.tokens) }
                if cue == .company {
                    spans.append(Found(tokens: item.tokens, type: .organization))
                    votes[key(item.tokens), default: [0, 0, 0]][Int(NameType.organization.rawValue)] += 2
                } else {
                    // (A place's span: no node.)
                    spans.append(Found(tokens: item.tokens, type: .location))
                }
            }
            spans.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            found.append(spans)
            inCapitals.append(capitals)
            for span in spans { votes[key(span.tokens), default: [0, 0, 0]][Int(span.type.rawValue)] += 1 }
        }
        func type(of tokens: Range<Int>) -> NameType? {
            guard let v = votes[key(tokens)] else { return nil }
            let best = v.indices.max { (v[$0], -$0) < (v[$1], -$1) }!
            return NameType(rawValue: UInt8(best))
        }
        return items.indices.map { s in
            guard !found[s].isEmpty || !votes.isEmpty else { return inCapitals[s] ? unknownsDropped(items[s]) : items[s] }
            return rewrite(items[s], spans: found[s].map { Found(tokens: $0.tokens, type: type(of: $0.tokens) ?? $0.type) },
                           inCapitals: inCapitals[s], typeOf: type)
        }
    }

    private static func isUnknown(_ item: LexicalItem) -> Bool {
        if case .unknownName = item.kind { true } else { false }
    }

    private func key(_ tokens: Range<Int>) -> String {
        tokens.map { text.forms[$0] }.joined(separator: " ")
    }

    private func unknownsDropped(_ items: [LexicalItem]) -> [LexicalItem] {
        items.map { Self.isUnknown($0) ? LexicalItem(tokens: $0.tokens, kind: .other) : $0 }
    }

    /// The names the recognizer finds in a sentence, as document token ranges, without the
    /// one-word names that are adjectives or plurals ("Christian", "Muslims": groups, not actors).
    func spans(sentence: Int) -> (spans: [Found], inCapitals: Bool) {
        let range = text.sentenceTokens[sentence]
        guard !range.isEmpty else { return ([], false) }
        let tokens = Array(text.tokens[range])
        let forms = tokens.map { text.text(of: $0) }
        let input = NameSentence(forms: forms, tokens: tokens, lexicon: knowledge.lexicon, tagger: syntax,
                                 tag: documentSyntax.map { kept in { kept.tags(sentence: sentence, words: $0) } })
        var result: [Found] = []
        for span in recognizer.recognize(input) {
            if span.words.count == 1, !input.parts.isEmpty {
                let part = input.parts[span.words.lowerBound]
                if part.upos == .adj || part.xpos == "NNPS" || part.xpos == "NNS" { continue }
            }
            result.append(Found(tokens: (range.lowerBound + span.words.lowerBound)..<(range.lowerBound + span.words.upperBound),
                                type: span.type))
        }
        return (result, input.isCaseBlind)
    }

    enum CompanyCue { case company, ticker }

    /// Nouns that say what a company makes or is: "X, the carmaker", "X, the mobile phone maker".
    static let companyNouns: WordSet = ["maker", "makers", "company", "firm", "group", "giant", "carrier", "retailer", "producer",
                                        "manufacturer", "operator", "insurer", "airline", "bank", "lender", "conglomerate",
                                        "supplier", "carmaker", "automaker", "chipmaker", "drugmaker", "brewer", "miner"]
    static let stockWords: WordSet = ["shares", "stock", "stake", "stocks", "shareholders", "shareholder"]

    /// What the words around an unknown name say of a company.
    private func companyCue(_ tokens: Range<Int>) -> CompanyCue? {
        let form = { (i: Int) in text.form(i) }
        let last = form(tokens.upperBound - 1)
        if tokens.count > 1, NameSentence.legalSuffixes.contains(last) { return .company }
        // "(NYSE: BRM)": the exchange and the ticker are no names; the name before them is a company's.
        if form(tokens.lowerBound - 1) == ":", form(tokens.lowerBound - 3) == "(" { return .ticker }
        if form(tokens.lowerBound - 1) == "(", form(tokens.upperBound) == ":" { return .ticker }
        if form(tokens.upperBound) == "(", form(tokens.upperBound + 2) == ":" { return .company }
        // "shares in X", "a stake in X", "X shares".
        if ["in", "of"].contains(form(tokens.lowerBound - 1)), Self.stockWords.contains(form(tokens.lowerBound - 2)) { return .company }
        // "X, the Y maker": a comma, "the", up to three words, a company noun.
        if form(tokens.upperBound) == ",", form(tokens.upperBound + 1) == "the" {
            for i in (tokens.upperBound + 2)..<(tokens.upperBound + 6) {
                let word = form(i)
                if Self.companyNouns.contains(word) {
                    let after = form(i + 1)
                    return after == "," || after == "" || after == "." || after == "said" ? .company : nil
                }
                if word == "," || word.isEmpty { break }
            }
        }
        return nil
    }

    /// Whether a person's name found by the recognizer may take in this item.
    private func mayJoinPerson(_ item: LexicalItem) -> Bool {
        switch item.kind {
        case .unknownName, .surname, .country(_, .metonym): return true
        default: return false
        }
    }

    private func rewrite(_ items: [LexicalItem], spans: [Found], inCapitals: Bool, typeOf: (Range<Int>) -> NameType?) -> [LexicalItem] {
        var result: [LexicalItem] = []
        result.reserveCapacity(items.count + 2)
        var k = 0
        while k < items.count {
            let item = items[k]
            // A person's name over several items ("George H. W." + the surname "Bush").
            if let span = spans.first(where: { $0.type == .person && $0.tokens.lowerBound == item.tokens.lowerBound && $0.tokens.count > 1 }) {
                var end = k
                while end < items.count, items[end].tokens.upperBound <= span.tokens.upperBound, mayJoinPerson(items[end]) { end += 1 }
                if end > k + 1 || (end == k + 1 && items[k].tokens.upperBound == span.tokens.upperBound && Self.isUnknown(item)),
                   items[end - 1].tokens.upperBound == span.tokens.upperBound {
                    result.append(LexicalItem(tokens: span.tokens, kind: .unknownName(.person)))
                    k = end
                    continue
                }
            }
            guard Self.isUnknown(item) else {
                result.append(item)
                k += 1
                continue
            }
            // An organization by its form ("… Council", "Revolutionary United Front (RUF)", "Soviet
            // NKVD") stays whole, unless a person is named in it ("Claudia Mo of Civic Party"); a
            // named group ("Darfur rebels") is the group, whatever the place.
            if !inCapitals, case .unknownName(.organization) = item.kind,
               !spans.contains(where: { $0.type == .person && $0.tokens.overlaps(item.tokens) }) {
                result.append(companyCue(item.tokens) == .ticker ? LexicalItem(tokens: item.tokens, kind: .other) : item)
                k += 1
                continue
            }
            if !inCapitals, let next = items[safe: k + 1], case .other = next.kind, next.tokens.count == 1,
               knowledge.lexicon.word(text.tokens[next.tokens.lowerBound].word, is: .collective) {
                result.append(item)
                k += 1
                continue
            }
            let inside = spans.filter { $0.tokens.overlaps(item.tokens) }
            if inside.isEmpty {
                if inCapitals {
                    result.append(LexicalItem(tokens: item.tokens, kind: .other))
                } else if let type = typeOf(item.tokens) {
                    // Named elsewhere in the document.
                    result.append(LexicalItem(tokens: item.tokens, kind: kind(type, count: item.tokens.count)))
                } else {
                    result.append(item)
                }
                k += 1
                continue
            }
            var next = item.tokens.lowerBound
            for span in inside {
                let start = max(span.tokens.lowerBound, item.tokens.lowerBound)
                let end = min(span.tokens.upperBound, item.tokens.upperBound)
                for t in next..<start { result.append(LexicalItem(tokens: t..<(t + 1), kind: .other)) }
                // A piece of a longer name cut by a known one ("National Petroleum" of "China
                // National Petroleum Corporation") is kept only when it is itself a name of words.
                let cut = span.tokens != start..<end
                if cut, start..<end == item.tokens, Self.isTitle(span.tokens.lowerBound..<start, in: items[..<k]) {
                    // "Mr Adeyemi" read as one name with its title: the name is the whole item, of
                    // the recognizer's type.
                    result.append(LexicalItem(tokens: start..<end, kind: kind(span.type, count: end - start)))
                } else {
                    result.append(LexicalItem(tokens: start..<end, kind: cut && end - start < 2 ? .other : kind(span.type, count: end - start)))
                }
                next = end
            }
            for t in next..<item.tokens.upperBound { result.append(LexicalItem(tokens: t..<(t + 1), kind: .other)) }
            k += 1
        }
        return result
    }

    /// Whether `tokens` (before an item) are the words of titles only: "Mr", "President".
    private static func isTitle(_ tokens: Range<Int>, in items: ArraySlice<LexicalItem>) -> Bool {
        guard !tokens.isEmpty else { return false }
        var covered = tokens.lowerBound
        for item in items where item.tokens.overlaps(tokens) {
            guard case .title = item.kind, item.tokens.lowerBound <= covered else { return false }
            covered = max(covered, item.tokens.upperBound)
        }
        return covered >= tokens.upperBound
    }

    private func kind(_ type: NameType, count: Int) -> LexicalItem.Kind {
        switch type {
        case .person: return .unknownName(count == 1 ? .recognizedSingle : .person)
        case .organization: return .unknownName(.organization)
        // Countries are the knowledge base's; other places are not nodes.
        case .location: return .other
        }
    }
}
