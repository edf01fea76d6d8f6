/// A mention's grammatical role, which weighs its salience (Lappin and Leass: subject > object >
/// oblique > other) and binds pronouns (an object is never its own clause's subject).
enum GrammaticalRole: String, Sendable {
    case subject, object, oblique, possessor, expletive, other

    /// Lappin–Leass weights: subject 80, direct object 50, indirect object or oblique 40.
    var weight: Double {
        switch self {
        case .subject: 80
        case .object: 50
        case .oblique: 40
        case .possessor, .expletive, .other: 0
        }
    }
}

/// Where a mention stands in its sentence: its role, whether it heads its phrase (not a modifier
/// of another noun), whether it is outside an adverbial (prepositional) phrase, and the predicate
/// or clause it belongs to, for binding.
struct MentionPlace: Sendable {
    var role: GrammaticalRole
    var isHead: Bool
    var isNonAdverbial: Bool
    /// The word it depends on in the parse, or the clause's number when read by word order: two
    /// mentions with the same clause are arguments of one predicate.
    var clause: Int

    /// Lappin–Leass: recency 100, the role's weight, head-noun emphasis 80, non-adverbial 50.
    var weight: Double { 100 + role.weight + (isHead ? 80 : 0) + (isNonAdverbial ? 50 : 0) }
}

/// Reads mentions' places from a sentence's dependency tree, or, without a parse, from word order.
struct MentionPlaces {
    let text: AnalyzedText
    let lexicon: CoreferenceLexicon
    /// The sentence's syntax, when it was parsed.
    let syntax: SentenceSyntax?
    let sentence: Int
    private let clauseBreaks: WordSet

    init(text: AnalyzedText, lexicon: CoreferenceLexicon, syntax: SentenceSyntax?, sentence: Int) {
        self.text = text
        self.lexicon = lexicon
        self.syntax = syntax
        self.sentence = sentence
        clauseBreaks = lexicon.words("clause-break")
    }

    /// The place of the mention over `tokens`.
    func place(of tokens: Range<Int>, isModifier: Bool) -> MentionPlace {
        if let syntax, let head = syntax.head(ofTokens: tokens) { return place(head: head, in: syntax, isModifier: isModifier) }
        return placeByWordOrder(tokens, isModifier: isModifier)
    }

    private func place(head: Int, in syntax: SentenceSyntax, isModifier: Bool) -> MentionPlace {
        let parse = syntax.parse
        var word = head
        var relation = parse.relations[word]
        // A conjunct or an apposition has the role of the phrase it joins ("Putin and Erdogan met").
        var steps = 0
        while relation == "conj" || relation == "appos", parse.heads[word] >= 0, steps < 8 {
            word = parse.heads[word]
            relation = parse.relations[word]
            steps += 1
        }
        let base = relation.split(separator: ":").first.map(String.init) ?? relation
        let role: GrammaticalRole = switch base {
        case "nsubj", "csubj": .subject
        case "obj", "iobj": .object
        case "obl": .oblique
        case "nmod": relation == "nmod:poss" ? .possessor : .oblique
        case "expl": .expletive
        default: .other
        }
        let modifies = ["nmod", "compound", "amod", "flat"].contains(base) || isModifier
        return MentionPlace(role: role, isHead: !modifies, isNonAdverbial: base != "obl" && base != "advmod",
                            clause: parse.heads[word])
    }

    /// Without a parse: after a preposition, oblique; before "'s", a possessor; the first mention
    /// of a clause (clauses start at the sentence's start and at the words of `clause-break`),
    /// its subject; any other, an object.
    private func placeByWordOrder(_ tokens: Range<Int>, isModifier: Bool) -> MentionPlace {
        let range = text.sentenceTokens[sentence]
        let prepositions = lexicon.words("preposition")
        // The clause: the number of clause breaks before the mention (a mention rarely stands far
        // into its sentence, and few sentences have many).
        var clause = 0
        var clauseStart = range.lowerBound
        for i in range.lowerBound..<tokens.lowerBound where isClauseBreak(i) {
            clause += 1
            clauseStart = i + 1
        }
        let before = tokens.lowerBound > range.lowerBound ? text.forms[tokens.lowerBound - 1] : ""
        let after = tokens.upperBound < range.upperBound ? text.forms[tokens.upperBound] : ""
        let role: GrammaticalRole
        if prepositions.contains(before) {
            role = .oblique
        } else if after == "'s" || after == "’s" || after == "'" {
            role = .possessor
        } else if !(clauseStart..<tokens.lowerBound).contains(where: { isWordLike($0) && !isLeadIn($0) }) {
            role = .subject
        } else {
            role = .object
        }
        return MentionPlace(role: role, isHead: !isModifier && role != .possessor, isNonAdverbial: role != .oblique, clause: clause)
    }

    private func isClauseBreak(_ i: Int) -> Bool {
        let token = text.tokens[i]
        // (Only short words and ";" break a clause: the longer ones are not looked up.)
        guard token.length <= 8 else { return false }
        let form = text.forms[i]
        return form == ";" || clauseBreaks.contains(form)
    }

    /// Words before a subject that leave it the subject: determiners, titles and commas.
    private func isLeadIn(_ i: Int) -> Bool {
        let form = text.forms[i]
        return form == "the" || form == "," || form == "\"" || form == "“" || text.tokens[i].shape == .capitalized
    }

    private func isWordLike(_ i: Int) -> Bool {
        let shape = text.tokens[i].shape
        return shape == .lower || shape == .capitalized || shape == .upper
    }
}
