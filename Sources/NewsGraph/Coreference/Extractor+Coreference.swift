/// One document's mentions and what its pronouns and descriptions resolved to, as coreference
/// evaluation reads them (`newsgraph-train coref-eval`). Spans count Unicode scalars from the
/// start of the document's text, as evidence spans do.
public struct CoreferenceReading: Sendable {
    public struct Mention: Sendable, Hashable {
        public var span: Range<Int>
        public var entity: String
        public var kind: EntityKind
        /// A resolved pronoun or description rather than a name.
        public var isReference: Bool
    }

    public struct Resolution: Sendable, Hashable {
        public var span: Range<Int>
        public var text: String
        public var isPronoun: Bool
        /// Empty when unresolved.
        public var entities: [String]
        /// The last mention of the entity before it (nil when unresolved or resolved by the
        /// knowledge base).
        public var antecedent: Range<Int>?
    }

    public var mentions: [Mention]
    public var resolutions: [Resolution]
}

/// Which sentences coreference parses for grammatical roles.
public enum CoreferenceParsing: Sendable {
    /// As extraction does: a sentence with a pronoun or description, two actors and a word that may
    /// be a trigger (the rest by word order).
    case asExtraction
    /// Every sentence with a pronoun or description.
    case everySentence
    /// None: roles from word order alone.
    case never
}

extension Extractor {
    /// Reads a document's names and resolves its pronouns and descriptions as extraction does.
    ///
    /// - Parameters:
    ///   - people: spans (Unicode scalar offsets) the caller knows to be mentions of people, with
    ///     their names (GAP's candidate names): they replace whatever extraction read there.
    ///   - parsing: which sentences are parsed for grammatical roles.
    public func readCoreference(of document: Document, people: [(span: Range<Int>, name: String)] = [],
                                parsing: CoreferenceParsing = .asExtraction) -> CoreferenceReading {
        let stemmer = Stemmer()
        let extraction = DocumentExtraction(knowledge: knowledge, syntaxModel: syntax, names: names, document: document, stemmer: stemmer)
        let text = AnalyzedText(document.text, lexicon: knowledge.lexicon)
        let documentSyntax = DocumentSyntax(text: text, model: syntax)
        let resolved = extraction.readNames(in: text, syntax: documentSyntax)
        let starts = text.tokens.map { text.scalarOffset(Int($0.start)) }
        let ends = text.tokens.map { text.scalarOffset(Int($0.end)) }
        var mentions = resolved.mentions
        for (span, name) in people {
            guard let first = starts.indices.first(where: { starts[$0] >= span.lowerBound && ends[$0] <= span.upperBound }) else { continue }
            var last = first
            while last + 1 < starts.count, ends[last + 1] <= span.upperBound { last += 1 }
            let tokens = first..<(last + 1)
            let sentence = text.sentence(ofToken: first)
            guard text.sentence(ofToken: last) == sentence else { continue }
            mentions.removeAll { $0.tokens.overlaps(tokens) }
            mentions.append(Mention(tokens: tokens, sentence: sentence, referent: Referent(kind: .person, name: name),
                                    form: .name, surface: text.text(tokens: tokens)))
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        let relations = RelationExtractor(knowledge: knowledge, text: text, syntax: documentSyntax, stemmer: stemmer)
        let output = Coreference(knowledge: knowledge, text: text, syntax: documentSyntax, date: document.date, parses: { sentence, hasTwoActors in
            switch parsing {
            case .asExtraction: hasTwoActors && relations.mayHavePredicate(sentence: sentence)
            case .everySentence: true
            case .never: false
            }
        }).resolve(mentions, passing: resolved.namedInPassing)
        func span(_ tokens: Range<Int>) -> Range<Int> { starts[tokens.lowerBound]..<ends[tokens.upperBound - 1] }
        return CoreferenceReading(
            mentions: output.mentions.map { m in
                CoreferenceReading.Mention(span: span(m.tokens), entity: m.referent.id, kind: m.referent.kind, isReference: m.form == .reference)
            },
            resolutions: output.links.map { link in
                var antecedent: Range<Int>?
                if case .resolved(let tokens, _, _, _) = link.outcome { antecedent = span(tokens) }
                return CoreferenceReading.Resolution(span: span(link.tokens), text: text.text(tokens: link.tokens), isPronoun: link.isPronoun,
                                                     entities: link.referents.map(\.id), antecedent: antecedent)
            })
    }
}
