import Foundation
import Testing

@testable import NewsGraphRendering

#if canImport(FoundationXML)
import FoundationXML
#endif

extension GraphvizTests {
    @Suite struct RenderTests {
        let renderer = GraphvizRenderer()

        @Test func svgIsWellFormedXMLWithSVGRoot() throws {
            let result = try renderer.render(dot: SampleDOT.small, format: .svg, layout: .dot)
            let document = try XMLDocument(data: result.data, options: [])
            #expect(document.rootElement()?.name == "svg")
            #expect(result.warnings.isEmpty)
        }

        @Test func pngHasSignatureAndSizeFollowsDPI() throws {
            let low = try renderer.render(
                dot: SampleDOT.small, format: .png, layout: .dot, options: RenderOptions(dpi: 72))
            let high = try renderer.render(
                dot: SampleDOT.small, format: .png, layout: .dot, options: RenderOptions(dpi: 144))
            let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            #expect(Array(low.data.prefix(8)) == signature)
            let lowSize = try #require(pngSize(low.data))
            let highSize = try #require(pngSize(high.data))
            #expect(abs(highSize.width - 2 * lowSize.width) <= 2)
            #expect(abs(highSize.height - 2 * lowSize.height) <= 2)
        }

        @Test func pngDefaultsTo150DPI() throws {
            let standard = try renderer.render(dot: SampleDOT.small, format: .png, layout: .dot)
            let low = try renderer.render(
                dot: SampleDOT.small, format: .png, layout: .dot, options: RenderOptions(dpi: 75))
            let standardWidth = try #require(pngSize(standard.data)).width
            let lowWidth = try #require(pngSize(low.data)).width
            #expect(abs(standardWidth - 2 * lowWidth) <= 2)
        }

        @Test func pdfStartsWithPDFHeader() throws {
            let result = try renderer.render(dot: SampleDOT.small, format: .pdf, layout: .dot)
            #expect(result.data.starts(with: Array("%PDF".utf8)))
        }

        @Test(arguments: LayoutEngine.standard)
        func everyStandardEngineRenders(engine: LayoutEngine) throws {
            let result = try renderer.render(dot: SampleDOT.ring(12), format: .svg, layout: engine)
            #expect(String(decoding: result.data, as: UTF8.self).contains("<title>n11</title>"))
        }

        @Test func specialCharactersInLabelsSurvive() throws {
            // DOT source: a quote is written \" and a backslash \\ inside a quoted string.
            let dot = #"digraph { a [label="She said \"no\" \\ <b> & 'c'"]; }"#
            let result = try renderer.render(dot: dot, format: .svg, layout: .dot)
            let document = try XMLDocument(data: result.data, options: [])
            let texts = try document.nodes(forXPath: "//*[local-name()='text']").map(\.stringValue)
            #expect(texts.contains(#"She said "no" \ <b> & 'c'"#))
        }

        @Test func eightConcurrentRendersAllSucceed() async throws {
            let dot = SampleDOT.ring(8)
            let expected = try renderer.render(dot: dot, format: .png, layout: .sfdp).data
            let outputs = try await withThrowingTaskGroup(of: Data.self) { group in
                for _ in 0..<8 {
                    group.addTask { try GraphvizRenderer().render(dot: dot, format: .png, layout: .sfdp).data }
                }
                return try await group.reduce(into: [Data]()) { $0.append($1) }
            }
            #expect(outputs.count == 8)
            #expect(outputs.allSatisfy { $0 == expected })
        }

        @Test(arguments: [LayoutEngine.sfdp, .neato, .dot, .circo, .twopi])
        func repeatedRendersAreIdentical(engine: LayoutEngine) throws {
            let dot = SampleDOT.ring(20)
            let first = try renderer.render(dot: dot, format: .svg, layout: engine).data
            let second = try renderer.render(dot: dot, format: .svg, layout: engine).data
            #expect(first == second)
        }

        @Test func warningsAreReturnedNotPrinted() throws {
            let dot = #"digraph { a [shape=nosuchshape]; a -> b [color=nosuchcolor]; }"#
            let (result, printed) = try capturingStandardError {
                try renderer.render(dot: dot, format: .svg, layout: .dot)
            }
            #expect(printed.isEmpty)
            #expect(result.warnings.contains("Warning: using box for unknown shape nosuchshape"))
            #expect(result.warnings.contains("Warning: nosuchcolor is not a known color."))
        }

        @Test func textGraphvizWritesStraightToStderrIsCaptured() throws {
            // The cairo plugin reports a bitmap wider than 32,767 px with fprintf(stderr), not
            // agerr. A 500-inch-wide, thin node makes one cheaply (32,767 × 9 px after scaling);
            // `maxPixels: nil` turns off the renderer's own limit, which would scale it down first.
            let dot = #"digraph { a [shape=box, fixedsize=true, width=500, height=0.05, label=""]; }"#
            let (result, printed) = try capturingStandardError {
                try renderer.render(dot: dot, format: .png, layout: .dot, options: RenderOptions(dpi: 72, maxPixels: nil))
            }
            #expect(printed.isEmpty)
            #expect(result.warnings.contains { $0.contains("too large for cairo-renderer bitmaps") })
        }

        @Test func versionComesFromTheLibrary() {
            let version = renderer.graphvizVersion()
            #expect(version.first?.isNumber == true)
            #expect(version.contains("."))
        }

        @Test func headerVersionIsTheLibrarys() throws {
            let header = try #require(GraphvizRenderer.headerVersion, "graphviz_version.h defines PACKAGE_VERSION")
            #expect(header == renderer.graphvizVersion())
            #expect(GraphvizRenderer.version == header)
        }

        /// Width and height from a PNG's IHDR chunk.
        private func pngSize(_ data: Data) -> (width: Int, height: Int)? {
            let bytes = [UInt8](data.prefix(24))
            guard bytes.count == 24 else { return nil }
            let number = { (start: Int) in bytes[start..<start + 4].reduce(0) { $0 << 8 | Int($1) } }
            return (number(16), number(20))
        }
    }
}
