/// A parsed sentence as relation extraction reads it: each word's dependents, lower-case lemmas,
/// and the questions asked of the tree (the case word of an argument, whether a verb is passive).
///
/// It reads relations by their universal part and the subtypes UD v2 gives them ("obl:agent",
/// "nsubj:pass", "nmod:poss"); a model that leaves the subtype out is read as well as it can be
/// (a "by" argument of a passive verb is its agent).
struct DependencyTree {
    let parse: ParsedSentence
    /// Each word's dependents, in order.
    let children: [[Int]]
    /// Each word's lemma, lower-cased.
    let lemmas: [String]

    init(_ parse: ParsedSentence) {
        self.parse = parse
        var children = [[Int]](repeating: [], count: parse.count)
        for (i, head) in parse.heads.enumerated() where head >= 0 && head < parse.count { children[head].append(i) }
        self.children = children
        lemmas = parse.lemmas.map { $0.lowercased() }
    }

    var count: Int { parse.count }
    func head(_ i: Int) -> Int { parse.heads[i] }
    func relation(_ i: Int) -> String { parse.relations[i] }
    func tag(_ i: Int) -> UniversalTag { parse.tags[i] }
    func lemma(_ i: Int) -> String { lemmas[i] }
    func form(_ i: Int) -> String { parse.forms[i] }

    /// Whether the parse has lost the sentence's clause: its root is a noun and a verb hangs below a
    /// noun as if it were one ("inhabitants ← nmod threatened"), or a verb with its own subject is
    /// coordinated with a word that is no verb. Such a tree's roles mean nothing;
    /// word order reads the sentence better.
    var lacksClause: Bool {
        guard let root = parse.heads.firstIndex(of: -1), tag(root).isNominal else { return false }
        let clauses: Set<String> = ["acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"]
        return (0..<count).contains { i in
            guard tag(i) == .verb, head(i) >= 0 else { return false }
            let h = head(i)
            if tag(h).isNominal, ["nmod", "nsubj", "obj", "iobj", "obl", "appos", "compound"].contains(String(base(i))) { return true }
            // A verb with its own subject coordinated with a noun's modifier ("Syrian ← conj threatened").
            return tag(h) != .verb && tag(h) != .aux && !clauses.contains(String(base(i)))
                && children[i].contains { base($0) == "nsubj" }
        }
    }

    /// The relation without its subtype: "nmod" for "nmod:poss".
    func base(_ i: Int) -> Substring {
        let relation = parse.relations[i]
        if let colon = relation.firstIndex(of: ":") { return relation[..<colon] }
        return Substring(relation)
    }

    /// The dependents of `i` whose relation is one of `relations` (exact, subtype included).
    func children(_ i: Int, _ relations: String...) -> [Int] {
        children[i].filter { relations.contains(parse.relations[$0]) }
    }

    /// The dependents of `i` whose relation's universal part is `base` ("obl" matches "obl:tmod").
    func children(_ i: Int, base: String) -> [Int] {
        children[i].filter { self.base($0) == base }
    }

    /// The case word (or, for a clause, the subordinator) of an argument: "with" in "with Putin",
    /// "according" in "according to X".
    func caseWord(_ i: Int) -> String? {
        for c in children[i] where base(c) == "case" || base(c) == "mark" { return lemmas[c] }
        return nil
    }

    /// The case words and subordinators of `i`, all of them ("because of"). A case word a parser
    /// hung on a title or modifier at the front of the phrase counts too: "with" in "with Israeli
    /// Prime Minister Benjamin Netanyahu" when it hangs from "Minister".
    func caseWords(_ i: Int) -> [String] {
        var result: [String] = []
        for c in children[i] {
            let b = base(c)
            if b == "case" || b == "mark" {
                result.append(lemmas[c])
            } else if c < i, b == "compound" || b == "amod" || b == "flat" || relation(c) == "nmod:desc" {
                for d in children[c] where base(d) == "case" && d < c && lemmas[d] != "'s" { result.append(lemmas[d]) }
            }
        }
        return result
    }

    /// The arguments of `i` marked by a case word: obl and nmod (not possessors), and clauses with
    /// a subordinator ("charged X with stealing").
    func markedArguments(_ i: Int) -> [(word: Int, marker: String)] {
        var result: [(Int, String)] = []
        for c in children[i] {
            let b = base(c)
            guard b == "obl" || b == "nmod" || b == "advcl" || b == "acl" || b == "xcomp" || b == "ccomp" else { continue }
            if relation(c) == "nmod:poss" { continue }
            for marker in caseWords(c) { result.append((c, marker)) }
        }
        return result
    }

    /// Whether verb `i` is passive: it has a passive subject or auxiliary, or an agent.
    func isPassive(_ i: Int) -> Bool {
        children[i].contains { c in
            let r = parse.relations[c]
            return r == "nsubj:pass" || r == "aux:pass" || r == "obl:agent" || r == "csubj:pass"
        }
    }

    /// The particles of a phrasal verb: "out" in "lashed out at".
    func particles(_ i: Int) -> [String] {
        children[i].filter { parse.relations[$0] == "compound:prt" }.map { lemmas[$0] }
    }

    /// Whether `i` is a relative pronoun heading nothing ("who", "which", "that").
    func isRelativePronoun(_ i: Int) -> Bool {
        switch lemmas[i] {
        case "who", "which", "that", "whom": return tag(i) == .pron || tag(i) == .det
        default: return false
        }
    }

    /// The noun a relative clause containing `i` modifies: "Straw" for "who" in "Straw, who accused …".
    func relativeAntecedent(_ i: Int) -> Int? {
        var clause = head(i)
        var steps = 0
        while clause >= 0, steps < 3 {
            if relation(clause) == "acl:relcl" { return head(clause) }
            // "which G7 nations have blamed": the pronoun may hang from a verb under the clause's head.
            guard base(clause) == "xcomp" || base(clause) == "conj" else { return nil }
            clause = head(clause)
            steps += 1
        }
        return nil
    }

    /// The words of `i`'s subtree, `i` included, down to `depth` levels.
    func subtree(_ i: Int, depth: Int) -> [Int] {
        var result = [i]
        var frontier = [i]
        for _ in 0..<depth {
            frontier = frontier.flatMap { children[$0] }
            if frontier.isEmpty { break }
            result += frontier
        }
        return result
    }
}
