import Foundation
import Testing

@testable import NewsGraphRendering

extension GraphvizTests {
    @Suite struct RenderErrorTests {
        let renderer = GraphvizRenderer()

        @Test func brokenDOTThrowsGraphvizMessageAndPrintsNothing() throws {
            let broken = "digraph {\n  a -> b;\n  ; -> }\n"
            let (outcome, printed) = try capturingStandardError {
                Result { try renderer.render(dot: broken, format: .png, layout: .dot) }
            }
            #expect(printed.isEmpty, "Graphviz wrote to stderr: \(printed)")
            #expect(throws: RenderError.invalidDOT(message: "syntax error in line 3 near ';'")) {
                try outcome.get()
            }
            #expect(describe(outcome).contains("syntax error in line 3"))
        }

        @Test func unknownEngineThrowsAndNamesTheAlternatives() throws {
            let (outcome, printed) = try capturingStandardError {
                Result { try renderer.render(dot: SampleDOT.small, format: .svg, layout: LayoutEngine(rawValue: "nosuch")) }
            }
            #expect(printed.isEmpty)
            guard case .failure(RenderError.unknownLayoutEngine(let engine, let message)) = outcome else {
                Issue.record("expected unknownLayoutEngine, got \(outcome)")
                return
            }
            #expect(engine.rawValue == "nosuch")
            #expect(message.contains("sfdp"))
            #expect(describe(outcome).contains("--layout sfdp"))
        }

        @Test func emptyTextThrowsEmptyInput() {
            #expect(throws: RenderError.emptyInput) {
                try renderer.render(dot: "  // nothing\n", format: .svg, layout: .dot)
            }
        }

        @Test func nonPositiveDPIThrows() {
            #expect(throws: RenderError.invalidDPI(0)) {
                try renderer.render(dot: SampleDOT.small, format: .png, layout: .dot, options: RenderOptions(dpi: 0))
            }
        }

        @Test func graphvizKeepsWorkingAfterAnError() throws {
            _ = try? renderer.render(dot: "graph { -- }", format: .svg, layout: .dot)
            let result = try renderer.render(dot: SampleDOT.small, format: .svg, layout: .dot)
            #expect(result.warnings.isEmpty)
        }

        @Test func missingFormatPluginSaysWhatToInstall() {
            // "renderer for pdf is unavailable" is what Graphviz 2.43 says without cairo.
            var diagnostics = GraphvizDiagnostics(reported: "Error: renderer for pdf is unavailable\n", printed: "")
            var error = RenderError(.render, diagnostics: diagnostics, format: .pdf, engine: .sfdp)
            #expect(error == .unsupportedFormat(.pdf, engine: .sfdp, message: "renderer for pdf is unavailable"))
            let text = error.errorDescription ?? ""
            #expect(text.contains("PDF") && text.contains("sfdp"))
            #expect(text.contains("apt-get install -y libgraphviz-dev graphviz"))

            diagnostics = GraphvizDiagnostics(reported: "Error: trouble in init_rank\n", printed: "")
            error = RenderError(.layout, diagnostics: diagnostics, format: .png, engine: .dot)
            #expect(error == .layoutFailed(engine: .dot, message: "trouble in init_rank"))
            #expect(error.errorDescription?.contains("--layout sfdp") == true)
        }

        private func describe<T>(_ outcome: Result<T, any Error>) -> String {
            guard case .failure(let error) = outcome else { return "" }
            return (error as? LocalizedError)?.errorDescription ?? "\(error)"
        }
    }
}
