/// Turns a sentence's lexical items into mentions by the patterns news text names people and
/// bodies with: "Russian Foreign Ministry spokeswoman Maria Zakharova", "the Iranian leader",
/// "Abbas Araghchi, Iran's foreign minister", "Russia's Foreign Ministry".
///
/// Mentions whose referent depends on the rest of the document (surnames, role descriptions,
/// unknown single words) are returned as pending, for `DocumentResolver`.
struct NamePatterns {
    let knowledge: KnowledgeBase
    let text: AnalyzedText

    /// A mention whose referent is decided later, with what is known so far.
    struct Pending: Sendable {
        enum Need: Sendable {
            /// A surname or single capitalized word: find the person or acronym it stands for.
            case name(candidates: [Int])
            /// A role: find who held `offices` (holder/type keys); else fall back to `holder`.
            case role(offices: [String], holder: Referent?)
        }
        var mention: Mention
        var need: Need
        /// Role and affiliations to attach once resolved.
        var role: String?
        var affiliations: [Referent]
        /// Read as a person's name by the recognizer: a person even when no fuller name is found.
        var recognized = false
    }

    struct Output {
        var mentions: [Mention] = []
        /// Entities named inside another mention ("Russian" in "Russian President Vladimir Putin"):
        /// they count as mentioned, but are not actors of the sentence.
        var namedInPassing: [Mention] = []
        var pending: [Pending] = []
        var affiliations: [Affiliation] = []
        /// Person referents and the roles the text gives them.
        var roles: [String: Set<String>] = [:]
        /// Office keys ("RUS/president") people hold according to the text.
        var offices: [String: Set<String>] = [:]
    }

    func apply(_ items: [LexicalItem], sentence: Int, into out: inout Output) {
        var k = 0
        // The first title item at or after `k` (`items.count` if none), found once, not at every item.
        var nextTitle = -1
        while k < items.count {
            if nextTitle < k {
                nextTitle = k
                while nextTitle < items.count, !isTitle(items[nextTitle]) { nextTitle += 1 }
            }
            // Cheap test first: a title phrase has a title within its first few items.
            if nextTitle < min(items.count, k + 8), mayStartTitlePhrase(items, at: k),
               let next = titledPerson(items, at: k, sentence: sentence, into: &out) { k = next; continue }
            if mayStartMinistry(items[k]), let next = ministry(items, at: k, sentence: sentence, into: &out) { k = next; continue }
            var skipUntil = k
            if makesMentionAlone(items[k]) { single(items, at: k, sentence: sentence, skipUntil: &skipUntil, into: &out) }
            k = skipUntil + 1
        }
    }

    // MARK: Helpers

    func word(_ item: LexicalItem?) -> String? {
        guard let item, case .other = item.kind, item.tokens.count == 1 else { return nil }
        return text.form(item.tokens.lowerBound)
    }

    func surface(_ tokens: Range<Int>) -> String { text.text(tokens: tokens) }

    /// A country, organization or ministry that can own a title: "Russian", "Iran's", "UN",
    /// "Russian Foreign Ministry". `parts` are the entities named on the way, with their tokens.
    struct Holder {
        var referent: Referent
        var key: String
        var next: Int
        var parts: [(referent: Referent, tokens: Range<Int>)]
    }

    private func holder(_ items: [LexicalItem], at k: Int) -> Holder? {
        guard k < items.count else { return nil }
        var next = k + 1
        let referent: Referent
        let key: String
        switch items[k].kind {
        case .country(let c, _):
            referent = knowledge.countryReferents[c]
            key = knowledge.countries[c].code
        case .organization(let o):
            referent = knowledge.organizationReferents[o]
            key = knowledge.organizations[o].id
        default:
            return nil
        }
        if next < items.count, case .possessive = items[next].kind { next += 1 }
        var parts: [(referent: Referent, tokens: Range<Int>)] = [(referent, items[k].tokens)]  // typed: no array cast
        // "Russian Foreign Ministry spokeswoman": the ministry is the holder, the country its owner.
        if next < items.count, case .ministry(let m) = items[next].kind, case .country(let c, _) = items[k].kind {
            let ministry = ministryReferent(m, country: knowledge.countries[c])
            parts.append((ministry, items[k].tokens.lowerBound..<items[next].tokens.upperBound))
            return Holder(referent: ministry, key: ministry.id, next: next + 1, parts: parts)
        }
        return Holder(referent: referent, key: key, next: next, parts: parts)
    }

    func ministryReferent(_ m: Int, country: Country) -> Referent {
        let ministry = knowledge.ministries[m]
        let adjective = country.demonyms.first ?? country.name
        return Referent(kind: .organization, name: "\(adjective) \(ministry.name)",
                        key: "\(country.code)-\(ministry.id)-ministry", country: country.code)
    }

    // MARK: Patterns

    /// [holder]* title+ [name] — or, without a name, a role description.
    /// Words that may stand between a holder and a title, or before a title: "Nigerian junior foreign
    /// minister", "Ousted president", "Iran's former foreign minister".
    static let titleModifiers: WordSet = ["junior", "deputy", "former", "acting", "senior", "top", "chief", "interim",
                                              "outgoing", "new", "ousted", "then", "veteran", "longtime", "long-time",
                                              "powerful", "exiled", "late", "embattled", "incoming", "caretaker", "first",
                                              "vice", "current", "newly", "elected", "re-elected", "assistant", "principal",
                                              "permanent", "special", "de", "facto", "self-proclaimed", "military", "opposition"]

    private func skipTitleModifiers(_ items: [LexicalItem], from j: Int) -> Int {
        var j = j
        while let item = items[safe: j] {
            let w: String
            switch item.kind {
            case .other where item.tokens.count == 1: w = text.form(item.tokens.lowerBound)
            case .unknownName(let form) where item.tokens.count == 1 && (form == .sentenceInitial || form == .single):
                w = text.form(item.tokens.lowerBound)
            case .portfolio:
                j += 1
                continue
            default: return j
            }
            guard Self.titleModifiers.contains(w) || w == "-" else { return j }
            j += 1
        }
        return j
    }

    /// Whether a title word is plural: "leaders", "presidents".
    private func isPlural(_ item: LexicalItem, title t: Int) -> Bool {
        // A one-token title's normalized form is the token's, computed once for the text.
        let w = item.tokens.count == 1 ? text.form(item.tokens.lowerBound) : WordForm.normalize(surface(item.tokens))
        // Ending in the byte "s" is needed to end in the character "s": a cheap test first.
        guard w.utf8.last == 0x73, w.hasSuffix("s"), !w.hasSuffix("ss") else { return false }
        let singular = String(w.dropLast())
        return knowledge.titleForms[t].contains(singular)
    }

    /// Whether `single` does anything with an item: the kinds it handles.
    private func makesMentionAlone(_ item: LexicalItem) -> Bool {
        switch item.kind {
        case .country, .organization, .person, .surname, .unknownName: return true
        case .title, .ministry, .possessive, .portfolio, .other: return false
        }
    }

    /// Whether `ministry` can match at an item: only a country or a ministry starts one.
    private func mayStartMinistry(_ item: LexicalItem) -> Bool {
        switch item.kind {
        case .country, .ministry: return true
        default: return false
        }
    }

    private func isTitle(_ item: LexicalItem) -> Bool {
        if case .title = item.kind { return true } else { return false }
    }

    /// Words before a description that belong to it: "the" / "his" / "her" …
    static let descriptionDeterminers: WordSet = ["the", "his", "her", "their", "its", "a", "an"]

    /// The item after the holder starting at item `k` (see `holder(_:at:)`), or nil when none starts there.
    private func holderEnd(_ items: [LexicalItem], at k: Int) -> Int? {
        guard k < items.count else { return nil }
        let isCountry: Bool
        switch items[k].kind {
        case .country: isCountry = true
        case .organization: isCountry = false
        default: return nil
        }
        var next = k + 1
        if next < items.count, case .possessive = items[next].kind { next += 1 }
        if isCountry, next < items.count, case .ministry = items[next].kind { return next + 1 }
        return next
    }

    /// Whether `titledPerson` can find a title after item `k`: reads the items before the titles
    /// (modifiers, a determiner, holders, modifiers) by their kinds alone, without building the
    /// referents; when no title follows, `titledPerson` returns nil and records nothing.
    private func mayStartTitlePhrase(_ items: [LexicalItem], at k: Int) -> Bool {
        let afterModifiers = skipTitleModifiers(items, from: k)
        var j = afterModifiers
        if let w = word(items[safe: j]), Self.descriptionDeterminers.contains(w) { j += 1 }
        var holderCount = 0
        while let next = holderEnd(items, at: j) {
            holderCount += 1
            j = next
        }
        // "Iranian and Russian presidents": coordinated holders, which `titledPerson` reads in full.
        if holderCount == 1, word(items[safe: j]) == "and" { return true }
        // (With neither determiner nor holder, the modifiers are already skipped.)
        if j != afterModifiers { j = skipTitleModifiers(items, from: j) }
        return j < items.count && isTitle(items[j])
    }

    private func titledPerson(_ items: [LexicalItem], at k: Int, sentence: Int, into out: inout Output) -> Int? {
        var j = skipTitleModifiers(items, from: k)
        var holders: [Referent] = []
        var holderKeys: [String] = []
        var parts: [(referent: Referent, tokens: Range<Int>)] = []
        // "the" / "his" / "her" before a description belong to it.
        var determiner: String?
        if let w = word(items[j]), Self.descriptionDeterminers.contains(w) {
            determiner = w
            j += 1
        }
        while let h = holder(items, at: j) {
            holders.append(h.referent)
            holderKeys.append(h.key)
            parts += h.parts
            j = h.next
        }
        // "Iranian and Russian presidents": the first demonym shares the (plural) title.
        var coordinated: [(Referent, String)] = []
        if holders.count == 1, let w = word(items[safe: j]), w == "and", let h2 = holder(items, at: j + 1),
           let titleItem = items[safe: skipTitleModifiers(items, from: h2.next)], case .title(let t) = titleItem.kind,
           isPlural(titleItem, title: t) {
            coordinated.append((holders[0], holderKeys[0]))
            holders = [h2.referent]
            holderKeys = [h2.key]
            parts += h2.parts
            j = h2.next
        }
        var titles: [Title] = []
        var titleWords: [String] = []
        var plural = false
        j = skipTitleModifiers(items, from: j)
        while j < items.count, case .title(let t) = items[j].kind {
            titles.append(knowledge.titles[t])
            titleWords.append(surface(items[j].tokens))
            plural = isPlural(items[j], title: t)
            j += 1
            // "Foreign Minister of Iran", "President of the United States"
            if let w = word(items[safe: j]), w == "of" {
                var m = j + 1
                if let w2 = word(items[safe: m]), w2 == "the" { m += 1 }
                if let h = holder(items, at: m) {
                    holders.append(h.referent)
                    holderKeys.append(h.key)
                    parts += h.parts
                    j = h.next
                }
            }
        }
        guard let title = titles.last(where: { !$0.isHonorific }) ?? titles.last else { return nil }
        // The bodies named in the phrase are mentioned too (they are not actors of this sentence).
        func recordParts() {
            for part in parts {
                out.namedInPassing.append(Mention(tokens: part.tokens, sentence: sentence, referent: part.referent,
                                                  form: .name, isModifier: true, surface: surface(part.tokens)))
            }
            // A ministry belongs to its country.
            for (index, part) in parts.enumerated() where index > 0 && part.referent.kind == .organization {
                if parts[index - 1].referent.kind == .country {
                    out.affiliations.append(Affiliation(person: part.referent, organization: parts[index - 1].referent,
                                                        role: nil, sentence: sentence))
                }
            }
        }
        // "Russian Foreign Ministry spokeswoman" as one title: the ministry is named all the same.
        if let country = parts.last?.referent, country.kind == .country, let code = country.code,
           titleWords.contains(where: { Self.hasWordMinistry($0) }), let c = knowledge.country(code: code),
           let m = knowledge.ministries.firstIndex(where: { $0.spokespersonTitle == title.id || $0.ministerTitle == title.id }) {
            let ministry = ministryReferent(m, country: c)
            parts.append((ministry, parts.last!.tokens))
        }
        let honorificOnly = titles.allSatisfy(\.isHonorific)
        // "spokeswoman", "chairwoman" / "spokesman", "congressman".
        let lastWord = titleWords.last.map(WordForm.normalize) ?? ""
        // (All four end in "n": other words need no suffix test.)
        let gender: Character? = lastWord.utf8.last != 0x6E ? nil
            : lastWord.hasSuffix("woman") || lastWord.hasSuffix("women") ? "f"
            : lastWord.hasSuffix("man") || lastWord.hasSuffix("men") ? "m" : nil

        // A name right after the titles, or after a comma: "his Iranian counterpart, Masoud Pezeshkian".
        if !honorificOnly, word(items[safe: j]) == ",", let next = items[safe: j + 1],
           personReferent(next, gender: gender) != nil, next.tokens.count > 1 || isKnownPerson(next) {
            j += 1
        }
        if !plural, j < items.count, let named = personReferent(items[j], gender: gender) {
            var end = j
            // "King Hassan of Morocco": the holder may follow the name.
            if !honorificOnly, holders.isEmpty, word(items[safe: j + 1]) == "of" {
                var m = j + 2
                if word(items[safe: m]) == "the" { m += 1 }
                if let h = holder(items, at: m) {
                    holders.append(h.referent)
                    holderKeys.append(h.key)
                    parts += h.parts
                    end = h.next - 1
                }
            }
            // Everyone the title phrase names: the ministry and its country both.
            let allHolders = parts.map(\.referent).reduce(into: [Referent]()) { result, r in
                if !result.contains(where: { $0.id == r.id }) { result.append(r) }
            }
            let role = honorificOnly ? nil : roleName(titles: titles.filter { !$0.isHonorific }, holder: holders.last)
            let span = items[k].tokens.lowerBound..<items[end].tokens.upperBound
            var mention = Mention(tokens: span, sentence: sentence, referent: named.referent, form: named.form,
                                  surface: surface(items[j].tokens))
            recordParts()
            if named.pendingCandidates != nil || named.form == .surname {
                mention.referent.offices = Set(officeKeys(titles, holderKeys))
                // "Mr Adeyemi", "Mrs Okonjo": an honorific says a person is named, known or not.
                out.pending.append(Pending(mention: mention, need: .name(candidates: named.pendingCandidates ?? []),
                                           role: role, affiliations: honorificOnly ? [] : allHolders, recognized: honorificOnly))
            } else {
                record(mention, role: role, holders: honorificOnly ? [] : allHolders,
                       offices: officeKeys(titles, holderKeys), into: &out)
            }
            return end + 1
        }
        if honorificOnly { return nil }
        // A description: "the Russian leader", "Iran's Leader", "Russian representative".
        guard !holders.isEmpty || titles.contains(where: { !$0.isGeneric }) else { return nil }
        recordParts()
        // "his Iranian counterpart" is recorded as "Iranian counterpart"; "the Russian leader" keeps its article.
        let aliasStart = determiner == nil || determiner == "the" ? k : k + 1
        for (referent, key) in coordinated + zip(holders, holderKeys).map({ ($0, $1) }).suffix(1) {
            let offices = officeKeys(titles, [key])
            let span = items[k].tokens.lowerBound..<items[j - 1].tokens.upperBound
            var mention = Mention(tokens: span, sentence: sentence, referent: referent, form: .description,
                                  surface: surface(items[aliasStart].tokens.lowerBound..<items[j - 1].tokens.upperBound))
            mention.isAliasable = coordinated.isEmpty && !plural
            // "Palestinian leaders": a group, so the country acts; "Iranian and Russian presidents": one each.
            out.pending.append(Pending(mention: mention, need: .role(offices: plural && coordinated.isEmpty ? [] : offices, holder: referent),
                                       role: roleName(titles: titles, holder: referent), affiliations: [referent]))
        }
        if holders.isEmpty {
            // "the president", "the foreign minister": only the document can say who.
            let offices = titles.map { "*/\($0.id)" }
            let span = items[k].tokens.lowerBound..<items[j - 1].tokens.upperBound
            let mention = Mention(tokens: span, sentence: sentence, referent: Referent(kind: .person, name: title.name),
                                  form: .description, surface: surface(span))
            out.pending.append(Pending(mention: mention, need: .role(offices: offices, holder: nil), role: nil, affiliations: []))
        }
        return j
    }

    /// Whether a title's words include "ministry": "Foreign Ministry spokeswoman".
    private static func hasWordMinistry(_ title: String) -> Bool {
        let form = WordForm.normalize(title)
        // Splitting walks characters, and the standard library's substring search is slow too:
        // most titles fail at the byte test ("y").
        return form.utf8.contains(UInt8(ascii: "y")) && form.contains("ministry") && form.split(separator: " ").contains("ministry")
    }

    private func isKnownPerson(_ item: LexicalItem) -> Bool {
        switch item.kind {
        case .person, .surname: return true
        default: return false
        }
    }

    /// The office keys a title phrase names: "RUS/president"; "leader" means the country's leader offices.
    func officeKeys(_ titles: [Title], _ holderKeys: [String]) -> [String] {
        guard let holder = holderKeys.last, let title = titles.last(where: { !$0.isHonorific }) else { return [] }
        if title.id == "counterpart" { return ["\(holder)/*"] }
        if title.id == "leader" {
            let leaders = knowledge.country(code: holder)?.leaderOffices ?? []
            return (leaders.isEmpty ? ["president", "prime-minister"] : leaders).map { "\(holder)/\($0)" }
        }
        return ["\(holder)/\(title.id)"]
    }

    func roleName(titles: [Title], holder: Referent?) -> String? {
        // "his Iranian counterpart" says who, not what office.
        guard let title = titles.last, title.id != "counterpart" else { return nil }
        let name = titles.count > 1 && titles.first!.id != title.id
            ? titles.map(\.name).joined(separator: " ") : title.name
        guard let holder else { return name }
        switch holder.kind {
        case .country:
            return "\(name) of \(knowledge.country(code: holder.code ?? "")?.nameInText ?? holder.name)"
        default:
            // Same wording as the knowledge base's roles, so one office gives one role.
            return "\(name) of \(KnowledgeBase.nameInText(organization: holder.name))"
        }
    }

    /// The person an item names, if it can name one.
    private func personReferent(_ item: LexicalItem, gender: Character?)
        -> (referent: Referent, form: Mention.Form, pendingCandidates: [Int]?)? {
        switch item.kind {
        case .person(let p):
            return (.person(knowledge.people[p]), .name, nil)
        case .surname(let candidates):
            return (Referent(kind: .person, name: surface(item.tokens), gender: gender), .surname, candidates)
        case .unknownName(let form) where form != .organization:
            let name = surface(item.tokens)
            if item.tokens.count == 1 {
                return (Referent(kind: .person, name: name, gender: gender), .surname, [])
            }
            return (Referent(kind: .person, name: name, gender: gender), .name, nil)
        default:
            return nil
        }
    }

    func record(_ mention: Mention, role: String?, holders: [Referent], offices: [String], into out: inout Output) {
        out.mentions.append(mention)
        if let role { out.roles[mention.referent.id, default: []].insert(role) }
        out.offices[mention.referent.id, default: []].formUnion(offices)
        for holder in holders {
            out.affiliations.append(Affiliation(person: mention.referent, organization: holder, role: role, sentence: mention.sentence))
        }
    }

    /// "Russia's Foreign Ministry", "the Russian Foreign Ministry", "the Ministry of Foreign Affairs of Iran".
    private func ministry(_ items: [LexicalItem], at k: Int, sentence: Int, into out: inout Output) -> Int? {
        var j = k
        // The country's index: no `Country` is copied for the many items that start no ministry.
        var countryIndex: Int?
        if case .country(let c, _) = items[j].kind {
            countryIndex = c
            j += 1
            if j < items.count, case .possessive = items[j].kind { j += 1 }
        }
        guard j < items.count, case .ministry(let m) = items[j].kind else { return nil }
        var end = j + 1
        if countryIndex == nil, let w = word(items[safe: end]), w == "of" {
            var n = end + 1
            if let w2 = word(items[safe: n]), w2 == "the" { n += 1 }
            if n < items.count, case .country(let c, _) = items[n].kind {
                countryIndex = c
                end = n + 1
            }
        }
        let span = items[k].tokens.lowerBound..<items[end - 1].tokens.upperBound
        if let countryIndex {
            let country = knowledge.countries[countryIndex]
            let referent = ministryReferent(m, country: country)
            out.mentions.append(Mention(tokens: span, sentence: sentence, referent: referent, form: .name, surface: surface(span)))
            out.affiliations.append(Affiliation(person: referent, organization: knowledge.countryReferents[countryIndex], role: nil,
                                                sentence: sentence))
        } else {
            // "the Foreign Ministry": the document decides whose.
            let referent = Referent(kind: .organization, name: knowledge.ministries[m].name, key: "ministry-\(knowledge.ministries[m].id)")
            let mention = Mention(tokens: span, sentence: sentence, referent: referent, form: .description, surface: surface(span))
            out.pending.append(Pending(mention: mention, need: .role(offices: ["ministry/\(knowledge.ministries[m].id)"], holder: nil),
                                       role: nil, affiliations: []))
        }
        return end
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        index >= 0 && index < count ? self[index] : nil
    }
}
