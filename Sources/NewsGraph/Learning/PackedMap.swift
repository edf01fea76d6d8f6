/// An immutable map from 64-bit hashes to 32-bit values (open addressing), for the word lists of
/// the learned models: a word's possible tags, its lemma, its usual name type.
package struct PackedMap: Sendable {
    private let keys: [UInt64]
    private let values: [UInt32]
    private let mask: Int
    package let count: Int

    /// - Parameter pairs: keys must be distinct and non-zero (`FeatureHash` values almost never are).
    package init(_ pairs: [(key: UInt64, value: UInt32)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [UInt32](repeating: 0, count: capacity)
        for (key, value) in pairs.sorted(by: { $0.key < $1.key }) where key != 0 {
            var slot = Int(truncatingIfNeeded: key) & (capacity - 1)
            while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.init(keys: keys, values: values)
    }

    private init(keys: [UInt64], values: [UInt32]) {
        self.keys = keys
        self.values = values
        mask = keys.count - 1
        count = keys.lazy.filter { $0 != 0 }.count
    }

    @inline(__always)
    package subscript(key: UInt64) -> UInt32? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Every (key, value) pair, in slot order.
    package var pairs: [(key: UInt64, value: UInt32)] {
        zip(keys, values).filter { $0.0 != 0 }.map { (key: $0.0, value: $0.1) }
    }

    package func write(to writer: inout BinaryWriter) {
        writer.write("PackedMap/1")
        writer.write(array: keys)
        writer.write(array: values)
    }

    package init(reading reader: inout BinaryReader) throws {
        try reader.expect("PackedMap/1")
        let keys: [UInt64] = try reader.readArray()
        let values: [UInt32] = try reader.readArray()
        guard keys.count == values.count, keys.count.nonzeroBitCount == 1 else {
            throw ModelError.corrupt(path: reader.path, reason: "inconsistent word table")
        }
        self.init(keys: keys, values: values)
    }
}
