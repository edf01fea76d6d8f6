import Foundation

/// A `.json` dataset: an array of article objects (`[{…}, {…}]`), read element by element
/// without holding the file; also objects one after the other (JSON Lines saved as `.json`), or
/// one object: an article, or a response holding its articles in an array (`"articles": […]`).
/// A graph file (JSON Graph Format) is refused with a message saying what to do with it.
struct JSONArrayReader: DatasetRecordReader {
    private let source: ByteSource
    private let limit: Int
    private var chunk = [UInt8](repeating: 0, count: 1 << 20)
    private var chunkCount = 0, position = 0
    private var ended = false
    private var line = 1
    private var phase = Phase.start
    private var number = 0
    /// Records found inside one top-level object, given one at a time.
    private var queued: [DatasetItem] = []

    private enum Phase { case start, inArray, afterArray, topLevelObjects, done }

    init(_ source: ByteSource, limit: Int) {
        self.source = source
        self.limit = limit
    }

    mutating func next() -> DatasetItem? {
        if !queued.isEmpty { return queued.removeFirst() }
        while true {
            switch phase {
            case .done:
                return nil
            case .start:
                // A UTF-8 byte order mark.
                if refill() == nil, chunk[..<chunkCount].starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
                guard let byte = skipWhitespace() else { phase = .done; return .stopped(reason: "empty") }
                if byte == 0x5B {                       // [
                    position += 1
                    phase = .inArray
                } else if byte == 0x7B {                // {
                    phase = .topLevelObjects
                } else {
                    phase = .done
                    return .stopped(reason: "not a JSON array or object of articles")
                }
            case .inArray:
                guard let byte = skipWhitespace() else {
                    phase = .done
                    return .stopped(reason: "the array is never closed (the file is truncated?)")
                }
                if byte == 0x5D { position += 1; phase = .afterArray; continue }   // ]
                if byte == 0x2C { position += 1; continue }                         // ,
                return element(inArray: true)
            case .afterArray:
                phase = .done
                if skipWhitespace() != nil { return .stopped(reason: "text after the end of the array is ignored") }
                return nil
            case .topLevelObjects:
                guard skipWhitespace() != nil else { phase = .done; return nil }
                return element(inArray: false)
            }
        }
    }

    /// The value starting at the current byte, read to its end.
    private mutating func element(inArray: Bool) -> DatasetItem? {
        number += 1
        let startLine = line
        switch readValue() {
        case .complete(let bytes):
            let item = JSONLinesReader.record(Data(bytes), number: number, line: startLine)
            guard !inArray, number == 1, case .record(_, _, .json(let object), let notes) = item else { return item }
            return topLevel(object, notes: notes, item: item)
        case .tooLong(let length):
            return .malformed(line: startLine, reason: "record \(number) is \(Self.megabytes(length)), more than the \(Self.megabytes(limit)) limit for one record")
        case .truncated:
            phase = .done
            return .stopped(reason: "the file ends inside record \(number) (line \(startLine)); is it truncated?")
        case .failed(let reason):
            phase = .done
            return .stopped(reason: reason)
        }
    }

    /// A file's first top-level object: an article, a graph file, or a response with articles.
    private mutating func topLevel(_ object: [String: JSONValue], notes: [String], item: DatasetItem) -> DatasetItem? {
        if object["graph"] != nil || object["graphs"] != nil || object["elements"] != nil {
            phase = .done
            return .stopped(reason: "a graph file, not articles (newsgraph render reads it)")
        }
        let fields = DatasetFields()
        if case .success = fields.article(from: .json(object)) { return item }
        for key in ["articles", "data", "items", "results", "records", "documents", "docs", "news"].sorted() {
            guard case .array(let list)? = object[key] else { continue }
            queued = list.enumerated().map { index, value in
                guard case .object(let member) = value else {
                    return .malformed(line: 1, reason: "\(key)[\(index)] is \(value.typeName), not an object")
                }
                return .record(number: index + 1, line: 1, fields: .json(member), notes: notes)
            }
            number = list.count
            return queued.isEmpty ? nil : queued.removeFirst()
        }
        return item
    }

    private enum Value {
        case complete([UInt8])
        case tooLong(Int)
        case truncated
        case failed(String)
    }

    /// Reads one JSON value, from its first byte to its end (strings and nesting tracked), keeping
    /// at most `limit` bytes of it.
    private mutating func readValue() -> Value {
        var bytes: [UInt8] = []
        var length = 0
        var first: UInt8?
        var depth = 0
        var inString = false, escaped = false
        while true {
            if position == chunkCount {
                if let failure = refill() { return .failed(failure) }
                if ended {
                    // A number or literal may end with the file; a string or container may not.
                    guard let first, first != 0x7B, first != 0x5B, first != 0x22 else { return .truncated }
                    return finish(bytes, length)
                }
            }
            let start = position
            var end: Int?
            chunk.withUnsafeBufferPointer { buffer in
                var i = position
                scan: while i < chunkCount {
                    let b = buffer[i]
                    if first == nil {
                        first = b
                        if b == 0x7B || b == 0x5B { depth = 1 } else if b == 0x22 { inString = true }
                        i += 1
                        continue
                    }
                    if inString {
                        if b == 0x0A { line += 1 }
                        if escaped {
                            escaped = false
                        } else if b == 0x5C {
                            escaped = true
                        } else if b == 0x22 {
                            inString = false
                            if depth == 0 { end = i + 1; break scan }   // a string value ends
                        }
                    } else if depth > 0 {
                        switch b {
                        case 0x0A: line += 1
                        case 0x22: inString = true
                        case 0x7B, 0x5B: depth += 1
                        case 0x7D, 0x5D:
                            depth -= 1
                            if depth == 0 { end = i + 1; break scan }
                        default: break
                        }
                    } else {
                        // A number or literal: it ends before a separator or white space.
                        switch b {
                        case 0x2C, 0x5D, 0x7D, 0x20, 0x09, 0x0A, 0x0D: end = i; break scan
                        default: break
                        }
                    }
                    i += 1
                }
                position = end ?? chunkCount
            }
            length += position - start
            if length <= limit { bytes.append(contentsOf: chunk[start..<position]) }
            if end != nil { return finish(bytes, length) }
        }
    }

    private func finish(_ bytes: [UInt8], _ length: Int) -> Value {
        length > limit ? .tooLong(length) : .complete(bytes)
    }

    /// The next non-white-space byte (not consumed), counting lines; nil at the end.
    private mutating func skipWhitespace() -> UInt8? {
        while true {
            if position == chunkCount {
                if refill() != nil || ended { return nil }
            }
            let b = chunk[position]
            if b == 0x0A { line += 1 }
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                position += 1
                continue
            }
            return b
        }
    }

    /// Reads the next chunk; a failure's reason.
    private mutating func refill() -> String? {
        guard !ended else { return nil }
        do throws(ByteSourceError) {
            chunkCount = try source.read(into: &chunk)
            position = 0
            if chunkCount == 0 { ended = true }
            return nil
        } catch {
            ended = true
            chunkCount = 0
            position = 0
            return error.reason
        }
    }
}
