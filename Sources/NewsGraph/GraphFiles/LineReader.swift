import Foundation

/// Reads a file (or standard input) line by line in pieces of a megabyte, so a fragment file of
/// any size streams through in bounded memory.
struct LineReader: ~Copyable {
    private let descriptor: Int32
    private let owned: Bool
    private let path: String
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    /// The number of the line last returned (from 1).
    private(set) var number = 0

    /// Opens `path`; `-` is standard input.
    init(path: String) throws(GraphFileError) {
        self.path = path
        if path == "-" {
            descriptor = 0
            owned = false
        } else {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw GraphFileError.unreadable(file: path, reason: String(cString: strerror(errno)))
            }
            owned = true
        }
    }

    deinit { if owned { close(descriptor) } }

    /// The next line without its newline (and without a carriage return before it), or nil at the end.
    mutating func next() throws(GraphFileError) -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                start = newline + 1
                number += 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                number += 1
                return line
            }
            try fill()
        }
    }

    /// Everything not yet returned, to the end of the file.
    mutating func rest() throws(GraphFileError) -> [UInt8] {
        while !atEnd { try fill() }
        defer { start = buffer.count }
        return Array(buffer[start...])
    }

    private mutating func fill() throws(GraphFileError) {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let chunk = 1 << 20
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var count: Int
        repeat {
            count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, chunk) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else {
            throw GraphFileError.unreadable(file: path == "-" ? "standard input" : path, reason: String(cString: strerror(errno)))
        }
        buffer.removeLast(chunk - count)
        if count == 0 { atEnd = true }
    }
}
