import Foundation

/// Turns documents into a graph: recognizes the people, countries and organizations each
/// document mentions, resolves what refers to what, finds the relations between them, and
/// merges the documents' graphs into one.
///
/// Per-document extraction is a pure function of the text and the knowledge base, so documents
/// are processed in parallel and the result does not depend on their order.
public struct Extractor: Sendable {
    public let knowledge: KnowledgeBase
    /// The tagger and parser that read sentences' structure; without them (nil) extraction falls
    /// back to the words' order alone.
    public let syntax: SyntaxModel?
    /// The trained recognizer of names nobody listed; without it (nil) unknown names are read by
    /// their form alone.
    public let names: NameRecognizer?

    /// - Parameters:
    ///   - knowledge: the knowledge base (`KnowledgeBase.builtIn` or one with user files).
    ///   - syntax: the syntax models (default: the shipped ones, when installed).
    ///   - names: the name recognizer (default: the shipped one, when installed).
    public init(knowledge: KnowledgeBase, syntax: SyntaxModel? = try? SyntaxModel.builtIn,
                names: NameRecognizer? = try? NameRecognizer.builtIn) {
        self.knowledge = knowledge
        self.syntax = syntax
        self.names = names
    }

    /// The graph of one document.
    public func extract(_ document: Document) -> EntityGraph {
        DocumentExtraction(knowledge: knowledge, syntaxModel: syntax, names: names, document: document, stemmer: Stemmer()).run()
    }

    /// The merged graph of many documents, with people named by surname only in one document
    /// joined to the full name another document gives.
    ///
    /// - Parameters:
    ///   - documents: the documents; they are numbered `d1`, `d2`, … in canonical order (by path,
    ///     as `DocumentReader` numbers them), and two with the same path and text count once.
    ///   - threads: how many documents to process at once (default: every core).
    ///   - maxEvidence: keep at most this many pieces of evidence per relation (nil: all).
    ///   - progress: called after each document with the number done so far (from any thread).
    public func extract(_ documents: [Document], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                        maxEvidence: Int? = nil, progress: (@Sendable (Int) -> Void)? = nil) -> EntityGraph {
        resolvedGraph(of: documents, threads: threads, maxEvidence: maxEvidence, progress: progress).graph
    }

    /// The same graph with what cross-document resolution joined, as `build` writes it: a graph
    /// that can be merged with more documents later (``GraphAccumulator``).
    public func resolvedGraph(of documents: [Document], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                              maxEvidence: Int? = nil, progress: (@Sendable (Int) -> Void)? = nil) -> ResolvedGraph {
        CrossDocumentResolver().resolving(unresolvedGraph(of: documents, threads: threads, maxEvidence: maxEvidence,
                                                          progress: progress))
    }

    /// Each document's graph, made on several threads and passed through `transform` there (to
    /// encode it, say), in the order of the documents.
    public func extractEach<T: Sendable>(_ documents: [Document], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                                         _ transform: @Sendable (EntityGraph) -> T) -> [T] {
        ParallelMap.map(documents, threads: threads, workerState: { Stemmer() }) { stemmer, document in
            transform(DocumentExtraction(knowledge: knowledge, syntaxModel: syntax, names: names, document: document, stemmer: stemmer).run())
        }
    }

    /// The documents' graphs merged, before cross-document resolution: what merging their
    /// fragments (`newsgraph extract`) gives.
    public func unresolvedGraph(of documents: [Document], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                                maxEvidence: Int? = nil, progress: (@Sendable (Int) -> Void)? = nil) -> EntityGraph {
        // One stemmer per thread, kept across documents: its cache of stems stays warm.
        let graphs = ParallelMap.map(documents, threads: threads, progress: progress, workerState: { Stemmer() }) { stemmer, document in
            DocumentExtraction(knowledge: knowledge, syntaxModel: syntax, names: names, document: document, stemmer: stemmer).run()
        }
        return GraphMerger(maxEvidence: maxEvidence, threads: threads).merge(graphs)
    }
}

/// The work of extracting one document.
struct DocumentExtraction {
    let knowledge: KnowledgeBase
    let syntaxModel: SyntaxModel?
    let names: NameRecognizer?
    let document: Document
    /// Not thread-safe: one per thread.
    let stemmer: Stemmer

    func run() -> EntityGraph { run(trace: nil).graph }

    /// What one run saw, beside the graph it made: for explanations.
    struct Inside {
        let graph: EntityGraph
        let text: AnalyzedText
        let mentions: [Mention]
        let syntax: DocumentSyntax
        /// What each pronoun and description was resolved to.
        let links: [CoreferenceLink]
    }

    /// The run, recording into `trace` what relation extraction decided (nil: nothing recorded).
    func run(trace: RelationTrace?) -> Inside {
        let text = AnalyzedText(document.text, lexicon: knowledge.lexicon)
        // Sentences are parsed when a stage first asks for one (those that can carry a relation);
        // name recognition's tags are kept for them.
        let syntax = DocumentSyntax(text: text, model: syntaxModel)
        var resolved = readNames(in: text, syntax: syntax)

        let relations = RelationExtractor(knowledge: knowledge, text: text, syntax: syntax, stemmer: stemmer, trace: trace)
        // Pronouns and descriptions become mentions of what they stand for. A sentence that holds
        // one is parsed for its grammatical roles when relation extraction will parse it anyway.
        let coreference = Coreference(knowledge: knowledge, text: text, syntax: syntax, date: document.date,
                                      parses: { $1 && relations.mayHavePredicate(sentence: $0) })
            .resolve(resolved.mentions, passing: resolved.namedInPassing)
        resolved.mentions = coreference.mentions

        var graph = EntityGraph()
        graph.add(document.info)
        addEntities(resolved, text: text, to: &graph)

        let dates = EventDates(text: text, documentDate: document.date)
        // Each sentence's mentions, in document order. Resolved mentions come in the order of the
        // text, so each sentence's are a slice of them, passed without copying; were they not, they
        // are first put in order of sentence, keeping their order within each.
        var mentions = resolved.mentions
        if !mentions.indices.dropFirst().allSatisfy({ mentions[$0 - 1].sentence <= mentions[$0].sentence }) {
            mentions = mentions.indices.sorted { (mentions[$0].sentence, $0) < (mentions[$1].sentence, $1) }.map { mentions[$0] }
        }
        // Relations merge the same whatever the order of the sentences. Each relation's evidence is
        // gathered first and normalized once: adding the relations one by one normalized the
        // evidence gathered so far at every sentence, quadratic in a long document that states the
        // same relation again and again (a transcript, a live blog).
        var evidence: [RelationKey: [Evidence]] = [:]
        var start = 0
        while start < mentions.count {
            let sentence = mentions[start].sentence
            var end = start + 1
            while end < mentions.count, mentions[end].sentence == sentence { end += 1 }
            for candidate in relations.extract(sentence: sentence, mentions: mentions[start..<end]) {
                let item = makeEvidence(sentence: sentence, text: text, triggers: candidate.triggers,
                                            confidence: candidate.confidence, date: dates.date(ofSentence: sentence))
                evidence[RelationKey(kind: candidate.kind, source: candidate.source.id, target: candidate.target.id),
                         default: []].append(item)
            }
            start = end
        }
        for affiliation in resolved.affiliations where affiliation.person.id != affiliation.organization.id {
            let item = makeEvidence(sentence: affiliation.sentence, text: text, triggers: affiliation.role.map { [$0] } ?? [],
                                    confidence: 0.9, date: nil)
            evidence[RelationKey(kind: .affiliation, source: affiliation.person.id, target: affiliation.organization.id),
                     default: []].append(item)
        }
        for (key, items) in evidence {
            graph.add(Relation(kind: key.kind, source: key.source, target: key.target, evidence: items))
        }
        return Inside(graph: graph, text: text, mentions: mentions, syntax: syntax, links: coreference.links)
    }

    /// The document's names, surnames, demonyms and role descriptions, each resolved to its
    /// entity with the whole document's help (before pronouns are).
    func readNames(in text: AnalyzedText, syntax: DocumentSyntax? = nil) -> NamePatterns.Output {
        let scanner = LexicalScanner(knowledge: knowledge, text: text)
        let patterns = NamePatterns(knowledge: knowledge, text: text)
        var found = NamePatterns.Output()
        let skipped = Byline.sentences(in: text, knowledge: knowledge)
        let scanned = (0..<text.sentenceCount).map { sentence -> [LexicalItem] in
            guard !skipped.contains(sentence) else { return [] }
            let items = scanner.items(sentence: sentence)
            // Credits ("(Reporting by …)", "Image: …") name no actors.
            guard let credit = Byline.creditStart(sentence, text) else { return items }
            return items.map { $0.tokens.upperBound > credit ? LexicalItem(tokens: $0.tokens, kind: .other) : $0 }
        }
        // Misspelt countries first (the knowledge base's), then the names nobody listed, as the
        // trained recognizer reads them.
        let corrected = scanner.correctingMisspellings(scanned)
        let items = names.map {
            RecognizedNames(knowledge: knowledge, text: text, recognizer: $0, syntax: syntaxModel, documentSyntax: syntax).apply(corrected)
        } ?? corrected
        for (sentence, sentenceItems) in items.enumerated() {
            patterns.apply(sentenceItems, sentence: sentence, into: &found)
        }
        return DocumentResolver(knowledge: knowledge, text: text, date: document.date).resolve(found)
    }

    private func makeEvidence(sentence: Int, text: AnalyzedText, triggers: [String], confidence: Double,
                              date: NewsDate?) -> Evidence {
        let range = text.sentenceRanges[sentence]
        return Evidence(document: document.id, start: text.scalarOffset(range.lowerBound), end: text.scalarOffset(range.upperBound),
                        text: text.text(range), triggers: triggers, confidence: (confidence * 1000).rounded() / 1000, date: date)
    }

    private func addEntities(_ resolved: NamePatterns.Output, text: AnalyzedText, to graph: inout EntityGraph) {
        var entities = DocumentEntities(capacity: resolved.mentions.count + resolved.namedInPassing.count
                                            + 2 * resolved.affiliations.count)
        for mentions in [resolved.mentions, resolved.namedInPassing] {
            // (Read in place by index: `for mention in` copies each one.)
            for index in mentions.indices {
                let entity = entities.position(of: mentions[index].referent)
                entities.counts[entity] += 1
                if mentions[index].form != .reference, mentions[index].isAliasable {
                    entities.list[entity].aliases.insert(mentions[index].surface)
                }
                if entities.list[entity].country == nil, let country = mentions[index].referent.country {
                    entities.list[entity].country = country
                }
            }
        }
        // Relations and affiliations may name entities no mention kept (e.g. a holder).
        for affiliation in resolved.affiliations {
            let person = entities.position(of: affiliation.person)
            _ = entities.position(of: affiliation.organization)
            if affiliation.organization.kind == .country, entities.list[person].country == nil {
                entities.list[person].country = affiliation.organization.code
            }
        }
        for (id, roles) in resolved.roles {
            if let entity = entities.position(of: id) { entities.list[entity].roles.formUnion(roles) }
        }
        for index in entities.list.indices {
            // Offices the knowledge base says each known person held on the document's date.
            // (Only a person's id can name a known person: ids begin with their kind.)
            if entities.list[index].kind == .person, let person = knowledge.person(id: entities.list[index].id) {
                for office in person.offices where office.isHeld(on: document.date) {
                    entities.list[index].roles.insert(knowledge.roleName(office: office.type, holder: office.holder))
                }
            }
            Self.keepFullerRoles(&entities.list[index].roles)
        }
        var byID: [String: Entity] = [:]
        byID.reserveCapacity(entities.list.count)
        // Moved out of the list, not copied.
        while var entity = entities.list.popLast() {
            entity.documentMentions = [document.id: entities.counts.removeLast()]
            let id = entity.id
            byID[id] = entity
        }
        graph.add(entities: byID)
    }

    /// "President" alone says less than "President of Taiwan": keep the fuller role.
    private static func keepFullerRoles(_ roles: inout Set<String>) {
        guard roles.count > 1 else { return }
        let all = roles
        roles = all.filter { role in !all.contains { $0.hasPrefix(role + " of ") } }
    }
}

/// A document's entities in a list, found by id through a `WordTable` (no SipHash at every mention).
private struct DocumentEntities {
    var list: [Entity] = []
    /// The number of mentions of each entity of the list.
    var counts: [Int] = []
    private var positions = WordTable<Int>()

    init(capacity: Int) {
        list.reserveCapacity(capacity)
        counts.reserveCapacity(capacity)
    }

    /// The position of the entity `id`, or nil.
    func position(of id: String) -> Int? { positions[id] }

    /// The position of the referent's entity, added (with no mentions yet) if new.
    mutating func position(of r: Referent) -> Int {
        if let position = positions[r.id] { return position }
        positions[r.id] = list.count
        list.append(Entity(id: r.id, kind: r.kind, name: r.name, code: r.code, country: r.country, documentMentions: [:]))
        counts.append(0)
        return list.count - 1
    }
}
