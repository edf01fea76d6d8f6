import Foundation

/// A streaming JSON writer: keys in the order they are written, optional two-space indentation.
struct JSONWriter {
    private var out: OutputBuffer
    private let pretty: Bool
    /// One entry per open container: whether it already holds an element.
    private var hasElement: [Bool] = []
    private var afterKey = false

    /// - Parameters:
    ///   - pretty: indent nested values by two spaces a level.
    ///   - capacity: bytes to reserve up front (a whole graph wants much, one small value little).
    init(pretty: Bool, capacity: Int = 1 << 16) {
        self.pretty = pretty
        out = OutputBuffer(reservingCapacity: capacity)
    }

    var data: Data { out.data }

    /// Calls `body` with the bytes written so far.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try out.withBytes(body)
    }

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        separate()
    }

    private mutating func separate() {
        guard let last = hasElement.last else { return }
        if last { out.write(0x2C) }
        hasElement[hasElement.count - 1] = true
        indent()
    }

    private mutating func indent() {
        guard pretty else { return }
        out.write(0x0A)
        out.writeSpaces(2 * hasElement.count)
    }

    mutating func key(_ name: String) {
        separate()
        Escaping.writeJSON(name, to: &out)
        out.write(pretty ? ": " : ":")
        afterKey = true
    }

    mutating func beginObject() { open(0x7B) }
    mutating func endObject() { close(0x7D) }
    mutating func beginArray() { open(0x5B) }
    mutating func endArray() { close(0x5D) }

    private mutating func open(_ bracket: UInt8) {
        beforeValue()
        out.write(bracket)
        hasElement.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadElements = hasElement.removeLast()
        if hadElements { indent() }
        out.write(bracket)
    }

    mutating func string(_ value: String) {
        beforeValue()
        Escaping.writeJSON(value, to: &out)
    }

    mutating func int(_ value: Int) {
        beforeValue()
        out.write(number: value)
    }

    /// Finite doubles in Swift's shortest round-trip form; non-finite values become `null`.
    mutating func double(_ value: Double) {
        beforeValue()
        if value.isFinite {
            out.write(String(value))
        } else {
            out.write("null")
        }
    }

    mutating func bool(_ value: Bool) {
        beforeValue()
        out.write(value ? "true" : "false")
    }

    mutating func strings(_ values: [String]) {
        beforeValue()
        out.write(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { out.write(pretty ? ", " : ",") }
            Escaping.writeJSON(value, to: &out)
        }
        out.write(0x5D)
    }

    mutating func newline() {
        out.write(0x0A)
    }
}
