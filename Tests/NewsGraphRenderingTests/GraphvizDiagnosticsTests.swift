import Testing

@testable import NewsGraphRendering

@Suite struct GraphvizDiagnosticsTests {
    @Test func fragmentsAndContinuationLinesBecomeOneMessage() {
        // Graphviz 2.43 sends "Error", ": " and the text as separate calls.
        let reported = "Error" + ": " + "not well-formed (invalid token) in line 1 \n"
            + "... <HTML>A & B ...\n" + "in label of node a\n"
            + "Warning" + ": " + "using box for unknown shape x\n"
        let diagnostics = GraphvizDiagnostics(reported: reported, printed: "")
        #expect(diagnostics.errors == ["not well-formed (invalid token) in line 1 ... <HTML>A & B ... in label of node a"])
        #expect(diagnostics.messages.count == 2)
        #expect(diagnostics.messages[1] == "Warning: using box for unknown shape x")
    }

    @Test func printedLinesAreSeparateMessages() {
        let diagnostics = GraphvizDiagnostics(reported: "", printed: "first line\nsecond line\n")
        #expect(diagnostics.messages == ["first line", "second line"])
        #expect(diagnostics.errors.isEmpty)
        #expect(diagnostics.failureMessage == "first line second line")
    }

    @Test func noMessagesSaysSo() {
        #expect(GraphvizDiagnostics().failureMessage == "Graphviz gave no message")
    }
}
