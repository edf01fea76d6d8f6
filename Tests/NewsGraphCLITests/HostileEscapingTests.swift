import Foundation
import Testing

/// Article text, names and file names full of quotes, backslashes, `<`, `>`, `&`, `]]>`, `-->`,
/// control characters and characters illegal in XML must give files their readers accept, and
/// never become markup: a `<script>` in an article is text in the SVG, not an element.
@Suite("Hostile text in names, evidence and file names")
struct HostileEscapingTests {
    /// Every character that means something in one of the formats we write.
    static let nasty = #"<script>alert("x")</script> ]]> --> <!-- & &amp; "q" 'a' \ \N \G \L \"# + "\u{1}\u{7}\u{1B}\u{7F}\u{85}\u{FFFE}\u{FFFF}\u{2028}"

    /// A knowledge file naming an organization with the nasty text, found in articles as "Acme Holdings".
    static var knowledge: String {
        let name = "Acme <b>\"Holdings\"</b> & Co ]]> --> \\N \\ \u{1}\u{FFFE}\u{7F} \\"
        return "organization\tacme-holdings\t\(name)\ttype=company\talias=Acme Holdings\tcountry=RUS\n"
    }

    static let article = """
        Acme <b>"Holdings"</b> & Co ]]> --> sues \\ everyone

        Acme Holdings accused Iran of \(nasty) interference on Friday.
        Russian President Vladimir Putin called Iranian President Masoud Pezeshkian about <svg onload=alert(1)> and "\\N" labels \\.
        Pezeshkian thanked Moscow for supporting Iran \(nasty).

        """

    struct Build {
        let input: TestFolder
        let out: TestFolder
        let articlePath: String
        let result: HostileRun.Result

        init() throws {
            input = try TestFolder()
            out = try TestFolder()
            articlePath = input.file("<i>\"q\"&'x' ]]> -->\u{1}.txt")
            try Data(HostileEscapingTests.article.utf8).write(to: URL(fileURLWithPath: articlePath))
            try input.write("knowledge.tsv", HostileEscapingTests.knowledge)
            result = try HostileRun.run(["build", articlePath, "-o", out.path, "-f", "json,graphml,dot,svg,png,pdf",
                                         "--knowledge", input.file("knowledge.tsv")])
        }

        func remove() { input.remove(); out.remove() }
    }

    @Test("JSON is valid, names keep their text, and evidence is exactly the slice of the document")
    func json() throws {
        let build = try Build()
        defer { build.remove() }
        #expect(build.result.status == 0, "\(build.result.stderr)")
        let data = try #require(build.out.data("graph.json"))
        #expect(!data.contains { $0 < 0x20 && $0 != 0x0A }, "raw control characters in the JSON")
        let graph = try JSONGraph(data)
        let labels = graph.nodes.values.compactMap { $0["label"] as? String }
        #expect(labels.contains { $0.hasPrefix("Acme <b>\"Holdings\"</b> & Co ]]> -->") }, "\(labels)")
        #expect(graph.documents.first?["path"] as? String == build.articlePath)
        let text = Array(Self.article.unicodeScalars)
        var checked = 0
        for edge in graph.edges {
            let evidence = (edge["metadata"] as? [String: Any])?["evidence"] as? [[String: Any]] ?? []
            for item in evidence {
                let start = try #require(item["start"] as? Int), end = try #require(item["end"] as? Int)
                #expect(item["text"] as? String == String(String.UnicodeScalarView(text[start..<end])))
                checked += 1
            }
        }
        #expect(checked > 0, "no evidence: the hostile article gave no relation")
        #expect(graph.edges.contains { ($0["source"] as? String)?.contains("acme") == true || ($0["target"] as? String)?.contains("acme") == true })
    }

    @Test("GraphML is valid against the GraphML XSD")
    func graphML() throws {
        let build = try Build()
        defer { build.remove() }
        #expect(build.result.status == 0, "\(build.result.stderr)")
        let file = build.out.file("graph.graphml")
        guard ExternalProgram.exists("xmllint") else {
            print("skipped: xmllint not installed (apt-get install libxml2-utils)")
            return
        }
        let schema = CLIRunner.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas/graphml/graphml.xsd").path
        if FileManager.default.fileExists(atPath: schema) {
            let check = try ExternalProgram.run("xmllint", ["--noout", "--schema", schema, file])
            #expect(check.status == 0, "\(check.stderr)")
        } else {
            print("skipped: GraphML XSD not found at \(schema); checking well-formedness only")
            let check = try ExternalProgram.run("xmllint", ["--noout", file])
            #expect(check.status == 0, "\(check.stderr)")
        }
    }

    @Test("DOT is parsed by Graphviz's dot without a syntax error")
    func dot() throws {
        let build = try Build()
        defer { build.remove() }
        #expect(build.result.status == 0, "\(build.result.stderr)")
        guard ExternalProgram.exists("dot") else {
            print("skipped: Graphviz's dot not installed")
            return
        }
        let check = try ExternalProgram.run("dot", ["-Tcanon", build.out.file("graph.dot")])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stderr.contains("syntax error"), "\(check.stderr)")
        #expect(check.stdout.contains("Acme"))
    }

    @Test("SVG is well-formed XML and the article's markup is text in it, never elements")
    func svg() throws {
        let build = try Build()
        defer { build.remove() }
        #expect(build.result.status == 0, "\(build.result.stderr)")
        let svg = String(decoding: try #require(build.out.data("graph.svg")), as: UTF8.self)
        #expect(!svg.contains("<script"), "a <script> element from the article")
        #expect(!svg.contains("<b>") && !svg.contains("<i>"), "markup from the article")
        #expect(!svg.contains("<svg onload"), "an element from the article")
        #expect(svg.contains("Acme"))
        guard ExternalProgram.exists("xmllint") else {
            print("skipped: xmllint not installed")
            return
        }
        let file = build.out.file("graph.svg")
        #expect(try ExternalProgram.run("xmllint", ["--noout", "--nonet", file]).status == 0)
        let elements = try ExternalProgram.run("xmllint", ["--nonet", "--xpath",
            "count(//*[local-name()='script' or local-name()='b' or local-name()='i' or local-name()='foreignObject'])", file])
        #expect(elements.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "\(elements.stdout)\(elements.stderr)")
        let roots = try ExternalProgram.run("xmllint", ["--nonet", "--xpath", "count(//*[local-name()='svg'])", file])
        #expect(roots.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }

    @Test("PNG and PDF are rendered from the hostile graph")
    func images() throws {
        let build = try Build()
        defer { build.remove() }
        #expect(build.result.status == 0, "\(build.result.stderr)")
        #expect(build.out.data("graph.png")?.starts(with: [0x89, 0x50, 0x4E, 0x47]) == true)
        #expect(build.out.data("graph.pdf")?.starts(with: Array("%PDF".utf8)) == true)
    }
}

/// Programs the tests check files with.
enum ExternalProgram {
    static func exists(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }

    static func run(_ name: String, _ arguments: [String]) throws -> HostileRun.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        final class Collected: @unchecked Sendable { var data = Data() }
        let errors = Collected()
        let group = DispatchGroup()
        group.enter()
        let errHandle = err.fileHandleForReading
        DispatchQueue.global().async {
            errors.data = errHandle.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return HostileRun.Result(status: process.terminationStatus, signal: nil, stdout: String(decoding: outData, as: UTF8.self),
                                 stderr: String(decoding: errors.data, as: UTF8.self))
    }
}
