import Foundation
import Testing
@testable import NewsGraph

/// Hostile inputs of `newsgraph merge`: each is a clear error that names the file and the line
/// (or the element), never a crash or a silently wrong graph.
@Suite("Fragment and graph files: reading and refusing")
struct GraphFileReaderTests {
    static let graph: EntityGraph = {
        let text = "Russian President Vladimir Putin phoned Iranian President Masoud Pezeshkian on Friday."
        let document = DocumentReader.makeDocument(id: "d1", path: "a.txt", content: text)
        return Extractor(knowledge: ExtractionFixture.knowledge).extract(document)
    }()

    static func line(_ graph: EntityGraph = graph) throws -> String {
        String(decoding: try FragmentEncoder().encode(graph), as: UTF8.self)
    }

    /// Reads `text` as the file `name` would be read; the graphs it held.
    static func read(_ text: String, name: String = "input.jsonl") throws -> [EntityGraph] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        var graphs: [EntityGraph] = []
        do {
            _ = try GraphFileReader().read(path) { graphs.append($0) }
        } catch let error as GraphFileError {
            // Errors name the file as given; tests compare them without the temporary folder.
            throw Self.relative(error, folder: folder.path + "/")
        }
        return graphs
    }

    private static func relative(_ error: GraphFileError, folder: String) -> GraphFileError {
        func strip(_ file: String) -> String { file.hasPrefix(folder) ? String(file.dropFirst(folder.count)) : file }
        switch error {
        case .unreadable(let file, let reason): return .unreadable(file: strip(file), reason: reason)
        case .notJSON(let file, let line, let reason): return .notJSON(file: strip(file), line: line, reason: reason)
        case .truncated(let file, let line): return .truncated(file: strip(file), line: line)
        case .newerVersion(let file, let line, let kind, let version, let supported):
            return .newerVersion(file: strip(file), line: line, kind: kind, version: version, supported: supported)
        case .notOurs(let file, let reason): return .notOurs(file: strip(file), reason: reason)
        case .invalid(let file, let line, let element, let reason):
            return .invalid(file: strip(file), line: line, element: element, reason: reason)
        }
    }

    @Test("a fragment file of several lines reads line by line, blank lines and CRLF allowed")
    func readsLines() throws {
        let line = try Self.line()
        let graphs = try Self.read(line + "\n" + line.dropLast() + "\r\n\n" + line)
        #expect(graphs == [Self.graph, Self.graph, Self.graph])
    }

    @Test("a truncated line names the file and the line", arguments: [10, 200, 0])
    func truncated(cut: Int) throws {
        let line = try Self.line()
        let broken = String(line.dropLast(cut == 0 ? 2 : line.count - cut))
        #expect(throws: GraphFileError.truncated(file: "input.jsonl", line: 3)) {
            try Self.read(line + line + broken)
        }
    }

    @Test("a fragment of a newer format version is refused, naming file, line and versions")
    func newerVersion() throws {
        let newer = try Self.line().replacingOccurrences(of: #""version":1"#, with: #""version":7"#)
        let error = GraphFileError.newerVersion(file: "input.jsonl", line: 2, kind: "fragment", version: 7, supported: 1)
        #expect(throws: error) { try Self.read(try Self.line() + newer) }
        #expect(error.localizedDescription.contains("input.jsonl:2"))
        #expect(error.localizedDescription.contains("newer"))
    }

    @Test("a wrong field names the line and the element")
    func wrongField() throws {
        let bad = try Self.line().replacingOccurrences(of: #""start":"#, with: #""start":"x","was":"#)
        #expect(throws: GraphFileError.self) { try Self.read(bad) }
        do {
            _ = try Self.read(try Self.line() + bad)
        } catch let GraphFileError.invalid(file, line, element, reason) {
            #expect(file == "input.jsonl")
            #expect(line == 2)
            #expect(element.hasPrefix("relations[") && element.hasSuffix(".start"))
            #expect(reason.contains("not an integer"))
        }
    }

    @Test("a line of another JSON Lines file is not a fragment")
    func foreignLine() throws {
        #expect(throws: GraphFileError.notOurs(file: "input.jsonl:2", reason: #"the line is not a fragment (found "text")"#)) {
            try Self.read(try Self.line() + #"{"text": "an article"}"# + "\n")
        }
    }

    @Test("a JGF file another tool wrote, an old newsgraph graph or another flavor: not ours, with what to do")
    func foreignGraph() throws {
        let sample = String(decoding: try JSONGraphEncoder().encode(SampleGraph.graph), as: UTF8.self)
        let stripped = sample.replacingOccurrences(of: #""formatVersion": 1,"#, with: "")
        do {
            _ = try Self.read(stripped, name: "old.json")
            Issue.record("an old graph was read")
        } catch let GraphFileError.notOurs(file, reason) {
            #expect(file == "old.json")
            #expect(reason.contains("before graphs could be merged"))
        }
        let foreign = #"{"graph": {"nodes": {"a": {}}, "edges": [], "metadata": {"generator": "igraph"}}}"#
        #expect(throws: GraphFileError.notOurs(file: "g.json", reason: "its graph.metadata.generator does not name newsgraph")) {
            try Self.read(foreign, name: "g.json")
        }
        let cytoscape = String(decoding: try JSONGraphEncoder(flavor: .cytoscape).encode(SampleGraph.graph), as: UTF8.self)
        #expect(throws: GraphFileError.self) { try Self.read(cytoscape, name: "c.json") }
        #expect(GraphFileError.notOurs(file: "g.json", reason: "x").localizedDescription.contains("newsgraph render"))
    }

    @Test("a graph.json of a newer version, or cut off, names the file (and the line)")
    func brokenGraph() throws {
        let json = try MergeCorpus.json(ResolvedGraph(unresolved: GraphMerger().merge([Self.graph])))
        let text = String(decoding: json, as: UTF8.self)
        #expect(throws: GraphFileError.newerVersion(file: "graph.json", line: nil, kind: "graph.json", version: 2, supported: 1)) {
            try Self.read(text.replacingOccurrences(of: #""formatVersion": 1"#, with: #""formatVersion": 2"#), name: "graph.json")
        }
        let cut = String(text.prefix(text.count / 2))
        do {
            _ = try Self.read(cut, name: "graph.json")
            Issue.record("a truncated graph was read")
        } catch let GraphFileError.notJSON(file, line, _) {
            #expect(file == "graph.json")
            #expect(line == cut.split(separator: "\n", omittingEmptySubsequences: false).count)
        }
        #expect(throws: GraphFileError.notOurs(file: "empty.json", reason: "it is empty")) { try Self.read("\n \n", name: "empty.json") }
    }

    @Test("evidence naming a document the file does not list is refused")
    func danglingDocument() throws {
        let json = try MergeCorpus.json(ResolvedGraph(unresolved: GraphMerger().merge([Self.graph])))
        let text = String(decoding: json, as: UTF8.self).replacingOccurrences(of: #""document": "d1""#, with: #""document": "d9""#)
        #expect(throws: GraphFileError.self) { try Self.read(text, name: "graph.json") }
    }

    @Test("a JSON document record reads every field DocumentInfo has, by its Codable conformance")
    func documentRecord() throws {
        let info = DocumentInfo(id: "d3", path: "news/a.html", title: "Title \"quoted\"", date: NewsDate(iso: "2026-01-16"),
                                digest: "0123456789abcdef")
        let data = try JSONEncoder().encode(info)
        let value = try JSONParser.parse(data)
        #expect(try JSONValueDecoder().decode(DocumentInfo.self, from: value) == info)
    }
}
