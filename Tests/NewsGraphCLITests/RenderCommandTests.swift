import Foundation
import NewsGraph
import Testing

/// `newsgraph render`, and the filters and output options shared with `build`, end to end.
@Suite("newsgraph render and output options, end to end")
struct RenderCommandTests {
    let examples = CLIRunner.packageRoot.appendingPathComponent("Examples/articles").path

    /// Runs `build` on the examples into a fresh folder; returns it.
    func built(_ extra: [String] = []) throws -> URL {
        let out = try CLIRunner.temporaryFolder()
        let result = try CLIRunner.run(["build", examples, "-o", out.path, "-f", "json,graphml,dot"] + extra)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return out
    }

    func jgf(_ url: URL) throws -> ExportGraph {
        try JGFDecoder().decode(Data(contentsOf: url)).graph
    }

    @Test("render re-exports a saved graph byte for byte and draws it")
    func reexport() throws {
        let source = try built()
        let out = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: source); try? FileManager.default.removeItem(at: out) }
        let result = try CLIRunner.run(["render", source.appendingPathComponent("graph.json").path, "-o", out.path,
                                        "-f", "json,graphml,dot,svg,png"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty)
        for name in ["graph.json", "graph.graphml", "graph.dot"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == Data(contentsOf: source.appendingPathComponent(name)),
                    "\(name) differs from build's")
        }
        let svg = try String(contentsOf: out.appendingPathComponent("graph.svg"), encoding: .utf8)
        #expect(svg.contains("<title>newsgraph</title>") && svg.contains("class=\"node person\""))
    }

    @Test("render's default formats leave the JSON alone; writing over the input is refused")
    func defaultsAndOverwrite() throws {
        let folder = try built()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("graph.json").path
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        let result = try CLIRunner.run(["render", input, "-o", folder.path, "--relations", "call"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("graph.svg").path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
        let refused = try CLIRunner.run(["render", input, "-o", folder.path, "-f", "json"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("would be overwritten"))
    }

    @Test("filters apply to every output of build, JSON and GraphML included")
    func buildFilters() throws {
        let all = try built()
        let calls = try built(["--relations", "call", "--min-sources", "1"])
        defer { try? FileManager.default.removeItem(at: all); try? FileManager.default.removeItem(at: calls) }
        let full = try jgf(all.appendingPathComponent("graph.json"))
        let filtered = try jgf(calls.appendingPathComponent("graph.json"))
        #expect(!filtered.edges.isEmpty)
        #expect(filtered.edges.allSatisfy { $0.relation == "call" })
        #expect(filtered.edges.count == full.edges.filter { $0.relation == "call" }.count)
        // Entities left without relations drop out.
        let ends = Set(filtered.edges.flatMap { [$0.source, $0.target] })
        #expect(Set(filtered.nodes.map(\.id)) == ends)
        let graphML = try String(contentsOf: calls.appendingPathComponent("graph.graphml"), encoding: .utf8)
        #expect(graphML.components(separatedBy: "<edge ").count - 1 == filtered.edges.count)
        #expect(graphML.components(separatedBy: "<node ").count - 1 == filtered.nodes.count)
        let dot = try String(contentsOf: calls.appendingPathComponent("graph.dot"), encoding: .utf8)
        #expect(!dot.contains("class=\"accusation"))
    }

    @Test("--focus keeps a neighbourhood; a name that matches nothing is one clear line")
    func focus() throws {
        let source = try built()
        let out = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: source); try? FileManager.default.removeItem(at: out) }
        let input = source.appendingPathComponent("graph.json").path
        let full = try jgf(URL(fileURLWithPath: input))
        let putin = try #require(full.nodes.first { $0.label == "Vladimir Putin" })
        let result = try CLIRunner.run(["render", input, "-o", out.path, "-f", "json", "--focus", "Putin", "--depth", "1"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let focused = try jgf(out.appendingPathComponent("graph.json"))
        let neighbours = Set(full.edges.filter { $0.source == putin.id || $0.target == putin.id }.flatMap { [$0.source, $0.target] })
        #expect(Set(focused.nodes.map(\.id)) == neighbours)
        #expect(result.stdout.contains("(of \(full.nodes.count) entities"))

        let missing = try CLIRunner.run(["render", input, "-o", out.path, "--focus", "Nobody At All"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("no entity is called 'Nobody At All'"))
        #expect(missing.stderr.split(separator: "\n").count == 1)

        let badRelation = try CLIRunner.run(["render", input, "-o", out.path, "--relations", "calls"])
        #expect(badRelation.status == 64)
        #expect(badRelation.stderr.contains("use any of call, meeting"))
    }

    @Test("any schema-valid JGF renders: defaults, self-loops and parallel edges drawn")
    func foreignJGF() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("foreign.json")
        try Data("""
            {"graph": {"nodes": {"a": {"label": "A \\"quoted\\" <node>"}, "b": {}, "c d": {"metadata": {"type": "city"}}},
             "edges": [{"source": "a", "target": "b", "relation": "friend"},
                       {"source": "a", "target": "b", "relation": "friend"},
                       {"source": "b", "target": "b"},
                       {"source": "a", "target": "c d", "directed": false}]}}
            """.utf8).write(to: input)
        let result = try CLIRunner.run(["render", input.path, "-o", folder.path, "-f", "svg,graphml,json,dot"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("4 edges have no id"))
        let svg = try String(contentsOf: folder.appendingPathComponent("graph.svg"), encoding: .utf8)
        #expect(svg.components(separatedBy: "class=\"edge ").count - 1 == 4)
        // Nodes sort by type, then id: "c d" (city) is n1, a is n2, b is n3.
        #expect(svg.contains("<title>n3&#45;&gt;n3</title>"))
        #expect(svg.components(separatedBy: "<title>n2&#45;&gt;n3</title>").count - 1 == 2)
        #expect(svg.contains("A &quot;quoted&quot; &lt;node&gt;") || svg.contains("A \"quoted\" &lt;node&gt;"))
        let graphML = try String(contentsOf: folder.appendingPathComponent("graph.graphml"), encoding: .utf8)
        #expect(graphML.contains("<node id=\"c_x20_d\">"))
        let reread = try jgf(folder.appendingPathComponent("graph.json"))
        #expect(reread.edges.count == 4 && reread.nodes.first { $0.id == "c d" }?.type == "city")
    }

    @Test("unreadable inputs: missing file 66, not JGF 65, each one line")
    func badInputs() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try CLIRunner.run(["render", folder.appendingPathComponent("none.json").path, "-o", folder.path])
        #expect(missing.status == 66)
        #expect(missing.stderr.split(separator: "\n").count == 1)
        let notJSON = folder.appendingPathComponent("bad.json")
        try Data("<graphml/>".utf8).write(to: notJSON)
        let bad = try CLIRunner.run(["render", notJSON.path, "-o", folder.path])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("not a JSON file"))
        #expect(bad.stderr.split(separator: "\n").count == 1)
    }

    @Test("--graphml-flavor yed, --json-flavor, --layout, --dpi")
    func outputOptions() throws {
        let source = try built()
        let out = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: source); try? FileManager.default.removeItem(at: out) }
        let input = source.appendingPathComponent("graph.json").path
        let result = try CLIRunner.run(["render", input, "-o", out.path, "-f", "graphml,json,dot,png",
                                        "--graphml-flavor", "yed", "--json-flavor", "cytoscape", "--layout", "neato", "--dpi", "72"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let yed = try String(contentsOf: out.appendingPathComponent("graph.graphml"), encoding: .utf8)
        #expect(yed.contains("<y:ShapeNode>") && yed.contains("<y:Geometry x="))
        let cytoscape = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("graph.json"))) as? [String: Any]
        #expect((cytoscape?["elements"] as? [String: Any])?["nodes"] != nil)
        #expect(try String(contentsOf: out.appendingPathComponent("graph.dot"), encoding: .utf8).contains("layout=neato"))
        let unknown = try CLIRunner.run(["render", input, "-o", out.path, "--layout", "spring"])
        #expect(unknown.status == 64)
    }

    @Test("a 2,000-node, 3,000-edge JGF renders to SVG in well under 20 s")
    func largeGraph() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("large.json")
        try JSONGraphEncoder(prettyPrinted: false).encode(Self.synthetic(nodes: 2000, edges: 3000)).write(to: input)
        let started = Date()
        let result = try CLIRunner.run(["render", input.path, "-o", folder.path, "-f", "svg"])
        let seconds = Date().timeIntervalSince(started)
        print("newsgraph render, 2,000 nodes and 3,000 edges to SVG (auto layout): \(String(format: "%.1f", seconds)) s")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(seconds < 20)
        let svg = try String(contentsOf: folder.appendingPathComponent("graph.svg"), encoding: .utf8)
        #expect(svg.components(separatedBy: "class=\"node ").count - 1 == 2000)
    }

    /// A fixed graph of the given size: entities of every type, relations of every kind.
    static func synthetic(nodes: Int, edges: Int) -> ExportGraph {
        let types = ["person", "country", "organization"]
        let relations = RelationKind.allCases
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let nodeList = (0..<nodes).map {
            ExportGraph.Node(id: "\(types[$0 % 3]):n\($0)", label: "\(types[$0 % 3].capitalized) \($0)", type: types[$0 % 3],
                             mentions: 1, documents: ["d1"])
        }
        let edgeList = (0..<edges).map { index -> ExportGraph.Edge in
            let kind = relations[next(relations.count)]
            let source = nodeList[next(nodes)].id, target = nodeList[next(nodes)].id
            return ExportGraph.Edge(id: "e\(index)", source: source, target: target, relation: kind.rawValue,
                                    directed: kind.isDirected, label: kind.label, sources: 1 + next(3),
                                    evidence: [Evidence(document: "d1", start: index, end: index + 9, text: "Sentence \(index).")])
        }
        return ExportGraph(documents: [DocumentInfo(id: "d1", path: "synthetic.txt")], nodes: nodeList, edges: edgeList)
    }
}
