import Foundation

/// The lines of a source of bytes, one at a time, each at most `limit` bytes: a longer line is
/// passed over (reported with its length) without being held in memory. A line ends at LF; a
/// CR before it is dropped.
///
/// When the source fails (a truncated `.gz`), the bytes read before are still given, the last
/// partial line included; the error comes at the next call.
struct LineSplitter {
    enum Item {
        case line(number: Int, bytes: Data)
        /// A line longer than the limit, passed over.
        case tooLong(number: Int, length: Int)
    }

    private let source: ByteSource
    private let limit: Int
    private var buffer: [UInt8] = []
    private var chunk = [UInt8](repeating: 0, count: LineSplitter.chunkSize)
    /// Where the unread part of `buffer` starts, and where the search for a line feed resumes.
    private var start = 0, scanned = 0
    private var lineNumber = 0
    private var ended = false
    private var pendingError: ByteSourceError?
    /// Inside a line too long to keep: its length so far.
    private var skipping: Int?

    static let chunkSize = 1 << 20

    init(_ source: ByteSource, limit: Int) {
        self.source = source
        self.limit = limit
    }

    /// The next line, or nil at the end.
    mutating func next() throws(ByteSourceError) -> Item? {
        while true {
            if let newline = Self.firstNewline(in: buffer, from: scanned) {
                lineNumber += 1
                let end = newline > start && buffer[newline - 1] == 0x0D ? newline - 1 : newline
                defer { start = newline + 1; scanned = start }
                if let skipped = skipping {
                    skipping = nil
                    return .tooLong(number: lineNumber, length: skipped + newline - start)
                }
                if newline - start > limit { return .tooLong(number: lineNumber, length: newline - start) }
                return .line(number: lineNumber, bytes: Data(buffer[start..<end]))
            }
            scanned = buffer.count
            if buffer.count - start > limit {
                // Too long to keep: count it and drop what is held.
                skipping = (skipping ?? 0) + buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
            }
            if ended {
                if let error = pendingError {
                    pendingError = nil
                    throw error
                }
                guard start < buffer.count || skipping != nil else { return nil }
                lineNumber += 1
                defer { buffer = []; start = 0; scanned = 0; skipping = nil }
                if let skipped = skipping { return .tooLong(number: lineNumber, length: skipped + buffer.count - start) }
                if buffer.count - start > limit { return .tooLong(number: lineNumber, length: buffer.count - start) }
                let end = buffer.last == 0x0D ? buffer.count - 1 : buffer.count
                return .line(number: lineNumber, bytes: Data(buffer[start..<end]))
            }
            fill()
        }
    }

    private static func firstNewline(in buffer: [UInt8], from index: Int) -> Int? {
        guard index < buffer.count else { return nil }
        return buffer.withUnsafeBytes { raw in
            memchr(raw.baseAddress! + index, 0x0A, raw.count - index).map { UnsafeRawPointer($0) - raw.baseAddress! }
        }
    }

    /// Appends the next chunk of the source (moving the unread part to the front first).
    private mutating func fill() {
        if start > 0 {
            buffer.removeSubrange(..<start)
            scanned -= start
            start = 0
        }
        do throws(ByteSourceError) {
            let got = try source.read(into: &chunk)
            // (One copy of the bytes read, even in a debug build.)
            buffer.append(contentsOf: chunk[..<got])
            if got == 0 { ended = true }
        } catch {
            ended = true
            pendingError = error
        }
    }
}
