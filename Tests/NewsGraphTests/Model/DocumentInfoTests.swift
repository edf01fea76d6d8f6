import Foundation
import Testing
@testable import NewsGraph

/// Document metadata (title, date, URL, outlet, authors): kept by merges whatever their order,
/// written in the JSON export only where known, read back by `render`.
@Suite("Document metadata")
struct DocumentInfoTests {
    static let full = DocumentInfo(id: "d1", path: "news.jsonl#1", title: "Putin talks to Iranian president",
                                   date: NewsDate(iso: "2026-01-16"), url: "https://example.com/putin",
                                   outlet: "RT", authors: ["Jane Doe", "John Roe"])
    static let bare = DocumentInfo(id: "d1", path: "news.jsonl#1")

    @Test("Codable leaves out the fields that are nil, and reads records without them")
    func codable() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let bare = String(decoding: try encoder.encode(Self.bare), as: UTF8.self)
        #expect(bare == #"{"id":"d1","path":"news.jsonl#1"}"#)
        let decoded = try JSONDecoder().decode(DocumentInfo.self, from: Data(#"{"id":"d3","path":"a.txt","title":"T"}"#.utf8))
        #expect(decoded == DocumentInfo(id: "d3", path: "a.txt", title: "T"))
        let roundTrip = try JSONDecoder().decode(DocumentInfo.self, from: try encoder.encode(Self.full))
        #expect(roundTrip == Self.full)
    }

    @Test("an empty author list is no author list")
    func emptyAuthors() {
        #expect(DocumentInfo(id: "d1", path: "a", authors: []).authors == nil)
        #expect(Document(id: "d1", path: "a", text: "x", authors: []).info.authors == nil)
    }

    @Test("merging keeps the fuller record, in either order", arguments: [
        DocumentInfo(id: "d1", path: "news.jsonl#1", url: "https://example.com/putin"),
        DocumentInfo(id: "d1", path: "news.jsonl#1", outlet: "RT"),
        DocumentInfo(id: "d1", path: "news.jsonl#1", authors: ["Jane Doe"]),
    ])
    func fuller(_ partial: DocumentInfo) {
        #expect(DocumentInfo.preferred(partial, Self.bare) == partial)
        #expect(DocumentInfo.preferred(Self.bare, partial) == partial)
        #expect(DocumentInfo.preferred(partial, Self.full) == Self.full)
        #expect(DocumentInfo.preferred(Self.full, partial) == Self.full)
    }

    @Test("records as full as each other: the same one, whatever the order")
    func tie() {
        let a = DocumentInfo(id: "d1", path: "x", url: "https://a.example")
        let b = DocumentInfo(id: "d1", path: "x", url: "https://b.example")
        let c = DocumentInfo(id: "d1", path: "x", outlet: "B")
        for (x, y) in [(a, b), (b, a), (a, c), (c, a), (b, c), (c, b)] {
            #expect(DocumentInfo.preferred(x, y) == DocumentInfo.preferred(y, x))
        }
        var g1 = EntityGraph(), g2 = EntityGraph()
        for d in [a, b, c] { g1.add(d) }
        for d in [c, b, a] { g2.add(d) }
        #expect(g1.documents == g2.documents)
    }

    @Test("the JSON export lists the known fields, and render reads them back")
    func export() throws {
        let graph = ExportGraph(documents: [Self.full, DocumentInfo(id: "d2", path: "b.txt")])
        let json = try JSONGraphEncoder().encode(graph)
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.contains(#""url": "https://example.com/putin""#))
        #expect(text.contains(#""outlet": "RT""#))
        #expect(text.contains(#""authors": ["#))
        // The document without them has only id and path, as before.
        let value = try JSONParser.parse(json)
        let documents = try #require(value["graph"]?["metadata"]?["documents"]?.array)
        #expect(documents[1].object?.keys.sorted() == ["id", "path"])
        let decoded = try JGFDecoder().decode(json)
        #expect(decoded.graph.documents == graph.documents)
    }

    @Test("GraphML carries the documents and their known fields as graph data")
    func graphML() throws {
        let graph = ExportGraph(documents: [Self.full, DocumentInfo(id: "d2", path: "b.txt", title: "A & B")])
        let xml = String(decoding: try GraphMLEncoder().encode(graph), as: UTF8.self)
        #expect(xml.contains(#"<key id="graph_documents" for="graph" attr.name="documents" attr.type="string"/>"#))
        let start = try #require(xml.range(of: #"<data key="graph_documents">"#))
        let end = try #require(xml.range(of: "</data>", range: start.upperBound..<xml.endIndex))
        let escaped = String(xml[start.upperBound..<end.lowerBound])
        let text = escaped.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        let documents = try #require(try JSONParser.parse(Data(text.utf8)).array)
        #expect(documents.count == 2)
        #expect(documents[0]["url"]?.string == "https://example.com/putin")
        #expect(documents[0]["outlet"]?.string == "RT")
        #expect(documents[0]["record_id"]?.string == Self.full.recordID)
        #expect(documents[0]["authors"]?.strings == Self.full.authors)
        #expect(documents[1].object?.keys.sorted() == ["id", "path", "title"])
        #expect(documents[1]["title"]?.string == "A & B")
    }
}
