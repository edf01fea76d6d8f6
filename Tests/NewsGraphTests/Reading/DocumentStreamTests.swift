import Foundation
import Testing
@testable import NewsGraph

/// Files, folders and datasets read as one stream of documents: canonical order, ids, paths,
/// metadata, warnings, and the same graph as reading everything at once.
@Suite("Document stream")
struct DocumentStreamTests {
    typealias Folder = DocumentReaderTests.Folder
    static let call = "Russian President Vladimir Putin held a phone call with Iranian President Masoud Pezeshkian on Friday."

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("files and datasets in path order, records in file order; each record's path is file#number")
    func order() throws {
        let folder = try Folder([
            "b.jsonl": Self.bytes("{\"text\": \"\(Self.call)\", \"id\": \"r1\", \"title\": \"First\"}\n\n{\"text\": \"Iran blamed Israel.\"}\n"),
            "a.txt": Self.bytes(Self.call),
            "c/d.csv": Self.bytes("id,text,date\n9,Iran blamed Israel.,2026-01-16\n"),
        ])
        defer { folder.remove() }
        let read = try DocumentReader().read([folder.path])
        let paths = read.documents.map { ($0.path as NSString).lastPathComponent }
        #expect(paths == ["a.txt", "b.jsonl#1", "b.jsonl#3", "d.csv#1"])
        #expect(read.documents.map(\.id) == ["d1", "d2", "d3", "d4"])
        #expect(read.documents[1].recordID == "r1" && read.documents[1].title == "First")
        #expect(read.documents[3].recordID == "9" && read.documents[3].date == NewsDate(iso: "2026-01-16"))
        #expect(read.warnings.isEmpty)
    }

    @Test("read in batches or all at once, the graph is the same")
    func batches() throws {
        let lines = (0..<300).map { index in
            "{\"text\": \"\(index % 3 == 0 ? Self.call : "Iran blamed Israel for the attack on day \(index).")\"}"
        }
        let folder = try Folder(["news.jsonl": Self.bytes(lines.joined(separator: "\n"))])
        defer { folder.remove() }
        let extractor = Extractor(knowledge: ExtractionFixture.knowledge)
        let all = extractor.extract(try DocumentReader().read([folder.path]).documents)
        var stream = try DocumentReader().stream([folder.path])
        let streamed = try extractor.extract(&stream, batchSize: 7, threads: 2)
        #expect(streamed == all)
        #expect(stream.count == 300)
    }

    @Test("the graph numbers a dataset's records in their order (#2 before #10), streamed or not")
    func recordOrder() throws {
        let lines = (1...12).map { index in "{\"text\": \"Iran blamed Israel for the attack on day \(index).\", \"title\": \"Day \(index)\"}" }
        let folder = try Folder(["news.jsonl": Self.bytes(lines.joined(separator: "\n")), "z.txt": Self.bytes(Self.call)])
        defer { folder.remove() }
        let extractor = Extractor(knowledge: ExtractionFixture.knowledge)
        let all = extractor.extract(try DocumentReader().read([folder.path]).documents)
        var stream = try DocumentReader().stream([folder.path])
        let streamed = try extractor.extract(&stream, batchSize: 5, threads: 2)
        for graph in [all, streamed] {
            let paths = graph.sortedDocuments.map { ($0.path as NSString).lastPathComponent }
            #expect(paths == (1...12).map { "news.jsonl#\($0)" } + ["z.txt"])
            #expect(graph.sortedDocuments.prefix(12).map(\.title) == (1...12).map { "Day \($0)" })
            #expect(graph.sortedDocuments.map(\.id) == (1...13).map { "d\($0)" })
        }
        #expect(streamed == all)
    }

    @Test("a dataset whose records all fail is skipped with a warning; nothing usable is an error")
    func nothingUsable() throws {
        let folder = try Folder(["x.jsonl": Self.bytes("{\"title\": \"no text\"}\nnot json\n")])
        defer { folder.remove() }
        do {
            _ = try DocumentReader().read([folder.path])
            Issue.record("expected an error")
        } catch let error as ReadingError {
            guard case .nothingToRead(_, let warnings) = error else { Issue.record("\(error)"); return }
            #expect(warnings.map(\.message) == ["skipped: none of its 2 records holds an article (no text field (looked for text, "
                                                + "content, body, maintext, article, full_text, story); name the field with --text-field)"])
            #expect(error.localizedDescription.contains("x.jsonl: none of its 2 records holds an article"))
        }
    }

    @Test("a dataset's warnings: the first ten in full, then how many more")
    func warningCap() throws {
        let lines = (0..<25).map { _ in "{broken" } + ["{\"text\": \"\(Self.call)\"}"]
        let folder = try Folder(["x.jsonl": Self.bytes(lines.joined(separator: "\n"))])
        defer { folder.remove() }
        let read = try DocumentReader().read([folder.path])
        #expect(read.documents.count == 1)
        #expect(read.warnings.count == 11)
        #expect(read.warnings.last?.message == "15 more records skipped or repaired (the first 10 are shown above)")
    }
}
