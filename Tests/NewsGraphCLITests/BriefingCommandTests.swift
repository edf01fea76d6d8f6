import Foundation
import NewsGraph
import Testing

/// `-f html` and `-f gexf` from `build` and `render`, end to end.
@Suite("newsgraph -f html,gexf, end to end")
struct BriefingCommandTests {
    let examples = CLIRunner.packageRoot.appendingPathComponent("Examples/articles").path

    func run(_ arguments: [String]) throws -> URL {
        let out = try CLIRunner.temporaryFolder()
        let result = try CLIRunner.run(arguments + ["-o", out.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return out
    }

    func text(_ folder: URL, _ name: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
    }

    func count(_ text: String, _ part: String) -> Int { text.components(separatedBy: part).count - 1 }

    @Test("build writes the page and the GEXF of the graph it writes as JSON, from the SVG's layout")
    func build() throws {
        let out = try run(["build", examples, "-f", "json,svg,gexf,html"])
        defer { try? FileManager.default.removeItem(at: out) }
        let graph = try JGFDecoder().decode(Data(contentsOf: out.appendingPathComponent("graph.json"))).graph
        let gexf = try text(out, "graph.gexf")
        #expect(count(gexf, "<node ") == graph.nodes.count)
        #expect(count(gexf, "<edge ") == graph.edges.count)
        #expect(count(gexf, "<viz:position ") == graph.nodes.count)
        let page = try text(out, "graph.html")
        let svg = try text(out, "graph.svg")
        // The page's diagram is graph.svg (without its tooltips): every shape, where graph.svg draws it.
        let shapes = svg.split(separator: "\n").filter { $0.hasPrefix("<path ") || $0.hasPrefix("<ellipse ") || $0.hasPrefix("<polygon ") }
        #expect(shapes.count > 40)
        for shape in shapes { #expect(page.contains(shape), "\(shape)") }
        #expect(count(page, "class=\"node ") == graph.nodes.count)
        #expect(count(page, "class=\"edge ") == graph.edges.count)
        #expect(!page.contains("xlink:title"))
        #expect(page.contains("2 documents, 15 entities, 22 relations") || page.contains(graph.summary))
    }

    @Test("the GEXF's positions are where the SVG draws the nodes")
    func positionsMatchTheSVG() throws {
        let out = try run(["build", examples, "-f", "svg,gexf"])
        defer { try? FileManager.default.removeItem(at: out) }
        let gexf = try text(out, "graph.gexf"), svg = try text(out, "graph.svg")
        func value(_ text: String, after marker: String) throws -> Double {
            let rest = try #require(text.components(separatedBy: marker).dropFirst().first)
            return try #require(Double(rest.prefix { $0 != "\"" }))
        }
        // People are ellipses: their centre (cx, cy) in the SVG's coordinates, y growing downward.
        var offsets: [Double] = []
        for (id, svgID) in [("person:vladimir-putin", "vladimir&#45;putin"), ("person:masoud-pezeshkian", "masoud&#45;pezeshkian"),
                            ("person:maria-zakharova", "maria&#45;zakharova")] {
            let node = try #require(gexf.components(separatedBy: "<node id=\"\(id)\"").last)
            let group = try #require(svg.components(separatedBy: "<g id=\"node&#45;person&#45;\(svgID)\"").last)
            let (x, y) = (try value(node, after: "<viz:position x=\""), try value(node, after: "\" y=\""))
            let (cx, cy) = (try value(group, after: " cx=\""), try value(group, after: " cy=\""))
            #expect(abs(x - cx) < 0.02, "\(id): GEXF x \(x), SVG cx \(cx)")
            offsets.append(y + cy)  // GEXF's y grows upward: y = −cy + a constant
        }
        #expect(offsets.max()! - offsets.min()! < 0.05, "\(offsets)")
    }

    @Test("render writes both with the filters; the page alone needs no other file")
    func renderWithFilters() throws {
        let source = try run(["build", examples, "-f", "json"])
        defer { try? FileManager.default.removeItem(at: source) }
        let json = source.appendingPathComponent("graph.json").path
        let out = try run(["render", json, "-f", "html,gexf", "--relations", "call"])
        defer { try? FileManager.default.removeItem(at: out) }
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["graph.gexf", "graph.html"])
        let gexf = try text(out, "graph.gexf")
        #expect(count(gexf, "<edge ") == 2)
        #expect(!gexf.contains("accusation"))
        let page = try text(out, "graph.html")
        #expect(page.contains("class=\"edge call undirected\""))
        #expect(!page.contains("class=\"edge accusation"))
        #expect(page.contains("3 entities, 2 relations"))
    }

    @Test("render of build's JSON gives the same page and GEXF as build")
    func renderMatchesBuild() throws {
        let built = try run(["build", examples, "-f", "json,html,gexf"])
        let rendered = try run(["render", built.appendingPathComponent("graph.json").path, "-f", "html,gexf"])
        defer { try? FileManager.default.removeItem(at: built); try? FileManager.default.removeItem(at: rendered) }
        for name in ["graph.html", "graph.gexf"] {
            #expect(try Data(contentsOf: built.appendingPathComponent(name)) == Data(contentsOf: rendered.appendingPathComponent(name)), "\(name)")
        }
    }

    @Test("the same inputs give byte-identical pages and GEXF files")
    func deterministic() throws {
        let first = try run(["build", examples, "-f", "html,gexf"])
        let second = try run(["build", examples, "-f", "html,gexf"])
        defer { try? FileManager.default.removeItem(at: first); try? FileManager.default.removeItem(at: second) }
        for name in ["graph.html", "graph.gexf"] {
            #expect(try Data(contentsOf: first.appendingPathComponent(name)) == Data(contentsOf: second.appendingPathComponent(name)))
        }
    }
}
