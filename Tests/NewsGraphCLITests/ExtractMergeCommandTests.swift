import Foundation
import Testing

/// `newsgraph extract` and `merge` end to end: the files merge writes are those build writes.
@Suite("newsgraph extract and merge, end to end")
struct ExtractMergeCommandTests {
    static let root = CLIRunner.packageRoot
    static let formats = "json,graphml,dot,svg"
    static let files = ["graph.json", "graph.graphml", "graph.dot", "graph.svg"]
    /// Inputs relative to the package root, as a user in a clone would give them.
    static let people = "Tests/NewsGraphTests/Fixtures/Merge"
    static let examples = "Examples/articles"

    static func run(_ arguments: [String], input: Data? = nil) throws -> CLIRunner.Result {
        try CLIRunner.run(arguments, in: root, input: input)
    }

    static func paths(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { "\(folder)/\($0)" }
    }

    static func contents(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }

    /// Builds `inputs` into a new folder; its files.
    static func build(_ inputs: [String], in work: URL) throws -> [String: Data] {
        let out = work.appendingPathComponent("build-\(UUID().uuidString)")
        let result = try run(["build"] + inputs + ["-o", out.path, "-f", formats, "-q"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return try contents(out)
    }

    @Test("fragments of several groupings, merged in another order, give build's files byte for byte")
    func groupings() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let expected = try Self.build([Self.people, Self.examples], in: work)
        #expect(Set(expected.keys) == Set(Self.files))

        let single = try Self.paths(Self.people)
        var fragments: [String] = []
        // One file per document for half of them, one file for the rest and for the examples.
        for (index, path) in single.prefix(4).enumerated() {
            let file = work.appendingPathComponent("one-\(index).jsonl").path
            let result = try Self.run(["extract", path, "-o", file])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stdout == "1 document → \(file)\n")
            fragments.append(file)
        }
        let rest = work.appendingPathComponent("rest.jsonl").path
        #expect(try Self.run(["extract"] + single.dropFirst(4) + [Self.examples, "-o", rest, "-q"]).status == 0)
        fragments.append(rest)
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: work.path)).contains { $0.hasSuffix(".tmp") })

        for order in [fragments, fragments.reversed(), [fragments[4], fragments[0], fragments[2], fragments[1], fragments[3]]] {
            let out = work.appendingPathComponent("merged-\(UUID().uuidString)")
            let result = try Self.run(["merge"] + order + ["-o", out.path, "-f", Self.formats])
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stderr.isEmpty)
            #expect(try Self.contents(out) == expected)
        }
    }

    @Test("incremental: merge out/graph.json today.jsonl -o out equals a full build, as does merging a graph with itself")
    func incremental() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let all = try Self.paths(Self.people)
        let expected = try Self.build(all, in: work)
        // Yesterday: all but the second Vilkaitis, whose arrival parts the surname from Tomas.
        let today = all.filter { $0.contains("m3-") }
        let out = work.appendingPathComponent("out")
        #expect(try Self.run(["build"] + all.filter { !today.contains($0) } + ["-o", out.path, "-f", Self.formats, "-q"]).status == 0)
        #expect(try Self.contents(out) != expected)
        let fragments = work.appendingPathComponent("today.jsonl").path
        #expect(try Self.run(["extract"] + today + ["-o", fragments, "-q"]).status == 0)
        let graph = out.appendingPathComponent("graph.json").path
        let merged = try Self.run(["merge", graph, fragments, "-o", out.path, "-f", Self.formats])
        #expect(merged.status == 0, "stderr: \(merged.stderr)")
        #expect(try Self.contents(out) == expected)

        let again = try Self.run(["merge", graph, graph, fragments, "-o", out.path, "-f", Self.formats, "-q"])
        #expect(again.status == 0, "stderr: \(again.stderr)")
        #expect(try Self.contents(out) == expected)
    }

    @Test("standard input: JSON Lines of articles (file bytes or text) through extract - -o - and merge -")
    func standardInput() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let paths = try Self.paths(Self.examples) + Self.paths(Self.people)
        let expected = try Self.build(paths, in: work)
        var lines = ""
        for (index, path) in paths.enumerated() {
            let data = try Data(contentsOf: Self.root.appendingPathComponent(path))
            let record: [String: String] = index % 2 == 0
                ? ["path": path, "base64": data.base64EncodedString()]
                : ["path": path, "text": String(decoding: data, as: UTF8.self)]
            lines += String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self) + "\n"
        }
        let extracted = try Self.run(["extract", "-", "-o", "-"], input: Data(lines.utf8))
        #expect(extracted.status == 0, "stderr: \(extracted.stderr)")
        #expect(extracted.stdout.split(separator: "\n").count == paths.count)
        let out = work.appendingPathComponent("piped")
        let merged = try Self.run(["merge", "-", "-o", out.path, "-f", Self.formats, "-q"], input: Data(extracted.stdout.utf8))
        #expect(merged.status == 0, "stderr: \(merged.stderr)")
        #expect(try Self.contents(out) == expected)
    }

    @Test("a truncated fragment, a newer version, a foreign graph.json: one error line naming the file (and line), status 65, earlier outputs kept")
    func hostileInputs() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        #expect(try Self.run(["build", Self.examples, "-o", out.path, "-f", "json,dot", "-q"]).status == 0)
        let before = try Self.contents(out)

        let good = work.appendingPathComponent("good.jsonl").path
        #expect(try Self.run(["extract", Self.people, "-o", good, "-q"]).status == 0)
        let text = try String(contentsOfFile: good, encoding: .utf8)
        let lines = text.split(separator: "\n")
        let truncated = work.appendingPathComponent("truncated.jsonl")
        try Data((lines.prefix(3).joined(separator: "\n") + "\n" + lines[3].prefix(lines[3].count / 2)).utf8).write(to: truncated)
        let newer = work.appendingPathComponent("newer.jsonl")
        try Data(text.replacingOccurrences(of: #""version":1"#, with: #""version":2"#).utf8).write(to: newer)
        let foreign = work.appendingPathComponent("foreign.json")
        try Data(#"{"graph": {"directed": true, "nodes": {"a": {"label": "A"}}, "edges": []}}"#.utf8).write(to: foreign)

        for (file, message) in [(truncated.path, "\(truncated.path):4: the line ends before its fragment does"),
                                (newer.path, "\(newer.path):1: fragment format version 2 is newer than this newsgraph reads (1)"),
                                (foreign.path, "\(foreign.path): not a file newsgraph extract, build or merge wrote")] {
            let result = try Self.run(["merge", good, file, "-o", out.path, "-f", "json,dot"])
            #expect(result.status == 65, "\(file): \(result.stderr)")
            #expect(result.stderr.hasPrefix("newsgraph: error: \(message)"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(result.stdout.isEmpty)
            #expect(try Self.contents(out) == before, "earlier outputs are left as they were, no temporary file stays")
        }
        let missing = try Self.run(["merge", good, work.appendingPathComponent("nope.jsonl").path, "-o", out.path])
        #expect(missing.status == 66)
        #expect(try Self.contents(out) == before)
        let folder = try Self.run(["merge", good, Self.examples, "-o", out.path])
        #expect(folder.status == 66)
        #expect(folder.stderr.hasPrefix("newsgraph: error: \(Self.examples): cannot read"), "\(folder.stderr)")
        #expect(try Self.contents(out) == before)
    }

    @Test("--max-evidence: merge of limited graphs is the limited build; merging one without the limit says what was lost")
    func evidenceLimit() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let expected = work.appendingPathComponent("expected")
        #expect(try Self.run(["build", Self.examples, "-o", expected.path, "-f", "json,graphml", "--max-evidence", "1", "-q"]).status == 0)
        let json = try String(contentsOf: expected.appendingPathComponent("graph.json"), encoding: .utf8)
        #expect(json.contains(#""maxEvidence": 1"#))
        #expect(json.contains(#""unlistedDocuments": ["#), "the call both articles report keeps one sentence, and both documents")
        let paths = try Self.paths(Self.examples)
        var inputs: [String] = []
        for path in paths {
            let out = work.appendingPathComponent("part-\(inputs.count)")
            #expect(try Self.run(["build", path, "-o", out.path, "-f", "json", "--max-evidence", "1", "-q"]).status == 0)
            inputs.append(out.appendingPathComponent("graph.json").path)
        }
        let merged = work.appendingPathComponent("merged")
        let result = try Self.run(["merge"] + inputs.reversed() + ["-o", merged.path, "-f", "json,graphml", "--max-evidence", "1"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(try Self.contents(merged) == Self.contents(expected))

        let unlimited = try Self.run(["merge"] + inputs + ["-o", merged.path, "-f", "json"])
        #expect(unlimited.status == 0)
        #expect(unlimited.stderr.contains("keep at most 1 sentences of evidence each"), "\(unlimited.stderr)")
    }

    @Test("extract refuses what build refuses, and writes nothing then")
    func extractErrors() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let target = work.appendingPathComponent("f.jsonl")
        let missing = try Self.run(["extract", "/nonexistent/articles", "-o", target.path])
        #expect(missing.status == 66)
        #expect(!FileManager.default.fileExists(atPath: target.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).isEmpty)
        let empty = try Self.run(["extract", "-", "-o", target.path], input: Data("  \n".utf8))
        #expect(empty.status == 65)
        #expect(empty.stderr.contains("no usable documents"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).isEmpty)
    }
}
