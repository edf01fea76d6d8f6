import Foundation

/// Writes the little-endian binary form of model files.
package struct BinaryWriter {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    package mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    package mutating func write(_ value: Float) { write(value.bitPattern) }

    package mutating func write(_ text: String) {
        write(UInt32(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    package mutating func write(_ strings: [String]) {
        write(UInt32(strings.count))
        for s in strings { write(s) }
    }

    /// An array of integers, preceded by its count.
    package mutating func write<T: FixedWidthInteger>(array: [T]) {
        write(UInt64(array.count))
        bytes.reserveCapacity(bytes.count + array.count * MemoryLayout<T>.size)
        for value in array { write(value) }
    }
}

/// Reads what `BinaryWriter` wrote, checking every length against the bytes left.
package struct BinaryReader {
    /// The file's bytes (memory-mapped when read from a file: arrays are copied out once).
    private let bytes: Data
    private var offset = 0
    /// Named in errors.
    let path: String

    package init(bytes: [UInt8], path: String) {
        self.bytes = Data(bytes)
        self.path = path
    }

    package init(data: Data, path: String) {
        // A Data slice may not start at index 0: index from its start.
        self.bytes = data.startIndex == 0 ? data : Data(data)
        self.path = path
    }

    package var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ count: Int) throws -> Range<Int> {
        guard count >= 0, count <= bytes.count - offset else {
            throw ModelError.corrupt(path: path, reason: "it ends early, at byte \(offset)")
        }
        defer { offset += count }
        return offset..<(offset + count)
    }

    package mutating func read<T: FixedWidthInteger>(_: T.Type = T.self) throws -> T {
        let range = try take(MemoryLayout<T>.size)
        var value: T = 0
        withUnsafeMutableBytes(of: &value) { target in
            bytes.withUnsafeBytes { target.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[range])) }
        }
        return T(littleEndian: value)
    }

    package mutating func readFloat() throws -> Float { Float(bitPattern: try read(UInt32.self)) }

    package mutating func readString() throws -> String {
        let count = Int(try read(UInt32.self))
        let range = try take(count)
        return bytes.withUnsafeBytes { String(decoding: UnsafeRawBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    package mutating func readStrings() throws -> [String] {
        let count = Int(try read(UInt32.self))
        guard count <= bytes.count - offset else { throw ModelError.corrupt(path: path, reason: "a list is longer than the file") }
        return try (0..<count).map { _ in try readString() }
    }

    /// An array written by `write(array:)`, copied in one block into new memory the caller owns,
    /// with room for `extraCapacity` more values after it (the buffer's count includes them).
    package mutating func readBuffer<T: FixedWidthInteger>(_: T.Type = T.self, extraCapacity: Int = 0) throws
        -> UnsafeMutableBufferPointer<T> {
        let count = try read(UInt64.self)
        guard count <= UInt64(bytes.count - offset) / UInt64(MemoryLayout<T>.size) else {
            throw ModelError.corrupt(path: path, reason: "an array is longer than the file")
        }
        let range = try take(Int(count) * MemoryLayout<T>.size)
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(Int(count), 1) + extraCapacity)
        bytes.withUnsafeBytes { source in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[range]))
        }
        // Model files are little-endian, as is every machine Swift runs on today.
        if T(1).littleEndian != T(1) { for i in 0..<Int(count) { buffer[i] = T(littleEndian: buffer[i]) } }
        return buffer
    }

    /// An array written by `write(array:)`.
    package mutating func readArray<T: FixedWidthInteger>(_: T.Type = T.self) throws -> [T] {
        let count = try peekCount()
        let buffer: UnsafeMutableBufferPointer<T> = try readBuffer()
        defer { buffer.deallocate() }
        return Array(buffer.prefix(count))
    }

    private func peekCount() throws -> Int {
        guard bytes.count - offset >= 8 else { throw ModelError.corrupt(path: path, reason: "it ends early, at byte \(offset)") }
        var value: UInt64 = 0
        withUnsafeMutableBytes(of: &value) { target in
            bytes.withUnsafeBytes { target.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + 8)])) }
        }
        return Int(UInt64(littleEndian: value))
    }

    /// Fails unless the next string is `expected` (a section name or a file's magic word).
    package mutating func expect(_ expected: String) throws {
        let found = try readString()
        guard found == expected else {
            throw ModelError.incompatible(path: path, reason: "expected '\(expected)', found '\(found.prefix(40))'")
        }
    }
}
