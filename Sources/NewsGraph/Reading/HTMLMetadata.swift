import Foundation

/// What a web page says about its article, from its JSON-LD (`NewsArticle` and the other
/// article types of schema.org), Open Graph and `<meta>` tags, in that order of trust: title,
/// publication date, URL, outlet and authors.
struct HTMLMetadata: Equatable {
    var title: String?
    var date: NewsDate?
    var url: String?
    var outlet: String?
    var authors: [String]?

    static let articleTypes: Set<String> = ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                                            "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
                                            "LiveBlogPosting", "ScholarlyArticle", "SocialMediaPosting", "Report"]

    init(_ tree: HTMLTree) {
        var meta: [String: String] = [:]    // property or name (lower case) → content, the first of each
        var canonical: String?
        var pageTitle: String?
        var article: [String: JSONValue]?
        let inSVG = tree.insideFlags(["svg"])
        for (index, node) in tree.nodes.enumerated() {
            switch node.name {
            case "meta":
                guard let content = node.attributes["content"]?.trimmingCharacters(in: .whitespacesAndNewlines), !content.isEmpty else { continue }
                for key in ["property", "name", "itemprop"] {
                    if let name = node.attributes[key]?.lowercased(), meta[name] == nil { meta[name] = content }
                }
            case "link":
                if canonical == nil, node.attributes["rel"]?.lowercased() == "canonical" { canonical = node.attributes["href"] }
            case "title":
                if pageTitle == nil, !inSVG[index] { pageTitle = Self.line(node.text) }
            case "script":
                if article == nil, node.attributes["type"]?.lowercased().contains("ld+json") == true,
                   let value = try? JSONParser.parse(Data(node.text.utf8)) {
                    article = Self.findArticle(value, depth: 0)
                }
            default:
                break
            }
        }
        let ld = article ?? [:]
        title = ld["headline"]?.string.flatMap(Self.line) ?? meta["og:title"].flatMap(Self.line)
            ?? meta["twitter:title"].flatMap(Self.line) ?? pageTitle
        let dates = [ld["datePublished"]?.string, meta["article:published_time"], meta["og:published_time"],
                     meta["datepublished"], meta["date"], meta["pubdate"], meta["publishdate"], meta["publish-date"],
                     meta["dc.date"], meta["dc.date.issued"], meta["parsely-pub-date"], meta["sailthru.date"],
                     ld["dateCreated"]?.string]
        date = dates.lazy.compactMap { $0.flatMap(Self.date) }.first
        url = [Self.url(ld["url"]), Self.url(ld["mainEntityOfPage"]), meta["og:url"], canonical]
            .lazy.compactMap { $0 }.first { DatasetFields.isURL($0) }
        outlet = Self.name(ld["publisher"]) ?? meta["og:site_name"].flatMap(Self.line) ?? meta["application-name"].flatMap(Self.line)
        let fromMeta = [meta["author"], meta["article:author"], meta["parsely-author"], meta["sailthru.author"]]
            .compactMap { $0 }.filter { !DatasetFields.isURL($0) }
        authors = ld["author"].flatMap(DatasetFields.names(of:)).map { $0.filter { !DatasetFields.isURL($0) } }
            ?? fromMeta.first.flatMap { DatasetFields.names(of: .string($0)) }
        if authors?.isEmpty == true { authors = nil }
    }

    /// The first object of an article type, in an object, an array or a `@graph`.
    private static func findArticle(_ value: JSONValue, depth: Int) -> [String: JSONValue]? {
        guard depth < 8 else { return nil }
        switch value {
        case .object(let object):
            let types: [String] = object["@type"].map { $0.string.map { [$0] } ?? $0.strings } ?? []
            if types.contains(where: articleTypes.contains) { return object }
            if let graph = object["@graph"] { return findArticle(graph, depth: depth + 1) }
            return nil
        case .array(let items):
            for item in items.prefix(64) { if let found = findArticle(item, depth: depth + 1) { return found } }
            return nil
        default:
            return nil
        }
    }

    private static func line(_ text: String) -> String? {
        let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return line.isEmpty ? nil : line
    }

    private static func date(_ text: String) -> NewsDate? {
        DatasetFields.date(of: .string(text))
    }

    private static func url(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?: return text
        case .object(let object)?: return object["@id"]?.string ?? object["url"]?.string
        default: return nil
        }
    }

    private static func name(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?: return line(text)
        case .object(let object)?: return object["name"]?.string.flatMap(line)
        case .array(let items)?: return items.lazy.compactMap { name($0) }.first
        default: return nil
        }
    }
}
