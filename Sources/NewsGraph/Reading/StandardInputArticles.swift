import Foundation

/// Articles piped to standard input (`-` among the inputs of `newsgraph extract`): JSON Lines of
/// articles, or one plain-text article.
///
/// A JSON line is an object with the article's text in `text` (or `content`, `body`,
/// `maintext`), or its file's bytes base64-encoded in `base64` (decoded as a file is, so a
/// document piped this way gets the text `build` would read from the file); optionally `path`
/// (the document's path; else `-#N`, N the line's number), `title` and `date` (`YYYY-MM-DD`).
/// The format is taken from the path's extension, as for files. Lines that are not such objects
/// are skipped with a warning naming the line.
///
/// (A stand-in until the dataset readers read `-` themselves; kept apart so the two can be
/// reconciled.)
public enum StandardInputArticles {
    /// The documents in `data`, numbered in order, and what was skipped.
    public static func read(_ data: Data, name: String = "-") -> (documents: [Document], warnings: [ReadingWarning]) {
        let bytes = [UInt8](data)
        guard let first = bytes.firstIndex(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            return ([], [ReadingWarning(path: name, message: "skipped: empty")])
        }
        guard bytes[first] == UInt8(ascii: "{") else {
            switch TextDecoding.decode(data, path: name) {
            case .success(let decoded):
                return ([DocumentReader.makeDocument(id: "d1", path: name, content: decoded.text)], decoded.warning.map { [$0] } ?? [])
            case .failure(let warning):
                return ([], [warning])
            }
        }
        var contents: [(path: String, content: String, format: DocumentFormat, title: String?, date: NewsDate?)] = []
        var warnings: [ReadingWarning] = []
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            guard line.contains(where: { !($0 == 0x20 || $0 == 0x0D || $0 == 0x09) }) else { continue }
            let place = "\(name):\(number)"
            guard case .object(let record)? = try? JSONParser.parse(Data(line)) else {
                warnings.append(ReadingWarning(path: place, message: "skipped: not a JSON object with the article's \"text\""))
                continue
            }
            let path = record["path"]?.string ?? "\(name)#\(number)"
            let ext = (path as NSString).pathExtension.lowercased()
            var text: String?
            if let encoded = record["base64"]?.string {
                guard let raw = Data(base64Encoded: encoded) else {
                    warnings.append(ReadingWarning(path: place, message: "skipped: \"base64\" is not base64"))
                    continue
                }
                switch TextDecoding.decode(raw, path: path) {
                case .success(let decoded):
                    text = decoded.text
                    if let warning = decoded.warning { warnings.append(warning) }
                case .failure(let warning):
                    warnings.append(warning)
                    continue
                }
            } else {
                text = ["text", "content", "body", "maintext"].lazy.compactMap { record[$0]?.string }.first
            }
            guard let text, text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                warnings.append(ReadingWarning(path: place, message: "skipped: no article text (\"text\" or \"base64\")"))
                continue
            }
            contents.append((path, text, DocumentReader.formats[ext] ?? .text, record["title"]?.string,
                             record["date"]?.string.flatMap(NewsDate.init(iso:))))
        }
        let documents = DocumentReader.makeDocuments(contents.map { ($0.path, $0.content, $0.format) })
        return (zip(documents, contents).map { document, record in
            var document = document
            if let title = record.title { document.title = title }
            if let date = record.date { document.date = date }
            return document
        }, warnings)
    }
}
