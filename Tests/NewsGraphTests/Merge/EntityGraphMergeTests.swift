import Testing
@testable import NewsGraph

/// Merging per-document graphs must not depend on their order or grouping.
@Suite("EntityGraph merge")
struct EntityGraphMergeTests {
    static func graph(_ document: String, _ date: NewsDate?, people: [(String, String)], call: (String, String)?) -> EntityGraph {
        var g = EntityGraph()
        g.add(DocumentInfo(id: document, path: "\(document).txt", date: date))
        for (name, alias) in people {
            g.add(Entity(id: EntityID.make(kind: .person, key: name), kind: .person, name: name, aliases: [alias],
                         country: "RUS", mentions: 2, documents: [document]))
        }
        if let (a, b) = call {
            g.add(Relation(kind: .call, source: EntityID.make(kind: .person, key: a), target: EntityID.make(kind: .person, key: b),
                           evidence: [Evidence(document: document, start: 0, end: 10, text: "0123456789", triggers: ["phoned"],
                                               confidence: 0.9, date: date)]))
        }
        return g
    }

    let a = graph("d1", NewsDate(year: 2026, month: 1, day: 16), people: [("Vladimir Putin", "Putin"), ("Masoud Pezeshkian", "Pezeshkian")],
                  call: ("Vladimir Putin", "Masoud Pezeshkian"))
    let b = graph("d2", nil, people: [("Vladimir Putin", "the Russian leader"), ("Masoud Pezeshkian", "Masoud Pezeshkian")],
                  call: ("Masoud Pezeshkian", "Vladimir Putin"))
    let c = graph("d3", NewsDate(year: 2026, month: 1, day: 17), people: [("Benjamin Netanyahu", "Netanyahu")], call: nil)

    @Test("merge is commutative")
    func commutative() {
        #expect(a.merging(b) == b.merging(a))
        #expect(a.merging(c) == c.merging(a))
    }

    @Test("merge is associative")
    func associative() {
        #expect(a.merging(b).merging(c) == a.merging(b.merging(c)))
    }

    @Test("every order of three graphs gives the same result and the same JSON")
    func allOrders() throws {
        let orders = [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]]
        let results = orders.map { EntityGraph.merged($0) }
        #expect(Set(results).count == 1)
        let json = try results.map { try JSONGraphEncoder().encode($0) }
        #expect(Set(json).count == 1)
    }

    @Test("one call reported by two documents is one undirected edge with evidence from both")
    func eventAcrossDocuments() throws {
        let merged = a.merging(b)
        #expect(merged.relations.count == 1)
        let call = try #require(merged.relations.values.first)
        #expect(call.sources == 2)
        #expect(call.documents == ["d1", "d2"])
        #expect(call.date == NewsDate(year: 2026, month: 1, day: 16))
        let putin = try #require(merged.entities[EntityID.make(kind: .person, key: "Vladimir Putin")])
        #expect(putin.mentions == 4)
        #expect(putin.aliases == ["Vladimir Putin", "Putin", "the Russian leader"])
        #expect(putin.sortedAliases == ["Putin", "the Russian leader"])
        #expect(putin.documents == ["d1", "d2"])
    }

    @Test("evidence for the same sentence is combined, not duplicated")
    func evidenceDeduplicated() {
        let merged = a.merging(a)
        #expect(merged.relations.values.first?.evidence.count == 1)
    }

    @Test("merging a graph with itself changes nothing: mentions are counted per document")
    func idempotent() {
        #expect(a.merging(a) == a)
        let all = EntityGraph.merged([a, b, c])
        #expect(all.merging(a).merging(all) == all)
    }
}

@Suite("Model values")
struct ModelValueTests {
    @Test("entity ids are NMTOKEN slugs derived from the name", arguments: [
        ("Vladimir Putin", "person:vladimir-putin"),
        ("Élysée Palace", "person:elysee-palace"),
        ("U.S. State Department", "person:u-s-state-department"),
        ("  --  ", "person:x"),
    ])
    func slugs(name: String, id: String) {
        #expect(EntityID.make(kind: .person, key: name) == id)
    }

    @Test("dates: ISO text, weekdays and day arithmetic")
    func dates() throws {
        let date = try #require(NewsDate(iso: "2026-01-16"))
        #expect(date.weekday == 5) // a Friday
        #expect(date.adding(days: 16).description == "2026-02-01")
        #expect(NewsDate(iso: "2026-02-30") == nil)
        #expect(NewsDate(dayNumber: date.dayNumber) == date)
    }

    @Test("undirected relation keys ignore orientation; directed ones keep it")
    func relationKeys() {
        #expect(RelationKey(kind: .call, source: "b", target: "a") == RelationKey(kind: .call, source: "a", target: "b"))
        #expect(RelationKey(kind: .accusation, source: "b", target: "a") != RelationKey(kind: .accusation, source: "a", target: "b"))
    }
}
