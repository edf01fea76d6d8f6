/// Where a predicate's actors stand in the tree: its subject (through control, raising,
/// coordination, relative and adverbial clauses), object, case-marked arguments, the verb a noun
/// completes, and the speaker of the clause.
extension SentenceReader {
    /// The verb a noun predicate completes, when it is one of the frame's light verbs: "held" for
    /// "talks" in "held talks", "signed" in "the deal signed by X" or "the deal that X signed".
    func lightVerb(of t: Int, frame: RelationFrame) -> Int? {
        guard frame.isNoun, !frame.light.isEmpty else { return nil }
        var n = t
        // "signed a deal and a memorandum": a conjunct shares the first noun's verb.
        while tree.base(n) == "conj", tree.head(n) >= 0, tree.tag(tree.head(n)) == .noun || tree.tag(tree.head(n)) == .propn {
            n = tree.head(n)
        }
        // "extended a food-for-oil deal" read with "deal" under "food": the head of the noun phrase.
        if tree.head(n) >= 0, tree.tag(tree.head(n)) == .noun, tree.head(n) < n, n - tree.head(n) <= 4,
           tree.base(n) == "nmod" || tree.base(n) == "compound", !frame.light.contains(tree.lemma(tree.head(n))) {
            let up = tree.head(n)
            if tree.head(up) >= 0, frame.light.contains(tree.lemma(tree.head(up))), tree.relation(up) == "obj" { return tree.head(up) }
        }
        let h = tree.head(n)
        if h >= 0, frame.light.contains(tree.lemma(h)) {
            let r = tree.relation(n)
            let b = tree.base(n)
            if r == "obj" || r == "nsubj:pass" || r == "iobj" || b == "obl" || b == "xcomp" { return h }
        }
        // "the deal signed by X", "the agreement that X reached".
        for c in tree.children[n] where (tree.base(c) == "acl") && frame.light.contains(tree.lemma(c)) { return c }
        return nil
    }

    // MARK: Roles

    func sources(_ role: RelationFrame.SourceRole, at t: Int, light: Int?, frame: RelationFrame) -> [Actor] {
        switch role {
        case .subject:
            if frame.needsCopula || tree.tag(t) == .adj || tree.tag(t) == .adp {
                let predicate = tree.tag(t) == .adp ? tree.head(t) : t
                return predicate >= 0 ? subjects(of: predicate) : []
            }
            let found = subjects(of: t)
            if found.isEmpty, tree.tag(t) == .verb, !tree.isPassive(t), tree.base(t) != "xcomp" { return precedingActor(t) }
            return found
        case .possessor:
            return possessors(of: t)
        case .light:
            guard let light else { return [] }
            return subjects(of: light).map { relabel($0, "light '\(tree.form(light))' → ") }
        case .host:
            // "In a telephone call with Erdogan, Putin said …" (a setting, not a topic: "talks on a deal").
            guard tree.base(t) == "obl" || tree.base(t) == "nmod",
                  tree.caseWords(t).contains(where: { ["in", "during", "at", "amid", "after", "following", "before"].contains($0) })
            else { return [] }
            let h = tree.head(t)
            guard h >= 0 else { return [] }
            // A headline without a verb: "Argentina, Venezuela in oil deal".
            if tree.tag(h).isNominal, tree.head(h) < 0 {
                return actors.actors(at: h, reach: .direct, role: "headline '\(tree.form(h))'")
            }
            guard tree.tag(h) == .verb || tree.tag(h) == .aux else { return [] }
            return subjects(of: h).map { relabel($0, "host '\(tree.form(h))' → ") }
        case .speaker:
            return speaker(of: light ?? (tree.tag(t) == .adp ? max(tree.head(t), 0) : t))
        }
    }

    /// The targets of a role, and whether the role is "each other".
    func targets(_ role: RelationFrame.TargetRole, at t: Int, light: Int?, passive: Bool,
                 reach: SentenceActors.Reach, completions: Set<String> = []) -> (actors: [Actor], mutual: Bool) {
        switch role {
        case .object:
            let objects = passive ? tree.children(t, "nsubj:pass") : tree.children(t, "obj")
            if objects.contains(where: actors.isReciprocal) { return ([], true) }
            let label = passive ? "nsubj:pass" : "obj"
            let found = objects.flatMap { actors.actors(at: $0, reach: reach, role: "\(label) '\(tree.form($0))'") }
            if found.isEmpty, !passive, tree.tag(t) == .verb { return (nameAfter(t), false) }
            return (found, false)
        case .subject:
            let predicate = tree.tag(t) == .adp ? tree.head(t) : t
            guard predicate >= 0 else { return ([], false) }
            let subjects = tree.children(predicate, "nsubj", "nsubj:pass", "nsubj:outer")
            return (subjects.flatMap { actors.actors(at: $0, reach: reach, role: "nsubj '\(tree.form($0))'") }, false)
        case .infinitiveObject:
            // "threatened to strike Iran", "to resume attacks in Israel", "to ban Ugandan opposition candidates".
            var found: [Actor] = []
            let markers: Set<String> = ["against", "on", "in", "at", "toward", "towards", "into"]
            for x in tree.children(t, "xcomp") {
                let objects = tree.children(x, "obj")
                for o in objects {
                    found += actors.actors(at: o, reach: .behind, role: "xcomp '\(tree.form(x))' → obj '\(tree.form(o))'")
                }
                for place in [x] + objects {
                    for (a, marker) in tree.markedArguments(place) where markers.contains(marker) {
                        found += actors.actors(at: a, reach: .standIn, role: "xcomp '\(tree.form(x))' → \(marker) '\(tree.form(a))'")
                    }
                }
            }
            return (found, false)
        case .unless:
            var clauses = tree.children(t, base: "advcl")
            for x in tree.children(t, "xcomp") { clauses += tree.children(x, base: "advcl") }
            let found = clauses.filter { tree.caseWords($0).contains("unless") }.flatMap { subjects(of: $0) }
            return (found.map { relabel($0, "unless → ") }, false)
        case .light:
            guard let light else { return ([], false) }
            return (subjects(of: light).map { relabel($0, "light '\(tree.form(light))' → ") }, false)
        case .possessor:
            return (possessors(of: t), false)
        case .purpose:
            return (purposeParties(of: t, light: light), false)
        case .preposition(let word):
            return (marked(word, at: t, light: light, reach: reach, completions: completions), false)
        case .between:
            return (marked("between", at: t, light: light, reach: reach, completions: completions), false)
        }
    }

    private func relabel(_ actor: Actor, _ prefix: String) -> Actor {
        Actor(mention: actor.mention, path: prefix + actor.path, isDirect: actor.isDirect)
    }

    /// The actors of the arguments marked by `word` on the predicate, on its object (a verb's: "signed
    /// a deal with X") or on its light verb (a noun's: "held talks … with X").
    func marked(_ word: String, at t: Int, light: Int?, reach: SentenceActors.Reach, completions: Set<String> = []) -> [Actor] {
        var places = [t]
        if let light { places.append(light) }
        // One level down as well, under the object or a word that completes the predicate, not under
        // another event's noun: "signed a deal with X", "spoke by phone with X" read with "with X"
        // under "phone", "signed a minerals deal with X" read with "deal" as a clause.
        let framed = knowledge.frames
        for c in tree.children[t] + (light.map { tree.children[$0] } ?? []) {
            let b = tree.base(c)
            let lemma = tree.lemma(c)
            if b == "obj" || (b == "ccomp" && framed.isPredicate(lemma)) || (completions.contains(lemma) && (b == "obl" || b == "nmod")) {
                places.append(c)
            }
        }
        var found: [Actor] = []
        for place in places {
            for (argument, marker) in tree.markedArguments(place) where marker == word {
                found += actors.actors(at: argument, reach: reach, role: "\(tree.base(argument)):\(word) '\(tree.form(argument))'")
            }
        }
        // "between A and B" names two: the second, wherever the parser put it, is the next name joined by "and".
        if word == "between", let first = found.first, distinctReferents(found) == 1 {
            for n in actors.linearConjuncts(of: first.mention, force: true) {
                found.append(Actor(mention: n, path: first.path + " → and '\(mentions[n].surface)'", isDirect: first.isDirect))
            }
        }
        return found
    }

    /// The parties of the exchange a deal is for, in its infinitive clause: the object and the
    /// actors after "from", "to" or "with" ("a deal to import gas from Iran", "to supply Peugeot").
    func purposeParties(of t: Int, light: Int?) -> [Actor] {
        var nouns = [t]
        if tree.tag(t) == .verb { nouns = tree.children(t, "obj") }
        var found: [Actor] = []
        for n in nouns {
            for clause in tree.children(n, base: "acl") where tree.relation(clause) != "acl:relcl" && tree.caseWords(clause).contains("to") {
                for o in tree.children(clause, "obj", "iobj") {
                    found += actors.actors(at: o, reach: .standIn, role: "purpose '\(tree.form(clause))' → obj '\(tree.form(o))'")
                }
                for (a, marker) in tree.markedArguments(clause) where ["from", "to", "with"].contains(marker) {
                    found += actors.actors(at: a, reach: .standIn, role: "purpose '\(tree.form(clause))' → \(marker) '\(tree.form(a))'")
                }
            }
        }
        // "agreed to pay more for gas supplied by Turkmenistan", "agreed to co-operate with X": the
        // other party of what was agreed, through the complement (not its places: "agreed to send troops to Iraq").
        if tree.tag(t) == .verb {
            for x in tree.children(t, "xcomp") where tree.tag(x) == .verb {
                for (a, marker) in tree.markedArguments(x) where marker == "with" {
                    found += actors.actors(at: a, reach: .standIn, role: "xcomp '\(tree.form(x))' → with '\(tree.form(a))'")
                }
                // A participle below it with its agent, however the parser attached it ("gas supplied by X").
                for p in tree.subtree(x, depth: 3) where p != x && tree.tag(p) == .verb && tree.parse.xpos[p] == "VBN"
                    && words.suppliers.contains(tree.lemma(p))
                    && (tree.base(p) == "acl" || tree.base(p) == "advcl") {
                    for a in tree.children[p] where tree.relation(a) == "obl:agent" || (tree.base(a) == "obl" && tree.caseWord(a) == "by") {
                        found += actors.actors(at: a, reach: .standIn, role: "xcomp '\(tree.form(x))' → '\(tree.form(p))' by '\(tree.form(a))'")
                    }
                }
            }
        }
        return found
    }

    /// The possessor of a noun, a modifier that names an actor, or its "by"/"from" argument: "Putin's
    /// call", "US threats", "a complaint by the EU".
    func possessors(of t: Int) -> [Actor] {
        var found: [Actor] = []
        for c in tree.children[t] {
            let r = tree.relation(c)
            if r == "nmod:poss" || r == "det:poss" || r == "amod" || r == "compound" || r == "nmod:desc" {
                found += actors.actors(at: c, reach: .direct, role: "\(r) '\(tree.form(c))'")
                // "Turkey's loan agreement" read with the possessor under "loan".
                if r == "compound", found.isEmpty {
                    for d in tree.children(c, "nmod:poss") {
                        found += actors.actors(at: d, reach: .direct, role: "compound '\(tree.form(c))' → nmod:poss '\(tree.form(d))'")
                    }
                }
            }
        }
        if !found.isEmpty { return found }
        for (argument, marker) in tree.markedArguments(t) where marker == "by" || marker == "from" {
            found += actors.actors(at: argument, reach: .standIn, role: "nmod:\(marker) '\(tree.form(argument))'")
        }
        return found
    }

    // MARK: Subjects

    /// The subject of verb `v`: its own (the agent when passive), else the one it shares through
    /// control ("agreed to sign"), raising ("are expected to announce"), coordination ("met X and
    /// signed"), a participle's noun, an adverbial clause's main clause ("By signing …, the
    /// ministers …") or the object of "thanked X for supporting".
    func subjects(of v: Int, depth: Int = 0) -> [Actor] {
        guard depth < 6, v >= 0 else { return [] }
        if tree.isPassive(v) {
            var agents = tree.children[v].filter { c in
                tree.relation(c) == "obl:agent" || (tree.base(c) == "obl" && tree.caseWord(c) == "by")
            }
            // "accused of misusing funds by officials": the agent may hang from a clause under the verb.
            if agents.isEmpty {
                for c in tree.children[v] where tree.base(c) == "advcl" || tree.base(c) == "xcomp" {
                    agents += tree.children[c].filter { tree.base($0) == "obl" && tree.caseWord($0) == "by" }
                }
            }
            return agents.flatMap { actors.actors(at: $0, reach: .standIn, role: "agent '\(tree.form($0))'") }
        }
        let own = tree.children(v, "nsubj", "nsubj:outer")
        if !own.isEmpty {
            let found = own.flatMap { actors.actors(at: $0, reach: .standIn, role: "nsubj '\(tree.form($0))'") }
            if !found.isEmpty { return found }
            // A subject without a name, the list of names before it left out by the parser.
            return own.flatMap { n -> [Actor] in
                guard let first = tree.subtree(n, depth: 3).min() else { return [] }
                return actors.listBefore(first).map {
                    Actor(mention: $0, path: "nsubj '\(tree.form(n))' ← listed before it '\(mentions[$0].surface)'", isDirect: true)
                }
            }
        }
        let h = tree.head(v)
        guard h >= 0 else { return [] }
        let via = { (label: String) in { (a: Actor) in self.relabel(a, "\(label) '\(self.tree.form(h))' → ") } }
        switch tree.base(v) {
        case "xcomp":
            if tree.isPassive(h) {
                let raised = tree.children(h, "nsubj:pass")
                return raised.flatMap { actors.actors(at: $0, reach: .standIn, role: "raised nsubj:pass '\(tree.form($0))'") }
                    .map(via("xcomp of"))
            }
            let objects = tree.children(h, "obj")
            if !objects.isEmpty, tree.tag(h) == .verb {
                return objects.flatMap { actors.actors(at: $0, reach: .standIn, role: "obj '\(tree.form($0))'") }.map(via("xcomp of"))
            }
            return subjects(of: h, depth: depth + 1).map(via("xcomp of"))
        case "conj":
            guard tree.tag(h) == .verb || tree.tag(h) == .aux || tree.tag(h) == .adj else { return [] }
            return subjects(of: h, depth: depth + 1).map(via("conj of"))
        case "acl":
            if tree.relation(v) == "acl:relcl" {
                return actors.actors(at: h, reach: .standIn, role: "relcl of '\(tree.form(h))'")
            }
            return actors.actors(at: h, reach: .standIn, role: "acl of '\(tree.form(h))'")
        case "advcl":
            let markers = tree.caseWords(v)
            if markers.contains("for") || markers.contains("of"), tree.tag(h) == .verb {
                let objects = tree.children(h, "obj")
                if !objects.isEmpty {
                    return objects.flatMap { actors.actors(at: $0, reach: .standIn, role: "obj '\(tree.form($0))'") }
                        .map(via("advcl of"))
                }
            }
            return subjects(of: h, depth: depth + 1).map(via("advcl of"))
        default:
            return []
        }
    }

    /// When the parse gives a verb no object that is an actor ("phoned Masoud Pezeshkian amid mass
    /// protests" read with the name as a modifier of "protests"), a name right after the verb, past
    /// determiners and adjectives only.
    func nameAfter(_ v: Int) -> [Actor] {
        var w = v + 1
        while w < tree.count, w <= v + 3 {
            if actors.wordMention[w] >= 0 {
                // (A name modifying the next word is no object: "called the American sanctions …".)
                guard !mentions[actors.wordMention[w]].isModifier else { return [] }
                let found = actors.actors(at: w, reach: .direct, role: "name after the verb '\(tree.form(w))'")
                return found.map { Actor(mention: $0.mention, path: $0.path, isDirect: false) }
            }
            guard tree.tag(w) == .det || tree.tag(w) == .adj || tree.tag(w) == .adv else { return [] }
            w += 1
        }
        return []
    }

    /// When the parse gives a verb no subject ("At the UNSC meeting, Russian representative accused
    /// …" read as a list), the nearest noun before it in its clause that no preposition governs.
    func precedingActor(_ v: Int) -> [Actor] {
        var w = v - 1
        while w >= 0 {
            // "Netanyahu, who is facing a corruption trial, accused …": a relative clause set off by
            // commas is skipped.
            if tree.form(w) == "," {
                var k = w - 1
                while k >= 0, tree.form(k) != "," { k -= 1 }
                if k >= 0, k + 1 < w, tree.isRelativePronoun(k + 1) || ["who", "which", "whose", "whom"].contains(tree.lemma(k + 1)) {
                    w = k - 1
                    continue
                }
                w -= 1
                continue
            }
            let tag = tree.tag(w)
            if (tag == .verb || tag == .aux) && tree.head(w) != v { return [] }
            if tree.form(w) == ";" || tree.form(w) == ":" || tree.tag(w) == .sconj { return [] }
            if tag == .noun || tag == .propn || tag == .pron, tree.caseWords(w).isEmpty {
                var found = actors.actors(at: w, reach: .standIn, role: "nearest noun before '\(tree.form(w))'")
                if found.isEmpty {
                    // Its naming modifier, whatever the noun: "Russian represetative".
                    for c in tree.children[w] where ["amod", "compound", "nmod:poss"].contains(tree.relation(c)) {
                        found += actors.actors(at: c, reach: .direct, role: "nearest noun before '\(tree.form(w))' → \(tree.relation(c)) '\(tree.form(c))'")
                    }
                }
                if !found.isEmpty { return found.map { Actor(mention: $0.mention, path: $0.path, isDirect: false) } }
                if tree.head(w) == v || tree.head(w) < 0 { return [] }
            }
            w -= 1
        }
        return []
    }

    // MARK: Speaker

    /// Who says the clause predicate `c` is in: the subject of the speech verb that governs it ("X
    /// said that Y …"), of one set beside it (", X said"), or the actor of "according to X".
    func speaker(of start: Int) -> [Actor] {
        var c = start
        var steps = 0
        while c >= 0, steps < 6 {
            for p in tree.children[c] where tree.base(p) == "parataxis" && words.speech.contains(tree.lemma(p)) {
                let found = subjects(of: p)
                if !found.isEmpty { return found.map { relabel($0, "speaker of '\(tree.form(p))': ") } }
            }
            let h = tree.head(c)
            guard h >= 0 else { break }
            let b = tree.base(c)
            if b == "ccomp" || b == "parataxis" {
                if words.speech.contains(tree.lemma(h)) {
                    let found = subjects(of: h)
                    if !found.isEmpty { return found.map { relabel($0, "speaker of '\(tree.form(h))': ") } }
                }
                break
            }
            guard b == "xcomp" || b == "conj" || b == "advcl" else { break }
            c = h
            steps += 1
        }
        // "according to AFP".
        for w in 0..<tree.count where tree.lemma(w) == "accord" || tree.lemma(w) == "according" {
            guard tree.base(w) == "case" || tree.base(w) == "mark" else { continue }
            let argument = tree.head(w)
            guard argument >= 0 else { continue }
            let found = actors.actors(at: argument, reach: .standIn, role: "according to '\(tree.form(argument))'")
            if !found.isEmpty { return found }
        }
        return []
    }
}
