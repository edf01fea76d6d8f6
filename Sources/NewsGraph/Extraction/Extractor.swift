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
        // Each sentence's mentions, in document order. Resolved mentions come in the order of the
        // text, so each sentence's are a slice of them, passed without copying; were they not, they
        // are first put in order of sentence, keeping their order within each.
        var mentions = resolved.mentions
        if !mentions.indices.dropFirst().allSatisfy({ mentions[$0 - 1].sentence <= mentions[$0].sentence }) {
            mentions = mentions.indices.sorted { (mentions[$0].sentence, $0) < (mentions[$1].sentence, $1) }.map { mentions[$0] }
        }
        // Relations merge the same whatever the order of the sentences.
        var start = 0
        while start < mentions.count {
            let sentence = mentions[start].sentence
            var end = start + 1
            while end < mentions.count, mentions[end].sentence == sentence { end += 1 }
            for candidate in relations.extract(sentence: sentence, mentions: mentions[start..<end]) {
                let evidence = makeEvidence(sentence: sentence, text: text, triggers: candidate.triggers,
                                            confidence: candidate.confidence, date: dates.date(ofSentence: sentence))
                graph.add(Relation(kind: candidate.kind, source: candidate.source.id, target: candidate.target.id,
                                   evidence: [evidence]))
            }
            start = end
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
        var entities = DocumentEntities(capacity: resolved.mentions.count + resolved.namedInPassing.count
                                            + 2 * resolved.affiliations.count,
                                        document: document.id)
        // The distinct (entity, surface) pairs, in the order first seen, so that each alias set is
        // made at its final size. (Compared as strings, as the set would: each set gets the same
        // members.)
        var aliases: [(entity: Int, surface: String)] = []
        for mentions in [resolved.mentions, resolved.namedInPassing] {
            // (Read in place by index: `for mention in` copies each one.)
            for index in mentions.indices {
                let entity = entities.position(of: mentions[index].referent)
                entities.list[entity].mentions += 1
                if mentions[index].form != .reference, mentions[index].isAliasable,
                   !aliases.contains(where: { $0.entity == entity && $0.surface == mentions[index].surface }) {
                    aliases.append((entity, mentions[index].surface))
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
        var aliasCounts = [Int](repeating: 0, count: entities.list.count)
        for alias in aliases { aliasCounts[alias.entity] += 1 }
        // (Most entities have one alias: an insert into the empty set makes it at that size.)
        for entity in aliasCounts.indices where aliasCounts[entity] > 1 {
            entities.list[entity].aliases = Set(minimumCapacity: aliasCounts[entity])
        }
        for alias in aliases { entities.list[alias.entity].aliases.insert(alias.surface) }
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
        while let entity = entities.list.popLast() {
            let id = entity.id
            byID[id] = consume entity
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

/// A document's entities in a list, found by id through an open-addressing table of FNV-1a
/// hashes (as `WordTable`'s) made once at its final size, rather than a dictionary (SipHash at
/// every mention). Ids are ASCII slugs, so matching their bytes is matching them as strings.
private struct DocumentEntities {
    var list: [Entity] = []
    /// Position of an entity per slot, -1 when empty; a power of two, at least twice the entities.
    private var slots: [Int32]
    /// The ids and their hashes, by position.
    private var ids: [String] = []
    private var hashes: [UInt64] = []
    /// One set for every entity of the document (copy-on-write: shared, not copied).
    private let documents: Set<String>

    init(capacity: Int, document: String) {
        var count = 16
        while count < 2 * capacity { count *= 2 }
        slots = [Int32](repeating: -1, count: count)
        list.reserveCapacity(capacity)
        ids.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        documents = [document]
    }

    /// The slot holding `id`, or the empty slot where it would go.
    private func slot(of id: String, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while true {
            let position = Int(slots[slot])
            if position < 0 || (hashes[position] == hash && ids[position] == id) { return slot }
            slot = (slot + 1) & mask
        }
    }

    /// The position of the entity `id`, or nil.
    func position(of id: String) -> Int? {
        let position = Int(slots[slot(of: id, hash: WordTable<Int>.hash(id))])
        return position >= 0 ? position : nil
    }

    /// The position of the referent's entity, added (with no mentions yet) if new.
    mutating func position(of r: Referent) -> Int {
        let id = r.id
        let hash = WordTable<Int>.hash(id)
        let slot = slot(of: id, hash: hash)
        if slots[slot] >= 0 { return Int(slots[slot]) }
        slots[slot] = Int32(ids.count)
        ids.append(id)
        hashes.append(hash)
        list.append(Entity(id: id, kind: r.kind, name: r.name, code: r.code, country: r.country, mentions: 0,
                           documents: documents))
        return ids.count - 1
    }
}
