extension Extractor {
    /// Extracts one document as `extract(_:)` does, recording why, and returns the account of the
    /// chosen sentences.
    ///
    /// - Parameters:
    ///   - document: the document.
    ///   - sentences: 0-based indexes of the sentences to explain (nil: all).
    public func explain(_ document: Document, sentences: Set<Int>? = nil) -> Explanation {
        let trace = RelationTrace(sentences: sentences)
        let run = DocumentExtraction(knowledge: knowledge, syntaxModel: syntax, names: names, document: document, stemmer: Stemmer())
            .run(trace: trace)
        let text = run.text
        let chosen = (0..<text.sentenceCount).filter { sentences?.contains($0) ?? true }
        var result = Explanation(document: document.path, syntaxModel: syntax != nil, sentences: [])
        for sentence in chosen {
            result.sentences.append(explain(sentence: sentence, run: run, record: trace.records[sentence]))
        }
        return result
    }

    /// The number of sentences in a document, as explanations number them.
    public func sentenceCount(of document: Document) -> Int {
        AnalyzedText(document.text, lexicon: knowledge.lexicon).sentenceCount
    }

    private func explain(sentence: Int, run: DocumentExtraction.Inside, record: RelationTrace.SentenceRecord?) -> Explanation.Sentence {
        let text = run.text
        let range = text.sentenceTokens[sentence]
        let bytes = text.sentenceRanges[sentence]
        func offset(_ byte: Int) -> Int { text.scalarOffset(byte) }
        let tokens = range.map { i in
            Explanation.Token(text: text.text(of: text.tokens[i]), start: offset(Int(text.tokens[i].start)), end: offset(Int(text.tokens[i].end)))
        }
        // Parsed for display even when extraction did not need it (the parse is cached if it did).
        let wasParsed = [.parsed, .lostClause, .lostActors].contains(record?.reading)
        let parsed = run.syntax.sentence(sentence)
        var words: [Explanation.Word] = []
        if let parsed {
            for (i, word) in parsed.words.enumerated() {
                words.append(Explanation.Word(id: i + 1, form: parsed.parse.forms[i], lemma: parsed.parse.lemmas[i],
                                              upos: parsed.parse.tags[i].name, xpos: parsed.parse.xpos[i],
                                              head: parsed.parse.heads[i] + 1, relation: parsed.parse.relations[i],
                                              tokens: word.tokens.map { $0 - range.lowerBound }))
            }
        }
        let names = Dictionary(run.graph.entities.map { ($0.key, $0.value.name) }, uniquingKeysWith: { a, _ in a })
        let mentions = run.mentions.filter { $0.sentence == sentence }.map { m in
            let span = text.tokens[m.tokens.lowerBound].start..<text.tokens[m.tokens.upperBound - 1].end
            return Explanation.Mention(text: text.text(tokens: m.tokens), start: offset(Int(span.lowerBound)),
                                       end: offset(Int(span.upperBound)),
                                       tokens: [m.tokens.lowerBound - range.lowerBound, m.tokens.upperBound - 1 - range.lowerBound],
                                       form: Self.name(of: m.form), entity: m.referent.id, entityName: m.referent.name,
                                       kind: m.referent.kind.rawValue, isModifier: m.isModifier)
        }
        let references = run.links.filter { $0.sentence == sentence }.map { link in
            explain(link, text: text)
        }
        func relation(_ made: RelationTrace.Made) -> Explanation.Relation {
            Explanation.Relation(kind: made.kind.rawValue, source: made.source, sourceName: names[made.source] ?? made.source,
                                 target: made.target, targetName: names[made.target] ?? made.target,
                                 directed: made.kind.isDirected, confidence: (made.confidence * 1000).rounded() / 1000,
                                 trigger: made.trigger, reasons: made.reasons)
        }
        var triggers: [Explanation.Trigger] = []
        var relations: [Explanation.Relation] = []
        for attempt in record?.attempts ?? [] {
            let form = parsed.map { $0.parse.forms[attempt.word] } ?? attempt.lemma
            let made = attempt.made.map(relation)
            triggers.append(Explanation.Trigger(word: attempt.word + 1, form: form, lemma: attempt.lemma, frame: attempt.frame,
                                                relation: attempt.relation.rawValue, relations: made,
                                                dropped: attempt.made.isEmpty ? attempt.dropped?.description : nil))
            relations += made
        }
        if [.surface, .lostClause, .lostActors].contains(record?.reading) {
            // Word order alone: the relations are the ones the graph holds from this sentence.
            let span = (offset(bytes.lowerBound), offset(bytes.upperBound))
            for r in run.graph.sortedRelations where r.kind != .affiliation {
                guard let evidence = r.evidence.first(where: { ($0.start, $0.end) == span }) else { continue }
                relations.append(Explanation.Relation(
                    kind: r.kind.rawValue, source: r.source, sourceName: names[r.source] ?? r.source, target: r.target,
                    targetName: names[r.target] ?? r.target, directed: r.kind.isDirected, confidence: evidence.confidence,
                    trigger: evidence.triggers.first,
                    reasons: [record?.reading == .surface ? "read by word order: no syntax model is installed"
                        : record?.reading == .lostClause ? "read by word order: the parse lost the sentence's clause"
                        : "read by word order: the parse gave the predicate no actors"]))
            }
        }
        return Explanation.Sentence(number: sentence + 1, start: offset(bytes.lowerBound), end: offset(bytes.upperBound),
                                    text: text.text(bytes), reading: Self.describe(record?.reading, mentions: mentions.count),
                                    parsedForExtraction: wasParsed, tokens: tokens, words: words, mentions: mentions,
                                    references: references, triggers: triggers, relations: relations)
    }

    private func explain(_ link: CoreferenceLink, text: AnalyzedText) -> Explanation.Reference {
        func span(_ tokens: Range<Int>) -> (Int, Int) {
            (text.scalarOffset(Int(text.tokens[tokens.lowerBound].start)), text.scalarOffset(Int(text.tokens[tokens.upperBound - 1].end)))
        }
        let (start, end) = span(link.tokens)
        var antecedent: Explanation.Antecedent?
        let names = link.referents.map(\.name).joined(separator: " and ")
        let reason: String
        switch link.outcome {
        case .resolved(let tokens, let sentence, let role, let salience):
            let (s, e) = span(tokens)
            let rounded = (salience * 10).rounded() / 10
            antecedent = Explanation.Antecedent(text: text.text(tokens: tokens), start: s, end: e, sentence: sentence + 1,
                                                role: role.rawValue, salience: rounded)
            reason = "the most salient compatible antecedent: \(names), last named \"\(text.text(tokens: tokens))\" in sentence \(sentence + 1) (\(role.rawValue)), salience \(rounded)"
        case .officeHolder:
            reason = "no person of the document fits: \(names), by the knowledge base's office-holders"
        case .noCandidate:
            reason = "unresolved: no compatible antecedent (gender, number, kind or binding rule out every entity in reach)"
        case .pleonastic:
            reason = "unresolved: pleonastic 'it' (it stands for no entity)"
        case .nonSubjectIt:
            reason = "unresolved: 'it' other than a subject stands for a thing more often than a country or organization"
        case .droppedDescription:
            reason = "dropped: a counterpart is a person, and no person of that country is known (not the country itself)"
        }
        return Explanation.Reference(text: text.text(tokens: link.tokens), start: start, end: end, kind: link.isPronoun ? "pronoun" : "description",
                                     entities: link.referents.map(\.id), entityNames: link.referents.map(\.name),
                                     antecedent: antecedent, reason: reason)
    }

    private static func describe(_ reading: RelationTrace.Reading?, mentions: Int) -> String {
        switch reading {
        case .parsed: "parsed: two actors and a word that may state a relation"
        case .fewActors: "not parsed: fewer than two different actors"
        case .noPredicate: "not parsed: no word whose stem is a relation's predicate"
        case .surface: "read by word order (no syntax model installed)"
        case .lostClause: "parsed, but the parse has no clause (a verb read as a noun's dependent): read by word order"
        case .lostActors: "parsed, but the parse gave a verb no actors and the sentence no relation: read by word order"
        case nil: mentions == 0 ? "not read: no actor" : "not read"
        }
    }

    private static func name(of form: Mention.Form) -> String {
        switch form {
        case .name: "name"
        case .surname: "surname"
        case .demonym: "demonym"
        case .metonym: "metonym"
        case .description: "description"
        case .reference: "reference"
        }
    }
}
