/// Whether a predicate states an event: not negated ("did not accuse", "no agreement"), not
/// hypothetical or future ("may sign", "will hold talks"), not conditional ("if they sign"), and not
/// governed by an attempt, plan, wish, refusal or denial ("trying to strike a deal", "refused to
/// meet", "denied accusing", "talks on a deal"). Control verbs that let an event stand pass it on
/// ("agreed to sign"; "are expected to announce", as EXTRACTION.md counts it).
extension SentenceReader {
    func modality(of t: Int, light: Int?, frame: RelationFrame) -> RelationTrace.Drop? {
        var c = t
        var viaConjunct = false
        var steps = 0
        while c >= 0, steps < 10 {
            steps += 1
            if !viaConjunct, let drop = ownModality(c, isPredicate: c == t, frame: frame) { return drop }
            let h = tree.head(c)
            guard h >= 0 else { return nil }
            let headLemma = tree.lemma(h)
            switch tree.base(c) {
            case "xcomp":
                if words.passingPassive.contains(headLemma), tree.isPassive(h) {
                    // "are expected to announce a deal": counts.
                } else if words.blocking.contains(headLemma) {
                    return .attempt(tree.form(h))
                }
                c = h
                viaConjunct = false
            case "conj":
                // A conjunct shares what governs the first ("refused to meet and sign"), not its own
                // negation ("did not meet but signed").
                c = h
                viaConjunct = true
            case "obj", "iobj":
                // (The verb a noun completes is no attempt: "vowed revenge".)
                if h != light, words.blocking.contains(headLemma) { return .attempt(tree.form(h)) }
                c = h
                viaConjunct = false
            case "nsubj":
                // "the deal was signed": a passive subject stands under its verb; an active one on its own.
                guard tree.relation(c) == "nsubj:pass" else { return nil }
                if words.blocking.contains(headLemma) { return .attempt(tree.form(h)) }
                c = h
                viaConjunct = false
            case "obl", "nmod":
                // "talks on a deal", "hopes for an agreement", "pushing for a deal".
                if words.blockingNouns.contains(headLemma) || (tree.tag(h) == .verb && words.blocking.contains(headLemma)) {
                    return .attempt(tree.form(h))
                }
                // "will hold talks on a deal": the verb's own modality holds for what it is about.
                if tree.tag(h) == .verb, let drop = ownModality(h, isPredicate: false, frame: frame) { return drop }
                return nil
            case "ccomp":
                // "denied that it was implicated", "hoped that they would sign"; "did not say that …".
                if words.blocking.contains(headLemma) { return .attempt(tree.form(h)) }
                if words.speech.contains(headLemma), let drop = negation(of: h) { return drop }
                return nil
            case "acl":
                // "a plan to sign a deal", "efforts to reach an agreement".
                if tree.relation(c) != "acl:relcl", words.blockingNouns.contains(headLemma) { return .attempt(tree.form(h)) }
                return nil
            default:
                return nil
            }
        }
        return nil
    }

    /// The negation, modal, condition or tentative modifier word `c` carries itself.
    private func ownModality(_ c: Int, isPredicate: Bool, frame: RelationFrame) -> RelationTrace.Drop? {
        if let drop = negation(of: c) { return drop }
        for k in tree.children[c] {
            let b = tree.base(k)
            let lemma = tree.lemma(k)
            if b == "aux", words.modals.contains(lemma), frame.relation != .threat { return .hypothetical(tree.form(k)) }
            if b == "mark", words.conditions.contains(lemma) { return .conditional(tree.form(k)) }
            if isPredicate, frame.isNoun, b == "amod", words.tentative.contains(lemma) { return .tentative(tree.form(k)) }
        }
        return nil
    }

    /// "not", "never", "no", "without" on word `c`.
    private func negation(of c: Int) -> RelationTrace.Drop? {
        for k in tree.children[c] {
            let b = tree.base(k)
            guard b == "advmod" || b == "det" || b == "case" || b == "mark" || b == "cc" || b == "neg" else { continue }
            if words.negations.contains(tree.lemma(k)) || words.negations.contains(tree.form(k).lowercased()) {
                return .negated(tree.form(k))
            }
        }
        return nil
    }
}
