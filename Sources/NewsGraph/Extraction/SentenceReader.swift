/// Reads the relations of one parsed sentence: finds each word whose lemma has a frame, checks what
/// completes it and what cancels it, finds its actors in the tree, and pairs them.
struct SentenceReader {
    let knowledge: KnowledgeBase
    let text: AnalyzedText
    let syntax: SentenceSyntax
    let tree: DependencyTree
    let actors: SentenceActors
    let mentions: ArraySlice<Mention>
    let words: RelationWords
    let stemmer: Stemmer
    /// The tokens of the sentence before, for what places a conversation (a visit, a summit).
    let previousSentence: Range<Int>?
    let trace: RelationTrace?

    init(knowledge: KnowledgeBase, text: AnalyzedText, syntax: SentenceSyntax, mentions: ArraySlice<Mention>,
         previousSentence: Range<Int>?, stemmer: Stemmer, trace: RelationTrace?) {
        self.knowledge = knowledge
        self.stemmer = stemmer
        self.text = text
        self.syntax = syntax
        self.mentions = mentions
        self.previousSentence = previousSentence
        self.trace = trace
        words = knowledge.frames.words
        tree = DependencyTree(syntax.parse)
        actors = SentenceActors(syntax: syntax, tree: tree, mentions: mentions, words: words)
    }

    var sentence: Int { syntax.sentence }

    /// An actor found for a role, with how it was found.
    typealias Actor = SentenceActors.Actor

    /// What a frame found at a predicate: its actors, or why it found none.
    struct Reading {
        var sources: [Actor] = []
        var targets: [Actor] = []
        /// The targets are the actors of "between A and B": they pair with each other.
        var between = false
        /// "accuse each other": the sources act on each other.
        var mutual = false
        /// The light verb a noun completes, if any.
        var light: Int?
        /// The relation kind, when the frame's is changed by the sentence (a conversation in person).
        var kind: RelationKind
    }

    func relations() -> [RelationCandidate] { read().candidates }

    /// The relations of the sentence, and whether the tree gave a predicate no actors (no subject,
    /// or the same actor at both ends: a parse that misplaced them).
    func read() -> (candidates: [RelationCandidate], lostActors: Bool) {
        var lostActors = false
        var result: [RelationCandidate] = []
        var seen = Set<RelationKey>()
        let isQuestion = tree.count > 0 && tree.form(tree.count - 1) == "?"
        for t in 0..<tree.count {
            let frames = framesAt(t)
            guard !frames.isEmpty else { continue }
            if actors.wordMention[t] >= 0 {
                for frame in frames { record(t, frame, dropped: .inName) }
                continue
            }
            for frame in frames {
                if isQuestion {
                    record(t, frame, dropped: .question)
                    break
                }
                guard case .success(let reading) = read(frame, at: t).mapError({ drop -> RelationTrace.Drop in
                    record(t, frame, dropped: drop)
                    if drop == .noSource, tree.tag(t) == .verb { lostActors = true }
                    return drop
                }) else { continue }
                let paired = pairs(reading, frame: frame, at: t, seen: &seen)
                if paired.made.isEmpty, paired.drop == nil, tree.tag(t) == .verb { lostActors = true }
                record(t, frame, dropped: paired.made.isEmpty ? paired.drop ?? .sameActor : nil, made: paired.made)
                result += paired.candidates
                // The first frame that reads the predicate wins: "called X unacceptable" is no call.
                break
            }
        }
        return (result, lostActors)
    }

    /// The frames whose lemma is word `t`'s (or its form's), for its part of speech.
    func framesAt(_ t: Int) -> [RelationFrame] {
        let lexicon = knowledge.frames
        let lemma = tree.lemma(t)
        var found = lexicon.frames(lemma: lemma)
        let form = tree.form(t).lowercased()
        if form != lemma {
            for frame in lexicon.frames(lemma: form) where !found.contains(where: { $0.id == frame.id }) { found.append(frame) }
        }
        let tag = tree.tag(t)
        if found.isEmpty, tag == .verb || tag == .noun {
            // A lemmatizer's miss ("telephoned" → "telephon"): the stem of the form finds the frame.
            found = lexicon.frames(stem: stemmer.stem(WordForm.normalize(tree.form(t))))
        }
        return found.filter { $0.tags.contains(tag) }
    }

    private func record(_ t: Int, _ frame: RelationFrame, dropped: RelationTrace.Drop?, made: [RelationTrace.Made] = []) {
        guard let trace else { return }
        trace.attempted(sentence, RelationTrace.Attempt(word: t, lemma: tree.lemma(t), frame: frame.id, relation: frame.relation,
                                                        made: made, dropped: dropped))
    }

    // MARK: Reading a frame

    /// The actors of `frame` at predicate `t`, or why it does not hold there.
    func read(_ frame: RelationFrame, at t: Int) -> Result<Reading, RelationTrace.Drop> {
        // A participle joined to the word before by a hyphen is an adjective: "so-called", "US-led".
        if tree.tag(t) == .verb, let token = syntax.words[t].tokens.first, token > 0,
           text.tokens[token - 1].end == text.tokens[token].start, text.text(of: text.tokens[token - 1]) == "-" {
            return .failure(.lookalike("-\(tree.form(t))"))
        }
        // Participles modifying a noun are adjectives: "alleged war crimes", "the accused men".
        if tree.tag(t) == .verb, tree.relation(t) == "amod" || tree.base(t) == "compound", tree.head(t) >= 0,
           tree.tag(tree.head(t)).isNominal {
            return .failure(.lookalike("\(tree.form(t)) modifies a noun"))
        }
        let light = lightVerb(of: t, frame: frame)
        if frame.lightRequired, light == nil { return .failure(.noLightVerb) }
        if let drop = completionDrop(frame, at: t, light: light) { return .failure(drop) }
        if let drop = modality(of: t, light: light, frame: frame) { return .failure(drop) }

        var reading = Reading(light: light, kind: frame.relation)
        for role in frame.sources {
            reading.sources = sources(role, at: t, light: light, frame: frame)
            if !reading.sources.isEmpty { break }
        }
        let passive = !frame.isNoun && tree.isPassive(t)
        let reach: SentenceActors.Reach = frame.behind ? .behind : .standIn
        for role in frame.targets {
            let found = targets(role, at: t, light: light, passive: passive, reach: reach, completions: frame.needs)
            if found.mutual {
                reading.mutual = true
                break
            }
            if !found.actors.isEmpty {
                reading.targets = found.actors
                reading.between = role == .between
                break
            }
        }
        if frame.describe, !isDescribedNegatively(t) { return .failure(.notCritical) }
        if !frame.topic.isEmpty {
            let hasTopic = tree.markedArguments(t).contains { frame.topic.contains($0.marker) }
            if !hasTopic, !reading.targets.contains(where: { !$0.isDirect }) { return .failure(.notVerbal) }
        }
        if frame.remote, isInPerson(except: t) { reading.kind = .meeting }
        // "a deal between A and B", "an alliance of A, B and C": a symmetric event names its parties alone.
        let partiesAlone = (reading.between || !frame.relation.isDirected) && distinctReferents(reading.targets) >= 2
        if reading.sources.isEmpty, !partiesAlone {
            return .failure(.noSource)
        }
        if reading.targets.isEmpty, !reading.mutual {
            let symmetricGroup = !frame.relation.isDirected && distinctReferents(reading.sources) >= 2
            if frame.requiresTarget || frame.relation.isDirected, !symmetricGroup { return .failure(.noTarget) }
        }
        return .success(reading)
    }

    func distinctReferents(_ actors: [Actor]) -> Int {
        Set(actors.map { mentions[$0.mention].referent.id }).count
    }

    /// What completes a frame and what cancels it: particles, case words, complements, needed dependents.
    private func completionDrop(_ frame: RelationFrame, at t: Int, light: Int?) -> RelationTrace.Drop? {
        let particles = tree.particles(t)
        if !frame.needsParticle.isEmpty, !particles.contains(where: frame.needsParticle.contains) {
            return .missingCompletion("the particle " + frame.needsParticle.sorted().joined(separator: "/"))
        }
        if let p = particles.first(where: frame.notParticle.contains) { return .lookalike("\(tree.form(t)) \(p)") }
        if !frame.notCase.isEmpty {
            for (_, marker) in tree.markedArguments(t) where frame.notCase.contains(marker) {
                return .lookalike("\(tree.form(t)) \(marker)")
            }
        }
        if frame.notComplement {
            let clauses = tree.children[t].filter { c in
                let b = tree.base(c)
                return b == "xcomp" || b == "ccomp" || (frame.isNoun && b == "acl" && tree.relation(c) != "acl:relcl")
            }
            if let c = clauses.first { return .lookalike("\(tree.form(t)) … \(tree.form(c))") }
            if tree.children(t, "obj").count + tree.children(t, "iobj").count >= 2 { return .lookalike("two objects") }
        }
        if frame.notThatClause, let c = tree.children(t, base: "ccomp").first { return .lookalike("\(tree.form(t)) … \(tree.form(c))") }
        if !frame.needs.isEmpty || !frame.needsCase.isEmpty {
            var places = tree.children[t]
            if let light { places += tree.children[light] }
            for o in tree.children(t, "obj") { places += tree.children[o] }
            let found = places.contains { c in
                (frame.needs.isEmpty || frame.needs.contains(tree.lemma(c)) || frame.needs.contains(tree.form(c).lowercased()))
                    && (frame.needsCase.isEmpty || tree.caseWords(c).contains(where: frame.needsCase.contains))
            }
            if !found {
                let what = (frame.needsCase.sorted().joined(separator: "/") + " " + frame.needs.sorted().joined(separator: "/"))
                return .missingCompletion(what.trimmingCharacters(in: .whitespaces))
            }
        }
        if !frame.needsComplement.isEmpty,
           !tree.children[t].contains(where: { tree.base($0) == "xcomp" && frame.needsComplement.contains(tree.lemma($0)) }) {
            return .missingCompletion(frame.needsComplement.sorted().joined(separator: "/"))
        }
        if !frame.needsObject.isEmpty, !tree.children(t, "obj", "nsubj:pass").contains(where: { frame.needsObject.contains(tree.lemma($0)) }) {
            return .missingCompletion("an object " + frame.needsObject.sorted().prefix(4).joined(separator: "/"))
        }
        if !frame.needsArgument.isEmpty {
            let has = tree.children[t].contains { frame.needsArgument.contains(String(tree.base($0))) || frame.needsArgument.contains(tree.relation($0)) }
                || tree.markedArguments(t).contains { frame.needsArgument.contains($0.marker) }
            if !has { return .missingCompletion("an argument " + frame.needsArgument.sorted().joined(separator: "/")) }
        }
        if frame.needsCopula {
            let predicate = tree.tag(t) == .adp ? tree.head(t) : t
            guard predicate >= 0, !tree.children(predicate, "cop").isEmpty else { return .missingCompletion("a copula") }
        }
        return nil
    }

    /// Whether a negative word describes what the predicate is about: its complement ("called X
    /// unacceptable"), an "as" phrase ("described X as unacceptable") wherever the parser hung it
    /// in the predicate's clause, or a word just under either ("an act of terrorism").
    func isDescribedNegatively(_ t: Int) -> Bool {
        let negative = knowledge.frames.negativeWords
        func isNegative(_ w: Int) -> Bool {
            negative.contains(tree.lemma(w)) || negative.contains(WordForm.normalize(tree.form(w)))
        }
        func describes(_ c: Int) -> Bool {
            if isNegative(c) { return true }
            if tree.tag(c) == .verb { return false }
            return tree.children[c].contains { isNegative($0) && tree.base($0) != "punct" }
        }
        for c in tree.children[t] where tree.base(c) == "xcomp" && describes(c) { return true }
        // "called the sanctions unacceptable" read with the adjective after the object as its modifier.
        for o in tree.children(t, "obj") {
            for a in tree.children[o] where a > o && tree.relation(a) == "amod" && isNegative(a) { return true }
        }
        // "as …" anywhere in the clause, not in its subject or in another clause.
        var frontier = tree.children[t].filter { !["nsubj", "csubj", "conj", "ccomp", "parataxis", "punct"].contains(tree.base($0)) }
        var depth = 0
        while !frontier.isEmpty, depth < 4 {
            for c in frontier where tree.caseWords(c).contains("as") && describes(c) { return true }
            frontier = frontier.flatMap { tree.children[$0] }.filter { !["conj", "ccomp", "parataxis", "punct", "acl:relcl"].contains(tree.relation($0)) }
            depth += 1
        }
        return false
    }

    /// Whether the sentence, or the one before, places a conversation in one place: a visit, a summit.
    private func isInPerson(except t: Int) -> Bool {
        for w in 0..<tree.count where w != t && words.inPerson.contains(tree.lemma(w)) { return true }
        if let previous = previousSentence {
            for i in previous where words.inPerson.contains(text.forms[i]) { return true }
        }
        return false
    }
}
