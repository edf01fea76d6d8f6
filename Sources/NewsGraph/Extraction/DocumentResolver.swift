/// Decides what the mentions a sentence alone cannot resolve refer to, using the whole document:
/// surnames to the full names seen elsewhere in it ("Putin" → "Vladimir Putin"), role descriptions
/// to the person holding the role ("the Russian leader"), acronyms to their expansion, misspelt
/// names to the name they miss ("Iraninan" → Iran). Pronouns are left to `Coreference`.
struct DocumentResolver {
    let knowledge: KnowledgeBase
    let text: AnalyzedText
    let date: NewsDate?

    /// Words after which a single capitalized word is a person speaking: "Araghchi said".
    static let speechVerbs: WordSet = ["said", "says", "told", "added", "noted", "stressed", "warned", "stated",
                                           "wrote", "argued", "insisted", "explained", "claimed", "announced", "tweeted",
                                           "posted", "asked", "replied", "responded", "urged", "declared"]

    /// - Parameter found: taken over (consumed), so that its arrays are changed in place, not copied.
    func resolve(_ found: consuming NamePatterns.Output) -> NamePatterns.Output {
        var out = found
        let pendings = out.pending
        // Offices the text gives people ("Russian President Vladimir Putin") count like known ones.
        // (Few people get offices: each one's mentions are found by comparing ids, not by hashing
        // every mention's id.)
        // (With many such people, a long document's, one pass looks each mention's id up instead:
        // a pass per person grows with the square of the document.)
        if out.offices.count <= 8 {
            for (id, offices) in out.offices where !offices.isEmpty {
                // (Lengths first: most ids differ in length, and a length is read without a comparison.)
                for index in out.mentions.indices
                where out.mentions[index].referent.id.utf8.count == id.utf8.count && out.mentions[index].referent.id == id {
                    out.mentions[index].referent.offices.formUnion(offices)
                }
            }
        } else {
            for index in out.mentions.indices {
                if let offices = out.offices[out.mentions[index].referent.id], !offices.isEmpty {
                    out.mentions[index].referent.offices.formUnion(offices)
                }
            }
        }
        // Only names left to resolve need the document's people and countries.
        let namesPending = pendings.contains { if case .name = $0.need { true } else { false } }
        let people = namesPending ? documentPeople(out) : [:]
        let acronyms = documentAcronyms(out)
        // A document names few countries, many times: a short list, not a set.
        var countries: [String] = []
        if namesPending {
            for mentions in [out.mentions, out.namedInPassing] {
                for index in mentions.indices where mentions[index].referent.kind == .country {
                    if let code = mentions[index].referent.code, !countries.contains(code) { countries.append(code) }
                }
            }
        }
        var holders = RoleHolders()
        for pending in pendings {
            var mention = pending.mention
            switch pending.need {
            case .name(let candidates):
                guard let referent = resolveName(mention, candidates: candidates, people: people, acronyms: acronyms,
                                                 countries: countries,
                                                 titled: pending.role != nil || !pending.affiliations.isEmpty || pending.recognized) else { continue }
                if referent.kind == .country { mention.form = .demonym }
                mention.referent = referent
            case .role(let offices, let holder):
                if let person = resolveRole(offices, before: mention.tokens.lowerBound, mentions: out.mentions, holders: &holders) {
                    mention.referent = person
                } else if let holder {
                    // Nobody known holds the role: the office's country or body acts ("Russian representative").
                    mention.referent = holder
                    mention.isAliasable = false
                } else {
                    continue
                }
                out.mentions.append(mention)
                continue
            }
            out.mentions.append(mention)
            if mention.referent.kind == .person {
                if let role = pending.role { out.roles[mention.referent.id, default: []].insert(role) }
                for holder in pending.affiliations where holder.id != mention.referent.id {
                    out.affiliations.append(Affiliation(person: mention.referent, organization: holder, role: pending.role,
                                                        sentence: mention.sentence))
                }
            }
        }
        out.pending = []
        // "Revolutionary United Front (RUF) … the RUF": the acronym is the organization it abbreviates.
        if !acronyms.isEmpty {
            for index in out.mentions.indices {
                guard out.mentions[index].referent.kind == .organization, out.mentions[index].tokens.count <= 3 else { continue }
                if let full = acronyms[WordForm.normalize(out.mentions[index].surface)], full.id != out.mentions[index].referent.id {
                    out.mentions[index].referent = full
                }
            }
        }
        out.mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        Self.removeOverlaps(&out.mentions)
        return out
    }

    /// Full names of people named in the document, by surname and by full name.
    private func documentPeople(_ out: NamePatterns.Output) -> [String: Referent?] {
        var bySurname: [String: Referent?] = [:]
        // Each name gives a few keys (name, surname, surface): room for them, not grown step by step.
        var named = 0
        for index in out.mentions.indices where out.mentions[index].referent.kind == .person && out.mentions[index].form == .name {
            named += 1
        }
        bySurname.reserveCapacity(3 * named)
        struct Named: Hashable { let id: String, surface: String }
        var seen: Set<Named> = []
        // A surname two full names share goes to the more salient (named more often); on a tie to neither.
        var mentionCounts: [String: Int] = [:]
        for index in out.mentions.indices where out.mentions[index].referent.kind == .person && out.mentions[index].form == .name {
            mentionCounts[out.mentions[index].referent.id, default: 0] += 1
        }
        var surnameHolders: [String: (referent: Referent, count: Int, tied: Bool)] = [:]
        for index in out.mentions.indices where out.mentions[index].referent.kind == .person && out.mentions[index].form == .name {
            let mention = out.mentions[index]
            let referent = mention.referent
            // A person is usually named the same way many times: work out the keys once.
            guard seen.insert(Named(id: referent.id, surface: mention.surface)).inserted else { continue }
            // The surface is most often the full name itself: then it gives no other key. (The names
            // are the name, then the surface: no array of them is made.)
            let surfaceIsName = mention.surface == referent.name
            var keys: [String] = []
            keys.reserveCapacity(4)
            func add(_ key: String) { if !keys.contains(key) { keys.append(key) } }
            add(WordForm.normalize(referent.name))
            if !surfaceIsName { add(WordForm.normalize(mention.surface)) }
            let fullKeys = keys.count
            let familyFirst = PersonName.familyNameFirst.contains(referent.country ?? "")
            if let surname = PersonName.surname(of: referent.name, familyNameFirst: familyFirst) { add(WordForm.normalize(surname)) }
            if !surfaceIsName, let surname = PersonName.surname(of: mention.surface, familyNameFirst: familyFirst) {
                add(WordForm.normalize(surname))
            }
            let count = mentionCounts[referent.id] ?? 0
            for key in keys[fullKeys...] {
                if let holder = surnameHolders[key] {
                    guard holder.referent.id != referent.id else { continue }
                    if count > holder.count { surnameHolders[key] = (referent, count, false) }
                    else if count == holder.count { surnameHolders[key]!.tied = true }
                } else {
                    surnameHolders[key] = (referent, count, false)
                }
            }
            // Each key is set once, independently of the others: their order does not matter.
            for key in keys {
                if let slot = bySurname.index(forKey: key) {
                    // Two people share it: ambiguous (nil).
                    bySurname.values[slot] = bySurname.values[slot]?.id == referent.id ? referent : nil
                } else {
                    bySurname[key] = referent
                }
            }
        }
        // A surname (that is no one's full name) goes to its most salient holder.
        for (key, holder) in surnameHolders where bySurname[key].map({ $0 == nil }) ?? false {
            if !holder.tied { bySurname[key] = .some(holder.referent) }
        }
        return bySurname
    }

    /// Acronyms the document defines: "Asia-Pacific Economic Cooperation (APEC)".
    private func documentAcronyms(_ out: NamePatterns.Output) -> [String: Referent] {
        var result: [String: Referent] = [:]
        let tokens = text.tokens
        for index in out.mentions.indices where out.mentions[index].referent.kind == .organization {
            let mention = out.mentions[index]
            let after = mention.tokens.upperBound
            guard after + 2 < tokens.count, text.text(of: tokens[after]) == "(",
                  tokens[after + 1].shape == .upper, text.text(of: tokens[after + 2]) == ")" else { continue }
            result[text.form(after + 1)] = mention.referent
        }
        return result
    }

    private func resolveName(_ mention: Mention, candidates: [Int], people: [String: Referent?], acronyms: [String: Referent],
                             countries: [String], titled: Bool) -> Referent? {
        let key = WordForm.normalize(mention.surface)
        if let known = people[key] { return known }
        if let org = acronyms[key] { return org }
        if !candidates.isEmpty,
           let person = pickKnownPerson(candidates, offices: mention.referent.offices, countries: countries,
                                        commonName: isGivenName(mention)) {
            return .person(knowledge.people[person])
        }
        let first = text.tokens[mention.tokens.lowerBound]
        if titled { return mention.referent }
        // "Araghchi said …", "Araghchi: U.S. cannot …": a person speaking.
        let next = mention.tokens.upperBound
        if next < text.tokens.count, text.sentence(ofToken: next) == mention.sentence {
            let word = text.form(next)
            let isHeadline = word == ":" && mention.tokens.lowerBound == text.sentenceTokens[mention.sentence].lowerBound
            if Self.speechVerbs.contains(word) || isHeadline, first.shape == .capitalized {
                return mention.referent
            }
        }
        return nil
    }

    private func isGivenName(_ mention: Mention) -> Bool {
        mention.tokens.count == 1 && knowledge.lexicon.word(text.tokens[mention.tokens.lowerBound].word, is: .givenName)
    }

    /// Among known people with this surname, the one the title, the date and the document point at.
    ///
    /// With a title ("King Hassan of Morocco") only a holder of that office qualifies. A surname that
    /// is also a common given name ("Hassan") needs the person's country to be named in the document.
    private func pickKnownPerson(_ candidates: [Int], offices: Set<String>, countries: [String], commonName: Bool) -> Int? {
        var unique = Array(Set(candidates)).sorted()
        let people = knowledge.people
        if !offices.isEmpty {
            unique = unique.filter { p in people[p].offices.contains { offices.contains("\($0.holder)/\($0.type)") } }
        }
        if commonName {
            unique = unique.filter { people[$0].country.map(countries.contains) ?? false }
        }
        if unique.count == 1 { return unique[0] }
        let current = unique.filter { p in people[p].offices.contains { $0.isHeld(on: date) } }
        if current.count == 1 { return current[0] }
        return nil
    }

    /// Who holds one of `offices`: someone the document names with that role, else the office-holder
    /// of the knowledge base on the document's date.
    ///
    /// `holders` indexes `mentions` (which only grow from one call to the next): a long document's
    /// role descriptions are not each compared with every mention.
    private func resolveRole(_ offices: [String], before position: Int, mentions: [Mention],
                             holders: inout RoleHolders) -> Referent? {
        // "*/president": any holder's president; "RUS/*": any office of Russia; else the exact office.
        let suffixes = offices.filter { $0.hasPrefix("*/") }.map { String($0.dropFirst(1)) }
        let prefixes = offices.filter { !$0.hasPrefix("*/") && $0.hasSuffix("/*") }.map { String($0.dropLast(1)) }
        let exact = offices.filter { !$0.hasPrefix("*/") && !$0.hasSuffix("/*") }
        holders.update(mentions)
        // The last person holding the role before the position, else the first after it.
        if let index = holders.holder(exact: exact, suffixes: suffixes, prefixes: prefixes, position: position) {
            return mentions[index].referent
        }
        if offices.contains(where: { $0.hasPrefix("ministry/") }) {
            let ministry = "-\(offices.first!.dropFirst("ministry/".count))-ministry"
            return holders.lastMinistry(endingWith: ministry).map { mentions[$0].referent }
        }
        var found: Set<Int> = []
        for key in offices where !key.hasPrefix("*/") && !key.hasSuffix("/*") {
            let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            found.formUnion(knowledge.holders(of: parts[1], at: parts[0], on: date))
        }
        if found.count == 1, let person = found.first { return .person(knowledge.people[person]) }
        return nil
    }

    /// Keeps the first of overlapping mentions (they are sorted by start; patterns produce the longer first).
    ///
    /// In place: the kept mentions are swapped to the front (a swap moves them, an append to a new
    /// array would copy each), and the rest cut off.
    static func removeOverlaps(_ mentions: inout [Mention]) {
        var kept = 0
        var end = -1
        for index in mentions.indices {
            let tokens = mentions[index].tokens
            let last = kept == 0 ? nil : kept - 1
            // A group ("Iranian and Russian presidents") is several mentions over the same words.
            if let last, mentions[last].tokens == tokens {
                if mentions[last].referent.id != mentions[index].referent.id {
                    mentions.swapAt(kept, index)
                    kept += 1
                }
                continue
            }
            if tokens.lowerBound >= end {
                mentions.swapAt(kept, index)
                kept += 1
                end = tokens.upperBound
            } else if let last, tokens.count > mentions[last].tokens.count, tokens.lowerBound == mentions[last].tokens.lowerBound {
                mentions.swapAt(last, index)
                end = tokens.upperBound
            }
        }
        mentions.removeSubrange(kept...)
    }
}
