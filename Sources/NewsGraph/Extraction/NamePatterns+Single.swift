/// Items that make a mention on their own: a country, a known organization or person, a bare
/// surname, a capitalized name the knowledge base does not know, a named group ("Darfur rebels").
extension NamePatterns {
    /// Head words of agreements and other documents, which acronyms define as often as organizations.
    static let documentHeads: WordSet = ["agreement", "agreements", "treaty", "accord", "accords", "pact", "memorandum",
                                         "protocol", "declaration", "resolution", "understanding", "convention", "charter"]

    /// Whether a capitalized name ends in, or is headed by, a document word: "South Asia Free Trade
    /// Agreement", "Memorandum of Understanding on …".
    func namesDocument(_ span: Range<Int>) -> Bool {
        if Self.documentHeads.contains(text.form(span.upperBound - 1)) { return true }
        // The acronym defined for one: "Free Trade Agreement (FTA)".
        if span.count == 1, text.form(span.lowerBound - 1) == "(", Self.documentHeads.contains(text.form(span.lowerBound - 2)) {
            return true
        }
        if let connector = span.first(where: { text.tokens[$0].shape == .lower }), connector > span.lowerBound {
            return Self.documentHeads.contains(text.form(connector - 1))
        }
        return false
    }

    /// One item on its own.
    func single(_ items: [LexicalItem], at k: Int, sentence: Int, skipUntil: inout Int, into out: inout Output) {
        let item = items[k]
        let span = item.tokens
        switch item.kind {
        case .country(let c, let form):
            let country = knowledge.countries[c]
            let countryReferent = knowledge.countryReferents[c]
            // "Fijian rebels", "Afghan rebel leaders": a group of the country, not the country.
            if form == .demonym, let last = collectiveEnd(items, after: k) {
                let groupSpan = span.lowerBound..<items[last].tokens.upperBound
                let name = surface(groupSpan)
                let group = Referent(kind: .organization, name: name, country: country.code)
                out.mentions.append(Mention(tokens: groupSpan, sentence: sentence, referent: group, form: .name, surface: name))
                out.namedInPassing.append(Mention(tokens: span, sentence: sentence, referent: countryReferent, form: form,
                                                  isModifier: true, surface: surface(span)))
                out.affiliations.append(Affiliation(person: group, organization: countryReferent, role: nil, sentence: sentence))
                skipUntil = last
                return
            }
            var mention = Mention(tokens: span, sentence: sentence, referent: countryReferent, form: form, surface: surface(span))
            mention.isModifier = isModifier(items, at: k, form: form)
            // "The Turkish and Greek sides": the first demonym shares the noun of the second.
            if form == .demonym, word(items[safe: k + 1]) == "and", let second = items[safe: k + 2],
               case .country(_, .demonym) = second.kind, let noun = items[safe: k + 3],
               knowledge.lexicon.word(text.tokens[noun.tokens.lowerBound].word, is: .groupNoun) {
                mention.isModifier = false
            }
            if form == .demonym, let next = items[safe: k + 1], word(next) != nil,
               knowledge.lexicon.word(text.tokens[next.tokens.lowerBound].word, is: .groupNoun) {
                // "the Iranian authorities": the country acting.
                mention.tokens = span.lowerBound..<next.tokens.upperBound
                mention.surface = surface(mention.tokens)
                mention.isModifier = false
            }
            out.mentions.append(mention)
        case .organization(let o):
            var mention = Mention(tokens: span, sentence: sentence, referent: knowledge.organizationReferents[o],
                                  form: .name, surface: surface(span))
            mention.isModifier = isModifier(items, at: k, form: .name)
            out.mentions.append(mention)
            if let country = knowledge.organizations[o].country, let c = knowledge.countryIndex(code: country),
               knowledge.organizations[o].type == "seat-of-power" || knowledge.organizations[o].type == "government-body" {
                out.affiliations.append(Affiliation(person: mention.referent, organization: knowledge.countryReferents[c], role: nil,
                                                    sentence: sentence))
            }
        case .person(let p):
            record(Mention(tokens: span, sentence: sentence, referent: .person(knowledge.people[p]), form: .name,
                           surface: surface(span)), role: nil, holders: [], offices: [], into: &out)
        case .surname(let candidates):
            let mention = Mention(tokens: span, sentence: sentence, referent: Referent(kind: .person, name: surface(span)),
                                  form: .surname, surface: surface(span))
            out.pending.append(Pending(mention: mention, need: .name(candidates: candidates), role: nil, affiliations: []))
        case .unknownName(let form):
            let name = surface(span)
            switch form {
            case .organization:
                // "Free Trade Agreement (FTA)", "Memorandum of Understanding": documents, not actors.
                if namesDocument(span) { break }
                var mention = Mention(tokens: span, sentence: sentence, referent: Referent(kind: .organization, name: name),
                                      form: .name, surface: name)
                // "Canadian Press", "Israel's Cabinet": the country owns the body, and names it.
                var owner: Int?
                if k > 0, case .country(let c, .demonym) = items[k - 1].kind {
                    owner = c
                } else if k > 1, case .possessive = items[k - 1].kind, case .country(let c, _) = items[k - 2].kind {
                    owner = c
                }
                if let owner, let modifier = out.mentions.last, modifier.tokens.upperBound <= span.lowerBound,
                   modifier.referent.id == knowledge.countryReferents[owner].id, span.lowerBound - modifier.tokens.upperBound <= 1 {
                    let country = knowledge.countries[owner]
                    out.mentions.removeLast()
                    out.namedInPassing.append(modifier)
                    let full = "\(country.demonyms.first ?? country.name) \(name)"
                    mention = Mention(tokens: modifier.tokens.lowerBound..<span.upperBound, sentence: sentence,
                                      referent: Referent(kind: .organization, name: full, country: country.code),
                                      form: .name, surface: surface(modifier.tokens.lowerBound..<span.upperBound))
                    out.affiliations.append(Affiliation(person: mention.referent, organization: knowledge.countryReferents[owner], role: nil,
                                                        sentence: sentence))
                } else if span.count == 1, knowledge.lexicon.word(text.tokens[span.lowerBound].word, is: .organizationHead) {
                    // "Parliament", "the Party" alone: a generic noun, whose body the text does not say.
                    break
                }
                out.mentions.append(mention)
            case .person:
                record(Mention(tokens: span, sentence: sentence, referent: Referent(kind: .person, name: name), form: .name,
                               surface: name), role: nil, holders: [], offices: [], into: &out)
            case .recognizedSingle:
                let mention = Mention(tokens: span, sentence: sentence, referent: Referent(kind: .person, name: name),
                                      form: .surname, surface: name)
                out.pending.append(Pending(mention: mention, need: .name(candidates: []), role: nil, affiliations: [], recognized: true))
            case .single, .sentenceInitial, .unclassified:
                // "Darfur rebels": a named group.
                if let last = collectiveEnd(items, after: k) {
                    let groupSpan = span.lowerBound..<items[last].tokens.upperBound
                    let groupName = surface(groupSpan)
                    out.mentions.append(Mention(tokens: groupSpan, sentence: sentence,
                                                referent: Referent(kind: .organization, name: groupName), form: .name, surface: groupName))
                    skipUntil = last
                    return
                }
                let mention = Mention(tokens: span, sentence: sentence, referent: Referent(kind: .person, name: name),
                                      form: span.count == 1 ? .surname : .name, surface: name)
                out.pending.append(Pending(mention: mention, need: .name(candidates: []), role: nil, affiliations: []))
            }
        default:
            break
        }
    }

    /// The index of the last item of a collective noun phrase right after item `k`: "rebels",
    /// "rebel leaders", "militants".
    func collectiveEnd(_ items: [LexicalItem], after k: Int) -> Int? {
        guard let next = items[safe: k + 1], case .other = next.kind, next.tokens.count == 1,
              knowledge.lexicon.word(text.tokens[next.tokens.lowerBound].word, is: .collective)
        else { return nil }
        if let after = word(items[safe: k + 2]), ["leaders", "leader", "groups", "group", "commanders", "forces", "movement"].contains(after) {
            return k + 2
        }
        return k + 1
    }

    /// A demonym before a lower-case word, or a name glued to a hyphen ("U.S.-backed"), modifies
    /// what follows rather than acting itself.
    func isModifier(_ items: [LexicalItem], at k: Int, form: Mention.Form) -> Bool {
        guard let next = items[safe: k + 1] else { return false }
        let token = text.tokens[next.tokens.lowerBound]
        let previous = text.tokens[items[k].tokens.upperBound - 1]
        if token.shape == .punctuation, text.bytes[Int(token.start)] == 0x2D, token.start == previous.end { return true }
        if form == .demonym {
            if case .other = next.kind, token.shape == .lower { return true }
            if case .unknownName = next.kind { return true }
        }
        if case .possessive = next.kind { return false }
        return false
    }
}
