/// A relation found in one sentence, before it becomes an edge.
struct RelationCandidate: Sendable {
    var kind: RelationKind
    var source: Referent
    var target: Referent
    var triggers: [String]
    var confidence: Double
    var sentence: Int
}

/// Finds the relations of a sentence from its grammatical structure: a predicate whose lemma has
/// a frame in `frames.tsv` ("accuse", "deal", "speak" + "by phone"), and its actors by their role in
/// the dependency tree (subject, object, case-marked arguments, possessor, the subject of the verb a
/// noun completes, the speaker of reported speech), spread over coordination, lists, appositions
/// and relative clauses. Negated, hypothetical, conditional, questioned and attempted events give
/// nothing.
///
/// A sentence is parsed only when it can carry a relation: it has two distinct actors and a word
/// whose stem is a predicate's. Without a syntax model, the surface extractor reads word order.
struct RelationExtractor {
    let knowledge: KnowledgeBase
    let text: AnalyzedText
    /// The sentences' syntax, parsed on request.
    let syntax: DocumentSyntax
    let stemmer: Stemmer
    /// Where to record what was decided and why (`newsgraph explain`), or nil.
    var trace: RelationTrace? = nil

    func extract(sentence: Int, mentions: ArraySlice<Mention>) -> [RelationCandidate] {
        guard syntax.model != nil else {
            trace?.read(sentence, .surface)
            return SurfaceRelationExtractor(knowledge: knowledge, text: text, stemmer: stemmer)
                .extract(sentence: sentence, mentions: mentions)
        }
        guard Self.hasTwoActors(mentions) else {
            trace?.read(sentence, .fewActors)
            return []
        }
        guard mayHavePredicate(sentence: sentence) else {
            trace?.read(sentence, .noPredicate)
            return []
        }
        guard let parsed = syntax.sentence(sentence) else { return [] }
        if DependencyTree(parsed.parse).lacksClause {
            trace?.read(sentence, .lostClause)
            return SurfaceRelationExtractor(knowledge: knowledge, text: text, stemmer: stemmer)
                .extract(sentence: sentence, mentions: mentions)
        }
        trace?.read(sentence, .parsed)
        let reader = SentenceReader(knowledge: knowledge, text: text, syntax: parsed, mentions: mentions,
                                    previousSentence: sentence > 0 ? text.sentenceTokens[sentence - 1] : nil, stemmer: stemmer,
                                    trace: trace)
        let read = reader.read()
        // A verb the tree gave no actors, and nothing else found: the parse misplaced them ("Iran" read
        // as the subject of "Netanyahu, who …, accused Iran"), word order may still read the sentence.
        if read.candidates.isEmpty, read.lostActors {
            let surface = SurfaceRelationExtractor(knowledge: knowledge, text: text, stemmer: stemmer)
                .extract(sentence: sentence, mentions: mentions)
            if !surface.isEmpty { trace?.reread(sentence, .lostActors) }
            return surface
        }
        return read.candidates
    }

    /// Whether the mentions name at least two different entities (a group reference over one span
    /// counts for each of its referents).
    static func hasTwoActors(_ mentions: ArraySlice<Mention>) -> Bool {
        guard let first = mentions.first?.referent.id else { return false }
        return mentions.contains { $0.referent.id != first }
    }

    /// Whether a word of the sentence may be a frame's predicate, by its stem: a test on the tokens,
    /// made before parsing.
    func mayHavePredicate(sentence: Int) -> Bool {
        let frames = knowledge.frames
        for i in text.sentenceTokens[sentence] {
            let shape = text.tokens[i].shape
            guard shape == .lower || shape == .capitalized else { continue }
            if frames.mayBePredicate(normalized: text.forms[i], prefixKey: text.formPrefixKeys[i], stem: stemmer.stem) {
                return true
            }
        }
        return false
    }
}
