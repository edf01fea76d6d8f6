import Foundation

/// Turns documents into a graph: recognizes the people, countries and organizations each
/// document mentions, resolves what refers to what, finds the relations between them, and
/// merges the documents' graphs into one.
///
/// Per-document extraction is a pure function of the text and the knowledge base, so documents
/// are processed in parallel and the result does not depend on their order.
public struct Extractor: Sendable {
    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    /// The graph of one document.
    public func extract(_ document: Document) -> EntityGraph {
        DocumentExtraction(knowledge: knowledge, document: document, stemmer: Stemmer()).run()
    }

    /// The merged graph of many documents, with people named by surname only in one document
    /// joined to the full name another document gives.
    ///
    /// - Parameters:
    ///   - documents: the documents, with distinct ids.
    ///   - threads: how many documents to process at once (default: every core).
    ///   - progress: called after each document with the number done so far (from any thread).
    public func extract(_ documents: [Document], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                        progress: (@Sendable (Int) -> Void)? = nil) -> EntityGraph {
        // One stemmer per thread, kept across documents: its cache of stems stays warm.
        let graphs = ParallelMap.map(documents, threads: threads, progress: progress, workerState: { Stemmer() }) { stemmer, document in
            DocumentExtraction(knowledge: knowledge, document: document, stemmer: stemmer).run()
        }
        var merged = Self.merge(graphs, threads: threads)
        for document in documents { merged.add(document.info) }
        return CrossDocumentResolver().resolve(merged)
    }
}

extension Extractor {
    /// The documents' graphs merged into one, in slices on several threads, then the slices'
    /// graphs merged. Merging is commutative and associative, so the result is the same as one
    /// merge of all of them.
    public static func merge(_ graphs: [EntityGraph], threads: Int) -> EntityGraph {
        let slices = min(max(threads, 1), graphs.count / 64)
        guard slices > 1 else { return EntityGraph.merged(graphs) }
        let bounds = (0...slices).map { $0 * graphs.count / slices }
        let partial = ParallelMap.map(Array(0..<slices), threads: threads) { slice in
            EntityGraph.merged(graphs[bounds[slice]..<bounds[slice + 1]])
        }
        return EntityGraph.merged(partial)
    }
}

/// The work of extracting one document.
struct DocumentExtraction {
    let knowledge: KnowledgeBase
    let document: Document
    /// Not thread-safe: one per thread.
    let stemmer: Stemmer

    func run() -> EntityGraph {
        let text = AnalyzedText(document.text, lexicon: knowledge.lexicon)
        let scanner = LexicalScanner(knowledge: knowledge, text: text)
        let patterns = NamePatterns(knowledge: knowledge, text: text)
        var found = NamePatterns.Output()
        let skipped = Byline.sentences(in: text, knowledge: knowledge)
        let items = scanner.correctingMisspellings((0..<text.sentenceCount).map { sentence in
            skipped.contains(sentence) ? [] : scanner.items(sentence: sentence)
        })
        for (sentence, sentenceItems) in items.enumerated() {
            patterns.apply(sentenceItems, sentence: sentence, into: &found)
        }
        let resolved = DocumentResolver(knowledge: knowledge, text: text, date: document.date).resolve(found)

        var graph = EntityGraph()
        graph.add(document.info)
        addEntities(resolved, text: text, to: &graph)

        let relations = RelationExtractor(knowledge: knowledge, text: text, stemmer: stemmer)
        let dates = EventDates(text: text, documentDate: document.date)
        // Each sentence's mentions, in document order, in arrays of the right size (an array per
        // sentence rather than a dictionary: sentences are numbered from 0).
        var counts = [Int](repeating: 0, count: text.sentenceCount)
        // (Mentions are read in place by index throughout: `for mention in` copies each one.)
        for index in resolved.mentions.indices { counts[resolved.mentions[index].sentence] += 1 }
        var bySentence = counts.map { count in
            var mentions: [Mention] = []
            mentions.reserveCapacity(count)
            return mentions
        }
        for index in resolved.mentions.indices { bySentence[resolved.mentions[index].sentence].append(resolved.mentions[index]) }
        // Relations merge the same whatever the order of the sentences.
        for (sentence, mentions) in bySentence.enumerated() where !mentions.isEmpty {
            for candidate in relations.extract(sentence: sentence, mentions: mentions) {
                let evidence = makeEvidence(sentence: sentence, text: text, triggers: candidate.triggers,
                                            confidence: candidate.confidence, date: dates.date(ofSentence: sentence))
                graph.add(Relation(kind: candidate.kind, source: candidate.source.id, target: candidate.target.id,
                                   evidence: [evidence]))
            }
        }
        for affiliation in resolved.affiliations where affiliation.person.id != affiliation.organization.id {
            let evidence = makeEvidence(sentence: affiliation.sentence, text: text, triggers: affiliation.role.map { [$0] } ?? [],
                                        confidence: 0.9, date: nil)
            graph.add(Relation(kind: .affiliation, source: affiliation.person.id, target: affiliation.organization.id,
                               evidence: [evidence]))
        }
        return graph
    }

    private func makeEvidence(sentence: Int, text: AnalyzedText, triggers: [String], confidence: Double,
                              date: NewsDate?) -> Evidence {
        let range = text.sentenceRanges[sentence]
        return Evidence(document: document.id, start: text.scalarOffset(range.lowerBound), end: text.scalarOffset(range.upperBound),
                        text: text.text(range), triggers: triggers, confidence: (confidence * 1000).rounded() / 1000, date: date)
    }

    private func addEntities(_ resolved: NamePatterns.Output, text: AnalyzedText, to graph: inout EntityGraph) {
        var entities: [String: Entity] = [:]
        // At most one entity per mention: the dictionary never grows on the way.
        entities.reserveCapacity(resolved.mentions.count + resolved.namedInPassing.count + 2 * resolved.affiliations.count)
        // One set for every entity of the document (copy-on-write: shared, not copied).
        let documents: Set<String> = [document.id]
        func newEntity(_ r: Referent) -> Entity {
            Entity(id: r.id, kind: r.kind, name: r.name, code: r.code, country: r.country, mentions: 0, documents: documents)
        }
        // Entities are changed in place inside the dictionary: copying one out and storing it back
        // would copy its alias set at each insert. (Not through `entities[id, default: …]`: its
        // default value costs a heap-allocated closure context at every call.)
        func count(_ mention: Mention, in entity: inout Entity) {
            entity.mentions += 1
            if mention.form != .reference, mention.isAliasable { entity.aliases.insert(mention.surface) }
            if entity.country == nil, let country = mention.referent.country { entity.country = country }
        }
        func counting(_ mention: Mention, in entity: consuming Entity) -> Entity {
            count(mention, in: &entity)
            return entity
        }
        for mentions in [resolved.mentions, resolved.namedInPassing] {
            for index in mentions.indices {
                let referent = mentions[index].referent
                if let known = entities.index(forKey: referent.id) {
                    count(mentions[index], in: &entities.values[known])
                } else {
                    entities[referent.id] = counting(mentions[index], in: newEntity(referent))
                }
            }
        }
        // Relations and affiliations may name entities no mention kept (e.g. a holder).
        for affiliation in resolved.affiliations {
            let person = affiliation.person, organization = affiliation.organization
            if entities.index(forKey: person.id) == nil { entities[person.id] = newEntity(person) }
            if entities.index(forKey: organization.id) == nil { entities[organization.id] = newEntity(organization) }
            if organization.kind == .country, entities[person.id]!.country == nil {
                entities[person.id]!.country = organization.code
            }
        }
        for (id, roles) in resolved.roles { entities[id]?.roles.formUnion(roles) }
        // Walked by index, changing the values in place: looping over `keys` or the pairs while
        // changing the dictionary would copy the whole dictionary.
        var index = entities.startIndex
        while index != entities.endIndex {
            // Offices the knowledge base says each known person held on the document's date.
            if let person = knowledge.person(id: entities.keys[index]) {
                for office in person.offices where office.isHeld(on: document.date) {
                    entities.values[index].roles.insert(knowledge.roleName(office: office.type, holder: office.holder))
                }
            }
            // (Passed inout: reading `entities.values[index]` would copy the whole entity.)
            Self.keepFullerRoles(&entities.values[index].roles)
            entities.formIndex(after: &index)
        }
        graph.add(entities: entities)
    }

    /// "President" alone says less than "President of Taiwan": keep the fuller role.
    private static func keepFullerRoles(_ roles: inout Set<String>) {
        guard roles.count > 1 else { return }
        let all = roles
        roles = all.filter { role in !all.contains { $0.hasPrefix(role + " of ") } }
    }
}
