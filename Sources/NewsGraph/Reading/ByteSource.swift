import Foundation

/// Bytes read a piece at a time: a file, standard input, or a decompressed stream of either.
/// Datasets are read through one, so that a file of any size is read in bounded memory.
protocol ByteSource: AnyObject {
    /// Fills the start of `buffer`; 0 bytes at the end.
    ///
    /// - Throws: `ByteSourceError` when the bytes cannot be read (an I/O error, compressed data
    ///   that is corrupt or ends too soon).
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ByteSourceError) -> Int
}

/// Why a source of bytes stopped before its end.
struct ByteSourceError: Error, Equatable {
    /// What happened, for a message: "unexpected end of compressed data (the file is truncated)".
    var reason: String
}

/// A file (or standard input) read through its descriptor.
final class FileSource: ByteSource {
    private let descriptor: Int32
    private let closes: Bool

    /// Opens `path`; nil with the system's reason when it cannot be opened.
    static func open(_ path: String) -> Result<FileSource, ByteSourceError> {
        let fd = Foundation.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(ByteSourceError(reason: String(cString: strerror(errno)))) }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            close(fd)
            return .failure(ByteSourceError(reason: String(cString: strerror(EISDIR))))
        }
        return .success(FileSource(descriptor: fd, closes: true))
    }

    /// Standard input (not closed).
    static var standardInput: FileSource { FileSource(descriptor: STDIN_FILENO, closes: false) }

    private init(descriptor: Int32, closes: Bool) {
        self.descriptor = descriptor
        self.closes = closes
    }

    deinit {
        if closes { close(descriptor) }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ByteSourceError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let got = Foundation.read(descriptor, base, buffer.count)
            if got >= 0 { return got }
            if errno == EINTR { continue }
            throw ByteSourceError(reason: String(cString: strerror(errno)))
        }
    }
}

/// Bytes already in memory (a file's start, read to tell its format, then the rest).
final class PrefixedSource: ByteSource {
    private var prefix: [UInt8]
    private var offset = 0
    private let rest: ByteSource?

    init(_ prefix: [UInt8], then rest: ByteSource?) {
        self.prefix = prefix
        self.rest = rest
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ByteSourceError) -> Int {
        if offset < prefix.count {
            let count = min(buffer.count, prefix.count - offset)
            prefix.withUnsafeBytes { raw in
                buffer.baseAddress!.copyMemory(from: raw.baseAddress! + offset, byteCount: count)
            }
            offset += count
            if offset == prefix.count { prefix = []; offset = 0 }
            return count
        }
        guard let rest else { return 0 }
        return try rest.read(into: buffer)
    }

}

extension ByteSource {
    /// Reads into `bytes` from `offset` to its end.
    func read(into bytes: inout [UInt8], at offset: Int = 0) throws(ByteSourceError) -> Int {
        let result: Result<Int, ByteSourceError> = bytes.withUnsafeMutableBytes { raw in
            do throws(ByteSourceError) {
                return .success(try read(into: UnsafeMutableRawBufferPointer(rebasing: raw[offset...])))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Up to `count` bytes from the start (fewer at the end).
    func readPrefix(_ count: Int) throws(ByteSourceError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = try read(into: &bytes, at: filled)
            if got == 0 { break }
            filled += got
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Everything left, but no more than `limit` bytes: nil when there is more.
    func readAll(limit: Int) throws(ByteSourceError) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = try read(into: &chunk)
            if got == 0 { return bytes }
            if bytes.count + got > limit { return nil }
            bytes.append(contentsOf: chunk[..<got])
        }
    }
}
