/// The weights of a trained linear classifier (an averaged perceptron), packed for fast scoring:
/// an open-addressing table from feature hashes to the few classes each feature has weight for.
///
/// A feature's weights are stored sparsely — only the classes it was updated for — and quantized
/// to 16 bits with one scale for the whole model, which keeps models small without changing what
/// they predict. Immutable after loading, so one model serves every thread.
package final class LinearModel: @unchecked Sendable {
    package let classCount: Int
    /// Number of features with weights.
    package let featureCount: Int
    /// Stored weight = real weight × scale.
    package let scale: Float
    private let mask: Int
    /// Per slot: the feature's fingerprint (never 0), or 0 for an empty slot.
    private let fingerprints: UnsafeMutableBufferPointer<UInt32>
    /// Per slot: first entry << 8 | number of entries.
    private let rows: UnsafeMutableBufferPointer<UInt32>
    private let classes: UnsafeMutableBufferPointer<UInt8>
    private let weights: UnsafeMutableBufferPointer<Int16>

    /// Packs real-valued weights.
    ///
    /// - Parameters:
    ///   - classCount: number of classes (at most 256).
    ///   - features: each feature's hash and its (class, weight) pairs; weights that quantize to
    ///     zero are dropped, and so are features left without any. Order does not matter.
    package convenience init(classCount: Int, features: [(feature: UInt64, weights: [(class: Int, weight: Float)])]) {
        precondition(classCount <= 256)
        let largest = features.lazy.flatMap { $0.weights.lazy.map { abs($0.weight) } }.max() ?? 1
        let scale = largest > 0 ? 32767 / largest : 1
        // Sorted by hash: the table is built the same way whatever order training kept features in.
        var kept: [(UInt64, [(UInt8, Int16)])] = []
        kept.reserveCapacity(features.count)
        for (feature, row) in features {
            var entries: [(UInt8, Int16)] = []
            for (c, w) in row.sorted(by: { $0.class < $1.class }) {
                let q = Int16(clamping: Int((w * scale).rounded()))
                if q != 0 { entries.append((UInt8(c), q)) }
            }
            if !entries.isEmpty { kept.append((feature, entries)) }
        }
        kept.sort { $0.0 < $1.0 }
        var capacity = 16
        while capacity < kept.count * 2 { capacity *= 2 }
        var fingerprints = [UInt32](repeating: 0, count: capacity)
        var rows = [UInt32](repeating: 0, count: capacity)
        var classes: [UInt8] = []
        var weights: [Int16] = []
        for (feature, entries) in kept {
            var slot = Self.slot(feature, mask: capacity - 1)
            let fingerprint = Self.fingerprint(feature)
            while fingerprints[slot] != 0 {
                if fingerprints[slot] == fingerprint { break }  // a 56-bit collision: the first feature keeps it
                slot = (slot + 1) & (capacity - 1)
            }
            guard fingerprints[slot] == 0 else { continue }
            fingerprints[slot] = fingerprint
            rows[slot] = UInt32(classes.count) << 8 | UInt32(entries.count)
            for (c, w) in entries {
                classes.append(c)
                weights.append(w)
            }
        }
        precondition(classes.count < 1 << 24, "too many weights for one model")
        self.init(classCount: classCount, scale: scale, fingerprints: fingerprints, rows: rows, classes: classes, weights: weights)
    }

    private init(classCount: Int, scale: Float, fingerprints: [UInt32], rows: [UInt32], classes: [UInt8], weights: [Int16]) {
        self.classCount = classCount
        self.scale = scale
        self.mask = fingerprints.count - 1
        self.fingerprints = Self.copy(fingerprints)
        self.rows = Self.copy(rows)
        self.classes = Self.copy(classes)
        self.weights = Self.copy(weights)
        featureCount = fingerprints.lazy.filter { $0 != 0 }.count
    }

    deinit {
        fingerprints.deallocate()
        rows.deallocate()
        classes.deallocate()
        weights.deallocate()
    }

    private static func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return buffer
    }

    @inline(__always)
    private static func slot(_ feature: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: feature >> 32) & mask }

    @inline(__always)
    private static func fingerprint(_ feature: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: feature) | 1 }

    /// Adds the feature's weights to `scores` (one per class, in stored units).
    @inline(__always)
    package func add(_ feature: UInt64, to scores: UnsafeMutablePointer<Int32>) {
        let fingerprint = Self.fingerprint(feature)
        var slot = Self.slot(feature, mask: mask)
        while true {
            let found = fingerprints[slot]
            if found == fingerprint {
                let row = rows[slot]
                let start = Int(row >> 8)
                for k in start..<(start + Int(row & 0xFF)) {
                    scores[Int(classes[k])] &+= Int32(weights[k])
                }
                return
            }
            if found == 0 { return }
            slot = (slot + 1) & mask
        }
    }

    /// Sums the weights of all `features` into `scores`, which is first set to zero.
    @inline(__always)
    package func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Int32>) {
        scores.update(repeating: 0, count: classCount)
        for feature in features { add(feature, to: scores) }
    }

    /// Bytes the weights take in memory and on disk.
    package var byteCount: Int { fingerprints.count * 8 + classes.count * 3 }

    // MARK: Files

    package func write(to writer: inout BinaryWriter) {
        writer.write("LinearModel/1")
        writer.write(UInt32(classCount))
        writer.write(scale)
        writer.write(array: Array(fingerprints))
        writer.write(array: Array(rows))
        writer.write(array: Array(classes))
        writer.write(array: Array(weights))
    }

    package convenience init(reading reader: inout BinaryReader) throws {
        try reader.expect("LinearModel/1")
        let classCount = Int(try reader.read(UInt32.self))
        let scale = try reader.readFloat()
        let fingerprints: [UInt32] = try reader.readArray()
        let rows: [UInt32] = try reader.readArray()
        let classes: [UInt8] = try reader.readArray()
        let weights: [Int16] = try reader.readArray()
        guard fingerprints.count == rows.count, fingerprints.count.nonzeroBitCount == 1, classes.count == weights.count,
              classCount > 0, classCount <= 256, classes.allSatisfy({ Int($0) < classCount }),
              zip(fingerprints, rows).allSatisfy({ $0 == 0 || Int($1 >> 8) + Int($1 & 0xFF) <= classes.count })
        else { throw ModelError.corrupt(path: reader.path, reason: "inconsistent weight table") }
        self.init(classCount: classCount, scale: scale, fingerprints: fingerprints, rows: rows, classes: classes, weights: weights)
    }
}
