import Foundation

/// A growable UTF-8 byte buffer the encoders write into; cheaper than concatenating Strings.
///
/// It manages its own memory: encoders make millions of small writes, and appending to an
/// `[UInt8]` costs about a hundred instructions a call in checks before the copy. Copies of a
/// buffer are independent (copy on write).
struct OutputBuffer {
    private final class Storage {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 64)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        func copy() -> Storage {
            let copy = Storage(capacity: capacity)
            copy.base.initialize(from: base, count: count)
            copy.count = count
            return copy
        }

        func grow(toHold needed: Int) {
            var newCapacity = capacity * 2
            while newCapacity < needed { newCapacity *= 2 }
            let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            newBase.initialize(from: base, count: count)
            base.deallocate()
            base = newBase
            capacity = newCapacity
        }
    }

    private var storage: Storage

    init(reservingCapacity capacity: Int = 4096) {
        storage = Storage(capacity: capacity)
    }

    /// Room for `extra` more bytes, in a storage of this buffer's own.
    @inline(__always)
    private mutating func reserve(_ extra: Int) -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        if storage.count + extra > storage.capacity { storage.grow(toHold: storage.count + extra) }
        return storage
    }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.base, count: storage.count)) }

    var count: Int { storage.count }

    mutating func write(_ text: String) {
        // A native String hands out its UTF-8 storage directly: one copy, no per-byte iteration.
        var text = text
        text.withUTF8 { write($0) }
    }

    mutating func write(_ byte: UInt8) {
        let storage = reserve(1)
        storage.base[storage.count] = byte
        storage.count += 1
    }

    /// Writes raw UTF-8 bytes.
    mutating func write(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress, buffer.count > 0 else { return }
        let storage = reserve(buffer.count)
        (storage.base + storage.count).initialize(from: source, count: buffer.count)
        storage.count += buffer.count
    }

    /// Writes `count` spaces (indentation).
    mutating func writeSpaces(_ count: Int) {
        guard count > 0 else { return }
        let storage = reserve(count)
        (storage.base + storage.count).initialize(repeating: 0x20, count: count)
        storage.count += count
    }

    /// Writes a decimal integer without making a String.
    mutating func write(number: Int) {
        var magnitude = number.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 19 digits and a sign
        withUnsafeMutableBytes(of: &digits) { raw in
            var position = raw.count
            repeat {
                position -= 1
                raw[position] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if number < 0 {
                position -= 1
                raw[position] = 0x2D
            }
            let start = raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + position
            write(UnsafeBufferPointer(start: start, count: raw.count - position))
        }
    }

    var data: Data { Data(bytes: storage.base, count: storage.count) }

    /// Calls `body` with the bytes written so far (valid only during the call).
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try withExtendedLifetime(storage) { try body(UnsafeBufferPointer(start: storage.base, count: storage.count)) }
    }
}
