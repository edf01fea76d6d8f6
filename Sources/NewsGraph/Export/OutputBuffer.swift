import Foundation

/// A growable UTF-8 byte buffer the encoders write into; cheaper than concatenating Strings.
struct OutputBuffer {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ text: String) {
        // A native String hands out its UTF-8 storage directly: one memcpy, no per-byte iteration.
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Writes raw UTF-8 bytes.
    mutating func write(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
    }

    /// Writes `count` copies of `byte` (indentation).
    mutating func write(_ byte: UInt8, count: Int) {
        bytes.append(contentsOf: repeatElement(byte, count: count))
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
            bytes.append(contentsOf: raw[position...])
        }
    }

    var data: Data { Data(bytes) }
}
