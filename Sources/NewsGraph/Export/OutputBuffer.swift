import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable UTF-8 byte buffer the encoders write into; cheaper than concatenating Strings.
///
/// Non-copyable and backed by `malloc`: a write is a capacity check and a copy, with no reference
/// counting or uniqueness check (encoders make tens of millions of small writes), growth is a
/// `realloc` (for large buffers the C library moves pages rather than bytes), and ``takeData()``
/// hands the memory to `Data` without copying it.
///
/// A buffer made by ``init(file:bufferSize:)`` instead passes its bytes on to the file whenever
/// it is full: the file never exists in memory as a whole.
struct OutputBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    /// Bytes in the buffer (not yet passed to the file, if there is one).
    private(set) var count = 0
    private var capacity: Int
    /// The file the bytes go to when the buffer is full, or -1.
    private var file: Int32 = -1
    /// The `errno` of a failed write to the file (later bytes are dropped), or 0.
    private var fileError: Int32 = 0
    /// The file's path, for messages.
    private var filePath = ""
    /// Whether `close()` and `deinit` close `file` (not when it is a caller's handle).
    private var ownsFile = true

    init(reservingCapacity capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        guard let memory = malloc(self.capacity) else { fatalError("out of memory (\(self.capacity) bytes)") }
        base = memory.assumingMemoryBound(to: UInt8.self)
    }

    deinit {
        free(base)
        if file >= 0, ownsFile { _ = Foundation.close(file) }
    }

    /// Makes room for `extra` more bytes; returns where they go.
    @inline(__always)
    private mutating func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if _slowPath(capacity &- count < extra) { makeRoom(extra) }
        return base + count
    }

    @inline(never)
    private mutating func makeRoom(_ extra: Int) {
        if file >= 0 {
            flush()
            if capacity >= extra { return }
        }
        var newCapacity = capacity * 2
        while newCapacity < count + extra { newCapacity *= 2 }
        guard let memory = realloc(base, newCapacity) else { fatalError("out of memory (\(newCapacity) bytes)") }
        base = memory.assumingMemoryBound(to: UInt8.self)
        capacity = newCapacity
    }

    // MARK: Files

    /// A buffer that writes into the file at `path` (created, or truncated), passing its bytes on
    /// in pieces of `bufferSize`; ``close()`` writes the rest. Like `Data.write(to:)` without
    /// options, writing is not atomic; unlike it, it does not wait for the disk (no `fsync`).
    ///
    /// - Throws: `CocoaError` (`.fileWriteNoPermission`, `.fileWriteOutOfSpace`,
    ///   `.fileWriteUnknown`) naming the file, with the system's error as the underlying one.
    init(file path: String, bufferSize: Int = 1 << 20) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Self.fileError(errno, path: path) }
        self.init(reservingCapacity: bufferSize)
        file = descriptor
        filePath = path
    }

    /// A buffer that writes into a file its caller has open (`handle`), which ``close()`` leaves
    /// open: for a caller that created the file itself and must not have it opened again by path.
    init(handle: FileHandle, bufferSize: Int = 1 << 20) {
        self.init(reservingCapacity: bufferSize)
        file = handle.fileDescriptor
        ownsFile = false
    }

    /// Writes what is left into the file and closes it (unless it came from a caller's handle).
    ///
    /// - Throws: `CocoaError` as ``init(file:bufferSize:)`` when a write failed.
    consuming func close() throws {
        if file >= 0 { flush() }
        let descriptor = file, error = fileError, path = filePath
        file = -1
        if descriptor >= 0, ownsFile, Foundation.close(descriptor) != 0, error == 0 {
            throw Self.fileError(errno, path: path)
        }
        if error != 0 { throw Self.fileError(error, path: path) }
    }

    private static func fileError(_ code: Int32, path: String) -> CocoaError {
        let kind: CocoaError.Code
        switch code {
        case EACCES, EPERM, EROFS: kind = .fileWriteNoPermission
        case ENOSPC, EDQUOT, EFBIG: kind = .fileWriteOutOfSpace
        default: kind = .fileWriteUnknown
        }
        let underlying = POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        return CocoaError(kind, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: underlying])
    }

    /// Passes the buffered bytes on to the file.
    private mutating func flush() {
        writeToFile(base, count: count)
        count = 0
    }

    private mutating func writeToFile(_ source: UnsafeRawPointer, count length: Int) {
        var written = 0
        while written < length, fileError == 0 {
            let result = Foundation.write(file, source + written, length - written)
            if result < 0 {
                if errno != EINTR { fileError = errno }
            } else {
                written += result
            }
        }
    }

    /// Drops everything written, from the file too, to write it again.
    mutating func restart() {
        count = 0
        guard file >= 0, fileError == 0 else { return }
        if ftruncate(file, 0) != 0 || lseek(file, 0, SEEK_SET) != 0 { fileError = errno }
    }

    // MARK: Contents (buffers without a file)

    /// Makes sure `extra` more bytes fit without growing.
    mutating func reserveCapacity(extra: Int) {
        _ = reserve(extra)
    }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// A copy of the bytes written so far.
    var data: Data { Data(bytes: base, count: count) }

    /// The bytes written, handed to `Data` without a copy; the buffer is used up.
    consuming func takeData() -> Data {
        precondition(file < 0, "the bytes went to a file")
        let pointer = base, count = count
        // The memory goes to the Data; the buffer frees a byte of its own.
        guard let placeholder = malloc(1) else { fatalError("out of memory") }
        base = placeholder.assumingMemoryBound(to: UInt8.self)
        // Give back what was reserved but not written (no copy).
        let fitted = realloc(pointer, max(count, 1)) ?? UnsafeMutableRawPointer(pointer)
        return Data(bytesNoCopy: fitted, count: count, deallocator: .free)
    }

    /// Calls `body` with the bytes written so far (valid only during the call).
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    // MARK: Writing

    mutating func write(_ text: String) {
        // A native String hands out its UTF-8 storage directly: one copy, no per-byte iteration.
        Escaping.withUTF8(text) { write($0) }
    }

    /// Writes a literal (ASCII or UTF-8) without looking at its bytes.
    @inline(__always)
    mutating func write(_ text: StaticString) {
        write(UnsafeRawPointer(text.utf8Start), count: text.utf8CodeUnitCount)
    }

    @inline(__always)
    mutating func write(_ byte: UInt8) {
        reserve(1).pointee = byte
        count &+= 1
    }

    @inline(__always)
    mutating func write(_ a: UInt8, _ b: UInt8) {
        let p = reserve(2)
        p[0] = a
        p[1] = b
        count &+= 2
    }

    /// Writes raw UTF-8 bytes.
    @inline(__always)
    mutating func write(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress else { return }
        write(UnsafeRawPointer(source), count: buffer.count)
    }

    /// Writes `count` raw bytes from `source`.
    @inline(__always)
    mutating func write(_ source: UnsafeRawPointer, count length: Int) {
        if _slowPath(capacity &- count < length), file >= 0, length >= capacity {
            // More than the whole buffer holds: straight to the file.
            flush()
            writeToFile(source, count: length)
            return
        }
        let destination = reserve(length)
        UnsafeMutableRawPointer(destination).copyMemory(from: source, byteCount: length)
        count &+= length
    }

    /// Writes `count` spaces (indentation).
    mutating func writeSpaces(_ n: Int) {
        guard n > 0 else { return }
        reserve(n).initialize(repeating: 0x20, count: n)
        count &+= n
    }

    /// Writes a newline and `n` spaces: a line break of pretty-printed output.
    @inline(__always)
    mutating func writeNewline(indent n: Int) {
        let line = Self.newlineAndSpaces
        if n < line.utf8CodeUnitCount {
            write(UnsafeRawPointer(line.utf8Start), count: n + 1)
        } else {
            write(0x0A)
            writeSpaces(n)
        }
    }

    /// A newline and 63 spaces (a literal: no lazy initialization on each use).
    private static var newlineAndSpaces: StaticString {
        "\n                                                               "
    }

    /// Writes a decimal integer without making a String.
    @inline(__always)
    mutating func write(number: Int) {
        if number >= 0, number < 10 {
            write(0x30 &+ UInt8(truncatingIfNeeded: number))
        } else {
            writeLong(number: number)
        }
    }

    private mutating func writeLong(number: Int) {
        var magnitude = number.magnitude
        let p = reserve(20)
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 19 digits and a sign
        let length = withUnsafeMutableBytes(of: &digits) { raw -> Int in
            var position = raw.count
            repeat {
                position -= 1
                let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: 10)
                raw[position] = 0x30 &+ UInt8(truncatingIfNeeded: remainder)
                magnitude = quotient
            } while magnitude > 0
            if number < 0 {
                position -= 1
                raw[position] = 0x2D
            }
            let length = raw.count - position
            UnsafeMutableRawPointer(p).copyMemory(from: raw.baseAddress! + position, byteCount: length)
            return length
        }
        count &+= length
    }

    /// Writes `value` with at least `width` digits, zero-padded (non-negative values).
    mutating func write(number value: Int, width: Int) {
        var digits = 1, rest = value / 10
        while rest > 0 { digits += 1; rest /= 10 }
        for _ in digits..<max(digits, width) { write(0x30) }
        write(number: value)
    }

    /// Writes a date as `YYYY-MM-DD`, the same text as `NewsDate.description`.
    mutating func write(date: NewsDate) {
        write(number: date.year, width: 4)
        write(0x2D)
        write(number: date.month, width: 2)
        write(0x2D)
        write(number: date.day, width: 2)
    }
}

/// The text of doubles in Swift's shortest round-trip form (`String(value)`), remembered:
/// confidences take few distinct values, and formatting one costs hundreds of instructions.
struct DoubleFormatCache {
    private static let slots = 1024
    private static let width = 32  // 8 bytes of bit pattern, 1 of length, up to 23 of text
    private var table: [UInt8]

    init() {
        table = [UInt8](repeating: 0, count: Self.slots * Self.width)
        // Slot keys start as the bit pattern of no double we will look up with length 0: a slot
        // whose length byte is 0 is empty.
    }

    /// Writes `String(value)` into `out`.
    mutating func write(_ value: Double, to out: inout OutputBuffer) {
        let bits = value.bitPattern
        let slot = Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 54) & (Self.slots - 1)
        let hit: Bool = table.withUnsafeMutableBytes { raw in
            let entry = raw.baseAddress! + slot * Self.width
            let length = Int(entry.load(fromByteOffset: 8, as: UInt8.self))
            guard length > 0, entry.loadUnaligned(as: UInt64.self) == bits else { return false }
            out.write(UnsafeRawPointer(entry + 9), count: length)
            return true
        }
        if hit { return }
        var text = String(value)
        text.withUTF8 { utf8 in
            out.write(utf8)
            guard utf8.count <= Self.width - 9 else { return }
            table.withUnsafeMutableBytes { raw in
                let entry = raw.baseAddress! + slot * Self.width
                entry.storeBytes(of: bits, toByteOffset: 0, as: UInt64.self)
                entry.storeBytes(of: UInt8(utf8.count), toByteOffset: 8, as: UInt8.self)
                (entry + 9).copyMemory(from: utf8.baseAddress!, byteCount: utf8.count)
            }
        }
    }
}
