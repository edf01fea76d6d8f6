import Foundation
import Testing
@testable import NewsGraph

/// GEXF 1.3: the golden file, the timeline and the looks.
@Suite("GEXF encoder")
struct GEXFEncoderTests {
    static var encoder: GEXFEncoder { GEXFEncoder(positions: FixedNodePositions(SampleGraph.positions)) }

    static func text(_ encoder: GEXFEncoder = encoder, _ graph: ExportGraph = SampleGraph.graph) throws -> String {
        String(decoding: try encoder.encode(graph), as: UTF8.self)
    }

    @Test func goldenFile() throws {
        try GoldenFile.check(Self.encoder.encode(SampleGraph.graph), name: "sample.gexf")
    }

    @Test("declares GEXF 1.3, a directed dynamic graph with dates, and the graph's whole span")
    func header() throws {
        let text = try Self.text()
        #expect(text.contains(#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz""#))
        #expect(text.contains(#"version="1.3""#))
        #expect(text.contains(#"<graph defaultedgetype="directed" mode="dynamic" timeformat="date" start="2026-01-16" end="2026-01-16">"#))
        // An undirected relation is an edge of the directed graph, said undirected by its attribute.
        #expect(!text.contains("type=\"undirected\""))
        #expect(!text.contains("type=\"mutual\""))
    }

    @Test("an edge spans its evidence's days; a node its documents' days and its edges'")
    func timeSpans() throws {
        let d1 = DocumentInfo(id: "d1", path: "a.txt", date: NewsDate(year: 2026, month: 1, day: 10))
        let d2 = DocumentInfo(id: "d2", path: "b.txt", date: NewsDate(year: 2026, month: 3, day: 2))
        let d3 = DocumentInfo(id: "d3", path: "c.txt")
        let graph = ExportGraph(documents: [d1, d2, d3], nodes: [
            .init(id: "a", label: "A", type: "person", documents: ["d1"]),
            .init(id: "b", label: "B", type: "person", documents: ["d2"]),
            .init(id: "c", label: "C", type: "person", documents: ["d3"]),
            .init(id: "z", label: "Z", type: "person", documents: ["d3"]),
        ], edges: [
            // The sentence's own date (Feb 1) wins over its document's (Jan 10); the other has only its document's.
            .init(id: "ab", source: "a", target: "b", relation: "call", directed: false, label: "phone call", evidence: [
                Evidence(document: "d1", start: 0, end: 1, text: "x", date: NewsDate(year: 2026, month: 2, day: 1)),
                Evidence(document: "d2", start: 0, end: 1, text: "y"),
            ]),
            .init(id: "bc", source: "b", target: "c", relation: "threat", directed: true, label: "threatens", evidence: [
                Evidence(document: "d3", start: 0, end: 1, text: "z"),
            ]),
        ])
        let text = try Self.text(GEXFEncoder(), graph)
        #expect(text.contains(#"<edge id="ab" source="a" target="b" label="phone call" weight="1.0" start="2026-02-01" end="2026-03-02">"#))
        #expect(text.contains(#"<edge id="bc" source="b" target="c" label="threatens" weight="1.0">"#))
        #expect(text.contains(#"<node id="a" label="A" start="2026-01-10" end="2026-03-02">"#))
        #expect(text.contains(#"<node id="b" label="B" start="2026-02-01" end="2026-03-02">"#))
        #expect(text.contains(#"<node id="z" label="Z">"#))
        #expect(text.contains(#"start="2026-01-10" end="2026-03-02">"#))
        #expect(!text.contains("viz:position"), "no positions without a provider")
    }

    @Test("colours, sizes, shapes and positions as the diagram has them")
    func looks() throws {
        let text = try Self.text()
        // Putin: a person (the type's border colour), placed at his box's centre, y flipped.
        let box = SampleGraph.positions["person:vladimir-putin"]!
        let bottom = SampleGraph.positions.values.map { $0.y + $0.height }.max()!
        let block = try #require(text.components(separatedBy: "<node id=\"person:vladimir-putin\"").last?.components(separatedBy: "</node>").first)
        #expect(block.contains(#"<viz:color r="194" g="87" b="12"/>"#))
        #expect(block.contains("<viz:position x=\"\(YEdGraphics.number(box.x + 60))\" y=\"\(YEdGraphics.number(bottom - box.y - 18))\" z=\"0.0\"/>"))
        #expect(block.contains(#"<viz:shape value="disc"/>"#))
        #expect(text.contains(#"<viz:shape value="dashed"/>"#), "affiliation is dashed")
    }

    @Test("hostile names and evidence stay well-formed text")
    func escaping() throws {
        let text = try Self.text()
        #expect(!text.contains("<script>"))
        #expect(text.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
        #expect(!text.contains("\u{1}"))
    }

    @Test("the same graph in another order gives the same bytes")
    func deterministic() throws {
        var shuffled = EntityGraph()
        let original = SampleGraph.entityGraph
        for relation in original.sortedRelations.reversed() { shuffled.add(relation) }
        for entity in original.sortedEntities.reversed() { shuffled.add(entity) }
        for document in original.sortedDocuments.reversed() { shuffled.add(document) }
        #expect(try Self.encoder.encode(original) == Self.encoder.encode(shuffled))
    }

    @Test("writing to a file gives the bytes of encode")
    func streaming() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-\(UUID().uuidString).gexf")
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.encoder.write(SampleGraph.graph, to: url)
        #expect(try Data(contentsOf: url) == Self.encoder.encode(SampleGraph.graph))
    }
}
