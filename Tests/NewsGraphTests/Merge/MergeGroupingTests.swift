import Foundation
import Testing
@testable import NewsGraph

/// The property `newsgraph extract` + `merge` rest on: however the documents are grouped, in
/// whatever order the groups come, as fragments or as `graph.json` files of earlier merges, with
/// documents met twice, the merged files are byte for byte those `build` writes.
@Suite("extract + merge in any grouping and order gives build's graph")
struct MergeGroupingTests {
    let corpus = MergeCorpus.shared

    @Test("the corpus exercises resolution: subsets join people that the whole keeps apart")
    func corpusJoinsAndParts() throws {
        let people = corpus.subset("/Merge/")
        #expect(people.documents.count == 7)
        let all = Extractor(knowledge: ExtractionFixture.knowledge).resolvedGraph(of: people.documents)
        #expect(all.joinedEntities.isEmpty, "the whole keeps every person apart")
        #expect(all.graph.entities["person:vilkaitis"] != nil)
        let some = MergeCorpus(documents: people.documents.filter { !$0.path.contains("m3-") && !$0.path.contains("m7-") },
                               graphs: [])
        let part = Extractor(knowledge: ExtractionFixture.knowledge).resolvedGraph(of: some.documents)
        #expect(part.joinedEntities["person:tomas-vilkaitis"]?.map(\.id) == ["person:tomas-vilkaitis", "person:vilkaitis"])
        #expect(part.joinedEntities["person:kouassi-bredoumi"]?.count == 2)
        #expect(!part.collapsedRelations.isEmpty, "the two spellings' relation becomes a self-loop")
        #expect(!part.joinedRelations.isEmpty)
    }

    /// Seeds of random groupings: each shuffles the documents, cuts them into 1–6 groups, writes
    /// each group as fragments or as a graph.json, and merges the groups in a shuffled order.
    @Test("random groupings and orders", arguments: 0..<8)
    func grouping(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        func shuffled<T>(_ items: [T]) -> [T] {
            var items = items
            for index in items.indices.reversed() where index > 0 { items.swapAt(index, random.next(index + 1)) }
            return items
        }
        let expected = try corpus.buildJSON()
        var order = shuffled(Array(corpus.graphs.indices))
        let groups = 1 + random.next(6)
        var inputs: [EntityGraph] = []
        for group in 0..<groups {
            let members = order.indices.filter { $0 % groups == group }.map { order[$0] }
            guard !members.isEmpty else { continue }
            if random.next(2) == 0 {
                inputs += try members.map { try MergeCorpus.throughFragment(corpus.graphs[$0]) }
            } else {
                inputs.append(try MergeCorpus.throughGraphFile(members.map { corpus.graphs[$0] }))
            }
        }
        // Some documents again, as fragments: seen twice, counted once.
        order = shuffled(order)
        inputs += try order.prefix(3).map { try MergeCorpus.throughFragment(corpus.graphs[$0]) }
        inputs = shuffled(inputs)
        let merged = try MergeCorpus.mergeJSON(inputs)
        #expect(merged == expected, "seed \(seed): \(groups) groups, \(inputs.count) inputs")
    }

    @Test("incremental: yesterday's graph.json merged with today's fragments is the full build, joins undone included",
          arguments: [["m3-"], ["m3-", "m7-"], ["m2-", "000_"], ["m6-"]])
    func incremental(today: [String]) throws {
        let isToday = { (document: Document) in today.contains { document.path.contains($0) } }
        let yesterday = corpus.graphs.indices.filter { !isToday(corpus.documents[$0]) }.map { corpus.graphs[$0] }
        let fresh = corpus.graphs.indices.filter { isToday(corpus.documents[$0]) }
        #expect(!fresh.isEmpty)
        var inputs = [try MergeCorpus.throughGraphFile(yesterday)]
        inputs += try fresh.map { try MergeCorpus.throughFragment(corpus.graphs[$0]) }
        #expect(try MergeCorpus.mergeJSON(inputs) == corpus.buildJSON())
    }

    @Test("merging a graph with itself changes nothing")
    func selfMerge() throws {
        let graph = try MergeCorpus.throughGraphFile(corpus.graphs)
        let expected = try corpus.buildJSON()
        #expect(try MergeCorpus.mergeJSON([graph]) == expected)
        #expect(try MergeCorpus.mergeJSON([graph, graph]) == expected)
        let part = try MergeCorpus.throughGraphFile(Array(corpus.graphs.prefix(5)))
        #expect(try MergeCorpus.mergeJSON([part, graph, part]) == expected)
    }

    @Test("a fragment line reads back to exactly the document's graph")
    func fragmentRoundTrip() throws {
        for (document, graph) in zip(corpus.documents, corpus.graphs) {
            #expect(try MergeCorpus.throughFragment(graph) == graph, "\(document.path)")
        }
    }

    @Test("graph.json reads back to exactly the graph before resolution", arguments: ["/Merge/", "", "m1-"])
    func graphFileRoundTrip(part: String) throws {
        let subset = corpus.subset(part)
        let unresolved = GraphMerger().merge(subset.graphs)
        #expect(try MergeCorpus.throughGraphFile(subset.graphs) == unresolved)
        #expect(CrossDocumentResolver().resolving(unresolved).unresolved == unresolved)
    }

    @Test("documents are numbered by path whatever ids they came with")
    func canonicalIDs() throws {
        var renamed = corpus.graphs.map { graph -> EntityGraph in
            var accumulator = GraphAccumulator()
            accumulator.add(graph)
            return accumulator.finish()  // every document becomes d1 of its own graph
        }
        #expect(renamed.allSatisfy { $0.documents.keys.elementsEqual(["d1"]) })
        renamed.reverse()
        #expect(try MergeCorpus.mergeJSON(renamed) == corpus.buildJSON())
    }

    @Test("with --max-evidence, merging limited graphs gives the limited build; sources stay true", arguments: [1, 2])
    func evidenceLimit(limit: Int) throws {
        let expected = try corpus.buildJSON(maxEvidence: limit)
        let half = corpus.graphs.count / 2
        let inputs = [try MergeCorpus.throughGraphFile(Array(corpus.graphs[..<half]), maxEvidence: limit),
                      try MergeCorpus.throughGraphFile(Array(corpus.graphs[half...]), maxEvidence: limit)]
        #expect(try MergeCorpus.mergeJSON(inputs.reversed(), maxEvidence: limit) == expected)

        let full = Extractor(knowledge: ExtractionFixture.knowledge).resolvedGraph(of: corpus.documents).graph
        let cut = Extractor(knowledge: ExtractionFixture.knowledge).resolvedGraph(of: corpus.documents, maxEvidence: limit).graph
        #expect(full.relations.keys.sorted() == cut.relations.keys.sorted())
        var trimmed = 0
        for (key, relation) in cut.relations {
            let whole = try #require(full.relations[key])
            #expect(relation.evidence.count == min(limit, whole.evidence.count))
            #expect(relation.sources == whole.sources, "\(key.id)")
            #expect(relation.documents == whole.documents)
            let best = whole.evidence.map(\.confidence).sorted(by: >).prefix(limit)
            #expect(relation.evidence.map(\.confidence).sorted(by: >) == Array(best))
            if relation.evidence.count < whole.evidence.count { trimmed += 1 }
        }
        #expect(trimmed > 0, "the corpus has relations with more evidence than the limit")
    }
}
