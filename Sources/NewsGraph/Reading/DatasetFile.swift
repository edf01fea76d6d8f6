import Foundation

/// The kinds of dataset file, by extension (`.gz` of each too).
enum DatasetFormat: Sendable, Hashable {
    case jsonLines
    case json
    case csv
    case tsv

    static let extensions: [String: DatasetFormat] = [
        "jsonl": .jsonLines, "ndjson": .jsonLines, "json": .json, "csv": .csv, "tsv": .tsv, "tab": .tsv,
    ]

    /// The reader of this format over `source`.
    func reader(_ source: ByteSource, limit: Int) -> any DatasetRecordReader {
        switch self {
        case .jsonLines: JSONLinesReader(source, limit: limit)
        case .json: JSONArrayReader(source, limit: limit)
        case .csv: DelimitedReader(source, delimiter: 0x2C, limit: limit)
        case .tsv: DelimitedReader(source, delimiter: 0x09, limit: limit)
        }
    }
}

/// A dataset being read: its records become documents one at a time; what went wrong is said
/// in a few warnings (the first ones in full, then a count).
struct DatasetFile {
    let path: String
    private var reader: any DatasetRecordReader
    private let fields: DatasetFields
    private let maximumTextSize: Int
    /// Articles read, and records that gave none.
    private(set) var articles = 0, skipped = 0
    private var warned = 0, unsaid = 0
    private var problems: Set<String> = []
    private(set) var finished = false

    /// Warnings shown in full per file; the others are counted.
    static let warningsShown = 10

    init(path: String, reader: any DatasetRecordReader, fields: DatasetFields, maximumTextSize: Int) {
        self.path = path
        self.reader = reader
        self.fields = fields
        self.maximumTextSize = maximumTextSize
    }

    /// The next article of the file (its record's number and what the record says), warnings
    /// added to `warnings`; nil at the end, after the file's last warnings.
    mutating func next(warnings: inout [ReadingWarning]) -> (number: Int, article: DatasetArticle)? {
        guard !finished else { return nil }
        while let item = reader.next() {
            switch item {
            case .record(let number, let line, let record, let notes):
                for note in notes { warn("line \(line): \(note)", into: &warnings) }
                switch fields.article(from: record) {
                case .success(let article):
                    if article.text.utf8.count > maximumTextSize {
                        skip(line: line, "its text is \(BoundedFile.megabytes(article.text.utf8.count)) MB, more than the "
                             + "\(BoundedFile.megabytes(maximumTextSize)) MB limit for one document", into: &warnings)
                        continue
                    }
                    articles += 1
                    return (number, article)
                case .failure(let problem):
                    problems.insert(problem.message)
                    skip(line: line, problem.message, into: &warnings)
                }
            case .malformed(let line, let reason):
                skip(line: line, reason, into: &warnings)
            case .stopped(let reason):
                let read = articles == 0 ? "" : "; the \(articles) record\(articles == 1 ? "" : "s") before \(articles == 1 ? "was" : "were") read"
                warnings.append(ReadingWarning(path: path, message: "stopped: \(reason)\(read)"))
            }
        }
        finished = true
        if unsaid > 0 {
            warnings.append(ReadingWarning(path: path, message: "\(unsaid) more record\(unsaid == 1 ? "" : "s") skipped or repaired "
                                           + "(the first \(Self.warningsShown) are shown above)"))
        }
        if articles == 0 {
            let why = problems.count == 1 ? " (\(problems.first!))" : ""
            warnings.append(ReadingWarning(path: path, message: skipped == 0 ? "skipped: no records" :
                "skipped: none of its \(skipped) record\(skipped == 1 ? "" : "s") holds an article\(why)"))
        }
        return nil
    }

    private mutating func skip(line: Int, _ reason: String, into warnings: inout [ReadingWarning]) {
        skipped += 1
        warn("line \(line): record skipped: \(reason)", into: &warnings)
    }

    private mutating func warn(_ message: String, into warnings: inout [ReadingWarning]) {
        if warned < Self.warningsShown {
            warned += 1
            warnings.append(ReadingWarning(path: path, message: message))
        } else {
            unsaid += 1
        }
    }
}
