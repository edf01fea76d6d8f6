import Foundation

/// A CSV (RFC 4180) or TSV file: a header row naming the columns, then one record per row.
///
/// Fields may be quoted (`"…"`, a quote inside written `""`), and a quoted field may hold
/// delimiters and line breaks; rows end at LF, CR LF or CR. A row with fewer fields than the
/// header is read with the missing ones empty, and a note says so; a row longer than the limit is
/// passed over. A quote that is never closed runs to the end of the file, as in any CSV reader;
/// the note then says where it opened.
struct DelimitedReader: DatasetRecordReader {
    private let source: ByteSource
    private let delimiter: UInt8
    private let limit: Int
    private var chunk = [UInt8](repeating: 0, count: 1 << 20)
    private var chunkCount = 0, position = 0
    private var ended = false
    private var failure: String?
    private var line = 1
    private var header: [String]?
    private var rows = 0
    private var done = false

    init(_ source: ByteSource, delimiter: UInt8, limit: Int) {
        self.source = source
        self.delimiter = delimiter
        self.limit = limit
    }

    mutating func next() -> DatasetItem? {
        while !done {
            let startLine = line
            guard let row = readRow() else {
                done = true
                if let failure { return .stopped(reason: failure) }
                return nil
            }
            switch row {
            case .tooLong(let length):
                rows += 1
                return .malformed(line: startLine, reason: "the row is \(Self.megabytes(length)), more than the \(Self.megabytes(limit)) limit for one record")
            case .fields(let raw, let unclosed):
                // Blank lines are no rows.
                if raw.count == 1, raw[0].isEmpty { continue }
                var notes: [String] = []
                var repaired = false
                let values = raw.map { bytes -> String in
                    let (text, fixed) = RecordText.decode(bytes)
                    if fixed { repaired = true }
                    return text
                }
                if repaired { notes.append("not valid UTF-8; invalid bytes replaced (convert the file with iconv for exact text)") }
                guard let names = header else {
                    // (A name's white space, line breaks included, as single spaces.)
                    var names = values.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                    if let first = names.first, first.hasPrefix("\u{FEFF}") { names[0] = String(first.dropFirst()) }
                    header = names
                    continue
                }
                rows += 1
                if unclosed { notes.append("a quoted field opened on line \(startLine) is never closed: read to the end of the file") }
                if values.count < names.count {
                    let missing = names[values.count...].prefix(3).joined(separator: ", ") + (names.count - values.count > 3 ? ", …" : "")
                    notes.append("\(values.count) of \(names.count) columns (missing: \(missing)); read as empty")
                } else if values.count > names.count {
                    notes.append("\(values.count) fields, more than the header's \(names.count) columns; the extra ones are ignored")
                }
                return .record(number: rows, line: startLine, fields: .row(names: names, values: values), notes: notes)
            }
        }
        return nil
    }

    private enum Row {
        case fields([[UInt8]], unclosed: Bool)
        case tooLong(Int)
    }

    /// The next row's fields (bytes, quotes removed), or nil at the end.
    private mutating func readRow() -> Row? {
        var fields: [[UInt8]] = []
        var field: [UInt8] = []
        var quoted = false        // inside a quoted field
        var afterQuote = false    // a quote inside a quoted field: the end, or the first of ""
        var fieldStart = true
        var length = 0
        var any = false
        while true {
            if position == chunkCount {
                refill()
                if ended {
                    guard any else { return nil }
                    fields.append(field)
                    return length > limit ? .tooLong(length) : .fields(fields, unclosed: quoted && !afterQuote)
                }
            }
            let b = chunk[position]
            position += 1
            length += 1
            any = true
            if quoted {
                if afterQuote {
                    afterQuote = false
                    if b == 0x22 { if length <= limit { field.append(0x22) }; continue }    // ""
                    quoted = false                                                          // the closing quote
                } else {
                    if b == 0x22 { afterQuote = true; continue }
                    if b == 0x0A { line += 1 }
                    if b == 0x0D, peek() != 0x0A { line += 1 }
                    if length <= limit { field.append(b) }
                    continue
                }
            }
            if b == delimiter {
                fields.append(field)
                field = []
                fieldStart = true
                continue
            }
            if b == 0x0A || b == 0x0D {
                if b == 0x0D, peek() == 0x0A { position += 1 }
                line += 1
                fields.append(field)
                return length > limit ? .tooLong(length) : .fields(fields, unclosed: false)
            }
            if b == 0x22, fieldStart {
                quoted = true
                fieldStart = false
                continue
            }
            fieldStart = false
            // (A quote inside an unquoted field is kept as text, as most readers do.)
            if length <= limit { field.append(b) }
        }
    }

    /// The next byte without consuming it (reading the next chunk if needed); nil at the end.
    private mutating func peek() -> UInt8? {
        if position == chunkCount { refill() }
        return position < chunkCount ? chunk[position] : nil
    }

    private mutating func refill() {
        guard !ended else { return }
        do throws(ByteSourceError) {
            chunkCount = try source.read(into: &chunk)
            position = 0
            if chunkCount == 0 { ended = true }
        } catch {
            ended = true
            chunkCount = 0
            position = 0
            failure = error.reason
        }
    }
}
