import Foundation
import Testing
@testable import NewsGraph

/// The GEXF file, read by the tools that will read it: xmllint (well-formed) and NetworkX's
/// `read_gexf` (counts, attribute types, time, positions).
@Suite("GEXF interop with the real readers")
struct GEXFInteropTests {
    static let script = """
        import json, sys, xml.etree.ElementTree as ET, networkx as nx
        root = ET.parse(sys.argv[1]).getroot()
        g = nx.read_gexf(sys.argv[1])
        nodes = {n: {k: [type(v).__name__, v] for k, v in d.items()} for n, d in g.nodes(data=True)}
        edges = [{k: [type(v).__name__, v] for k, v in d.items()} | {"_ends": [u, v]} for u, v, d in g.edges(data=True)]
        print(json.dumps({"root": root.tag, "version": root.get("version"), "class": type(g).__name__,
                          "graph": g.graph, "nodes": nodes, "edges": edges}))
        """

    @Test(.enabled(if: ExternalTool.find("xmllint") != nil, "xmllint is not installed"))
    func wellFormed() throws {
        let file = try ExternalTool.temporaryFile(GEXFEncoderTests.encoder.encode(SampleGraph.graph), extension: "gexf")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try ExternalTool.run("xmllint", ["--noout", file.path])
        #expect(result.status == 0, "xmllint: \(result.stderr)")
    }

    @Test(.enabled(if: ExternalTool.hasPython("networkx"), "python3 with networkx is not installed"))
    func networkXReadsCountsTypesTimeAndPositions() throws {
        let graph = SampleGraph.graph
        let file = try ExternalTool.temporaryFile(GEXFEncoderTests.encoder.encode(graph), extension: "gexf")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try ExternalTool.run("python3", ["-c", Self.script, file.path])
        try #require(result.status == 0, "networkx: \(result.stderr)")
        let read = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(read["root"] as? String == "{http://gexf.net/1.3}gexf")
        #expect(read["version"] as? String == "1.3")
        #expect(["DiGraph", "MultiDiGraph"].contains(read["class"] as? String ?? ""))
        let meta = read["graph"] as! [String: Any]
        #expect(meta["mode"] as? String == "dynamic")
        #expect(meta["start"] as? String == "2026-01-16")
        let nodes = read["nodes"] as! [String: [String: [Any]]]
        let edges = read["edges"] as! [[String: [Any]]]
        // The JSON's counts.
        let json = try JSONSerialization.jsonObject(with: JSONGraphEncoder().encode(graph)) as! [String: Any]
        let jgf = json["graph"] as! [String: Any]
        #expect(nodes.count == (jgf["nodes"] as! [String: Any]).count)
        #expect(edges.count == (jgf["edges"] as! [Any]).count)

        let putin = try #require(nodes["person:vladimir-putin"])
        #expect(putin["label"]?[1] as? String == "Vladimir Putin")
        #expect(putin["type"]?[1] as? String == "person")
        #expect(putin["mentions"]?[0] as? String == "int")
        #expect(putin["start"]?[1] as? String == "2026-01-16")
        #expect(putin["end"]?[1] as? String == "2026-01-16")
        let viz = try #require(putin["viz"]?[1] as? [String: Any])
        #expect((viz["position"] as? [String: Double])?["x"] != nil)
        #expect((viz["color"] as? [String: Any])?["r"] as? Int == 194)
        #expect(nodes["person:zoe-z-o-neil-b-amp-n"]?["label"]?[1] as? String == SampleGraph.hostileName)
        // d2 has no date: the UN (mentioned only there, no relation) has no time.
        #expect(nodes["organization:united-nations"]?["start"] == nil)

        let call = try #require(edges.first { $0["relation"]?[1] as? String == "call" })
        #expect(call["directed"]?[0] as? String == "bool")
        #expect(call["directed"]?[1] as? Bool == false)
        #expect(call["weight"]?[1] as? Double == 2)
        #expect(call["sources"]?[0] as? String == "int")
        #expect(call["confidence"]?[0] as? String == "float")
        #expect(call["label"]?[1] as? String == "phone call")
        #expect(call["start"]?[1] as? String == "2026-01-16")
        #expect(call["end"]?[1] as? String == "2026-01-16")
        #expect(call["documents"]?[1] as? String == "d1; d2")
        let accusation = try #require(edges.first { $0["relation"]?[1] as? String == "accusation" })
        let evidence = try JSONSerialization.jsonObject(with: Data((accusation["evidence"]?[1] as! String).utf8)) as! [[String: Any]]
        #expect(evidence.first?["text"] as? String == SampleGraph.hostileSentence)
        #expect(accusation["directed"]?[1] as? Bool == true)
    }
}
