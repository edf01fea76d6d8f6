/// The actors of one parsed sentence: which mention each word belongs to, and the actors a
/// grammatical argument stands for — the mention it is, the actors coordinated with it ("the US
/// and Israel"), listed in it ("allies, including France and Germany") or in apposition to it, the
/// antecedent of a relative pronoun ("Straw, who accused …"), and when the argument is no actor,
/// the actor it stands in for ("the Iranian authorities" → Iran) or the actor behind a thing
/// ("condemned the Russian strikes" → Russia).
struct SentenceActors {
    /// How far from the argument an actor may be found.
    enum Reach: Int, Comparable {
        /// The argument itself, its conjuncts, lists and appositions.
        case direct
        /// Also the actor a noun stands in for: its possessor, a modifier that names one, "of X"
        /// ("the Iranian authorities", "India's finance minister", "the prime ministers of Bulgaria").
        case standIn
        /// Also the actor behind a thing, a step or two down ("moves to lift the EU's ban").
        case behind

        static func < (a: Reach, b: Reach) -> Bool { a.rawValue < b.rawValue }
    }

    /// One actor found for an argument.
    struct Actor {
        /// The mention's index in the document's mentions.
        let mention: Int
        /// How it was reached: the grammatical path, for explanations.
        let path: String
        /// Whether it is the argument itself (or its conjunct, list or apposition), not a stand-in.
        let isDirect: Bool
    }

    let tree: DependencyTree
    let mentions: ArraySlice<Mention>
    /// For each word, the index of a mention covering it, or -1.
    let wordMention: [Int]
    /// Each mention's words.
    let spans: [Int: Range<Int>]
    /// Nouns whose "of" names who suffers ("the arrest of X"): no actor behind them through "of".
    let patientNouns: Set<String>
    /// Nouns that stand for the actor a modifier names ("the Iranian authorities"); others do not
    /// ("Indian airlines").
    let standIns: Set<String>

    init(syntax: SentenceSyntax, tree: DependencyTree, mentions: ArraySlice<Mention>, words: RelationWords) {
        self.tree = tree
        self.mentions = mentions
        patientNouns = words.patientNouns
        standIns = words.standIns
        var map = [Int](repeating: -1, count: tree.count)
        var spans: [Int: Range<Int>] = [:]
        for index in mentions.indices {
            guard let words = syntax.words(ofTokens: mentions[index].tokens) else { continue }
            spans[index] = words
            for w in words where map[w] < 0 { map[w] = index }
        }
        wordMention = map
        self.spans = spans
    }

    /// The mentions over the same words as mention `m` (a group: "the two countries").
    func group(_ m: Int) -> [Int] {
        let tokens = mentions[m].tokens
        return mentions.indices.filter { mentions[$0].tokens == tokens }
    }

    /// Whether word `w` is the reciprocal "each other" / "one another".
    func isReciprocal(_ w: Int) -> Bool {
        let lemma = tree.lemma(w)
        if lemma == "each" || lemma == "one" {
            return tree.children[w].contains { tree.lemma($0) == "other" || tree.lemma($0) == "another" }
                || (w + 1 < tree.count && (tree.lemma(w + 1) == "other" || tree.lemma(w + 1) == "another"))
        }
        guard lemma == "other" || lemma == "another" else { return false }
        return lemma == "another" || tree.children[w].contains { tree.lemma($0) == "each" || tree.lemma($0) == "one" }
            || (w > 0 && (tree.lemma(w - 1) == "each" || tree.lemma(w - 1) == "one"))
    }

    /// The actors argument word `w` stands for, as far as `reach` allows.
    func actors(at w: Int, reach: Reach, role: String) -> [Actor] {
        var seen = Set<Int>()
        var result: [Actor] = []
        collect(w, reach: reach, path: role, direct: true, depth: 0, seen: &seen, into: &result)
        return result
    }

    private func add(_ m: Int, path: String, direct: Bool, seen: inout Set<Int>, into result: inout [Actor]) {
        for g in group(m) where seen.insert(g).inserted {
            result.append(Actor(mention: g, path: path, isDirect: direct))
        }
    }

    private func collect(_ w: Int, reach: Reach, path: String, direct: Bool, depth: Int, seen: inout Set<Int>,
                         into result: inout [Actor]) {
        guard depth < 6, w >= 0, w < tree.count else { return }
        let before = result.count
        if wordMention[w] >= 0 {
            let m = wordMention[w]
            add(m, path: path, direct: direct, seen: &seen, into: &result)
            // "The Turkish and Greek sides", "the Iranian and Russian presidents": coordinated
            // modifiers name the group's members.
            for c in tree.children[w] where isNamingModifier(c) && tree.children[c].contains(where: { tree.base($0) == "conj" }) {
                collect(c, reach: .direct, path: path + " → \(tree.relation(c)) '\(tree.form(c))'", direct: direct,
                        depth: depth + 1, seen: &seen, into: &result)
            }
            // "Rosneft and CNPC" read as two arguments: names joined by "and" in the text are
            // coordinated, unless the other is a core argument elsewhere ("… condemned Hamas and Iran accused …").
            for n in linearConjuncts(of: m, force: false) {
                add(n, path: path + " → and '\(mentions[n].surface)'", direct: direct, seen: &seen, into: &result)
            }
            // A parser may hang a coordination on any word of a name ("the Sudanese government and
            // SPLM/A" with "SPLM" as the conjunct): the conjunct's head is coordinated with it too.
            if let words = spans[m] {
                for x in words where tree.base(x) == "conj" {
                    let h = tree.head(x)
                    guard h >= 0, !words.contains(h), tree.tag(h).isNominal || tree.tag(h) == .adj else { continue }
                    collect(h, reach: .direct, path: path + " ← conj of '\(tree.form(h))'", direct: direct, depth: depth + 1,
                            seen: &seen, into: &result)
                }
            }
        } else if tree.isRelativePronoun(w), let antecedent = tree.relativeAntecedent(w) {
            collect(antecedent, reach: reach, path: path + " → antecedent '\(tree.form(antecedent))'", direct: direct,
                    depth: depth + 1, seen: &seen, into: &result)
        } else {
            // "allies, including France and Germany"; "the minister, Mr X".
            for c in tree.children[w] where isListOrApposition(c) {
                collect(c, reach: .direct, path: path + " → \(listLabel(c)) '\(tree.form(c))'", direct: direct,
                        depth: depth + 1, seen: &seen, into: &result)
            }
            // A stand-in must be a noun that stands for an actor; behind a thing, any noun will do.
            if result.count == before, reach == .behind || (reach == .standIn && standIns.contains(tree.lemma(w))) {
                inside(w, reach: reach, path: path, depth: depth, seen: &seen, into: &result)
            }
        }
        // Conjuncts share the argument's role: "the US and Israel" — hung on the argument, or on any
        // word of the name it is ("Argentine President Nestor Kirchner and Venezuelan …" with the
        // conjunct under "Kirchner").
        var heads = [w]
        if wordMention[w] >= 0, let words = spans[wordMention[w]] { heads = Array(words) }
        for c in heads.flatMap({ tree.children[$0] }) where tree.base(c) == "conj" && !heads.contains(c) {
            collect(c, reach: reach, path: path + " → conj '\(tree.form(c))'", direct: direct, depth: depth + 1,
                    seen: &seen, into: &result)
        }
    }

    /// The mentions joined to mention `m` by "and"/"or" in the text, before or after it ("A and B",
    /// "A, B and C"; commas alone make an apposition, not a list). Unless `force`d (as "between A and
    /// B" is), a name that is the subject or object of a verb is not joined: it belongs to another clause.
    func linearConjuncts(of m: Int, force: Bool) -> [Int] {
        guard let span = spans[m] else { return [] }
        func isCore(_ n: Int) -> Bool {
            guard let words = spans[n] else { return false }
            return words.contains { w in
                let h = tree.head(w)
                guard h < 0 || !words.contains(h) else { return false }
                let r = tree.relation(w)
                return (r == "nsubj" || r == "nsubj:pass" || r == "obj" || r == "iobj") && h >= 0 && h != tree.head(span.lowerBound)
            }
        }
        func isSeparator(_ w: Int) -> Bool { ["," , "and", "or"].contains(tree.form(w).lowercased()) }
        var result: [Int] = []
        // Forward: "A and B", "A, B and C".
        var w = span.upperBound
        var found: [Int] = []
        var closed = false
        while w < tree.count, isSeparator(w) {
            while w < tree.count, isSeparator(w) {
                if tree.form(w) != "," { closed = true }
                w += 1
            }
            if w < tree.count, tree.lemma(w) == "the" { w += 1 }
            guard w < tree.count, wordMention[w] >= 0, let next = spans[wordMention[w]], next.lowerBound == w,
                  force || !isCore(wordMention[w]) else { break }
            found.append(wordMention[w])
            w = next.upperBound
        }
        if closed { result += found }
        // Backward: "A and B" found at B.
        var b = span.lowerBound - 1
        if b >= 0, tree.lemma(b) == "the" { b -= 1 }
        if b >= 1, tree.form(b).lowercased() == "and" || tree.form(b).lowercased() == "or", wordMention[b - 1] >= 0 {
            let previous = wordMention[b - 1]
            if force || !isCore(previous) { result.append(previous) }
        }
        return result.filter { mentions[$0].referent.id != mentions[m].referent.id }
    }

    /// The names listed just before word `w` and joined to the phrase it begins by "and"/"or" ("the
    /// United States, Israel, and some European countries had …" read from "some"), for a parse that
    /// left the list out of the subject. A name that is another verb's subject or object is no part
    /// of it ("Iran accused Israel, and some countries condemned …").
    func listBefore(_ w: Int) -> [Int] {
        var b = w - 1
        guard b >= 1, ["and", "or"].contains(tree.form(b).lowercased()) else { return [] }
        b -= 1
        if tree.form(b) == "," { b -= 1 }
        var result: [Int] = []
        while b >= 0, wordMention[b] >= 0, let span = spans[wordMention[b]] {
            let m = wordMention[b]
            let isCore = span.contains { i in
                let h = tree.head(i)
                return (h < 0 || !span.contains(h)) && ["nsubj", "nsubj:pass", "obj", "iobj"].contains(tree.relation(i))
            }
            guard !isCore else { return [] }
            result.append(m)
            b = span.lowerBound - 1
            if b >= 0, tree.lemma(b) == "the" { b -= 1 }
            guard b >= 1, tree.form(b) == "," else { break }
            b -= 1
        }
        return result
    }

    /// A modifier that may name an actor: "Iranian" in "Iranian officials", "Russia's" in "Russia's strikes".
    private func isNamingModifier(_ c: Int) -> Bool {
        let r = tree.relation(c)
        return r == "amod" || r == "compound" || r == "nmod:poss" || r == "nmod:desc"
    }

    private func isListOrApposition(_ c: Int) -> Bool {
        if tree.relation(c) == "appos" { return true }
        let b = tree.base(c)
        guard b == "nmod" || b == "obl" else { return false }
        switch tree.caseWord(c) {
        case "include", "including", "like", "such", "among", "notably", "especially", "particularly": return true
        default: return false
        }
    }

    private func listLabel(_ c: Int) -> String {
        tree.relation(c) == "appos" ? "appos" : "\(tree.relation(c)):\(tree.caseWord(c) ?? "")"
    }

    /// The actor a thing or a group stands for: its possessor or naming modifier first, then its
    /// agent ("by", "from"), then "of"; for `behind`, a step further down.
    private func inside(_ w: Int, reach: Reach, path: String, depth: Int, seen: inout Set<Int>, into result: inout [Actor]) {
        guard depth < 4 else { return }
        let tag = tree.tag(w)
        guard tag == .noun || tag == .propn || tag == .num || tag == .adj || tag == .x else { return }
        func tryChildren(_ pick: (Int) -> Bool, label: (Int) -> String) -> Bool {
            let before = result.count
            for c in tree.children[w] where pick(c) {
                collect(c, reach: .direct, path: path + " → \(label(c)) '\(tree.form(c))'", direct: false, depth: depth + 1,
                        seen: &seen, into: &result)
            }
            return result.count > before
        }
        // "Russia's strikes", "the Russian strikes", "US threats".
        if tryChildren({ c in
            let r = tree.relation(c)
            return r == "nmod:poss" || r == "amod" || r == "compound" || r == "nmod:desc" || r == "det:poss"
                || (r == "nmod" && tree.caseWord(c) == "'s")
        }, label: { tree.relation($0) }) { return }
        // "a complaint by the EU", "an offer from Verizon".
        if tryChildren({ c in tree.base(c) == "nmod" && ["by", "from"].contains(tree.caseWord(c) ?? "") },
                       label: { "nmod:\(tree.caseWord($0) ?? "")" }) { return }
        // "the policy of Malaysia", "the ministers of Bulgaria, Albania and Macedonia".
        // "the policy of Malaysia", "the ministers of Bulgaria, Albania and Macedonia", "inhabitants of
        // the Syrian Golan Heights".
        let patient = patientNouns.contains(tree.lemma(w))
        if !patient {
            let before = result.count
            for c in tree.children[w] where tree.base(c) == "nmod" && tree.caseWord(c) == "of" {
                let label = path + " → nmod:of '\(tree.form(c))'"
                let start = result.count
                collect(c, reach: .direct, path: label, direct: false, depth: depth + 1, seen: &seen, into: &result)
                if result.count == start { inside(c, reach: .standIn, path: label, depth: depth + 1, seen: &seen, into: &result) }
            }
            if result.count > before { return }
        }
        guard reach == .behind else { return }
        // A step further: "the trade policies of the G7 nations", "moves to lift the EU's ban".
        for c in tree.children[w] {
            let b = tree.base(c)
            let marker = tree.caseWord(c) ?? ""
            let follow = (b == "nmod" && (marker == "of" ? !patient : ["by", "from", "for"].contains(marker)))
                || b == "acl" && tree.relation(c) != "acl:relcl"
            guard follow else { continue }
            let before = result.count
            if b == "acl" {
                // "moves to lift the EU's ban"; "agents sent by Israel".
                for o in tree.children(c, "obj") {
                    collect(o, reach: .behind, path: path + " → acl '\(tree.form(c))' → obj '\(tree.form(o))'", direct: false,
                            depth: depth + 2, seen: &seen, into: &result)
                }
                for a in tree.children[c] where tree.relation(a) == "obl:agent" || (tree.base(a) == "obl" && tree.caseWord(a) == "by") {
                    collect(a, reach: .standIn, path: path + " → acl '\(tree.form(c))' → agent '\(tree.form(a))'", direct: false,
                            depth: depth + 2, seen: &seen, into: &result)
                }
            } else {
                inside(c, reach: .behind, path: path + " → nmod:\(marker) '\(tree.form(c))'", depth: depth + 1, seen: &seen,
                       into: &result)
            }
            if result.count > before { return }
        }
    }
}
