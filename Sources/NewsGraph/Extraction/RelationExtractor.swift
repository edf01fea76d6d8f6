/// A relation found in one sentence, before it becomes an edge.
struct RelationCandidate: Sendable {
    var kind: RelationKind
    var source: Referent
    var target: Referent
    var triggers: [String]
    var confidence: Double
    var sentence: Int
}

/// Finds relations in a sentence: a trigger ("accused", "phone call") and the actors its frame
/// puts around it — the subject, the object, the actor after a preposition ("a call with X",
/// "blamed the riots on X and Y"), the possessor of a noun ("Pezeshkian's visit to Moscow"), or the
/// speaker of reported speech ("X noted that Y had a direct role in …").
///
/// Negated, hypothetical and questioned triggers give nothing.
struct RelationExtractor {
    let knowledge: KnowledgeBase
    let text: AnalyzedText
    let stemmer: Stemmer

    static let clauseBreaks: WordSet = ["that", "which", "who", "whom", "whose", "because", "while", "although",
                                            "though", "but", "whereas", "if", "unless", "when", ";", ":", "(", ")", "—", "–", "\"", "“", "”"]
    static let prepositions: WordSet = ["of", "in", "on", "at", "to", "for", "with", "against", "from", "by", "about",
                                            "into", "over", "amid", "during", "after", "before", "between", "under", "toward",
                                            "towards", "through", "across", "among", "via", "onto", "upon", "within", "without",
                                            "despite", "including", "as", "like", "than", "near", "outside", "inside",
                                            "beside", "behind", "beyond", "around", "along", "throughout"]
    static let negations: WordSet = ["not", "never", "no", "without", "deny", "denied", "denies", "denying", "refused",
                                         "refuses", "refuse", "rejected", "neither", "nor", "t", "nothing"]
    static let modals: WordSet = ["may", "might", "could", "would", "should", "will", "shall", "plan", "plans", "planned",
                                      "planning", "expected", "likely", "hope", "hopes", "hoped", "intend", "intends",
                                      "aim", "aims", "seek", "seeks", "want", "wants", "ready", "willing", "if", "unless",
                                      "whether", "can", "cannot", "possible", "proposed", "considering", "consider",
                                      "offered", "offer", "offers", "offering", "propose", "proposes", "invited", "invites",
                                      "threatened", "threatens", "vowed", "urged", "urges", "asked", "demanded", "called",
                                      "upcoming", "scheduled", "future", "planned", "prospective", "potential", "possibly",
                                      "prepare", "prepares", "preparing", "ahead"]
    /// Words for when, skipped between a trigger and its actor: "threatened today to", "met on Monday with".
    static let timeWords: WordSet = ["today", "yesterday", "tonight", "on", "monday", "tuesday", "wednesday", "thursday",
                                         "friday", "saturday", "sunday", "last", "this", "next", "week", "month", "year",
                                         "weekend", "morning", "evening", "night", "again", "also", "recently", "earlier",
                                         "later", "separately", "reportedly", "publicly", "repeatedly", "strongly", "sharply"]
    static let speechVerbs: WordSet = ["said", "says", "say", "noted", "notes", "stated", "states", "stressed", "argued",
                                           "claimed", "claims", "insisted", "added", "alleged", "told", "believes", "believe",
                                           "charged", "asserted", "maintained", "suggested", "accused", "wrote", "declared",
                                           "announced", "emphasized", "emphasised", "underlined", "pointed"]
    static let determiners: WordSet = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
                                       "our", "my", "your", "some", "any", "no", "each", "every", "both"]

    /// A word that cannot be the noun an adjective modifies: determiners, prepositions, clause words.
    static func isFunctionWord(_ word: String) -> Bool {
        determiners.contains(word) || prepositions.contains(word) || clauseBreaks.contains(word)
    }

    static let beVerbs: WordSet = ["is", "are", "was", "were", "be", "been", "being"]

    // MARK: Sentence view

    /// The words of one sentence, normalized and stemmed, with its mentions.
    struct SentenceView {
        let range: Range<Int>
        let words: ArraySlice<String>  // normalized forms, indexed like the document's tokens
        let stems: [String]
        let mentions: [Mention]
        /// For each token, the index of the mention covering it, or -1.
        let mentionAt: [Int]

        func word(_ i: Int) -> String { range.contains(i) ? words[i] : "" }
        func mention(at i: Int) -> Mention? {
            guard range.contains(i) else { return nil }
            let m = mentionAt[i - range.lowerBound]
            return m >= 0 ? mentions[m] : nil
        }
    }

    func view(sentence: Int, mentions: [Mention]) -> SentenceView {
        let range = text.sentenceTokens[sentence]
        let words = text.forms[range]
        var stems: [String] = []
        stems.reserveCapacity(range.count)
        for i in range {
            let word = text.form(i)
            let shape = text.tokens[i].shape
            let stemmable = (shape == .lower || shape == .capitalized) && knowledge.triggers.mayStartTrigger(word)
            stems.append(stemmable ? stemmer.stem(word) : word)
        }
        var mentionAt = [Int](repeating: -1, count: range.count)
        for (index, mention) in mentions.enumerated() {
            for i in mention.tokens where range.contains(i) { mentionAt[i - range.lowerBound] = index }
        }
        return SentenceView(range: range, words: words, stems: stems, mentions: mentions, mentionAt: mentionAt)
    }

    // MARK: Extraction

    func extract(sentence: Int, mentions: [Mention]) -> [RelationCandidate] {
        guard mentions.count >= 1 else { return [] }
        let s = view(sentence: sentence, mentions: mentions)
        if s.words.last == "?" { return [] }
        var result: [RelationCandidate] = []
        var i = s.range.lowerBound
        while i < s.range.upperBound {
            if s.mentionAt[i - s.range.lowerBound] >= 0 { i += 1; continue }
            var best: (trigger: Trigger, end: Int)?
            for t in knowledge.triggers.candidates(normalized: s.word(i), stem: s.stems[i - s.range.lowerBound]) {
                let trigger = knowledge.triggers.triggers[t]
                if let end = match(trigger, at: i, in: s), end - i > (best.map { $0.end - i } ?? 0) {
                    best = (trigger, end)
                }
            }
            guard let (trigger, end) = best else { i += 1; continue }
            // "to protest the decision", "to deal with": after "to", a noun trigger is a verb of another meaning.
            if trigger.isNoun, s.word(i - 1) == "to" { i = end; continue }
            // "investigating alleged war crimes": an adjective, not the speech act.
            if trigger.notAttributive, end < s.range.upperBound, s.mentionAt[end - s.range.lowerBound] < 0,
               text.tokens[end].shape == .lower, !Self.isFunctionWord(s.word(end)) {
                i = end
                continue
            }
            if !trigger.notNext.contains(s.word(end)), !isNegatedOrHypothetical(at: i, in: s, trigger: trigger) {
                result += candidates(trigger, span: i..<end, in: s, sentence: sentence)
            }
            i = end
        }
        return result
    }

    /// The end of the trigger's words matched from token `start`, or nil.
    private func match(_ trigger: Trigger, at start: Int, in s: SentenceView) -> Int? {
        var i = start
        var k = 0
        let words = trigger.words
        while k < words.count {
            switch words[k] {
            case .gap:
                // Find the next word within four tokens.
                guard k + 1 < words.count else { return i }
                var found: Int?
                for j in i..<min(i + 5, s.range.upperBound) where matches(words[k + 1], j, s) { found = j; break }
                guard let j = found else { return nil }
                i = j + 1
                k += 2
            case let word:
                guard i < s.range.upperBound, matches(word, i, s) else { return nil }
                i += 1
                k += 1
            }
        }
        return i
    }

    private func matches(_ word: Trigger.Word, _ i: Int, _ s: SentenceView) -> Bool {
        switch word {
        case .exact(let w): return s.word(i) == w
        case .stem(let stem): return s.stems[i - s.range.lowerBound] == stem
        case .gap: return true
        }
    }

    /// "did not accuse", "may sign", "denied threatening": the words just before the trigger, within its clause.
    private func isNegatedOrHypothetical(at i: Int, in s: SentenceView, trigger: Trigger) -> Bool {
        var j = i - 1
        var seen = 0
        while j >= s.range.lowerBound, seen < 4 {
            let w = s.word(j)
            if Self.clauseBreaks.contains(w) || w == "," { break }
            if Self.negations.contains(w) { return true }
            if trigger.relation != .threat, Self.modals.contains(w) { return true }
            j -= 1
            seen += 1
        }
        return false
    }

    // MARK: Frames

    private func candidates(_ trigger: Trigger, span: Range<Int>, in s: SentenceView, sentence: Int) -> [RelationCandidate] {
        let triggerText = text.text(tokens: span)
        var targets: [Mention] = []
        var sources: [Mention] = []
        var confidence = trigger.confidence
        var slotWasBetween = false

        if trigger.sources.contains(.speaker) {
            targets = clauseSubjects(before: span.lowerBound, in: s)
            if let speaker = speaker(before: span.lowerBound, in: s) { sources = [speaker] }
        } else {
            // "held Israel responsible": the object stands inside the phrase.
            if trigger.words.contains(.gap), let inside = (span.lowerBound + 1..<span.upperBound).lazy.compactMap({ s.mention(at: $0) }).first {
                targets = coordinated(inside, in: s)
            }
            for slot in trigger.slots where targets.isEmpty {
                let found = fill(slot, after: span.upperBound, in: s, trigger: trigger)
                if !found.isEmpty {
                    targets = found
                    slotWasBetween = slot == .preposition("between")
                    break
                }
            }
            if trigger.isDescription {
                guard describesNegatively(after: span.upperBound, in: s) else { return [] }
            }
            if trigger.requiresSlot, targets.isEmpty {
                // "Israel and Lebanon renewed negotiations": coordinated subjects fill a symmetric relation.
                guard !trigger.relation.isDirected, subjects(before: span.lowerBound, in: s).count >= 2 else { return [] }
            }
            if trigger.sources.contains(.possessor), let possessor = possessor(before: span.lowerBound, in: s) {
                // "Japan and the Philippines criticized …": a name right before a verb is its subject,
                // coordinated names included.
                sources = coordinatedBackward(possessor, in: s)
            }
            if sources.isEmpty, trigger.sources.contains(.subject) {
                let passive = !trigger.isNoun && isPassive(before: span.lowerBound, in: s)
                if passive {
                    // "X was accused by Y": Y acts on X.
                    let agents = passiveAgents(after: span.upperBound, in: s)
                    let patients = subjects(before: span.lowerBound, in: s)
                    sources = agents
                    targets = patients
                } else {
                    sources = subjects(before: span.lowerBound, in: s)
                    if sources.isEmpty, let fallback = modifierSubject(before: span.lowerBound, in: s) {
                        sources = [fallback]
                        confidence *= 0.8
                    } else if sources.isEmpty, let fallback = nearestActor(before: span.lowerBound, in: s) {
                        sources = [fallback]
                        confidence *= 0.7
                    }
                }
            }
        }
        // "Iran and Russia are expected to … meeting", "X will sign": a modal between the subject and
        // the trigger makes the event hypothetical.
        if trigger.relation != .threat, let first = sources.first, first.tokens.upperBound < span.lowerBound,
           (first.tokens.upperBound..<span.lowerBound).contains(where: { Self.modals.contains(s.word($0)) && s.mention(at: $0) == nil }) {
            return []
        }
        var result: [RelationCandidate] = []
        if trigger.relation.isDirected {
            for source in sources {
                for target in targets where target.referent.id != source.referent.id {
                    result.append(RelationCandidate(kind: trigger.relation, source: source.referent, target: target.referent,
                                                    triggers: [triggerText], confidence: confidence, sentence: sentence))
                }
            }
        } else {
            // Symmetric: the subjects with the actors of the slot ("A held a call with B"), the actors of
            // "between A and B" with each other, coordinated subjects with each other ("A and B agreed").
            var pairs: [(Referent, Referent)] = []
            if slotWasBetween || sources.isEmpty {
                pairs += allPairs(targets.map(\.referent))
                if sources.count >= 2 { pairs += allPairs(sources.map(\.referent)) }
            } else if targets.isEmpty {
                pairs += allPairs(sources.map(\.referent))
            } else {
                pairs += sources.flatMap { a in targets.map { (a.referent, $0.referent) } }
            }
            var seen: Set<RelationKey> = []
            for (a, b) in pairs where a.id != b.id && !isMember(a, of: b) && !isMember(b, of: a) {
                guard seen.insert(RelationKey(kind: trigger.relation, source: a.id, target: b.id)).inserted else { continue }
                result.append(RelationCandidate(kind: trigger.relation, source: a, target: b, triggers: [triggerText],
                                                confidence: confidence, sentence: sentence))
            }
        }
        return result
    }

    private func allPairs(_ referents: [Referent]) -> [(Referent, Referent)] {
        var result: [(Referent, Referent)] = []
        for i in referents.indices {
            for j in referents.indices where j > i { result.append((referents[i], referents[j])) }
        }
        return result
    }

    /// A person and the country they belong to do not make a relation with each other.
    private func isMember(_ a: Referent, of b: Referent) -> Bool {
        a.kind != .country && b.kind == .country && a.country != nil && a.country == b.code
    }

    /// Actors filling a slot after the trigger, with the actors coordinated with the first.
    private func fill(_ slot: Trigger.Slot, after end: Int, in s: SentenceView, trigger: Trigger) -> [Mention] {
        var i = end
        // "threatened today to …", "met on Monday with …"
        while i < s.range.upperBound, s.mention(at: i) == nil, Self.timeWords.contains(s.word(i)),
              !(s.word(i) == "on" && slot == .preposition("on")) {
            i += 1
        }
        switch slot {
        case .object:
            var steps = 0
            while i < s.range.upperBound, steps < 6 {
                if let m = s.mention(at: i) {
                    if trigger.notAfterObject.contains(s.word(m.tokens.upperBound)) { return [] }
                    return coordinated(m, in: s)
                }
                let w = s.word(i)
                if Self.clauseBreaks.contains(w) || Self.prepositions.contains(w) || w == "," || w == "." { return [] }
                i += 1
                steps += 1
            }
            return []
        case .preposition(let p):
            var steps = 0
            while i < s.range.upperBound, steps < 10, s.word(i) != p {
                let w = s.word(i)
                if Self.clauseBreaks.contains(w) || w == "." { return [] }
                if s.mention(at: i) != nil, p != "between", p != "on", p != "against", p != "to", p != "by" { return [] }
                i += 1
                steps += 1
            }
            guard i < s.range.upperBound, s.word(i) == p else { return [] }
            i += 1
            steps = 0
            while i < s.range.upperBound, steps < 5 {
                if let m = s.mention(at: i) { return coordinated(m, in: s) }
                let w = s.word(i)
                if Self.clauseBreaks.contains(w) || (Self.prepositions.contains(w) && w != "of") || w == "," || w == "." { return [] }
                i += 1
                steps += 1
            }
            return []
        case .infinitive:
            guard s.word(i) == "to" else { return [] }
            i += 1
            var steps = 0
            while i < s.range.upperBound, steps < 6 {
                if let m = s.mention(at: i) { return coordinated(m, in: s) }
                let w = s.word(i)
                if Self.clauseBreaks.contains(w) && w != "unless" || w == "," || w == "." { return [] }
                if w == "unless" { return fill(.preposition("unless"), after: i, in: s, trigger: trigger) }
                i += 1
                steps += 1
            }
            return []
        }
    }

    /// `first` and the actors joined to it by commas and "and": "the United States, Israel, and …".
    private func coordinated(_ first: Mention, in s: SentenceView) -> [Mention] {
        var result = [first]
        var i = first.tokens.upperBound
        // A list is closed by a conjunction ("A, B and C"); commas alone join an apposition or the
        // next clause ("… arrived in Bosnia, Defense Secretary William Perry said").
        var listed: [Mention] = []
        var closed = false
        while i < s.range.upperBound {
            var j = i
            var joined = false
            while j < s.range.upperBound, [",", "and", "or"].contains(s.word(j)) {
                if s.word(j) != "," { closed = true }
                joined = true
                j += 1
            }
            if j < s.range.upperBound, s.word(j) == "the" { j += 1 }
            guard joined, let next = s.mention(at: j), next.tokens.lowerBound == j || s.word(j - 1) == "the" else { break }
            // Group references ("the two countries") already hold several referents at one span.
            for m in s.mentions where m.tokens == next.tokens && !listed.contains(where: { $0.referent.id == m.referent.id }) {
                listed.append(m)
            }
            i = next.tokens.upperBound
        }
        if closed {
            result += listed.filter { m in m.referent.id != first.referent.id }
        }
        // A group reference holds several mentions at one span.
        for m in s.mentions where m.tokens == first.tokens && !result.contains(where: { $0.referent.id == m.referent.id }) {
            result.append(m)
        }
        return result
    }

    /// The subject(s) of the clause the trigger is in: the nearest actor to its left that is not the
    /// object of a preposition, with actors coordinated before it ("Putin and Pezeshkian reaffirmed").
    private func subjects(before start: Int, in s: SentenceView) -> [Mention] {
        // "… and warned that": a verb coordinated with an earlier one shares the sentence's subject.
        var k = start - 1
        while k >= s.range.lowerBound, ["also", "then", "later", "has", "have", "had", "further"].contains(s.word(k)) { k -= 1 }
        if k >= s.range.lowerBound, s.word(k) == "and" {
            return sentenceSubject(before: start, in: s).map { coordinatedBackward($0, in: s) } ?? []
        }
        var i = start - 1
        while i >= s.range.lowerBound {
            let w = s.word(i)
            // "Netanyahu, who faces trial, accused …": a relative clause between subject and verb is skipped.
            if ["who", "which", "whose"].contains(w), i - 1 >= s.range.lowerBound, s.word(i - 1) == "," {
                i -= 2
                continue
            }
            if w == ";" || w == ":" || w == "that" || w == "which" || (w == "who" && i < start - 1) { break }
            if let m = s.mention(at: i) {
                // "with the two countries sealing …": the subject of a participle may follow a preposition.
                let participleSubject = start - m.tokens.upperBound <= 1 && s.word(start).hasSuffix("ing")
                if !m.isModifier, participleSubject || !isPrepositionObject(m, in: s) { return coordinatedBackward(m, in: s) }
                i = m.tokens.lowerBound - 1
                continue
            }
            i -= 1
        }
        return []
    }

    /// The subject of the main clause: the first actor, if nothing but determiners, names or an
    /// introductory phrase closed by a comma ("In recent days, US President …") comes before it.
    private func sentenceSubject(before end: Int, in s: SentenceView) -> Mention? {
        guard let first = s.mentions.first(where: { $0.tokens.upperBound <= end && !$0.isModifier }) else { return nil }
        var i = first.tokens.lowerBound - 1
        while i >= s.range.lowerBound, s.word(i) != "," {
            let token = text.tokens[i]
            let w = s.word(i)
            if token.shape == .lower, !["the", "a", "an", "both", "and"].contains(w) { return nil }
            i -= 1
        }
        return first
    }

    /// When no actor is the subject, a demonym may be: "Russian represetative accused …".
    private func modifierSubject(before start: Int, in s: SentenceView) -> Mention? {
        s.mentions.last { $0.tokens.upperBound <= start && start - $0.tokens.upperBound <= 3 && $0.isModifier }
    }

    private func coordinatedBackward(_ last: Mention, in s: SentenceView) -> [Mention] {
        var result = s.mentions.filter { $0.tokens == last.tokens }
        var i = last.tokens.lowerBound - 1
        var nearest = true
        while i >= s.range.lowerBound {
            var j = i
            var joined = false
            if j >= s.range.lowerBound, s.word(j) == "the" { j -= 1 }   // "Japan and the Philippines"
            var conjunction = false
            while j >= s.range.lowerBound, [",", "and"].contains(s.word(j)) {
                if s.word(j) == "and" { conjunction = true }
                joined = true
                j -= 1
            }
            // The join nearest the last item names the list: "A, B and C"; "A, B" is an apposition.
            if nearest && !conjunction { break }
            nearest = false
            guard joined, let previous = s.mention(at: j), !previous.isModifier else { break }
            result.insert(contentsOf: s.mentions.filter { $0.tokens == previous.tokens }, at: 0)
            i = previous.tokens.lowerBound - 1
        }
        return result
    }

    /// Whether a preposition (perhaps followed by determiners and adjectives) comes right before the mention.
    private func isPrepositionObject(_ m: Mention, in s: SentenceView) -> Bool {
        var i = m.tokens.lowerBound - 1
        var steps = 0
        while i >= s.range.lowerBound, steps < 3 {
            let w = s.word(i)
            if Self.prepositions.contains(w) { return true }
            if !["the", "a", "an", "its", "their", "his", "her", "some", "several"].contains(w) { return false }
            i -= 1
            steps += 1
        }
        return false
    }

    /// The actors after the first "by" of the rest of the sentence: "… has been accused of misusing
    /// funds, much of it embezzled, by current Haitian government officials".
    private func passiveAgents(after end: Int, in s: SentenceView) -> [Mention] {
        var i = end
        while i < s.range.upperBound, s.word(i) != "by" || s.mention(at: i) != nil { i += 1 }
        guard i < s.range.upperBound else { return [] }
        for j in (i + 1)..<min(i + 6, s.range.upperBound) {
            if let m = s.mention(at: j) { return coordinated(m, in: s) }
            if Self.clauseBreaks.contains(s.word(j)) || s.word(j) == "," { break }
        }
        return []
    }

    /// "was accused", "were blamed", "has been condemned".
    private func isPassive(before start: Int, in s: SentenceView) -> Bool {
        let w = s.word(start)
        guard w.hasSuffix("ed") || w.hasSuffix("en") else { return false }
        var i = start - 1
        var steps = 0
        while i >= s.range.lowerBound, steps < 3 {
            if Self.beVerbs.contains(s.word(i)) { return true }
            if !["also", "reportedly", "allegedly", "repeatedly", "publicly", "strongly", "not", "often"].contains(s.word(i)) { return false }
            i -= 1
            steps += 1
        }
        return false
    }

    /// The actor right before a noun trigger: "Pezeshkian's visit", "US threats", "Russia's first call".
    /// Only a possessive or a name directly before the noun counts ("Aristide has been accused" is no possessor).
    private func possessor(before start: Int, in s: SentenceView) -> Mention? {
        var i = start - 1
        var adjectives = 0
        while i >= s.range.lowerBound, adjectives < 2, text.tokens[i].shape == .lower, s.mention(at: i) == nil {
            let w = s.word(i)
            if Self.auxiliaries.contains(w) || Self.prepositions.contains(w) || Self.clauseBreaks.contains(w)
                || ["the", "a", "an", "and", "or"].contains(w) { return nil }
            i -= 1
            adjectives += 1
        }
        guard i >= s.range.lowerBound else { return nil }
        if text.tokens[i].shape == .possessive { return s.mention(at: i - 1) }
        guard let m = s.mention(at: i) else { return nil }
        // "US threats": a name directly before the noun; "threats by the US" is not a possessor.
        return m.isModifier || adjectives == 0 ? m : nil
    }

    static let auxiliaries: WordSet = ["has", "have", "had", "been", "was", "were", "is", "are", "be", "will", "would",
                                           "did", "does", "do", "not", "also", "could", "should", "may", "might", "must", "can"]

    /// When the subject is no actor ("Druze inhabitants of the Syrian Golan Heights threatened …"),
    /// the nearest actor before the trigger in its clause stands for it, with less confidence.
    private func nearestActor(before start: Int, in s: SentenceView) -> Mention? {
        var i = start - 1
        while i >= s.range.lowerBound, start - i <= 7 {
            if let m = s.mention(at: i) { return m }
            let w = s.word(i)
            if Self.clauseBreaks.contains(w) || w == "," || w == "and" { return nil }
            i -= 1
        }
        return nil
    }

    /// Whoever says what the clause says: the subject of a speech verb before "that", the actor of
    /// "according to", or the actor of a final ", X said".
    private func speaker(before start: Int, in s: SentenceView) -> Mention? {
        var i = start - 1
        while i >= s.range.lowerBound {
            if s.mention(at: i) == nil, Self.speechVerbs.contains(s.word(i)) {
                if let m = subjects(before: i, in: s).first { return m }
                return sentenceSubject(before: i, in: s)
            }
            i -= 1
        }
        if let according = s.words.firstIndex(of: "according"), s.word(according + 1) == "to" {
            var j = according + 2
            while j < s.range.upperBound, j < according + 6 {
                if let m = s.mention(at: j) { return m }
                j += 1
            }
        }
        // ", X said." after the clause.
        for m in s.mentions where m.tokens.lowerBound > start && Self.speechVerbs.contains(s.word(m.tokens.upperBound)) {
            return m
        }
        return nil
    }

    /// The subjects of the clause that ends at the trigger: after "that" or the clause start.
    private func clauseSubjects(before start: Int, in s: SentenceView) -> [Mention] {
        var i = start - 1
        while i >= s.range.lowerBound, !["that", ";", ":", "\u{201C}", "\""].contains(s.word(i)) { i -= 1 }
        guard i >= s.range.lowerBound else { return [] }
        for j in (i + 1)..<start {
            if let m = s.mention(at: j), !m.isModifier { return coordinated(m, in: s) }
        }
        return []
    }

    /// "… as “absolutely unacceptable”": a negative word shortly after "as".
    private func describesNegatively(after end: Int, in s: SentenceView) -> Bool {
        var i = end
        while i < s.range.upperBound, i < end + 14, s.word(i) != "as" { i += 1 }
        guard s.word(i) == "as" else { return false }
        for j in (i + 1)..<min(i + 6, s.range.upperBound) where knowledge.triggers.negativeWords.contains(s.word(j)) {
            return true
        }
        return false
    }
}
