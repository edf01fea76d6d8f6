/// Resolves pronouns (he, she, him, her, his, it, its, they, them, their) and definite descriptions
/// ("the company", "the two countries", "both leaders", "the minister", "his French counterpart") to
/// the most salient compatible antecedent, in the manner of Lappin and Leass (1994).
///
/// Salience comes from each mention's place (recency, grammatical role from the dependency parse,
/// or from word order when the sentence is not parsed, head-noun emphasis), halves with each
/// sentence, and a pronoun prefers an antecedent in its own role (parallelism). Candidates are
/// filtered by gender (the knowledge base's people, titles such as Mr or Queen, given names), number,
/// entity kind ("it" is never a person) and binding (an object pronoun is not its own clause's
/// subject). Each resolved pronoun or description becomes a mention of its referent, one per
/// referent for a group, which relation extraction reads as an actor.
///
/// The candidates are a pool of the entities of the last few sentences (`SaliencePool`): each
/// pronoun compares a handful, whatever the document's length.
struct Coreference {
    let knowledge: KnowledgeBase
    let text: AnalyzedText
    let syntax: DocumentSyntax
    let date: NewsDate?
    /// Whether a sentence that holds a pronoun or description is parsed for its grammatical roles,
    /// given whether it has two different actors once they are resolved by word order (extraction:
    /// when it has and a word may be a trigger, as relation extraction parses it then anyway).
    let parses: (_ sentence: Int, _ hasTwoActors: Bool) -> Bool

    struct Output {
        var mentions: [Mention]
        var links: [CoreferenceLink]
    }

    /// A pronoun or description found in a sentence, not yet resolved.
    private enum Cue {
        case pronoun(CoreferenceLexicon.Pronoun)
        /// "the company" (count 1), "the two countries" / "both leaders" (count 2).
        case description(CoreferenceLexicon.Description, count: Int)
    }

    private var lexicon: CoreferenceLexicon { knowledge.coreference }

    /// - Parameters:
    ///   - mentions: the document's mentions, in text order.
    ///   - passing: entities named inside other mentions ("U.S." in "U.S. Secretary of State Marco
    ///     Rubio"), in text order: candidates for "the two countries", never resolved themselves.
    func resolve(_ mentions: [Mention], passing: [Mention] = []) -> Output {
        guard !lexicon.isEmpty else { return Output(mentions: mentions, links: []) }
        var pool = SaliencePool()
        var result: [Mention] = []
        result.reserveCapacity(mentions.count + mentions.count / 4)
        var links: [CoreferenceLink] = []
        var next = 0, nextPassing = 0
        for sentence in 0..<text.sentenceCount {
            pool.prune(at: sentence)
            let range = text.sentenceTokens[sentence]
            var end = next
            while end < mentions.count, mentions[end].sentence <= sentence { end += 1 }
            var passingEnd = nextPassing
            while passingEnd < passing.count, passing[passingEnd].sentence <= sentence { passingEnd += 1 }
            // (A sentence with nothing to add or resolve is passed over.)
            guard end > next || passingEnd > nextPassing || mayHoldCue(range) else {
                next = end
                nextPassing = passingEnd
                continue
            }
            let cues = self.cues(in: range, mentions: mentions[next..<end])
            let needsReading = !cues.isEmpty || mentions[next..<end].contains(where: needsRoleResolution)
            let wordOrder = MentionPlaces(text: text, lexicon: lexicon, syntax: nil, sentence: sentence)
            // (Kept only where a second reading may follow: a copy of the pool costs its size.)
            let before: SaliencePool? = needsReading && syntax.model != nil ? pool : nil
            var read = walk(sentence, mentions: mentions[next..<end], passing: passing[nextPassing..<passingEnd], cues: cues,
                            places: wordOrder, pool: &pool)
            // Read by word order first: the parse is asked for only when the sentence then has two
            // actors and the caller wants it (extraction: when relation extraction will parse it anyway).
            if let before, parses(sentence, RelationExtractor.hasTwoActors(read.mentions[...])),
               let parsed = syntax.sentence(sentence) {
                pool = before
                read = walk(sentence, mentions: mentions[next..<end], passing: passing[nextPassing..<passingEnd], cues: cues,
                            places: MentionPlaces(text: text, lexicon: lexicon, syntax: parsed, sentence: sentence), pool: &pool)
            }
            result += read.mentions
            links += read.links
            next = end
            nextPassing = passingEnd
        }
        return Output(mentions: result, links: links)
    }

    /// One sentence's mentions, passing mentions and cues, in text order: each mention enters the
    /// pool, each cue is resolved against it.
    private func walk(_ sentence: Int, mentions: ArraySlice<Mention>, passing: ArraySlice<Mention>,
                      cues: [(cue: Cue, tokens: Range<Int>)], places: MentionPlaces,
                      pool: inout SaliencePool) -> (mentions: [Mention], links: [CoreferenceLink]) {
        var result: [Mention] = []
        result.reserveCapacity(mentions.count)
        var links: [CoreferenceLink] = []
        var state = SentenceState(sentence: sentence)
        var m = mentions.startIndex, p = passing.startIndex, c = 0
        let end = mentions.endIndex, passingEnd = passing.endIndex
        while m < end || p < passingEnd || c < cues.count {
            let mentionStart = m < end ? mentions[m].tokens.lowerBound : Int.max
            let passingStart = p < passingEnd ? passing[p].tokens.lowerBound : Int.max
            let cueStart = c < cues.count ? cues[c].tokens.lowerBound : Int.max
            if passingStart < mentionStart, passingStart <= cueStart {
                let mention = passing[p]
                pool.add([mention.referent], tokens: mention.tokens, sentence: sentence,
                         place: MentionPlace(role: .other, isHead: false, isNonAdverbial: true, clause: -1),
                         gender: gender(of: mention), passing: true, weight: 100)
                p += 1
            } else if mentionStart <= cueStart {
                var mention = mentions[m]
                m += 1
                if needsRoleResolution(mention) {
                    let (resolved, link) = resolveRole(mention, pool: &pool, places: places, state: state)
                    links.append(link)
                    guard let resolved else { continue }
                    mention = resolved
                }
                let place = places.place(of: mention.tokens, isModifier: mention.isModifier)
                add(mention, place: place, to: &pool, state: &state)
                result.append(mention)
            } else {
                let cue = cues[c]
                c += 1
                let (made, link) = resolve(cue.cue, at: cue.tokens, pool: &pool, places: places, state: &state,
                                           ahead: mentions[m..<end])
                result += made
                if let link { links.append(link) }
            }
        }
        return (result, links)
    }

    // MARK: The sentence's cues

    /// The pronouns and descriptions of a sentence outside its mentions, in order.
    private func cues(in range: Range<Int>, mentions: ArraySlice<Mention>) -> [(cue: Cue, tokens: Range<Int>)] {
        var found: [(cue: Cue, tokens: Range<Int>)] = []
        var m = mentions.startIndex
        var i = range.lowerBound
        let tokens = text.tokens
        while i < range.upperBound {
            while m < mentions.endIndex, mentions[m].tokens.upperBound <= i { m += 1 }
            if m < mentions.endIndex, mentions[m].tokens.contains(i) {
                i = mentions[m].tokens.upperBound
                continue
            }
            let token = tokens[i]
            guard isCueStart(token) else {
                i += 1
                continue
            }
            let form = text.forms[i]
            if let pronoun = lexicon.pronoun(form) {
                found.append((.pronoun(pronoun), i..<(i + 1)))
            } else if form == "the" || form == "both", let d = description(at: i, in: range),
                      !(m < mentions.endIndex && mentions[m].tokens.lowerBound < i + d.length) {
                found.append((.description(d.description, count: d.count), i..<(i + d.length)))
                i += d.length
                continue
            }
            i += 1
        }
        return found
    }

    /// Whether a token may start a pronoun or a description, by its length, shape and first letter
    /// (h, s, t, i, b: he, she, they, it, the, both …), before its form is looked up.
    private func isCueStart(_ token: Token) -> Bool {
        guard token.length >= 2, token.length <= 10, token.shape == .lower || token.shape == .capitalized else { return false }
        let first = text.bytes[Int(token.start)] | 0x20
        return first == 0x68 || first == 0x73 || first == 0x74 || first == 0x69 || first == 0x62
    }

    /// Whether any token of the range may start a cue.
    private func mayHoldCue(_ range: Range<Int>) -> Bool {
        range.contains { isCueStart(text.tokens[$0]) }
    }

    /// "the company", "the two countries", "both leaders" starting at token `i`.
    private func description(at i: Int, in range: Range<Int>) -> (description: CoreferenceLexicon.Description, count: Int, length: Int)? {
        let first = text.forms[i]
        guard i + 1 < range.upperBound else { return nil }
        let second = text.forms[i + 1]
        if first == "both" {
            guard let d = lexicon.description(second), d.plural else { return nil }
            return (d, 2, 2)
        }
        if second == "two" {
            guard i + 2 < range.upperBound, let d = lexicon.description(text.forms[i + 2]), d.plural else { return nil }
            // "The two companies [Rosneft and CNPC]": the text names them itself.
            if i + 3 < range.upperBound, text.forms[i + 3] == "[" || text.forms[i + 3] == "(" { return nil }
            return (d, 2, 3)
        }
        guard let d = lexicon.description(second), !d.plural else { return nil }
        // "the leader of the opposition": the description goes on, and names someone else.
        if i + 2 < range.upperBound, text.forms[i + 2] == "of" || text.forms[i + 2] == "'s" { return nil }
        return (d, 1, 2)
    }

    /// A role description that name recognition left on its holder: "his French counterpart" on
    /// France when nobody known holds a French office.
    private func needsRoleResolution(_ mention: Mention) -> Bool {
        guard mention.form == .description, mention.referent.kind != .person, let last = mention.tokens.last,
              let d = lexicon.description(text.forms[last]) else { return false }
        // (Singular nouns only: "Palestinian leaders" is a group, and the country acts.)
        return d.isRole && !d.plural
    }

    // MARK: Adding mentions

    /// What one sentence has seen so far: its mentions' places, for binding and groups.
    private struct SentenceState {
        let sentence: Int
        var seen: [(key: String, place: MentionPlace, tokens: Range<Int>, referent: Referent)] = []
    }

    private func add(_ mention: Mention, place: MentionPlace, to pool: inout SaliencePool, state: inout SentenceState) {
        // (An entity whose gender the pool knows needs no second look.)
        let gender = pool.knowsGender(of: mention.referent.id) ? nil : gender(of: mention)
        pool.add([mention.referent], tokens: mention.tokens, sentence: state.sentence, place: place, gender: gender,
                 passing: mention.isModifier)
        // "Putin and Erdogan", "Iranian and Russian presidents": a group "they" and "the two" may mean.
        if let last = state.seen.last, last.referent.kind == mention.referent.kind, last.referent.id != mention.referent.id,
           !mention.isModifier,
           last.tokens == mention.tokens
            || (last.tokens.upperBound + 1 == mention.tokens.lowerBound && text.forms[last.tokens.upperBound] == "and") {
            pool.add([last.referent, mention.referent], tokens: last.tokens.lowerBound..<mention.tokens.upperBound,
                     sentence: state.sentence, place: place, gender: nil, passing: false)
        }
        state.seen.append((mention.referent.id, place, mention.tokens, mention.referent))
    }

    /// The gender a person mention shows: the knowledge base's, a title's ("Mr", "Queen",
    /// "spokeswoman"), or the given name's.
    private func gender(of mention: Mention) -> CoreferenceLexicon.Gender? {
        let referent = mention.referent
        guard referent.kind == .person else { return .neuter }
        if let g = referent.gender, let gender = CoreferenceLexicon.Gender(rawValue: g) { return gender }
        let start = mention.tokens.lowerBound
        let sentenceStart = text.sentenceTokens[mention.sentence].lowerBound
        for i in [start, start - 1] where i >= sentenceStart {
            if let gender = lexicon.gender(ofTitle: text.forms[i]) { return gender }
        }
        if let firstWord = referent.name.split(separator: " ").first, firstWord.count > 1 {
            return lexicon.gender(ofFirstName: WordForm.normalize(String(firstWord)))
        }
        return nil
    }

    // MARK: Resolving

    private func resolve(_ cue: Cue, at tokens: Range<Int>, pool: inout SaliencePool, places: MentionPlaces,
                         state: inout SentenceState, ahead: ArraySlice<Mention>) -> (made: [Mention], link: CoreferenceLink?) {
        let sentence = state.sentence
        let place = places.place(of: tokens, isModifier: false)
        func link(_ referents: [Referent], _ outcome: CoreferenceLink.Outcome, pronoun: Bool) -> CoreferenceLink {
            CoreferenceLink(tokens: tokens, sentence: sentence, isPronoun: pronoun, referents: referents, outcome: outcome)
        }
        func made(_ referents: [Referent]) -> [Mention] {
            let surface = text.text(tokens: tokens)
            return referents.map { Mention(tokens: tokens, sentence: sentence, referent: $0, form: .reference, surface: surface,
                                           isAliasable: false) }
        }
        switch cue {
        case .pronoun(let pronoun):
            if pronoun.gender == .neuter, pronoun.grammaticalCase == .subject, isPleonastic(tokens.lowerBound, places: places) {
                return ([], link([], .pleonastic, pronoun: true))
            }
            if pronoun.gender == .neuter, pronoun.grammaticalCase != .possessive, place.role != .subject {
                return ([], link([], .nonSubjectIt, pronoun: true))
            }
            if let later = cataphoricAntecedent(of: pronoun, at: tokens.lowerBound, places: places, state: state, ahead: ahead) {
                let outcome = CoreferenceLink.Outcome.resolved(antecedent: later.tokens, sentence: sentence, role: .subject, salience: 0)
                return (made([later.referent]), link([later.referent], outcome, pronoun: true))
            }
            guard let entry = antecedent(of: pronoun, at: tokens.lowerBound, place: place, pool: pool, state: state) else {
                return ([], link([], .noCandidate, pronoun: true))
            }
            let outcome = CoreferenceLink.Outcome.resolved(antecedent: entry.tokens, sentence: entry.sentence,
                                                           role: entry.place.role, salience: entry.salience(at: sentence))
            pool.add(entry.referents, tokens: tokens, sentence: sentence, place: place, gender: pronoun.gender, passing: false)
            if let gender = pronoun.gender, gender != .neuter { pool.learn(gender, of: entry.key) }
            for referent in entry.referents { state.seen.append((referent.id, place, tokens, referent)) }
            return (made(entry.referents), link(entry.referents, outcome, pronoun: true))
        case .description(let description, let count):
            let found = antecedents(of: description, count: count, at: tokens, pool: pool)
            guard found.count == count else { return ([], link([], .noCandidate, pronoun: false)) }
            let referents = found.flatMap(\.referents)
            let last = found.max { $0.tokens.lowerBound < $1.tokens.lowerBound }!
            for entry in found {
                pool.add(entry.referents, tokens: tokens, sentence: sentence, place: place, gender: nil, passing: false)
            }
            return (made(referents), link(referents, .resolved(antecedent: last.tokens, sentence: last.sentence,
                                                              role: last.place.role, salience: last.salience(at: sentence)),
                                          pronoun: false))
        }
    }

    /// "In his speech, Putin said …": a possessive in an opening phrase, before any person of its
    /// sentence, points forward at the sentence's subject.
    private func cataphoricAntecedent(of pronoun: CoreferenceLexicon.Pronoun, at i: Int, places: MentionPlaces,
                                      state: SentenceState, ahead: ArraySlice<Mention>) -> Mention? {
        guard pronoun.grammaticalCase == .possessive, let gender = pronoun.gender, gender != .neuter,
              !state.seen.contains(where: { $0.referent.kind == .person }) else { return nil }
        let start = text.sentenceTokens[state.sentence].lowerBound
        guard i - start <= 3, lexicon.words("cataphor-start").contains(text.forms[start]) else { return nil }
        guard let comma = (i..<text.sentenceTokens[state.sentence].upperBound).first(where: { text.forms[$0] == "," }) else { return nil }
        for mention in ahead where mention.referent.kind == .person && mention.tokens.lowerBound > comma && !mention.isModifier {
            let g = self.gender(of: mention)
            guard g == nil || g == gender else { return nil }
            return places.place(of: mention.tokens, isModifier: false).role == .subject ? mention : nil
        }
        return nil
    }

    /// "It" that stands for no entity: an expletive in the parse, or, unparsed, "it" before "is",
    /// "seems", "emerged" ….
    private func isPleonastic(_ i: Int, places: MentionPlaces) -> Bool {
        if let syntax = places.syntax, let word = syntax.word(ofToken: i) {
            return syntax.parse.relations[word] == "expl"
                || (i + 1 < text.sentenceTokens[places.sentence].upperBound && lexicon.words("pleonastic").contains(text.forms[i + 1])
                    && syntax.parse.relations[word] != "nsubj")
        }
        let end = text.sentenceTokens[places.sentence].upperBound
        return i + 1 < end && lexicon.words("pleonastic").contains(text.forms[i + 1])
    }


    /// The most salient entity of the pool a pronoun may stand for.
    private func antecedent(of pronoun: CoreferenceLexicon.Pronoun, at i: Int, place: MentionPlace, pool: SaliencePool,
                            state: SentenceState) -> SaliencePool.Entry? {
        let sentence = state.sentence
        var best: (entry: SaliencePool.Entry, score: Double)?
        var closest: (key: String, end: Int, score: Double)?
        for entry in pool.entries where !entry.isPassing && (entry.sentence < sentence || entry.tokens.upperBound <= i) {
            guard pronoun.kinds.contains(entry.kind) else { continue }
            if pronoun.plural {
                // "they": an organization, or a group named together; never one person or one country.
                guard entry.isGroup || entry.kind == .organization else { continue }
            } else {
                guard !entry.isGroup else { continue }
                switch pronoun.gender {
                case .masculine?, .feminine?:
                    guard entry.kind == .person, entry.gender == nil || entry.gender == pronoun.gender else { continue }
                case .neuter?:
                    guard entry.kind != .person else { continue }
                case nil: break
                }
            }
            var score = entry.salience(at: sentence)
            if entry.sentence == sentence, binds(pronoun, place: place, entry: entry, state: state) {
                if pronoun.grammaticalCase == .reflexive { score += 1000 } else { continue }
            }
            if entry.place.role == place.role, entry.place.role == .subject || entry.place.role == .object {
                score += Tuning.parallelism
            }
            if pronoun.gender != nil, entry.gender == pronoun.gender { score += Tuning.genderMatch }
            if entry.sentence == sentence, closest.map({ entry.tokens.upperBound > $0.end }) ?? true {
                closest = (entry.key, entry.tokens.upperBound, score)
            }
            if best.map({ score > $0.score }) ?? true { best = (entry, score) }
        }
        // The nearest candidate of the pronoun's own sentence gains a little: "after his death"
        // after "Lorenzo Rubini (who …)".
        if let closest, let current = best, closest.key != current.entry.key, closest.score + Tuning.proximity > current.score,
           let entry = pool.entries.first(where: { $0.key == closest.key }) {
            best = (entry, closest.score + Tuning.proximity)
        }
        if best == nil, let gender = pronoun.gender, gender != .neuter, !pronoun.plural, let last = pool.lastPerson[gender],
           sentence - last.sentence <= Tuning.genderReach, last.sentence < sentence || last.tokens.upperBound <= i {
            return last
        }
        return best?.entry
    }



    /// Whether the entity is an argument of the pronoun's own predicate (or clause): "Putin praised
    /// him" — "him" is not Putin, while "his" and "himself" may be.
    private func binds(_ pronoun: CoreferenceLexicon.Pronoun, place: MentionPlace, entry: SaliencePool.Entry,
                       state: SentenceState) -> Bool {
        guard pronoun.grammaticalCase != .possessive else { return false }
        return state.seen.contains { seen in
            seen.key == entry.key && seen.place.clause == place.clause
                && [.subject, .object, .oblique].contains(seen.place.role)
        }
    }

    /// The `count` most salient entities a description may stand for.
    private func antecedents(of description: CoreferenceLexicon.Description, count: Int, at tokens: Range<Int>,
                             pool: SaliencePool) -> [SaliencePool.Entry] {
        let sentence = text.sentence(ofToken: tokens.lowerBound)
        let noun = text.forms[tokens.upperBound - 1]
        let before = pool.entries.filter { entry in
            !entry.isGroup && (entry.sentence < sentence || entry.tokens.upperBound <= tokens.lowerBound)
                && description.kinds.contains(entry.kind)
                // Countries named in passing count for "the two countries"; nothing else does.
                && (!entry.isPassing || (count > 1 && entry.kind == .country))
                && (!description.isRole || hasRole(entry.referents[0], noun: noun))
        }
        var ranked = before.sorted { $0.salience(at: sentence) > $1.salience(at: sentence) }
        // "the two sides": the two people of the last two sentences, else two countries.
        if count > 1, description.kinds.contains(.person), description.kinds.count > 1 {
            let people = ranked.filter { $0.kind == .person && sentence - $0.sentence <= 1 }
            ranked = people.count >= count ? people : ranked.filter { $0.kind != .person }
        } else if count > 1 {
            let kind = ranked.first?.kind
            ranked = ranked.filter { $0.kind == kind }
        }
        return Array(ranked.prefix(count))
    }

    /// The types of office a person holds ("president"): on the document's date for a known
    /// person, else the ones the text gives.
    private func officeTypes(of person: Referent?) -> Set<String> {
        guard let person else { return [] }
        if let known = knowledge.person(id: person.id) {
            let held = Set(known.offices.filter { $0.isHeld(on: date) }.map(\.type))
            if !held.isEmpty { return held }
        }
        return Set(person.offices.compactMap { $0.split(separator: "/").last.map(String.init) })
    }

    /// A plural noun's singular, as far as role nouns need it ("ministers" → "minister").
    private static func singular(_ noun: String) -> String {
        noun.count > 3 && noun.hasSuffix("s") ? String(noun.dropLast()) : noun
    }

    /// Whether a person holds a role the noun names: "the minister" a minister, "the leader" anyone
    /// with an office.
    private func hasRole(_ referent: Referent, noun: String) -> Bool {
        guard referent.kind == .person else { return false }
        if noun == "leader" { return !referent.offices.isEmpty }
        let singular = Self.singular(noun)
        return referent.offices.contains { $0.contains(singular) }
    }

    /// A role description name recognition left on its holder ("his French counterpart" on
    /// France): the salient person of that holder, preferably with the office of the possessor's
    /// antecedent; else the knowledge base's holder of that office; else, for a counterpart, nobody.
    private func resolveRole(_ mention: Mention, pool: inout SaliencePool, places: MentionPlaces,
                             state: SentenceState) -> (Mention?, CoreferenceLink) {
        let holder = mention.referent
        let code = holder.code ?? holder.id
        let sentence = mention.sentence
        let noun = Self.singular(text.forms[mention.tokens.upperBound - 1])
        let isCounterpart = noun == "counterpart"
        func link(_ referents: [Referent], _ outcome: CoreferenceLink.Outcome) -> CoreferenceLink {
            CoreferenceLink(tokens: mention.tokens, sentence: sentence, isPronoun: false, referents: referents, outcome: outcome)
        }
        // "his French counterpart": whose counterpart.
        var possessor: SaliencePool.Entry?
        if let pronoun = lexicon.pronoun(text.forms[mention.tokens.lowerBound]), pronoun.grammaticalCase == .possessive {
            let place = places.place(of: mention.tokens.lowerBound..<(mention.tokens.lowerBound + 1), isModifier: false)
            possessor = antecedent(of: pronoun, at: mention.tokens.lowerBound, place: place, pool: pool, state: state)
        }
        let possessorTypes = officeTypes(of: possessor?.referents.first)
        var best: (entry: SaliencePool.Entry, score: Double)?
        for entry in pool.entries where !entry.isGroup && !entry.isPassing && entry.kind == .person
            && entry.key != possessor?.key && (entry.sentence < sentence || entry.tokens.upperBound <= mention.tokens.lowerBound) {
            let person = entry.referents[0]
            let offices = person.offices.filter { $0.hasPrefix(code + "/") }
            guard person.country == code || !offices.isEmpty else { continue }
            if !isCounterpart, noun != "leader", !offices.contains(where: { $0.contains(noun) }) { continue }
            let sameOffice = offices.contains { office in possessorTypes.contains { office.hasSuffix("/" + $0) } }
            let score = entry.salience(at: sentence) + (sameOffice ? 100 : 0)
            if best.map({ score > $0.score }) ?? true { best = (entry, score) }
        }
        var resolved = mention
        resolved.isAliasable = false
        if let best {
            resolved.referent = best.entry.referents[0]
            return (resolved, link([resolved.referent], .resolved(antecedent: best.entry.tokens, sentence: best.entry.sentence,
                                                                   role: best.entry.place.role,
                                                                   salience: best.entry.salience(at: sentence))))
        }
        var holders: Set<Int> = []
        for type in possessorTypes { holders.formUnion(knowledge.holders(of: type, at: code, on: date)) }
        if holders.count == 1, let index = holders.first {
            resolved.referent = .person(knowledge.people[index])
            return (resolved, link([resolved.referent], .officeHolder))
        }
        // A counterpart is a person: never the country it is of.
        if isCounterpart { return (nil, link([], .droppedDescription)) }
        return (mention, link([holder], .officeHolder))
    }
}
