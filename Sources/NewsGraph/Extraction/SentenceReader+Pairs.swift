/// The relations a reading makes: each source with each target (directed kinds), or the pairs of
/// a symmetric event ("A signed a deal with B", "between A and B", "A and B agreed"), mutual for
/// "each other"; with the entity kinds a frame allows, and never between an actor and itself or a
/// person and their own country.
extension SentenceReader {
    struct Paired {
        var made: [RelationTrace.Made] = []
        var candidates: [RelationCandidate] = []
        var drop: RelationTrace.Drop?
    }

    func pairs(_ reading: Reading, frame: RelationFrame, at t: Int, seen: inout Set<RelationKey>) -> Paired {
        var pairs: [(Actor, Actor)] = []
        let sources = reading.sources
        let targets = reading.targets
        if reading.mutual {
            for a in sources { for b in sources { pairs.append((a, b)) } }
        } else if reading.kind.isDirected {
            for a in sources { for b in targets { pairs.append((a, b)) } }
        } else if reading.between || sources.isEmpty {
            // "formalised a deal between A and B": the parties are A and B, not who formalised it.
            pairs += allPairs(targets)
        } else if targets.isEmpty {
            pairs += allPairs(sources)
        } else {
            for a in sources { for b in targets { pairs.append((a, b)) } }
        }
        var result = Paired()
        let trigger = triggerText(t, light: reading.light)
        for (a, b) in pairs {
            let source = mentions[a.mention].referent
            let target = mentions[b.mention].referent
            guard source.id != target.id, !Self.isMember(source, of: target), !Self.isMember(target, of: source) else { continue }
            if !frame.sourceKinds.isEmpty, !frame.sourceKinds.contains(source.kind) {
                result.drop = .kindNotAllowed("\(source.kind.rawValue) as source of \(frame.relation.rawValue)")
                continue
            }
            if !frame.targetKinds.isEmpty, !frame.targetKinds.contains(target.kind) {
                result.drop = .kindNotAllowed("\(target.kind.rawValue) as target of \(frame.relation.rawValue)")
                continue
            }
            guard seen.insert(RelationKey(kind: reading.kind, source: source.id, target: target.id)).inserted else { continue }
            // Stand-ins and actors behind a thing are less sure than the argument itself.
            var confidence = frame.confidence
            if !a.isDirect { confidence *= 0.85 }
            if !b.isDirect { confidence *= 0.85 }
            result.candidates.append(RelationCandidate(kind: reading.kind, source: source, target: target, triggers: [trigger],
                                                       confidence: confidence, sentence: sentence))
            result.made.append(RelationTrace.Made(kind: reading.kind, source: source.id, target: target.id, confidence: confidence,
                                                  trigger: trigger, reasons: ["source: " + a.path, "target: " + b.path]))
        }
        return result
    }

    private func allPairs(_ actors: [Actor]) -> [(Actor, Actor)] {
        var result: [(Actor, Actor)] = []
        for i in actors.indices {
            for j in actors.indices where j > i { result.append((actors[i], actors[j])) }
        }
        return result
    }

    /// A person and the country they belong to make no relation with each other.
    static func isMember(_ a: Referent, of b: Referent) -> Bool {
        a.kind != .country && b.kind == .country && a.country != nil && a.country == b.code
    }

    /// The words that state the relation, as the evidence lists them: the predicate, with the
    /// verb it completes when that is close ("held talks", "signed a deal").
    func triggerText(_ t: Int, light: Int?) -> String {
        var first = t, last = t
        if let light, abs(light - t) <= 3 {
            first = min(first, light)
            last = max(last, light)
        }
        // "phone call", "lashed out": the compound and particle that complete it.
        for c in tree.children[t] where tree.relation(c) == "compound" || tree.relation(c) == "compound:prt" {
            if abs(c - t) <= 2 {
                first = min(first, c)
                last = max(last, c)
            }
        }
        let start = syntax.words[first].tokens.lowerBound
        let end = syntax.words[last].tokens.upperBound
        return text.text(tokens: start..<end)
    }
}
