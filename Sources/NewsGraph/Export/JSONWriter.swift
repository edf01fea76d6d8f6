import Foundation

/// A streaming JSON writer: keys in the order they are written, optional two-space indentation.
///
/// Writes bytes straight into an ``OutputBuffer``: no value tree, no Strings in between.
struct JSONWriter: ~Copyable {
    private var out: OutputBuffer
    private let pretty: Bool
    /// How many containers are open.
    private var depth = 0
    /// Whether the innermost open container already holds an element. (A container's parent
    /// always holds an element once the container closes, so no stack is needed.)
    private var hasElement = false
    private var afterKey = false
    private var doubles = DoubleFormatCache()

    /// - Parameters:
    ///   - pretty: indent nested values by two spaces a level.
    ///   - capacity: bytes to reserve up front (a whole graph wants much, one small value little).
    init(pretty: Bool, capacity: Int = 1 << 16) {
        self.pretty = pretty
        out = OutputBuffer(reservingCapacity: capacity)
    }

    /// A writer into `buffer` (e.g. one that writes into a file).
    init(pretty: Bool, buffer: consuming OutputBuffer) {
        self.pretty = pretty
        out = buffer
    }

    /// Writes what is left into the file the buffer writes into, and closes it.
    consuming func close() throws {
        try out.close()
    }

    /// A copy of the bytes written.
    var data: Data { out.data }

    /// The bytes written, without a copy; the writer is used up.
    consuming func takeData() -> Data {
        out.takeData()
    }

    /// Calls `body` with the bytes written so far.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try out.withBytes(body)
    }

    @inline(__always)
    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        separate()
    }

    @inline(__always)
    private mutating func separate() {
        guard depth > 0 else { return }
        if hasElement { out.write(0x2C) }
        hasElement = true
        if pretty { out.writeNewline(indent: 2 &* depth) }
    }

    /// Writes a key whose text may need escaping (any string, e.g. a node id).
    mutating func key(escaping name: String) {
        separate()
        Escaping.writeJSON(name, to: &out)
        writeColon()
    }

    /// Writes a key known to need no escaping (the format's own field names).
    @inline(__always)
    mutating func key(_ name: StaticString) {
        separate()
        out.write(0x22)
        out.write(name)
        out.write(0x22)
        writeColon()
    }

    @inline(__always)
    private mutating func writeColon() {
        if pretty { out.write(0x3A, 0x20) } else { out.write(0x3A) }
        afterKey = true
    }

    mutating func beginObject() { open(0x7B) }
    mutating func endObject() { close(0x7D) }
    mutating func beginArray() { open(0x5B) }
    mutating func endArray() { close(0x5D) }

    @inline(__always)
    private mutating func open(_ bracket: UInt8) {
        beforeValue()
        out.write(bracket)
        depth &+= 1
        hasElement = false
    }

    @inline(__always)
    private mutating func close(_ bracket: UInt8) {
        depth &-= 1
        if hasElement, pretty { out.writeNewline(indent: 2 &* depth) }
        out.write(bracket)
        hasElement = true
    }

    mutating func string(_ value: String) {
        beforeValue()
        Escaping.writeJSON(value, to: &out)
    }

    /// Writes a string known to need no escaping (the format's own words).
    mutating func literal(_ value: StaticString) {
        beforeValue()
        out.write(0x22)
        out.write(value)
        out.write(0x22)
    }

    /// Writes a date as a `YYYY-MM-DD` string.
    mutating func string(_ date: NewsDate) {
        beforeValue()
        out.write(0x22)
        out.write(date: date)
        out.write(0x22)
    }

    mutating func int(_ value: Int) {
        beforeValue()
        out.write(number: value)
    }

    /// Finite doubles in Swift's shortest round-trip form; non-finite values become `null`.
    mutating func double(_ value: Double) {
        beforeValue()
        if value.isFinite {
            doubles.write(value, to: &out)
        } else {
            out.write("null" as StaticString)
        }
    }

    mutating func bool(_ value: Bool) {
        beforeValue()
        out.write(value ? "true" : "false" as StaticString)
    }

    mutating func strings(_ values: [String]) {
        beforeValue()
        out.write(0x5B)
        var first = true
        for value in values {
            if !first {
                if pretty { out.write(0x2C, 0x20) } else { out.write(0x2C) }
            }
            first = false
            Escaping.writeJSON(value, to: &out)
        }
        out.write(0x5D)
    }

    mutating func ints(_ values: [Int]) {
        beforeValue()
        out.write(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 {
                if pretty { out.write(0x2C, 0x20) } else { out.write(0x2C) }
            }
            out.write(number: value)
        }
        out.write(0x5D)
    }

    /// Writes bytes that are already one JSON value (e.g. from `JSONEncoder`).
    mutating func raw(_ json: Data) {
        beforeValue()
        json.withUnsafeBytes { out.write($0.bindMemory(to: UInt8.self)) }
    }

    mutating func newline() {
        out.write(0x0A)
    }
}
