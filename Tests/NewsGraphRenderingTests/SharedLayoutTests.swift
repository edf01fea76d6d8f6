import Foundation
import NewsGraph
import Testing

@testable import NewsGraphRendering

extension GraphvizTests {
    /// One layout for the images, the page's SVG and the positions GEXF and yEd write.
    @Suite struct SharedLayoutTests {
        let renderer = GraphvizRenderer()

        @Test("asking for the layout changes no image, and it is the layout layout(dot:) gives",
              arguments: [LayoutEngine.dot, .sfdp])
        func layoutWithTheImages(engine: LayoutEngine) throws {
            let dot = SampleDOT.ring(12)
            let plain = try renderer.render(dot: dot, formats: [.svg, .png], layout: engine)
            let withLayout = try renderer.render(dot: dot, formats: [.svg, .png], layout: engine, includingLayout: true)
            #expect(plain.layout == nil)
            #expect(withLayout.images == plain.images)
            let layout = try #require(withLayout.layout)
            let alone = try renderer.layout(dot: dot, engine: engine)
            #expect(layout.nodes == alone.nodes)
            #expect(layout.bounds == alone.bounds)
        }

        @Test("the layout alone, without images")
        func layoutOnly() throws {
            let result = try renderer.render(dot: SampleDOT.small, formats: [], layout: .dot, includingLayout: true)
            #expect(result.images.isEmpty)
            #expect(try #require(result.layout).nodes.count == 2)
        }

        @Test("a diagram's positions: those GraphvizNodePositions computes on its own, keyed by node id")
        func positionsOfAGraph() throws {
            let graph = ExportGraph(nodes: [
                .init(id: "person:a", label: "A", type: "person"), .init(id: "person:b", label: "B", type: "person"),
                .init(id: "country:c", label: "C", type: "country"),
            ], edges: [
                .init(id: "e1", source: "person:a", target: "person:b", relation: "call", directed: false, label: "phone call"),
                .init(id: "e2", source: "person:b", target: "country:c", relation: "visit", directed: true, label: "visits"),
            ])
            let encoder = DOTEncoder()
            let drawn = try renderer.render(dot: encoder.text(graph), formats: [.svg], layout: .dot, includingLayout: true)
            let positions = GraphvizNodePositions.positions(of: graph, in: try #require(drawn.layout))
            #expect(positions == (try GraphvizNodePositions(encoder: encoder).positions(for: graph)))
            #expect(Set(positions.keys) == ["person:a", "person:b", "country:c"])
            // And the page's diagram is that SVG.
            #expect(try GraphvizSVGDiagram(encoder: encoder).svg(for: graph) == String(decoding: drawn.images[.svg]!, as: UTF8.self))
        }
    }
}
