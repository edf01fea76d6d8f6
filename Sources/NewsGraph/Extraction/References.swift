/// Resolves pronouns and definite references to the entity they point back at: "She" after
/// "Maria Zakharova", "the country" after "Iran", "the two countries", "both leaders".
struct References {
    let knowledge: KnowledgeBase
    let text: AnalyzedText

    /// How many sentences back an antecedent may be.
    static let window = 2

    /// - Parameters:
    ///   - mentions: the document's mentions, in order.
    ///   - passing: entities named inside other mentions ("U.S." in "U.S. Secretary of State Marco
    ///     Rubio"): antecedents for "the two countries", never resolved themselves.
    func resolve(_ mentions: [Mention], passing: [Mention] = []) -> [Mention] {
        let passing = passing.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var result: [Mention] = []
        result.reserveCapacity(mentions.count + mentions.count / 4)
        var next = 0
        let tokens = text.tokens, bytes = text.bytes
        for sentence in 0..<text.sentenceCount {
            let range = text.sentenceTokens[sentence]
            var i = range.lowerBound
            while i < range.upperBound {
                // Mentions already found keep their place.
                if next < mentions.count, mentions[next].tokens.lowerBound == i {
                    result.append(mentions[next])
                    i = mentions[next].tokens.upperBound
                    next += 1
                    continue
                }
                // Only "he", "him", "she", "the" and "both" start a reference: skip every other word unread
                // (no form is copied out for it).
                let token = tokens[i]
                let first = bytes[Int(token.start)] | 0x20   // h, s, t or b
                guard (2...4).contains(token.length), first == 0x68 || first == 0x73 || first == 0x74 || first == 0x62,
                      token.shape == .lower || token.shape == .capitalized else {
                    i += 1
                    continue
                }
                let word = text.form(i)
                if Self.startWords.contains(word),
                   let found = reference(word, at: i, sentence: sentence, limit: range.upperBound, found: result, passing: passing) {
                    result += found.mentions
                    i = found.end
                    continue
                }
                i += 1
            }
            while next < mentions.count, mentions[next].sentence == sentence {
                result.append(mentions[next]) // (should not happen: mentions are inside sentences)
                next += 1
            }
        }
        while next < mentions.count { result.append(mentions[next]); next += 1 }
        return result
    }

    static let startWords: WordSet = ["he", "him", "she", "the", "both"]
    static let groupNouns: WordSet = ["leaders", "presidents", "men", "ministers", "sides", "countries", "nations", "states"]

    /// Mentions of the last `window` sentences before token `i`, in text order, those named in
    /// passing included.
    private func antecedents(_ found: [Mention], _ passing: [Mention], before i: Int, sentence: Int) -> [Mention] {
        let inWindow = { (m: Mention) in sentence - m.sentence <= Self.window && m.tokens.upperBound <= i }
        var start = found.count
        while start > 0, sentence - found[start - 1].sentence <= Self.window { start -= 1 }
        let recent = Array(found[start...])
        // `passing` is in text order: only the stretch from the window's first sentence to token `i`
        // is tested (filtering it whole at every reference was quadratic in a long document).
        let first = Self.firstIndex(in: passing) { sentence - $0.sentence <= Self.window }
        let end = Self.firstIndex(in: passing) { $0.tokens.lowerBound > i }
        let earlier = first < end ? passing[first..<end].filter(inWindow) : []
        guard !earlier.isEmpty else { return recent }
        return (recent + earlier).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The first index of `mentions` (in text order) for which `isPast`, which once true stays
    /// true, holds; `mentions.count` if none.
    private static func firstIndex(in mentions: [Mention], where isPast: (Mention) -> Bool) -> Int {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if isPast(mentions[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// The reference starting with `word` at token `i`, given the mentions `found` so far.
    private func reference(_ word: String, at i: Int, sentence: Int, limit: Int, found: [Mention], passing: [Mention])
        -> (mentions: [Mention], end: Int)? {
        let next = i + 1 < limit ? text.form(i + 1) : ""
        // "the" and "both" start a reference only before these words: most of the time, done.
        if word == "the", next != "country", next != "nation", next != "two" { return nil }
        if word == "both", !Self.groupNouns.contains(next) { return nil }
        let before = antecedents(found, passing, before: i, sentence: sentence)
        func recent(_ kind: EntityKind, gender: Character? = nil, modifiers: Bool = false) -> [Referent] {
            var seen: [Referent] = []
            for mention in before.reversed() {
                guard sentence - mention.sentence <= Self.window else { break }
                guard mention.referent.kind == kind, modifiers || !mention.isModifier else { continue }
                if let gender, let g = mention.referent.gender, g != gender { continue }
                if !seen.contains(where: { $0.id == mention.referent.id }) { seen.append(mention.referent) }
            }
            return seen
        }
        func make(_ referents: [Referent], _ span: Range<Int>) -> [Mention] {
            referents.map { Mention(tokens: span, sentence: sentence, referent: $0, form: .reference, surface: text.text(tokens: span)) }
        }
        let afterNext = i + 2 < limit ? text.form(i + 2) : ""
        switch word {
        case "he", "him":
            guard let person = recent(.person, gender: "m").first else { return nil }
            return (make([person], i..<(i + 1)), i + 1)
        case "she":
            guard let person = recent(.person, gender: "f").first else { return nil }
            return (make([person], i..<(i + 1)), i + 1)
        case "the":
            if next == "country" || next == "nation" {
                guard let country = recent(.country).first else { return nil }
                return (make([country], i..<(i + 2)), i + 2)
            }
            // "the two sides": the two people of the last sentence that named two, else two countries.
            if next == "two", afterNext == "sides" {
                let people = recent(.person).filter { person in
                    before.last { $0.referent.id == person.id }.map { sentence - $0.sentence <= 1 } ?? false
                }
                if people.count >= 2 { return (make(Array(people.prefix(2)), i..<(i + 3)), i + 3) }
            }
            if next == "two", ["countries", "nations", "sides", "states"].contains(afterNext) {
                // "Iran is a long-time Russian ally, with the two countries …": adjectives count here.
                let countries = recent(.country, modifiers: true)
                guard countries.count >= 2 else { return nil }
                return (make(Array(countries.prefix(2)), i..<(i + 3)), i + 3)
            }
            if next == "two", ["leaders", "presidents", "men", "ministers", "sides"].contains(afterNext) {
                let people = recent(.person)
                guard people.count >= 2 else { return nil }
                return (make(Array(people.prefix(2)), i..<(i + 3)), i + 3)
            }
            return nil
        case "both":
            if ["leaders", "presidents", "men", "ministers", "sides"].contains(next) {
                let people = recent(.person)
                guard people.count >= 2 else { return nil }
                return (make(Array(people.prefix(2)), i..<(i + 2)), i + 2)
            }
            if ["countries", "nations", "states"].contains(next) {
                let countries = recent(.country, modifiers: true)
                guard countries.count >= 2 else { return nil }
                return (make(Array(countries.prefix(2)), i..<(i + 2)), i + 2)
            }
            return nil
        default:
            return nil
        }
    }
}
