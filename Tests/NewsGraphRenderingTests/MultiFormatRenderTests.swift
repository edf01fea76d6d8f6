import Foundation
import NewsGraph
import Testing

@testable import NewsGraphRendering

extension GraphvizTests {
    /// `render(dot:formats:layout:options:)`: one layout, every format, each image as the
    /// one-format call draws it (PNG with its own dpi and size).
    @Suite struct MultiFormatRenderTests {
        let renderer = GraphvizRenderer()

        /// PDFs carry their creation time to the second; everything else must match byte for byte.
        static func comparable(_ data: Data, _ format: ImageFormat) -> Data {
            guard format == .pdf else { return data }
            let text = String(decoding: data, as: UTF8.self)
            return Data(text.replacingOccurrences(of: #"/CreationDate \(D:[0-9]+Z?\)"#, with: "", options: .regularExpression).utf8)
        }

        /// Width and height from a PNG's header.
        static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
            guard data.count > 24 else { return nil }
            let bytes = [UInt8](data.prefix(24))
            func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
            return (int(16), int(20))
        }

        /// Diagrams as the CLI draws them (dot for small graphs, sfdp for large, with a legend and
        /// HTML-like labels) and hand-written DOT with settings of its own.
        static var cases: [(name: String, dot: String, engine: LayoutEngine)] {
            let sample = DiagramTests.graph
            let big = bigGraph(nodes: 400)
            let ownSettings = """
                digraph S { dpi=72; node [shape=box]; a -> b -> c; a -> c [label="x"]; }
                """
            let sized = """
                graph Z { size="2,2"; n1 -- n2 -- n3 -- n1; n3 -- n4 [label="long label on the edge"]; }
                """
            let ratio = """
                digraph Q { ratio=fill; size="3,1!"; a -> b; b -> c; c -> a; a -> d; }
                """
            return [
                ("sample (dot)", DOTEncoder().text(sample), .dot),
                ("sample (sfdp)", DOTEncoder(layout: .settings(engine: "sfdp", nodes: 3, edges: 2)).text(sample), .sfdp),
                ("400 nodes (auto: sfdp)", DOTEncoder().text(big), LayoutEngine(DOTEncoder().resolvedLayout(for: big))),
                ("small", SampleDOT.small, .dot),
                ("ring", SampleDOT.ring(30), .neato),
                ("own dpi", ownSettings, .dot),
                ("own size", sized, .circo),
                ("ratio (own layout for PNG)", ratio, .dot),
            ]
        }

        static func bigGraph(nodes: Int) -> ExportGraph {
            let kinds = ["person", "country", "organization"]
            let relations = ["call", "meeting", "accusation", "agreement", "threat"]
            let graphNodes = (0..<nodes).map { index in
                ExportGraph.Node(id: "\(kinds[index % 3]):n\(index)", label: "Node \(index)", type: kinds[index % 3],
                                 mentions: 1, documents: ["d1"])
            }
            let edges = (0..<(nodes * 3 / 2)).map { index -> ExportGraph.Edge in
                let source = graphNodes[(index * 7) % nodes].id, target = graphNodes[(index * 13 + 1) % nodes].id
                return ExportGraph.Edge(id: "e\(index)", source: source, target: target,
                                        relation: relations[index % relations.count], directed: index % 2 == 0,
                                        label: relations[index % relations.count])
            }
            return ExportGraph(documents: [DocumentInfo(id: "d1", path: "a.txt")], nodes: graphNodes, edges: edges)
        }

        @Test("one layout gives each format the bytes one-format calls in the same order give", arguments: 0..<8)
        func sameBytesAsOneFormatAtATime(index: Int) throws {
            let (name, dot, engine) = Self.cases[index]
            // Graphviz draws text a rounding step apart depending on what it drew just before
            // (pango's and cairo's font caches): both sides draw in the same order, as the CLI
            // always has (SVG, PNG, PDF), after a first round.
            for format in ImageFormat.allCases {
                _ = try renderer.render(dot: dot, format: format, layout: engine)
            }
            for options in [RenderOptions(), RenderOptions(dpi: 72, maxPixels: 300), RenderOptions(dpi: nil, maxPixels: nil)] {
                for order in [[ImageFormat.svg, .png, .pdf], [.pdf, .png, .svg]] {
                    let alone = try order.map { try renderer.render(dot: dot, format: $0, layout: engine, options: options).data }
                    let all = try renderer.render(dot: dot, formats: order, layout: engine, options: options)
                    #expect(Set(all.images.keys) == Set(order))
                    for (format, single) in zip(order, alone) {
                        let image = try #require(all[format])
                        // Cairo's PNG and PDF of the large drawing differ between two identical
                        // one-format calls too (the last digit of text positions: 1637.757813,
                        // then 1637.757812; six PNGs in a row gave three different files): there,
                        // the PNG's size in pixels shows that dpi and size were applied.
                        if format.isRaster || format == .pdf, name.hasPrefix("400 nodes") {
                            if format.isRaster {
                                let size = Self.pngSize(image), expected = Self.pngSize(single)
                                #expect(size != nil && size?.width == expected?.width && size?.height == expected?.height,
                                        "\(name), \(order), dpi \(String(describing: options.dpi))")
                            }
                            continue
                        }
                        // A Bool, not two Data values: on a mismatch Testing would diff megabytes.
                        let same = Self.comparable(image, format) == Self.comparable(single, format)
                        #expect(same, "\(name), \(order), \(format), dpi \(String(describing: options.dpi)), max \(String(describing: options.maxPixels)): \(image.count) vs \(single.count) bytes")
                    }
                }
            }
        }

        @Test func formatsRepeatedOrNone() throws {
            let png = try renderer.render(dot: SampleDOT.small, format: .png, layout: .dot)
            let svg = try renderer.render(dot: SampleDOT.small, format: .svg, layout: .dot)
            let reversed = try renderer.render(dot: SampleDOT.small, formats: [.png, .svg, .png], layout: .dot)
            let same = reversed.images == [.svg: svg.data, .png: png.data]
            #expect(same)
            #expect(try renderer.render(dot: SampleDOT.small, formats: [], layout: .dot).images.isEmpty)
        }

        @Test func warningsOnceForTheCall() throws {
            // Graphviz warns of an unknown shape once per process: a name no other test uses.
            let dot = "digraph { a [shape=nosuchshapeinmultiformat]; a -> b; }"
            let all = try renderer.render(dot: dot, formats: [.svg, .png], layout: .dot)
            #expect(all.warnings.count(where: { $0.contains("nosuchshapeinmultiformat") }) == 1)
        }

        @Test func errorsNameTheStep() throws {
            let syntax = #expect(throws: RenderError.self) {
                try renderer.render(dot: "digraph { a -> }", formats: [.svg, .png], layout: .dot)
            }
            guard case .invalidDOT? = syntax else {
                Issue.record("expected a syntax error, got \(String(describing: syntax))")
                return
            }
            #expect(throws: RenderError.invalidDPI(0)) {
                try renderer.render(dot: SampleDOT.small, formats: [.png], layout: .dot, options: RenderOptions(dpi: 0))
            }
            let error = #expect(throws: RenderError.self) {
                try renderer.render(dot: SampleDOT.small, formats: [.svg], layout: LayoutEngine(rawValue: "nosuchengine"))
            }
            guard case .unknownLayoutEngine(let engine, _)? = error else {
                Issue.record("expected an unknown-engine error, got \(String(describing: error))")
                return
            }
            #expect(engine.rawValue == "nosuchengine")
        }
    }
}
