import Foundation

/// A JSON Lines (NDJSON) file: one JSON object per line, each a record. Blank lines are passed
/// over; a line that is not a JSON object, or is longer than the limit, is reported and the next
/// line read as usual.
struct JSONLinesReader: DatasetRecordReader {
    private var lines: LineSplitter
    private let limit: Int
    private var stopped = false

    /// - Parameter limit: the longest line read, in bytes.
    init(_ source: ByteSource, limit: Int) {
        lines = LineSplitter(source, limit: limit)
        self.limit = limit
    }

    mutating func next() -> DatasetItem? {
        guard !stopped else { return nil }
        while true {
            let item: LineSplitter.Item?
            do {
                item = try lines.next()
            } catch {
                stopped = true
                return .stopped(reason: error.reason)
            }
            switch item {
            case nil:
                return nil
            case .tooLong(let number, let length):
                return .malformed(line: number, reason: "the line is \(Self.megabytes(length)), more than the \(Self.megabytes(limit)) limit for one record")
            case .line(let number, let bytes):
                guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
                return Self.record(bytes, number: number, line: number)
            }
        }
    }

    /// A record from the bytes of one JSON object (its invalid UTF-8 repaired first).
    static func record(_ bytes: Data, number: Int, line: Int) -> DatasetItem {
        var bytes = bytes
        var notes: [String] = []
        if let repaired = RecordText.repairedUTF8(bytes) {
            bytes = Data(repaired)
            notes.append("not valid UTF-8; invalid bytes replaced (convert the file with iconv for exact text)")
        }
        do {
            let value = try JSONParser.parse(bytes)
            guard case .object(let object) = value else {
                return .malformed(line: line, reason: "\(value.typeName), not a JSON object")
            }
            return .record(number: number, line: line, fields: .json(object), notes: notes)
        } catch {
            let place = error.line > 1 ? "line \(line + error.line - 1), column \(error.column)" : "column \(error.column)"
            return .malformed(line: line, reason: "not valid JSON (\(error.message) at \(place))")
        }
    }
}
