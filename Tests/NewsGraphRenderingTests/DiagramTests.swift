import Foundation
import NewsGraph
import Testing

@testable import NewsGraphRendering

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Diagrams of NewsGraph graphs: tooltips, ids and classes in the SVG, styling, the legend,
/// layout choice by size, and positions for yEd.
extension GraphvizTests {
    @Suite struct DiagramTests {
        static let hostile = "He said \"stop\" <script>alert('x')</script> & AT&amp;T \\N \\\\ é\u{1}\nnext line"

        /// Three entities, a call two documents report, an accusation with a hostile sentence.
        static var graph: ExportGraph {
            let documents = [DocumentInfo(id: "d1", path: "news/a <b>.txt", title: "A & B"), DocumentInfo(id: "d2", path: "news/b.txt")]
            let nodes = [
                ExportGraph.Node(id: "person:a", label: "Anna <A>", type: "person", roles: ["Minister"], documents: ["d1"]),
                ExportGraph.Node(id: "country:b", label: "Bland", type: "country", code: "BLA", documents: ["d1", "d2"]),
                ExportGraph.Node(id: "organization:c", label: "C & Co", type: "organization", documents: ["d2"]),
            ]
            let edges = [
                ExportGraph.Edge(id: "call__country:b__person:a", source: "country:b", target: "person:a", relation: "call",
                                 directed: false, label: "phone call", sources: 2,
                                 evidence: [Evidence(document: "d1", start: 0, end: 5, text: "Call."),
                                            Evidence(document: "d2", start: 0, end: 6, text: "Call 2")]),
                ExportGraph.Edge(id: "accusation__organization:c__person:a", source: "organization:c", target: "person:a",
                                 relation: "accusation", directed: true, label: "accuses", sources: 1,
                                 evidence: [Evidence(document: "d1", start: 3, end: 9, text: hostile)]),
            ]
            return ExportGraph(documents: documents, nodes: nodes, edges: edges)
        }

        func svg(_ graph: ExportGraph = DiagramTests.graph) throws -> XMLDocument {
            let result = try GraphvizRenderer().render(graph, format: .svg)
            return try XMLDocument(data: result.data, options: [])
        }

        func group(_ document: XMLDocument, id: String) throws -> XMLElement {
            let found = try document.nodes(forXPath: "//*[local-name()='g'][@id='\(id)']")
            return try #require(found.first as? XMLElement, "no <g id=\"\(id)\">")
        }

        /// An attribute's value, by XPath (`attribute(forName:)` misses them in namespaced SVG on Linux).
        func attribute(_ element: XMLElement, _ name: String) throws -> String? {
            try element.nodes(forXPath: "@\(name)").first?.stringValue
        }

        func tooltip(_ element: XMLElement) throws -> String {
            let titles = try element.nodes(forXPath: ".//*[local-name()='a']/@*[local-name()='title']")
            return try #require(titles.first?.stringValue)
        }

        @Test("an SVG tooltip carries the evidence sentence and source document, escaped, never as markup")
        func tooltipCarriesEvidenceEscaped() throws {
            let document = try svg()
            #expect(try document.nodes(forXPath: "//*[local-name()='script']").isEmpty)
            let edge = try group(document, id: "edge-accusation__organization-c__person-a")
            let text = try tooltip(edge)
            // Everything as written, except the control character XML cannot hold.
            let expected = Self.hostile.replacingOccurrences(of: "\u{1}", with: "")
            #expect(text.contains("“\(expected)”"), "\(text)")
            #expect(text.contains("— A & B (news/a <b>.txt)"))
            #expect(text.hasPrefix("C & Co — accuses — Anna <A> (1 document)"))
        }

        @Test("nodes and edges carry id and class attributes for web pages")
        func idsAndClasses() throws {
            let document = try svg()
            #expect(try attribute(group(document, id: "node-person-a"), "class") == "node person")
            #expect(try attribute(group(document, id: "node-country-b"), "class") == "node country")
            let call = try group(document, id: "edge-call__country-b__person-a")
            #expect(try attribute(call, "class") == "edge call undirected")
            let node = try tooltip(group(document, id: "node-country-b"))
            #expect(node.hasPrefix("Bland (country, BLA)"))
            #expect(node.contains("A & B (news/a <b>.txt)"))
            // Neutral names in <title>: no article text there.
            let titles = try document.nodes(forXPath: "//*[local-name()='title']").compactMap(\.stringValue)
            #expect(titles.allSatisfy { $0 == "newsgraph" || $0.hasPrefix("n") })
        }

        @Test("undirected relations have no arrowhead, directed ones do; more sources draw thicker")
        func edgeStyles() throws {
            let document = try svg()
            let call = try group(document, id: "edge-call__country-b__person-a")
            let accusation = try group(document, id: "edge-accusation__organization-c__person-a")
            #expect(try call.nodes(forXPath: ".//*[local-name()='polygon']").isEmpty)
            #expect(try !accusation.nodes(forXPath: ".//*[local-name()='polygon']").isEmpty)
            let callPath = try #require(call.nodes(forXPath: ".//*[local-name()='path']").first as? XMLElement)
            let accusationPath = try #require(accusation.nodes(forXPath: ".//*[local-name()='path']").first as? XMLElement)
            let width = { (element: XMLElement) in Double((try? attribute(element, "stroke-width")) ?? nil ?? "1") ?? 1 }
            #expect(width(callPath) > width(accusationPath))
            #expect(try attribute(callPath, "stroke") == "#1f77b4")
            #expect(try attribute(accusationPath, "stroke") == "#d62728")
        }

        @Test("the legend names the types and relations present, in DejaVu Sans")
        func legend() throws {
            let data = try GraphvizRenderer().render(Self.graph, format: .svg).data
            let text = String(decoding: data, as: UTF8.self)
            for word in ["Legend", ">person<", ">country<", ">organization<", ">phone call<", ">accuses<",
                         "thicker line", "2 documents, 3 entities, 2 relations"] {
                #expect(text.contains(word), "legend lacks \(word)")
            }
            #expect(!text.contains(">threatens<"))
            #expect(text.contains("font-family=\"DejaVu Sans"))
            let plain = try GraphvizRenderer().render(Self.graph, format: .svg, encoder: DOTEncoder(legend: false)).data
            #expect(!String(decoding: plain, as: UTF8.self).contains("Legend"))
        }

        @Test("large graphs get sfdp without splines or edge labels, and render in seconds")
        func largeGraphsUseCheapSettings() throws {
            let graph = Self.synthetic(nodes: 600, edges: 900)
            let layout = DOTEncoder().resolvedLayout(for: graph)
            #expect(layout.engine == "sfdp")
            #expect(layout.attributes.contains(DiagramLayout.Attribute("splines", "false")))
            #expect(!layout.edgeLabels)
            let started = Date()
            let result = try GraphvizRenderer().render(graph, format: .svg)
            let seconds = Date().timeIntervalSince(started)
            print("600 nodes, 900 edges: SVG in \(String(format: "%.2f", seconds)) s with \(layout.engine)")
            #expect(seconds < 20)
            #expect(result.data.count > 10_000)
        }

        @Test func smallGraphsUseDot() {
            #expect(DOTEncoder().resolvedLayout(for: Self.graph).engine == "dot")
            #expect(LayoutEngine.recommended(nodeCount: 3, edgeCount: 2) == .dot)
            #expect(LayoutEngine.recommended(nodeCount: 2000, edgeCount: 3000) == .sfdp)
        }

        @Test("PNGs of large drawings are scaled down to the pixel limit")
        func pngSizeIsCapped() throws {
            let graph = Self.synthetic(nodes: 300, edges: 450)
            let result = try GraphvizRenderer().render(graph, format: .png, options: RenderOptions(dpi: 150, maxPixels: 1500))
            let bytes = [UInt8](result.data.prefix(24))
            let number = { (start: Int) in bytes[start..<start + 4].reduce(0) { $0 << 8 | Int($1) } }
            #expect(max(number(16), number(20)) <= 1501)
            #expect(max(number(16), number(20)) >= 1000)
        }

        @Test("positions for yEd come from the same layout, one per node, inside the drawing")
        func positionsProvider() throws {
            let graph = Self.graph
            let positions = try GraphvizNodePositions().positions(for: graph)
            #expect(Set(positions.keys) == Set(graph.nodes.map(\.id)))
            for position in positions.values {
                #expect(position.x >= -1 && position.y >= -1 && position.width > 20 && position.height > 20)
            }
            #expect(Set(positions.values.map { "\($0.x),\($0.y)" }).count == graph.nodes.count)
            let yed = try GraphMLEncoder(flavor: .yed(GraphvizNodePositions())).encode(graph)
            let document = try XMLDocument(data: yed, options: [])
            let geometries = try document.nodes(forXPath: "//*[local-name()='Geometry']")
            #expect(geometries.count == graph.nodes.count)
            let labels = try document.nodes(forXPath: "//*[local-name()='NodeLabel']").compactMap(\.stringValue)
            #expect(labels.sorted() == ["Anna <A>", "Bland", "C & Co"])
        }

        /// A random-looking but fixed graph of the given size.
        static func synthetic(nodes: Int, edges: Int) -> ExportGraph {
            let types = ["person", "country", "organization"]
            let relations = RelationKind.allCases
            var state: UInt64 = 42
            func next(_ bound: Int) -> Int {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return Int((state >> 33) % UInt64(bound))
            }
            let nodeList = (0..<nodes).map {
                ExportGraph.Node(id: "n\($0)", label: "\(types[$0 % 3].capitalized) \($0)", type: types[$0 % 3])
            }
            let edgeList = (0..<edges).map { index -> ExportGraph.Edge in
                let kind = relations[next(relations.count)]
                return ExportGraph.Edge(id: "e\(index)", source: "n\(next(nodes))", target: "n\(next(nodes))",
                                        relation: kind.rawValue, directed: kind.isDirected, label: kind.label,
                                        sources: 1 + next(3))
            }
            return ExportGraph(nodes: nodeList, edges: edgeList)
        }
    }
}
