import Foundation
import Testing

/// Datasets through `newsgraph build`: the example articles as JSON Lines, JSON, CSV and TSV,
/// compressed or not, from a file or standard input, give the graph the text files give; each
/// record is a document named file#number; hostile datasets give warnings, not lost documents.
@Suite("newsgraph build, datasets")
struct DatasetInputTests {
    static let examples = CLIRunner.packageRoot.appendingPathComponent("Examples/articles")

    static var articles: [(name: String, text: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".txt") }.sorted()) ?? []
        return names.map { ($0, (try? String(contentsOf: examples.appendingPathComponent($0), encoding: .utf8)) ?? "") }
    }

    static func json(_ value: Any) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    static func csvField(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// The example articles in one dataset of `format`, under the field or column `field`.
    static func dataset(_ format: String, field: String = "text") -> String {
        let records = articles.enumerated().map { index, article in ["id": "art-\(index + 1)", field: article.text] }
        switch format {
        case "jsonl", "ndjson": return records.map(json).joined(separator: "\n") + "\n"
        case "json": return json(records)
        case "csv": return "id,\(field)\n" + records.map { "\($0["id"]!),\(csvField($0[field]!))" }.joined(separator: "\r\n") + "\r\n"
        case "tsv": return "id\t\(field)\n" + records.map { "\($0["id"]!)\t\(csvField($0[field]!))" }.joined(separator: "\n") + "\n"
        default: fatalError(format)
        }
    }

    static func gzip(_ data: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        DispatchQueue.global().async {
            input.fileHandleForWriting.write(data)
            try? input.fileHandleForWriting.close()
        }
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return compressed
    }

    static var hasGzip: Bool { FileManager.default.isExecutableFile(atPath: "/bin/gzip") }

    static func documents(_ folder: URL) throws -> [[String: Any]] {
        let data = try Data(contentsOf: folder.appendingPathComponent("graph.json"))
        let graph = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["graph"] as? [String: Any]
        return (graph?["metadata"] as? [String: Any])?["documents"] as? [[String: Any]] ?? []
    }

    /// Builds `inputs` (and the example articles) into two folders; the two graphs' summaries.
    static func build(_ arguments: [String], in work: URL, input: Data? = nil) throws -> (CLIRunner.Result, URL) {
        let out = work.appendingPathComponent("out-\(UUID().uuidString)")
        let result = try CLIRunner.run(["build"] + arguments + ["-o", out.path, "-f", "json"], in: work, input: input)
        return (result, out)
    }

    static func expected(in work: URL) throws -> WrappedTextTests.Summary {
        let (result, out) = try build([examples.path], in: work)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return try WrappedTextTests.summary(out).0
    }

    @Test("JSON Lines, NDJSON, JSON, CSV and TSV, plain and gzip: the graph of the text files",
          arguments: ["jsonl", "ndjson", "json", "csv", "tsv"], [false, true])
    func formats(format: String, compressed: Bool) throws {
        guard !compressed || Self.hasGzip else { return }
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        var data = Data(Self.dataset(format).utf8)
        var name = "news.\(format)"
        if compressed { data = try Self.gzip(data); name += ".gz" }
        try data.write(to: work.appendingPathComponent(name))
        let (result, out) = try Self.build([name], in: work)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty, "stderr: \(result.stderr)")
        #expect(try WrappedTextTests.summary(out).0 == Self.expected(in: work))
        let documents = try Self.documents(out)
        #expect(documents.map { $0["path"] as? String } == ["\(name)#1", "\(name)#2"])
        #expect(documents.map { $0["record_id"] as? String } == ["art-1", "art-2"])
        #expect(documents.map { $0["id"] as? String } == ["d1", "d2"])
    }

    @Test("standard input: JSON Lines, gzip JSON Lines, one plain article")
    func standardInput() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let expected = try Self.expected(in: work)
        var inputs = [Data(Self.dataset("jsonl").utf8)]
        if Self.hasGzip { inputs.append(try Self.gzip(inputs[0])) }
        for input in inputs {
            let (result, out) = try Self.build(["-"], in: work, input: input)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(try WrappedTextTests.summary(out).0 == expected)
            #expect(try Self.documents(out).map { $0["path"] as? String } == ["-#1", "-#2"])
        }
        let (result, out) = try Self.build(["-"], in: work, input: Data(Self.articles[1].text.utf8))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let documents = try Self.documents(out)
        #expect(documents.count == 1 && documents[0]["path"] as? String == "-")
        #expect(documents[0]["title"] as? String == "Putin talks to Iranian president")
    }

    @Test("--text-field and --text-column name the field; without them the record is skipped with a warning naming file and line")
    func fieldOptions() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try Data(Self.dataset("jsonl", field: "story_body").utf8).write(to: work.appendingPathComponent("a.jsonl"))
        try Data(Self.dataset("csv", field: "Story Body").utf8).write(to: work.appendingPathComponent("b.csv"))
        let expected = try Self.expected(in: work)
        let (failed, _) = try Self.build(["a.jsonl"], in: work)
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("a.jsonl: line 1: record skipped: no text field (looked for text, content, body"))
        #expect(failed.stderr.contains("name the field with --text-field"))
        let (json, jsonOut) = try Self.build(["a.jsonl", "--text-field", "story_body"], in: work)
        #expect(json.status == 0, "stderr: \(json.stderr)")
        #expect(try WrappedTextTests.summary(jsonOut).0 == expected)
        let (csv, csvOut) = try Self.build(["b.csv", "--text-column", "story body"], in: work)
        #expect(csv.status == 0, "stderr: \(csv.stderr)")
        #expect(try WrappedTextTests.summary(csvOut).0 == expected)
    }

    @Test("extract reads datasets as build does (--text-field too): merging its fragments gives build's graph.json")
    func extractAndMerge() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try Data(Self.dataset("jsonl", field: "story").utf8).write(to: work.appendingPathComponent("news.jsonl"))
        let (built, out) = try Self.build(["news.jsonl", "--text-field", "story"], in: work)
        #expect(built.status == 0, "stderr: \(built.stderr)")
        let fragments = work.appendingPathComponent("news.fragments.jsonl")
        let extracted = try CLIRunner.run(["extract", "news.jsonl", "--text-field", "story", "-o", fragments.path], in: work)
        #expect(extracted.status == 0, "stderr: \(extracted.stderr)")
        let merged = work.appendingPathComponent("merged")
        let merge = try CLIRunner.run(["merge", fragments.path, "-o", merged.path, "-f", "json"], in: work)
        #expect(merge.status == 0, "stderr: \(merge.stderr)")
        let expected = try Data(contentsOf: out.appendingPathComponent("graph.json"))
        #expect(try Data(contentsOf: merged.appendingPathComponent("graph.json")) == expected)
        #expect(try Self.documents(merged).map { $0["path"] as? String } == ["news.jsonl#1", "news.jsonl#2"])
    }

    @Test("metadata from the records: title, date, URL, outlet, authors in the JSON document list")
    func metadata() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let record = ["maintext": Self.articles[0].text, "title": "Pezeshkian and Putin talk", "date_publish": "2026-01-16 19:54:00",
                      "url": "https://example.com/a", "source_domain": "example.com", "authors": ["Jane Doe", "John Roe"]] as [String: Any]
        try Data((Self.json(record) + "\n").utf8).write(to: work.appendingPathComponent("a.jsonl"))
        let (result, out) = try Self.build(["a.jsonl"], in: work)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let document = try #require(try Self.documents(out).first)
        #expect(document["title"] as? String == "Pezeshkian and Putin talk")
        #expect(document["date"] as? String == "2026-01-16")
        #expect(document["url"] as? String == "https://example.com/a")
        #expect(document["outlet"] as? String == "example.com")
        #expect(document["authors"] as? [String] == ["Jane Doe", "John Roe"])
        #expect(document["record_id"] == nil)
    }

    @Test("hostile datasets: a truncated .gz, a 50 MB line, invalid UTF-8 in JSON strings, a CSV with a quoted newline and a missing column")
    func hostile() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let call = "Russian President Vladimir Putin held a phone call with Iranian President Masoud Pezeshkian on Friday."
        // 50 MB on one line, most of it in a field no article needs; then two ordinary lines.
        let padding = String(repeating: "x", count: 50 << 20)
        let big = Self.json(["text": call, "padding": padding]) + "\n" + Self.json(["text": "Iran blamed Israel for the attack."]) + "\n"
        try Data(big.utf8).write(to: work.appendingPathComponent("big.jsonl"))
        let invalid = Data("{\"text\": \"Iran’s foreign minister ".utf8) + Data([0xFF, 0xC3]) + Data(" accused Israel of the attack.\"}\n".utf8)
        try invalid.write(to: work.appendingPathComponent("invalid.jsonl"))
        let csv = "id,text,date\n1,\"Russian President Vladimir Putin held a phone call\nwith Iranian President Masoud Pezeshkian.\",2026-01-16\n2,\"Iran blamed Israel for the attack.\"\n"
        try Data(csv.utf8).write(to: work.appendingPathComponent("hostile.csv"))
        var inputs = ["big.jsonl", "invalid.jsonl", "hostile.csv"]
        if Self.hasGzip {
            let lines = (0..<4000).map { Self.json(["text": "Report \($0): " + call]) }.joined(separator: "\n")
            let compressed = try Self.gzip(Data(lines.utf8))
            try compressed.prefix(compressed.count / 2).write(to: work.appendingPathComponent("cut.jsonl.gz"))
            inputs.append("cut.jsonl.gz")
        }
        let (result, out) = try Self.build(inputs, in: work)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("invalid.jsonl: line 1: not valid UTF-8; invalid bytes replaced"))
        #expect(result.stderr.contains("hostile.csv: line 4: 2 of 3 columns (missing: date); read as empty"))
        let paths = try Self.documents(out).compactMap { $0["path"] as? String }
        #expect(paths.filter { !$0.hasPrefix("cut.") } == ["big.jsonl#1", "big.jsonl#2", "hostile.csv#1", "hostile.csv#2", "invalid.jsonl#1"])
        if Self.hasGzip {
            #expect(result.stderr.contains("cut.jsonl.gz: stopped: unexpected end of compressed data (the file is truncated); the "))
            let cut = paths.filter { $0.hasPrefix("cut.jsonl.gz#") }.count
            #expect(cut > 1000 && cut < 4000)
        }
        // The call in the CSV's quoted field spans its line break, and is found.
        let data = try Data(contentsOf: out.appendingPathComponent("graph.json"))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("Russian President Vladimir Putin held a phone call\\nwith Iranian President Masoud Pezeshkian."))
        #expect(text.contains("call__person:masoud-pezeshkian__person:vladimir-putin"))
    }
}
