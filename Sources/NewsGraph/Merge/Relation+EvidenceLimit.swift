extension Relation {
    /// The relation with at most `limit` pieces of evidence: the most confident, ties broken by
    /// document order, then by span. Documents whose every sentence is left out stay among
    /// ``unlistedDocuments``, so ``documents`` and ``sources`` keep their true values.
    ///
    /// Taking the best `limit` under a fixed total order commutes with merging: limiting the
    /// merge of two limited relations gives what limiting the merge of the full ones gives.
    ///
    /// - Parameters:
    ///   - limit: How many pieces to keep (at least 1).
    ///   - precedes: The canonical order of two document ids (that of their ``DocumentIdentity``),
    ///     which no numbering of the documents can change.
    func limitingEvidence(to limit: Int, precedes: (String, String) -> Bool) -> Relation {
        guard evidence.count > limit else { return self }
        let ranked = evidence.indices.sorted { a, b in
            let x = evidence[a], y = evidence[b]
            if x.confidence != y.confidence { return x.confidence > y.confidence }
            if x.document != y.document { return precedes(x.document, y.document) }
            if x.start != y.start { return x.start < y.start }
            return x.end < y.end
        }
        let kept = ranked.prefix(limit).sorted().map { evidence[$0] }
        var unlisted = unlistedDocuments
        for index in ranked.dropFirst(limit) { unlisted.insert(evidence[index].document) }
        // Normalizing an already normal subset keeps it as it is; the unlisted lose the kept documents.
        return Relation(kind: kind, source: source, target: target, evidence: kept, unlistedDocuments: unlisted)
    }
}
