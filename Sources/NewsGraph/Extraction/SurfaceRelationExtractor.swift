/// Finds relations in a sentence from the order of its words alone, when no syntax model is
/// installed (`RelationExtractor` reads the dependency tree otherwise): a trigger ("accused", "phone call") and the actors its frame
/// puts around it — the subject, the object, the actor after a preposition ("a call with X",
/// "blamed the riots on X and Y"), the possessor of a noun ("Pezeshkian's visit to Moscow"), or the
/// speaker of reported speech ("X noted that Y had a direct role in …").
///
/// Negated, hypothetical and questioned triggers give nothing.
struct SurfaceRelationExtractor {
    let knowledge: KnowledgeBase
    let text: AnalyzedText
    let stemmer: Stemmer
    /// The word lists of `relationwords.tsv` this extractor reads (surface-negation, surface-modal, …).
    var words: SurfaceWords { knowledge.frames.surface }

    static let clauseBreaksList: [String] = ["that", "which", "who", "whom", "whose", "because", "while", "although",
                                            "though", "but", "whereas", "if", "unless", "when", ";", ":", "(", ")", "—", "–", "\"", "“", "”"]
    static let clauseBreaks = WordSet(clauseBreaksList)
    static let prepositions: WordSet = ["of", "in", "on", "at", "to", "for", "with", "against", "from", "by", "about",
                                            "into", "over", "amid", "during", "after", "before", "between", "under", "toward",
                                            "towards", "through", "across", "among", "via", "onto", "upon", "within", "without",
                                            "despite", "including", "as", "like", "than", "near", "outside", "inside",
                                            "beside", "behind", "beyond", "around", "along", "throughout"]
    static let determiners: WordSet = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
                                       "our", "my", "your", "some", "several", "any", "no", "each", "every", "both"]

    /// A word that cannot be the noun an adjective modifies: determiners, prepositions, clause words.
    static func isFunctionWord(_ word: String) -> Bool {
        determiners.contains(word) || prepositions.contains(word) || clauseBreaks.contains(word)
    }

    static let beVerbs: WordSet = ["is", "are", "was", "were", "be", "been", "being"]

    // MARK: Sentence view

    /// The words of one sentence, normalized, with its mentions.
    struct SentenceView {
        let range: Range<Int>
        let words: ArraySlice<String>  // normalized forms, indexed like the document's tokens
        /// The sentence's mentions: a slice of the document's, indexed like them.
        let mentions: ArraySlice<Mention>
        /// For each token, the index of the mention covering it, or -1.
        let mentionAt: [Int]

        func word(_ i: Int) -> String { range.contains(i) ? words[i] : "" }
        func mention(at i: Int) -> Mention? {
            guard range.contains(i) else { return nil }
            let m = mentionAt[i - range.lowerBound]
            return m >= 0 ? mentions[m] : nil
        }
        /// Whether a mention covers token `i` (without copying the mention, as `mention(at:)` does).
        func hasMention(at i: Int) -> Bool {
            range.contains(i) && mentionAt[i - range.lowerBound] >= 0
        }
    }

    func view(sentence: Int, mentions: ArraySlice<Mention>) -> SentenceView {
        let range = text.sentenceTokens[sentence]
        var mentionAt = [Int](repeating: -1, count: range.count)
        for index in mentions.indices {
            for i in mentions[index].tokens where range.contains(i) { mentionAt[i - range.lowerBound] = index }
        }
        return SentenceView(range: range, words: text.forms[range], mentions: mentions, mentionAt: mentionAt)
    }

    /// The stem of token `i`: words that cannot stem to a trigger's word are their own stem.
    /// (Computed where a trigger asks for it, not for every word of every sentence.)
    private func stem(at i: Int) -> String {
        stem(of: text.forms[i], at: i)
    }

    /// The same, given the token's form.
    @inline(__always)
    private func stem(of word: String, at i: Int) -> String {
        let shape = text.tokens[i].shape
        let stemmable = (shape == .lower || shape == .capitalized)
            && knowledge.triggers.mayStartTrigger(prefixKey: text.formPrefixKeys[i])
        return stemmable ? stemmer.stem(word) : word
    }

    // MARK: Extraction

    func extract(sentence: Int, mentions: ArraySlice<Mention>) -> [RelationCandidate] {
        guard mentions.count >= 1 else { return [] }
        let s = view(sentence: sentence, mentions: mentions)
        if s.words.last == "?" { return [] }
        var result: [RelationCandidate] = []
        var i = s.range.lowerBound
        while i < s.range.upperBound {
            if s.mentionAt[i - s.range.lowerBound] >= 0 { i += 1; continue }
            var best: (trigger: Trigger, end: Int)?
            let word = text.forms[i]
            for t in knowledge.triggers.candidates(normalized: word, prefixKey: text.formPrefixKeys[i], stem: stem(of: word, at: i)) {
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
        case .stem(let stem): return self.stem(at: i) == stem
        case .gap: return true
        }
    }

    /// "did not accuse", "may sign", "denied threatening": the words just before the trigger, within its clause.
    private func isNegatedOrHypothetical(at i: Int, in s: SentenceView, trigger: Trigger) -> Bool {
        var j = i - 1
        var seen = 0
        while j >= s.range.lowerBound, seen < 4 {
            let w = s.word(j)
            let classes = words.classes[w] ?? []
            if classes.contains(.clauseBreak) || w == "," { break }
            if classes.contains(.negation) { return true }
            if trigger.relation != .threat, classes.contains(.modal) { return true }
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
            if trigger.words.contains(.gap), let inside = (span.lowerBound + 1..<span.upperBound).first(where: { s.hasMention(at: $0) }).flatMap({ s.mention(at: $0) }) {
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
           (first.tokens.upperBound..<span.lowerBound).contains(where: { words.modals.contains(s.word($0)) && !s.hasMention(at: $0) }) {
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
            // (A set, not a list: a long enumeration of actors makes its pairs by the square.)
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
}
