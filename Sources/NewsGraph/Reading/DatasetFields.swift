import Foundation

/// Which fields of a dataset record (a JSON object, a CSV row) hold an article's text and
/// metadata: for each, the names looked for in order (case-insensitive; `source.name` looks
/// inside an object). The defaults are the names news datasets and crawlers use (news-please,
/// NewsAPI, Common Crawl news extracts, Kaggle dumps); `--text-field` and the other options
/// replace a list with the one name the user gives.
public struct DatasetFields: Sendable, Hashable {
    public var text: [String]
    public var title: [String]
    public var date: [String]
    public var id: [String]
    public var url: [String]
    public var outlet: [String]
    public var authors: [String]

    public static let standardText = ["text", "content", "body", "maintext", "article", "full_text", "story"]
    public static let standardTitle = ["title", "headline"]
    public static let standardDate = ["date", "published", "date_publish", "publish_date", "published_at", "publishedAt",
                                      "pubDate", "datetime", "timestamp"]
    public static let standardID = ["id", "_id", "uuid", "guid"]
    /// `source` counts as the URL only when it holds one (else it names the outlet).
    public static let standardURL = ["url", "link", "source"]
    public static let standardOutlet = ["outlet", "publisher", "source_domain", "site_name", "source.name", "source", "domain"]
    public static let standardAuthors = ["authors", "author", "byline"]

    /// - Parameters: each a field name to use instead of the standard list (nil: the standard list).
    public init(text: String? = nil, title: String? = nil, date: String? = nil, id: String? = nil, url: String? = nil,
                outlet: String? = nil, authors: String? = nil) {
        self.text = text.map { [$0] } ?? Self.standardText
        self.title = title.map { [$0] } ?? Self.standardTitle
        self.date = date.map { [$0] } ?? Self.standardDate
        self.id = id.map { [$0] } ?? Self.standardID
        self.url = url.map { [$0] } ?? Self.standardURL
        self.outlet = outlet.map { [$0] } ?? Self.standardOutlet
        self.authors = authors.map { [$0] } ?? Self.standardAuthors
    }
}

/// One record of a dataset: its fields, by name.
enum RecordFields {
    case json([String: JSONValue])
    /// A CSV row: the header's names and the row's values.
    case row(names: [String], values: [String])

    /// The value of field `name`: the key spelled so, else the first (in sorted order) spelled so
    /// in another case; `a.b` looks up `b` inside the object at `a`.
    func value(_ name: String) -> JSONValue? {
        switch self {
        case .json(let object):
            if let value = Self.member(name, of: object) { return value }
            guard name.contains(".") else { return nil }
            var current: JSONValue = .object(object)
            for part in name.split(separator: ".") {
                guard case .object(let members) = current, let next = Self.member(String(part), of: members) else { return nil }
                current = next
            }
            return current
        case .row(let names, let values):
            var index = names.firstIndex(of: name)
            if index == nil {
                let lower = name.lowercased()
                index = names.indices.filter { names[$0].lowercased() == lower }.min { names[$0] < names[$1] }
            }
            guard let index, index < values.count else { return nil }
            return .string(values[index])
        }
    }

    private static func member(_ name: String, of object: [String: JSONValue]) -> JSONValue? {
        if let value = object[name] { return value }
        let lower = name.lowercased()
        return object.keys.filter { $0.lowercased() == lower }.min().flatMap { object[$0] }
    }
}

/// What a record says of its article.
struct DatasetArticle: Equatable {
    var text: String
    var title: String?
    var date: NewsDate?
    var id: String?
    var url: String?
    var outlet: String?
    var authors: [String]?
}

extension DatasetFields {
    /// The article a record holds, or why it holds none (a message for the user).
    func article(from record: RecordFields) -> Result<DatasetArticle, RecordProblem> {
        var text: String?
        for name in self.text {
            if let value = record.value(name), let found = Self.text(of: value) { text = found; break }
        }
        guard let text else { return .failure(.noText(self.text)) }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { return .failure(.emptyText) }
        var article = DatasetArticle(text: text)
        article.title = first(title, in: record) { Self.line(of: $0) }
        article.date = first(date, in: record) { Self.date(of: $0) }
        article.id = first(id, in: record) { Self.identifier(of: $0) }
        article.url = first(url, in: record) { value in
            Self.line(of: value).flatMap { Self.isURL($0) ? $0 : nil }
        }
        article.outlet = first(outlet, in: record) { value in
            if case .object(let members) = value { return members["name"].flatMap { Self.line(of: $0) } }
            return Self.line(of: value).flatMap { Self.isURL($0) ? nil : $0 }
        }
        article.authors = first(authors, in: record) { Self.names(of: $0) }
        return .success(article)
    }

    private func first<T>(_ names: [String], in record: RecordFields, _ read: (JSONValue) -> T?) -> T? {
        for name in names {
            if let value = record.value(name), let found = read(value) { return found }
        }
        return nil
    }

    /// A string; a list of strings (paragraphs) joined by blank lines.
    static func text(of value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text
        case .array(let items):
            let parts = items.compactMap(\.string)
            return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
        default: return nil
        }
    }

    /// A short string, its white space made single spaces; nil when empty.
    static func line(of value: JSONValue) -> String? {
        let raw: String
        switch value {
        case .string(let text): raw = text
        case .integer(let number): raw = String(number)
        default: return nil
        }
        let line = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return line.isEmpty ? nil : String(line.unicodeScalars.prefix(2000))
    }

    static func identifier(of value: JSONValue) -> String? {
        switch value {
        case .integer(let number): return String(number)
        case .string(let text):
            let id = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return id.isEmpty || id.unicodeScalars.count > 200 ? nil : id
        default: return nil
        }
    }

    /// Authors: a list of names (strings, or objects with a `name`), or one string of names
    /// separated by commas, semicolons or " and ", a leading "By" dropped.
    static func names(of value: JSONValue) -> [String]? {
        var names: [String] = []
        switch value {
        case .array(let items):
            for item in items {
                if let name = line(of: item) { names.append(name) }
                else if case .object(let members) = item, let name = members["name"].flatMap(line(of:)) { names.append(name) }
            }
        case .string:
            guard var text = line(of: value) else { return nil }
            if text.hasPrefix("By ") || text.hasPrefix("by ") || text.hasPrefix("BY ") { text.removeFirst(3) }
            names = text.replacingOccurrences(of: " and ", with: ",").split(whereSeparator: { $0 == "," || $0 == ";" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case .object(let members):
            if let name = members["name"].flatMap(line(of:)) { names = [name] }
        default:
            return nil
        }
        return names.isEmpty ? nil : names
    }

    static func isURL(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.")
    }

    /// "2026-01-16", "2026-01-16T19:54:00Z", "16 Jan 2026", "Fri, 16 Jan 2026 19:54:00 GMT",
    /// "January 16, 2026"; a number of seconds (or milliseconds) since 1970.
    static func date(of value: JSONValue) -> NewsDate? {
        switch value {
        case .integer(let number): return date(epoch: Double(number))
        case .number(let number): return date(epoch: number)
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.utf8.count >= 10, let date = NewsDate(iso: String(trimmed.prefix(10))) { return date }
            if !trimmed.isEmpty, trimmed.allSatisfy(\.isNumber), let number = Double(trimmed) { return date(epoch: number) }
            return DocumentMetadata.date(in: trimmed)
        default: return nil
        }
    }

    private static func date(epoch: Double) -> NewsDate? {
        // Seconds from 2001 (1e9) on; beyond 1e11, milliseconds.
        guard epoch >= 1e8, epoch < 1e14 else { return nil }
        let seconds = epoch >= 1e11 ? epoch / 1000 : epoch
        return NewsDate(dayNumber: Int((seconds / 86_400).rounded(.down)))
    }
}

/// Why a record gives no article.
enum RecordProblem: Error, Equatable {
    case noText([String])
    case emptyText

    var message: String {
        switch self {
        case .noText(let names):
            let shown = names.count == 1 ? "no field \"\(names[0])\"" : "no text field (looked for \(names.joined(separator: ", ")))"
            return "\(shown); name the field with --text-field"
        case .emptyText:
            return "its text is empty"
        }
    }
}
