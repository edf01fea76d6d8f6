import Foundation
import Testing
@testable import NewsGraph

/// The files, read by the tools that will read them: xmllint with the GraphML XSD, NetworkX and
/// igraph for GraphML, jsonschema for JGF, NetworkX for node-link JSON, Graphviz for DOT.
/// A check whose tool or schema is missing is reported as skipped, with the reason.
@Suite("Interop with the real readers")
struct InteropTests {
    static let hasXMLLint = ExternalTool.find("xmllint") != nil
    static let hasSchemas = ExternalTool.schemas != nil
    static let hasDot = ExternalTool.find("dot") != nil

    @Test(.enabled(if: hasXMLLint, "xmllint is not installed"),
          .enabled(if: hasSchemas, "../shared/schemas/graphml is missing"))
    func graphMLValidatesAgainstTheXSD() throws {
        let file = try ExternalTool.temporaryFile(GraphMLEncoder().encode(SampleGraph.graph), extension: "graphml")
        defer { try? FileManager.default.removeItem(at: file) }
        let xsd = ExternalTool.schemas!.appendingPathComponent("graphml/graphml.xsd").path
        let result = try ExternalTool.run("xmllint", ["--noout", "--schema", xsd, file.path])
        #expect(result.status == 0, "xmllint: \(result.stderr)")
    }

    @Test(.enabled(if: hasXMLLint, "xmllint is not installed"))
    func yEdGraphMLIsWellFormedXML() throws {
        let encoder = GraphMLEncoder(flavor: .yed(FixedNodePositions(SampleGraph.positions)))
        let file = try ExternalTool.temporaryFile(encoder.encode(SampleGraph.graph), extension: "graphml")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try ExternalTool.run("xmllint", ["--noout", file.path])
        #expect(result.status == 0, "xmllint: \(result.stderr)")
    }

    /// Reads the GraphML with NetworkX and prints counts and every attribute's Python type.
    static let networkXScript = """
        import json, sys, networkx as nx
        g = nx.read_graphml(sys.argv[1])
        nodes = {n: {k: [type(v).__name__, v] for k, v in d.items()} for n, d in g.nodes(data=True)}
        edges = [{k: [type(v).__name__, v] for k, v in d.items()} | {"_ends": [u, v]} for u, v, d in g.edges(data=True)]
        print(json.dumps({"class": type(g).__name__, "nodes": nodes, "edges": edges}))
        """

    @Test(.enabled(if: ExternalTool.hasPython("networkx"), "python3 with networkx is not installed"))
    func networkXReadsEveryAttributeTypedAsWritten() throws {
        let graph = SampleGraph.graph
        let file = try ExternalTool.temporaryFile(GraphMLEncoder().encode(graph), extension: "graphml")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try ExternalTool.run("python3", ["-c", Self.networkXScript, file.path])
        try #require(result.status == 0, "networkx: \(result.stderr)")
        let read = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        // A MultiDiGraph when two relations join the same pair, else a DiGraph (NetworkX decides).
        #expect(["DiGraph", "MultiDiGraph"].contains(read["class"] as? String ?? ""))
        let nodes = read["nodes"] as! [String: [String: [Any]]]
        let edges = read["edges"] as! [[String: [Any]]]
        #expect(nodes.count == graph.nodes.count)
        #expect(edges.count == graph.edges.count)

        let putin = try #require(nodes["person:vladimir-putin"])
        #expect(putin["label"]?[1] as? String == "Vladimir Putin")
        #expect(putin["name"]?[1] as? String == "Vladimir Putin")
        #expect(putin["type"]?[1] as? String == "person")
        #expect(putin["country"]?[1] as? String == "RUS")
        #expect(putin["aliases"]?[1] as? String == "Putin; the Russian leader")
        #expect(putin["mentions"]?[0] as? String == "int")
        #expect(putin["mentions"]?[1] as? Int == 5)
        #expect(putin["document_count"]?[0] as? String == "int")
        #expect(nodes["person:zoe-z-o-neil-b-amp-n"]?["label"]?[1] as? String == SampleGraph.hostileName)

        let call = try #require(edges.first { $0["relation"]?[1] as? String == "call" })
        #expect(call["directed"]?[0] as? String == "bool")
        #expect(call["directed"]?[1] as? Bool == false)
        #expect(call["weight"]?[0] as? String == "float")
        #expect(call["weight"]?[1] as? Double == 2)
        #expect(call["sources"]?[0] as? String == "int")
        #expect(call["confidence"]?[0] as? String == "float")
        #expect(call["interaction"]?[1] as? String == "call")
        #expect(call["label"]?[1] as? String == "phone call")
        #expect(call["cameo"]?[1] as? String == "041")
        #expect(call["date"]?[1] as? String == "2026-01-16")
        #expect(call["documents"]?[1] as? String == "d1; d2")
        let accusation = try #require(edges.first { $0["relation"]?[1] as? String == "accusation" })
        let evidence = try JSONSerialization.jsonObject(with: Data((accusation["evidence"]?[1] as! String).utf8)) as! [[String: Any]]
        // Evidence is JSON text inside the XML, so even control characters come back as written.
        #expect(evidence.first?["text"] as? String == SampleGraph.hostileSentence)
        #expect(accusation["directed"]?[1] as? Bool == true)
    }

    @Test(.enabled(if: ExternalTool.hasPython("igraph"), "python3 with igraph (python-igraph) is not installed"))
    func igraphReadsEveryAttribute() throws {
        let graph = SampleGraph.graph
        let file = try ExternalTool.temporaryFile(GraphMLEncoder().encode(graph), extension: "graphml")
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys, igraph
            g = igraph.Graph.Read_GraphML(sys.argv[1])
            v = g.vs.find(id="person:vladimir-putin").attributes()
            e = [x.attributes() for x in g.es if x["relation"] == "call"][0]
            print(json.dumps({"directed": g.is_directed(), "nodes": g.vcount(), "edges": g.ecount(),
                              "v": {k: [type(x).__name__, x] for k, x in v.items()},
                              "e": {k: [type(x).__name__, x] for k, x in e.items()}}))
            """
        let result = try ExternalTool.run("python3", ["-c", script, file.path])
        try #require(result.status == 0, "igraph: \(result.stderr)")
        let read = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(read["directed"] as? Bool == true)
        #expect(read["nodes"] as? Int == graph.nodes.count)
        #expect(read["edges"] as? Int == graph.edges.count)
        let v = read["v"] as! [String: [Any]], e = read["e"] as! [String: [Any]]
        #expect(v["name"]?[1] as? String == "Vladimir Putin")
        #expect(v["type"]?[1] as? String == "person")
        // igraph keeps every number as a double (its only numeric attribute type).
        #expect(v["mentions"]?[0] as? String == "float")
        #expect(v["mentions"]?[1] as? Double == 5)
        #expect(e["directed"]?[0] as? String == "bool")
        #expect(e["directed"]?[1] as? Bool == false)
        #expect(e["weight"]?[1] as? Double == 2)
        #expect(e["interaction"]?[1] as? String == "call")
        #expect(e["cameo"]?[1] as? String == "041")
    }

    @Test(.enabled(if: ExternalTool.hasPython("jsonschema"), "python3 with jsonschema is not installed"),
          .enabled(if: hasSchemas, "../shared/schemas/jgf is missing"))
    func jgfValidatesAgainstTheSchema() throws {
        let file = try ExternalTool.temporaryFile(JSONGraphEncoder().encode(SampleGraph.graph), extension: "json")
        defer { try? FileManager.default.removeItem(at: file) }
        let schema = ExternalTool.schemas!.appendingPathComponent("jgf/json-graph-schema_v2.json").path
        let script = "import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))"
        let result = try ExternalTool.run("python3", ["-c", script, file.path, schema])
        #expect(result.status == 0, "jsonschema: \(result.stderr)")
    }

    @Test(.enabled(if: ExternalTool.hasPython("networkx"), "python3 with networkx is not installed"))
    func networkXLoadsNodeLinkJSON() throws {
        let graph = SampleGraph.graph
        let file = try ExternalTool.temporaryFile(JSONGraphEncoder(flavor: .networkx).encode(graph), extension: "json")
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys, networkx as nx
            g = nx.node_link_graph(json.load(open(sys.argv[1])))
            print(type(g).__name__, g.number_of_nodes(), g.number_of_edges(), g.nodes["country:rus"]["code"])
            """
        let result = try ExternalTool.run("python3", ["-c", script, file.path])
        #expect(result.status == 0, "networkx: \(result.stderr)")
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                == "MultiDiGraph \(graph.nodes.count) \(graph.edges.count) RUS")
    }

    @Test(.enabled(if: hasDot, "Graphviz's dot is not installed"),
          arguments: ["dot", "sfdp", "neato"])
    func graphvizParsesTheDOT(engine: String) throws {
        let layout = DiagramLayout.settings(engine: engine, nodes: 7, edges: 5)
        let dot = try DOTEncoder(layout: layout).encode(SampleGraph.graph)
        let result = try ExternalTool.run("dot", ["-Tsvg"], input: dot)
        #expect(result.status == 0, "dot: \(result.stderr)")
        #expect(result.stderr.isEmpty, "dot warned: \(result.stderr)")
        #expect(result.stdout.contains("<title>newsgraph</title>"))
    }
}
