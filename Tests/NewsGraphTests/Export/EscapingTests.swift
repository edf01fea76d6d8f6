import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import NewsGraph

@Suite("Escaping for DOT, Graphviz and SVG")
struct EscapingTests {
    static let labels: [(String, String)] = [
        ("plain", "plain"),
        (#"say "hi""#, #"say \"hi\""#),
        (#"back\slash"#, #"back\\slash"#),
        (#"trailing\"#, #"trailing\\"#),
        ("a & b &lt;", "a &amp; b &amp;lt;"),
        ("two\nlines", #"two\nlines"#),
        ("tab\there\r", "tab here "),
        ("bell\u{7}del\u{7F}c1\u{85}", "belldelc1"),
        ("<b>bold</b>", "<b>bold</b>"),
    ]

    @Test(arguments: labels)
    func label(text: String, escaped: String) {
        #expect(Escaping.dotLabel(text) == escaped)
    }

    @Test func tooltipBackslashesAndLinesSurviveGraphvizTwoReadings() {
        #expect(Escaping.dotTooltip(#"a\N"#) == #"a\\\\N"#)
        #expect(Escaping.dotTooltip("x\ny") == "x&#10;y")
        #expect(Escaping.dotTooltip(#""&""#) == #"\"&amp;\""#)
    }

    @Test func htmlLabelIsWellFormedXML() {
        #expect(Escaping.htmlLabel("A & <B> \"c\"\nd\u{1}") == "A &amp; &lt;B&gt; &quot;c&quot;<br/>d")
    }

    @Test func cssTokens() {
        #expect(Escaping.cssToken("person:vladimir-putin") == "person-vladimir-putin")
        #expect(Escaping.cssToken("a b\"<c>") == "a-b--c-")
        #expect(Escaping.cssToken("") == "-")
    }

    @Test func graphMLIDsAreNMTokens() {
        #expect(GraphMLIDs.nmtoken("call__person:a__person:b") == "call__person:a__person:b")
        #expect(GraphMLIDs.nmtoken("a b") == "a_x20_b")
        #expect(GraphMLIDs.nmtoken("") == "_")
        var ids = GraphMLIDs()
        #expect(ids.node("a b") == "a_x20_b")
        #expect(ids.node("a_x20_b") == "a_x20_b-2")
        #expect(ids.node("a b") == "a_x20_b")
    }

    @Test(.enabled(if: ExternalTool.find("dot") != nil, "Graphviz's dot is not installed"))
    func graphvizShowsLabelsAndTooltipsAsWritten() throws {
        let text = #"Q "x" \N \\ & &lt; <i> end\"#
        let graph = ExportGraph(documents: [], nodes: [ExportGraph.Node(id: "a", label: text, type: "person")],
                            edges: [])
        let dot = DOTEncoder(legend: false).text(graph).replacingOccurrences(of: "tooltip=\"", with: "tooltip=\"T ")
        let result = try ExternalTool.run("dot", ["-Tsvg"], input: Data(dot.utf8))
        try #require(result.status == 0, "dot: \(result.stderr)")
        let svg = try XMLDocument(data: Data(result.stdout.utf8))
        let label = try svg.nodes(forXPath: "//*[local-name()='text']").map { $0.stringValue ?? "" }
        #expect(label == [text])
        let title = try svg.nodes(forXPath: "//*[local-name()='a']/@*[local-name()='title']").first?.stringValue
        #expect(title?.hasPrefix("T \(text) (person)") == true, "\(title ?? "no tooltip")")
    }
}
