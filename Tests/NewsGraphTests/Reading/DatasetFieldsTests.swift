import Foundation
import Testing
@testable import NewsGraph

/// Which fields of a record make the article, with the standard names and the user's.
@Suite("Dataset fields")
struct DatasetFieldsTests {
    static func article(_ json: String, _ fields: DatasetFields = DatasetFields()) -> Result<DatasetArticle, RecordProblem> {
        guard case .object(let object)? = try? JSONParser.parse(Data(json.utf8)) else { fatalError("test JSON: \(json)") }
        return fields.article(from: .json(object))
    }

    @Test("the common field names of news datasets", arguments: [
        #"{"text": "T", "title": "H", "date": "2026-01-16", "url": "https://a.example/x", "id": "x1"}"#,
        #"{"content": "T", "headline": "H", "published": "2026-01-16T19:54:00Z", "link": "https://a.example/x", "_id": "x1"}"#,
        #"{"maintext": "T", "title": "H", "date_publish": "2026-01-16 19:54:00", "url": "https://a.example/x", "id": "x1"}"#,
        #"{"Body": "T", "Title": "H", "publish_date": "Fri, 16 Jan 2026 19:54:00 GMT", "URL": "https://a.example/x", "ID": "x1"}"#,
        #"{"body": "T", "title": "H", "publishedAt": 1768593240, "source": "https://a.example/x", "uuid": "x1"}"#,
    ])
    func standardNames(json: String) throws {
        let article = try Self.article(json).get()
        #expect(article == DatasetArticle(text: "T", title: "H", date: NewsDate(iso: "2026-01-16"), id: "x1", url: "https://a.example/x"))
    }

    @Test("outlet and authors: nested source names, lists, bylines")
    func outletAndAuthors() throws {
        let newsAPI = try Self.article(#"{"content": "T", "source": {"id": "bbc", "name": "BBC News"}, "author": "By Jane Doe and John Roe"}"#).get()
        #expect(newsAPI.outlet == "BBC News")
        #expect(newsAPI.authors == ["Jane Doe", "John Roe"])
        let newsPlease = try Self.article(#"{"maintext": "T", "source_domain": "reuters.com", "authors": ["A B", {"name": "C D"}]}"#).get()
        #expect(newsPlease.outlet == "reuters.com")
        #expect(newsPlease.authors == ["A B", "C D"])
    }

    @Test("--text-field and the other options name the field to use, in nested objects too")
    func userFields() throws {
        let json = #"{"text": "not this", "article": {"full": "this"}, "when": "16 January 2026", "ref": 42}"#
        let fields = DatasetFields(text: "article.full", date: "when", id: "ref")
        let article = try Self.article(json, fields).get()
        #expect(article.text == "this")
        #expect(article.date == NewsDate(iso: "2026-01-16"))
        #expect(article.id == "42")
        #expect(Self.article(json, DatasetFields(text: "missing")) == .failure(.noText(["missing"])))
        #expect(RecordProblem.noText(["missing"]).message == "no field \"missing\"; name the field with --text-field")
    }

    @Test("a record without text, or with empty text, gives no article; paragraphs in a list are joined")
    func text() throws {
        #expect(Self.article(#"{"title": "only a title"}"#) == .failure(.noText(DatasetFields.standardText)))
        #expect(Self.article(#"{"text": "  \n "}"#) == .failure(.emptyText))
        #expect(try Self.article(#"{"text": ["One.", "Two."]}"#).get().text == "One.\n\nTwo.")
    }

    @Test("a CSV row's columns, by name in any case")
    func row() throws {
        let record = RecordFields.row(names: ["ID", "Headline", "Text"], values: ["7", "H", "T"])
        let article = try DatasetFields().article(from: record).get()
        #expect(article == DatasetArticle(text: "T", title: "H", id: "7"))
    }
}
