import Foundation
import Testing

/// The example articles hard-wrapped (as `fold -s` does), with several line ends, give the graph
/// they give unwrapped: the same entities, relations and merged call, titles and dates; evidence
/// spans point at the wrapped text exactly as read.
@Suite("newsgraph build, wrapped text")
struct WrappedTextTests {
    static let examples = CLIRunner.packageRoot.appendingPathComponent("Examples/articles")

    /// Each line wrapped at `width` bytes after the last space that fits, the space kept at the
    /// end of the line (GNU `fold -s -w width`).
    static func fold(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var lines: [String] = [], current = ""
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                let joined = current.isEmpty ? String(word) : current + " " + word
                if joined.utf8.count >= width, !current.isEmpty {
                    lines.append(current + " ")
                    current = String(word)
                } else {
                    current = joined
                }
            }
            return (lines + [current]).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    enum Style: String, CaseIterable, Sendable {
        case lf, crlf, cr
        /// Form feeds between paragraphs, no-break spaces ending lines.
        case formFeedsAndNoBreakSpaces

        func apply(_ folded: String) -> String {
            switch self {
            case .lf: folded
            case .crlf: folded.replacingOccurrences(of: "\n", with: "\r\n")
            case .cr: folded.replacingOccurrences(of: "\n", with: "\r")
            case .formFeedsAndNoBreakSpaces:
                folded.replacingOccurrences(of: "\n\n", with: "\n\u{C}").replacingOccurrences(of: " \n", with: "\u{A0}\n")
            }
        }
    }

    /// What must not change: nodes, edges without their spans, documents' titles and dates.
    struct Summary: Equatable {
        var nodes: [String: String]
        var edges: [String: String]
        var documents: [String]
    }

    static func summary(_ folder: URL) throws -> (Summary, [[String: Any]]) {
        let data = try Data(contentsOf: folder.appendingPathComponent("graph.json"))
        let graph = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["graph"] as? [String: Any])
        let nodes = try #require(graph["nodes"] as? [String: [String: Any]])
        let edges = try #require(graph["edges"] as? [[String: Any]])
        let metadata = try #require(graph["metadata"] as? [String: Any])
        let documents = try #require(metadata["documents"] as? [[String: Any]])
        func describe(_ value: Any?) -> String {
            guard let value, let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
            else { return "nil" }
            return String(decoding: data, as: UTF8.self)
        }
        var edgeSummary: [String: String] = [:]
        var evidence: [[String: Any]] = []
        for edge in edges {
            var meta = edge["metadata"] as? [String: Any] ?? [:]
            let items = meta["evidence"] as? [[String: Any]] ?? []
            evidence += items
            meta["evidence"] = items.count
            edgeSummary[edge["id"] as? String ?? ""] = describe(edge["relation"]) + describe(meta)
        }
        let summary = Summary(nodes: nodes.mapValues { describe($0) }, edges: edgeSummary,
                              documents: documents.map { describe($0["title"]) + describe($0["date"]) })
        return (summary, evidence)
    }

    @Test("folded at several widths, with LF, CR LF, CR, form feeds and no-break spaces: the same graph",
          arguments: [30, 60, 72], Style.allCases)
    func sameGraph(width: Int, style: Style) throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let wrapped = work.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: wrapped, withIntermediateDirectories: true)
        var texts: [String: [Unicode.Scalar]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.examples.path).sorted() where name.hasSuffix(".txt") {
            let text = style.apply(Self.fold(try String(contentsOf: Self.examples.appendingPathComponent(name), encoding: .utf8), width: width))
            try text.write(to: wrapped.appendingPathComponent(name), atomically: true, encoding: .utf8)
            texts[name] = Array(text.unicodeScalars)
        }
        let original = work.appendingPathComponent("original"), folded = work.appendingPathComponent("folded")
        for (input, output) in [(Self.examples, original), (wrapped, folded)] {
            let result = try CLIRunner.run(["build", input.path, "-o", output.path, "-f", "json"])
            #expect(result.status == 0, "stderr: \(result.stderr)")
        }
        let (expected, _) = try Self.summary(original)
        let (actual, evidence) = try Self.summary(folded)
        #expect(actual == expected)
        // The call both articles report is still one edge with evidence from each.
        #expect(actual.edges["call__person:masoud-pezeshkian__person:vladimir-putin"]?.contains(#""sources":2"#) == true)
        // Spans point at the wrapped text, line breaks included.
        let documents = ["d1": "000_e4f9a678871e68ff.txt", "d2": "001_b2724895568d296b.txt"]
        for item in evidence {
            let text = try #require(texts[documents[item["document"] as? String ?? ""] ?? ""])
            let start = try #require(item["start"] as? Int), end = try #require(item["end"] as? Int)
            #expect(String(String.UnicodeScalarView(text[start..<end])) == item["text"] as? String)
        }
    }
}
