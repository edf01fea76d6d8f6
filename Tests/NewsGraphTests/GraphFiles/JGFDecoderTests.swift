import Foundation
import Testing
@testable import NewsGraph

@Suite("JGF decoder")
struct JGFDecoderTests {
    func decode(_ json: String) throws -> JGFDecoder.Decoded {
        try JGFDecoder().decode(Data(json.utf8))
    }

    @Test("a NewsGraph file reads back to the same graph and re-encodes to the same bytes")
    func roundTrip() throws {
        let json = try JSONGraphEncoder().encode(SampleGraph.graph)
        let decoded = try JGFDecoder().decode(json)
        #expect(decoded.warnings.isEmpty)
        #expect(decoded.graph == SampleGraph.graph)
        #expect(try JSONGraphEncoder().encode(decoded.graph) == json)
        #expect(try GraphMLEncoder().encode(decoded.graph) == GraphMLEncoder().encode(SampleGraph.graph))
        #expect(DOTEncoder().text(decoded.graph) == DOTEncoder().text(SampleGraph.graph))
    }

    @Test("missing optional fields get defaults")
    func defaults() throws {
        let decoded = try decode(#"{"graph": {"nodes": {"a": {}, "b": {"label": "Bee"}}, "edges": [{"source": "a", "target": "b"}]}}"#)
        let graph = decoded.graph
        #expect(graph.nodes.map(\.id) == ["a", "b"])
        #expect(graph.nodes.map(\.label) == ["a", "Bee"])
        #expect(graph.nodes.allSatisfy { $0.type == "other" && $0.mentions == 0 && $0.documents.isEmpty })
        let edge = try #require(graph.edges.first)
        #expect(edge.id == "e1")
        #expect(edge.relation == "" && edge.label == "" && edge.directed)
        #expect(edge.sources == 1 && edge.evidence.isEmpty && edge.confidence == nil)
        #expect(decoded.warnings == ["1 edge has no id; named e1, e2, …"])
    }

    @Test("a known relation without direction, label or codes takes NewsGraph's")
    func knownRelationDefaults() throws {
        let graph = try decode(#"{"graph": {"directed": true, "nodes": {"a": {}, "b": {}}, "edges": [{"id": "x", "source": "a", "target": "b", "relation": "call"}]}}"#).graph
        let edge = try #require(graph.edges.first)
        #expect(!edge.directed)
        #expect(edge.label == "phone call" && edge.cameo == "041" && edge.plover == "CONSULT")
    }

    @Test("self-loops and parallel edges are kept, duplicate ids made unique")
    func loopsAndParallelEdges() throws {
        let decoded = try decode("""
            {"graph": {"nodes": {"a": {}, "b": {}}, "edges": [
              {"id": "p", "source": "a", "target": "b", "relation": "call"},
              {"id": "p", "source": "a", "target": "b", "relation": "call"},
              {"source": "a", "target": "b", "relation": "call"},
              {"id": "loop", "source": "a", "target": "a", "relation": "visit"}]}}
            """)
        #expect(decoded.graph.edges.count == 4)
        #expect(Set(decoded.graph.edges.map(\.id)).count == 4)
        #expect(decoded.graph.edges.contains { $0.source == "a" && $0.target == "a" })
        let dot = DOTEncoder().text(decoded.graph)
        #expect(dot.components(separatedBy: "n1 -> n2").count - 1 == 3)
        #expect(dot.contains("n1 -> n1"))
    }

    @Test("graphs, hyperedges, v1 node lists and edges to unlisted nodes")
    func otherShapes() throws {
        let hyper = try decode("""
            {"graphs": [{"directed": false, "nodes": {"a": {}, "b": {}, "c": {}},
                         "hyperedges": [{"nodes": ["a", "b", "c"], "relation": "meeting"}]},
                        {"nodes": {}}]}
            """)
        #expect(hyper.graph.edges.count == 3)
        #expect(hyper.graph.edges.allSatisfy { !$0.directed && $0.relation == "meeting" })
        #expect(hyper.warnings.count == 2)

        let v1 = try decode(#"{"graph": {"nodes": [{"id": "a", "label": "A"}], "edges": [{"source": "a", "target": "z"}]}}"#)
        #expect(v1.graph.nodes.map(\.id) == ["a", "z"])
        #expect(v1.warnings.contains { $0.contains("not among the nodes") })

        #expect(try decode("{}").graph.nodes.isEmpty)
        #expect(try decode(#"{"graphs": []}"#).graph.nodes.isEmpty)
    }

    @Test("metadata of any shape never makes a file unreadable")
    func lenientMetadata() throws {
        let graph = try decode("""
            {"graph": {"metadata": {"documents": "none"}, "nodes": {"a": {"metadata": {"type": 5, "aliases": "Ay", "mentions": 2.0}}},
             "edges": [{"source": "a", "target": "a", "metadata": {"evidence": [1, {"text": "t"}], "sources": "many", "date": 20260116}}]}}
            """).graph
        #expect(graph.nodes[0].type == "other")
        #expect(graph.nodes[0].aliases == ["Ay"])
        #expect(graph.nodes[0].mentions == 2)
        #expect(graph.edges[0].evidence.map(\.text) == ["t"])
        #expect(graph.edges[0].date == nil)
    }

    static let failures: [(String, String)] = [
        ("not json", "not a JSON file"),
        ("[1, 2]", "not a JSON Graph Format file: the file holds an array"),
        (#"{"elements": {}}"#, #"found "elements""#),
        (#"{"graph": {"edges": [{"source": "a"}]}}"#, #"graph.edges[0] has no "target" string"#),
        (#"{"graph": {"nodes": 3}}"#, "graph.nodes is a number"),
    ]

    @Test(arguments: failures)
    func errors(json: String, message: String) {
        do {
            _ = try decode(json)
            Issue.record("\(json) was accepted")
        } catch {
            #expect(error.localizedDescription.contains(message), "\(error.localizedDescription)")
        }
    }
}
