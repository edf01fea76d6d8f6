import Foundation

/// A growable UTF-8 byte buffer the encoders write into; cheaper than concatenating Strings.
struct OutputBuffer {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func write(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func write(number: Int) {
        write(String(number))
    }

    var data: Data { Data(bytes) }
}
