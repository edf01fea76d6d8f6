/// Where a trigger's actors stand: the objects and prepositional slots after it, the subjects,
/// possessors, passive agents and speakers before it, and the actors coordinated with each.
extension SurfaceRelationExtractor {
    /// Actors filling a slot after the trigger, with the actors coordinated with the first.
    func fill(_ slot: Trigger.Slot, after end: Int, in s: SentenceView, trigger: Trigger) -> [Mention] {
        var i = end
        // "threatened today to …", "met on Monday with …"
        while i < s.range.upperBound, !s.hasMention(at: i), words.timeWords.contains(s.word(i)),
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
                if s.hasMention(at: i), p != "between", p != "on", p != "against", p != "to", p != "by" { return [] }
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
    func coordinated(_ first: Mention, in s: SentenceView) -> [Mention] {
        var result = [first]
        var i = first.tokens.upperBound
        // A list is closed by a conjunction ("A, B and C"); commas alone join an apposition or the
        // next clause ("… arrived in Bosnia, Defense Secretary William Perry said").
        var listed: [Mention] = []
        var closed = false
        while i < s.range.upperBound {
            var j = i
            var joined = false
            while j < s.range.upperBound, Self.joinsList(s.word(j)) {
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
    func subjects(before start: Int, in s: SentenceView) -> [Mention] {
        // "… and warned that": a verb coordinated with an earlier one shares the sentence's subject.
        var k = start - 1
        while k >= s.range.lowerBound, Self.isCoordinatedVerbFiller(s.word(k)) { k -= 1 }
        if k >= s.range.lowerBound, s.word(k) == "and" {
            return sentenceSubject(before: start, in: s).map { coordinatedBackward($0, in: s) } ?? []
        }
        var i = start - 1
        walk: while i >= s.range.lowerBound {
            let w = s.word(i)
            // (One switch: each word is compared with each of these once.)
            switch w {
            case "who", "which", "whose":
                // "Netanyahu, who faces trial, accused …": a relative clause between subject and verb is skipped.
                if i - 1 >= s.range.lowerBound, s.word(i - 1) == "," {
                    i -= 2
                    continue walk
                }
                if w == "which" || (w == "who" && i < start - 1) { break walk }
            case ";", ":", "that":
                break walk
            default:
                break
            }
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
    func sentenceSubject(before end: Int, in s: SentenceView) -> Mention? {
        guard let first = s.mentions.first(where: { $0.tokens.upperBound <= end && !$0.isModifier }) else { return nil }
        var i = first.tokens.lowerBound - 1
        while i >= s.range.lowerBound, s.word(i) != "," {
            let token = text.tokens[i]
            let w = s.word(i)
            if token.shape == .lower, !Self.mayPrecedeSubject(w) { return nil }
            i -= 1
        }
        return first
    }

    /// When no actor is the subject, a demonym may be: "Russian represetative accused …".
    func modifierSubject(before start: Int, in s: SentenceView) -> Mention? {
        s.mentions.last { $0.tokens.upperBound <= start && start - $0.tokens.upperBound <= 3 && $0.isModifier }
    }

    func coordinatedBackward(_ last: Mention, in s: SentenceView) -> [Mention] {
        var result = s.mentions.filter { $0.tokens == last.tokens }
        var i = last.tokens.lowerBound - 1
        var nearest = true
        while i >= s.range.lowerBound {
            var j = i
            var joined = false
            if j >= s.range.lowerBound, s.word(j) == "the" { j -= 1 }   // "Japan and the Philippines"
            var conjunction = false
            while j >= s.range.lowerBound, s.word(j) == "," || s.word(j) == "and" {
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
    func isPrepositionObject(_ m: Mention, in s: SentenceView) -> Bool {
        var i = m.tokens.lowerBound - 1
        var steps = 0
        while i >= s.range.lowerBound, steps < 3 {
            let w = s.word(i)
            if Self.prepositions.contains(w) { return true }
            if !Self.determiners.contains(w) { return false }
            i -= 1
            steps += 1
        }
        return false
    }

    /// The actors after the first "by" of the rest of the sentence: "… has been accused of misusing
    /// funds, much of it embezzled, by current Haitian government officials".
    func passiveAgents(after end: Int, in s: SentenceView) -> [Mention] {
        var i = end
        while i < s.range.upperBound, s.word(i) != "by" || s.hasMention(at: i) { i += 1 }
        guard i < s.range.upperBound else { return [] }
        for j in (i + 1)..<min(i + 6, s.range.upperBound) {
            if let m = s.mention(at: j) { return coordinated(m, in: s) }
            if Self.clauseBreaks.contains(s.word(j)) || s.word(j) == "," { break }
        }
        return []
    }

    /// "was accused", "were blamed", "has been condemned".
    func isPassive(before start: Int, in s: SentenceView) -> Bool {
        let w = s.word(start)
        guard w.hasSuffix("ed") || w.hasSuffix("en") else { return false }
        var i = start - 1
        var steps = 0
        while i >= s.range.lowerBound, steps < 3 {
            if Self.beVerbs.contains(s.word(i)) { return true }
            if !Self.isPassiveAdverb(s.word(i)) { return false }
            i -= 1
            steps += 1
        }
        return false
    }

    /// The actor right before a noun trigger: "Pezeshkian's visit", "US threats", "Russia's first call".
    /// Only a possessive or a name directly before the noun counts ("Aristide has been accused" is no possessor).
    func possessor(before start: Int, in s: SentenceView) -> Mention? {
        var i = start - 1
        var adjectives = 0
        while i >= s.range.lowerBound, adjectives < 2, text.tokens[i].shape == .lower, !s.hasMention(at: i) {
            let w = s.word(i)
            if Self.auxiliaries.contains(w) || Self.prepositions.contains(w) || Self.clauseBreaks.contains(w)
                || Self.isArticleOrConjunction(w) { return nil }
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
    func nearestActor(before start: Int, in s: SentenceView) -> Mention? {
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
    func speaker(before start: Int, in s: SentenceView) -> Mention? {
        var i = start - 1
        while i >= s.range.lowerBound {
            if !s.hasMention(at: i), words.speechVerbs.contains(s.word(i)) {
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
        for m in s.mentions where m.tokens.lowerBound > start && words.speechVerbs.contains(s.word(m.tokens.upperBound)) {
            return m
        }
        return nil
    }

    /// The subjects of the clause that ends at the trigger: after "that" or the clause start.
    func clauseSubjects(before start: Int, in s: SentenceView) -> [Mention] {
        var i = start - 1
        while i >= s.range.lowerBound, !Self.opensReportedClause(s.word(i)) { i -= 1 }
        guard i >= s.range.lowerBound else { return [] }
        for j in (i + 1)..<start {
            if let m = s.mention(at: j), !m.isModifier { return coordinated(m, in: s) }
        }
        return []
    }

    /// "… as “absolutely unacceptable”": a negative word shortly after "as".
    func describesNegatively(after end: Int, in s: SentenceView) -> Bool {
        var i = end
        while i < s.range.upperBound, i < end + 14, s.word(i) != "as" { i += 1 }
        guard s.word(i) == "as" else { return false }
        for j in (i + 1)..<min(i + 6, s.range.upperBound) where knowledge.triggers.negativeWords.contains(s.word(j)) {
            return true
        }
        return false
    }

    // Small word lists, tested with a `switch` (string equality, as `Array.contains` did) rather than
    // an array literal made at every call.

    /// "and also warned", "and has warned": words between "and" and a coordinated verb.
    static func isCoordinatedVerbFiller(_ w: String) -> Bool {
        switch w {
        case "also", "then", "later", "has", "have", "had", "further": true
        default: false
        }
    }

    /// "A, B and C", "A or B".
    static func joinsList(_ w: String) -> Bool {
        switch w {
        case ",", "and", "or": true
        default: false
        }
    }

    /// Lower-case words that may stand before the sentence's subject: "the", "both", "and" ….
    static func mayPrecedeSubject(_ w: String) -> Bool {
        switch w {
        case "the", "a", "an", "both", "and": true
        default: false
        }
    }

    /// "was also accused", "were reportedly blamed".
    static func isPassiveAdverb(_ w: String) -> Bool {
        switch w {
        case "also", "reportedly", "allegedly", "repeatedly", "publicly", "strongly", "not", "often": true
        default: false
        }
    }

    static func isArticleOrConjunction(_ w: String) -> Bool {
        switch w {
        case "the", "a", "an", "and", "or": true
        default: false
        }
    }

    /// Where the clause with reported speech begins: "that", a colon, an opening quote.
    static func opensReportedClause(_ w: String) -> Bool {
        switch w {
        case "that", ";", ":", "\u{201C}", "\"": true
        default: false
        }
    }
}
