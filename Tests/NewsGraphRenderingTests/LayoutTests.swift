import Testing

@testable import NewsGraphRendering

extension GraphvizTests {
    @Suite struct LayoutTests {
        let renderer = GraphvizRenderer()

        @Test func dotLayoutPlacesEveryNodeTopDown() throws {
            let layout = try renderer.layout(dot: SampleDOT.small, engine: .dot)
            #expect(Set(layout.nodes.keys) == ["a", "b"])
            let a = try #require(layout.nodes["a"])
            let b = try #require(layout.nodes["b"])
            // dot ranks top to bottom; with y growing downward the tail is above the head.
            #expect(a.y < b.y)
            #expect(a.width > 0 && a.height == 36)  // default height 0.5 in
            for node in layout.nodes.values {
                #expect(node.minX >= -0.5 && node.minY >= -0.5)  // width is rounded to 5 digits
                #expect(node.minX + node.width <= layout.bounds.width + 0.5)
                #expect(node.minY + node.height <= layout.bounds.height + 0.5)
            }
        }

        @Test func edgesCarryEndsIdAndLabelPosition() throws {
            let layout = try renderer.layout(dot: SampleDOT.small, engine: .dot)
            let edge = try #require(layout.edges.first)
            #expect(layout.edges.count == 1)
            #expect(edge.tail == "a" && edge.head == "b" && edge.id == "e1")
            let label = try #require(edge.labelPosition)
            let (a, b) = (try #require(layout.nodes["a"]), try #require(layout.nodes["b"]))
            #expect(label.y > a.y && label.y < b.y)
        }

        @Test(arguments: [LayoutEngine.sfdp, .neato, .fdp, .circo, .twopi])
        func everyNodeHasAPosition(engine: LayoutEngine) throws {
            let layout = try renderer.layout(dot: SampleDOT.ring(30), engine: engine)
            #expect(layout.nodes.count == 30)
            #expect(layout.edges.count == 60)
            #expect(layout.edges.allSatisfy { $0.labelPosition == nil })
            let positions = Set(layout.nodes.values.map { "\($0.x),\($0.y)" })
            #expect(positions.count == 30)
        }

        @Test func nodesInsideSubgraphsAreIncluded() throws {
            let dot = "digraph { subgraph cluster_x { a; b } c; a -> c }"
            let layout = try renderer.layout(dot: dot, engine: .dot)
            #expect(Set(layout.nodes.keys) == ["a", "b", "c"])
        }

        @Test func layoutErrorsAreRenderErrors() {
            #expect(throws: RenderError.self) {
                try renderer.layout(dot: "digraph { a -> }", engine: .dot)
            }
        }
    }
}
