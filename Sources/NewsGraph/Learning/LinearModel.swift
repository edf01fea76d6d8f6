/// The weights of a trained linear classifier (an averaged perceptron), packed for fast scoring:
/// an open-addressing table from feature hashes to the classes each feature has weight for.
///
/// Weights are quantized to 16 bits with one scale for the whole model, which keeps models small
/// without changing what they predict. Two layouts, chosen by the number of classes:
/// - up to three classes (the parser's transitions): each 64-bit slot holds a 16-bit fingerprint
///   of the feature and its three weights, so a lookup reads one cache line, hit or miss;
/// - more classes (tags, labels): a slot holds a 24-bit fingerprint and where the feature's
///   entries start; entries (class and weight) are stored only for the classes it has weight for.
///
/// Immutable after loading, so one model serves every thread.
package final class LinearModel: @unchecked Sendable {
    package let classCount: Int
    /// Number of features with weights.
    package let featureCount: Int
    /// Stored weight = real weight × scale.
    package let scale: Float
    private let isDense: Bool
    private let capacity: Int
    /// Per slot: 0 for an empty slot; else, dense: fingerprint << 48 | weights; sparse:
    /// fingerprint << 40 | first entry << 8 | number of entries.
    private let slots: UnsafeMutableBufferPointer<UInt64>
    /// Sparse layout: class << 16 | weight bits.
    private let entries: UnsafeMutableBufferPointer<UInt32>
    private let entryCount: Int

    /// Classes a dense slot holds.
    static let denseClasses = 3

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
            var quantized: [(UInt8, Int16)] = []
            for (c, w) in row.sorted(by: { $0.class < $1.class }) {
                let q = Int16(clamping: Int((w * scale).rounded()))
                if q != 0 { quantized.append((UInt8(c), q)) }
            }
            if !quantized.isEmpty { kept.append((feature, quantized)) }
        }
        kept.sort { $0.0 < $1.0 }
        let dense = classCount <= Self.denseClasses
        let capacity = max(16, kept.count * 10 / 7 + 1)
        var slots = [UInt64](repeating: 0, count: capacity)
        var entries: [UInt32] = []
        for (feature, row) in kept {
            var slot = Self.slot(feature, capacity: capacity)
            let fingerprint = dense ? Self.denseFingerprint(feature) : Self.sparseFingerprint(feature)
            var taken = false
            while slots[slot] != 0 {
                if Self.fingerprint(of: slots[slot], dense: dense) == fingerprint { taken = true; break }
                slot = slot + 1 == capacity ? 0 : slot + 1
            }
            // Two features with one fingerprint in one run of slots: the first keeps it.
            guard !taken else { continue }
            if dense {
                var value = fingerprint << 48
                for (c, w) in row { value |= UInt64(UInt16(bitPattern: w)) << (16 * UInt64(c)) }
                slots[slot] = value
            } else {
                slots[slot] = fingerprint << 40 | UInt64(entries.count) << 8 | UInt64(row.count)
                for (c, w) in row { entries.append(UInt32(c) << 16 | UInt32(UInt16(bitPattern: w))) }
            }
        }
        precondition(entries.count < 1 << 32, "too many weights for one model")
        self.init(classCount: classCount, scale: scale, dense: dense, slots: slots, entries: entries)
    }

    private convenience init(classCount: Int, scale: Float, dense: Bool, slots: [UInt64], entries: [UInt32]) {
        self.init(classCount: classCount, scale: scale, dense: dense, capacity: slots.count, slots: Self.copy(slots),
                  entryCount: entries.count, entries: Self.copy(entries))
    }

    /// Takes ownership of the buffers.
    private init(classCount: Int, scale: Float, dense: Bool, capacity: Int, slots: UnsafeMutableBufferPointer<UInt64>,
                 entryCount: Int, entries: UnsafeMutableBufferPointer<UInt32>) {
        self.classCount = classCount
        self.scale = scale
        self.isDense = dense
        self.capacity = capacity
        self.slots = slots
        self.entries = entries
        self.entryCount = entryCount
        var features = 0
        for i in 0..<capacity where slots[i] != 0 { features += 1 }
        featureCount = features
    }

    deinit {
        slots.deallocate()
        entries.deallocate()
    }

    private static func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return buffer
    }

    /// The home slot of a feature: its high 32 bits scaled to the table (Lemire's multiply-shift).
    @inline(__always)
    private static func slot(_ feature: UInt64, capacity: Int) -> Int {
        Int(truncatingIfNeeded: ((feature >> 32) &* UInt64(capacity)) >> 32)
    }

    @inline(__always)
    private static func denseFingerprint(_ feature: UInt64) -> UInt64 { (feature & 0xFFFF) | 1 }

    @inline(__always)
    private static func sparseFingerprint(_ feature: UInt64) -> UInt64 { (feature & 0xFF_FFFF) | 1 }

    @inline(__always)
    private static func fingerprint(of slot: UInt64, dense: Bool) -> UInt64 { dense ? slot >> 48 : slot >> 40 }

    /// Adds the feature's weights to `scores` (one per class, in stored units).
    @inline(__always)
    package func add(_ feature: UInt64, to scores: UnsafeMutablePointer<Int32>) {
        var slot = Self.slot(feature, capacity: capacity)
        if isDense {
            let fingerprint = Self.denseFingerprint(feature)
            while true {
                let value = slots[slot]
                if value >> 48 == fingerprint {
                    scores[0] &+= Int32(Int16(truncatingIfNeeded: value))
                    scores[1] &+= Int32(Int16(truncatingIfNeeded: value >> 16))
                    scores[2] &+= Int32(Int16(truncatingIfNeeded: value >> 32))
                    return
                }
                if value == 0 { return }
                slot = slot + 1 == capacity ? 0 : slot + 1
            }
        } else {
            let fingerprint = Self.sparseFingerprint(feature)
            while true {
                let value = slots[slot]
                if value >> 40 == fingerprint {
                    let start = Int(truncatingIfNeeded: (value >> 8) & 0xFFFF_FFFF)
                    for k in start..<(start + Int(value & 0xFF)) {
                        let entry = entries[k]
                        scores[Int(entry >> 16)] &+= Int32(Int16(truncatingIfNeeded: entry))
                    }
                    return
                }
                if value == 0 { return }
                slot = slot + 1 == capacity ? 0 : slot + 1
            }
        }
    }

    /// Sums the weights of all `features` into `scores`, which is first set to zero.
    ///
    /// The table is larger than the processor's caches: its slots are first read in a loop
    /// without branches, so the processor fetches them all at once instead of one miss after
    /// another, then looked up.
    @inline(__always)
    package func score(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutablePointer<Int32>) {
        var touched: UInt64 = 0
        for feature in features { touched &+= slots[Self.slot(feature, capacity: capacity)] }
        // Never true (a slot sum of exactly this value); keeps the reads from being optimized away.
        if touched == 0x5A5A_5A5A_5A5A_5A5A { scores[0] &+= 1 }
        scores.update(repeating: 0, count: classCount)
        for feature in features { add(feature, to: scores) }
    }

    /// Bytes the weights take in memory and on disk.
    package var byteCount: Int { capacity * 8 + (isDense ? 0 : entries.count * 4) }

    // MARK: Files

    package func write(to writer: inout BinaryWriter) {
        writer.write("LinearModel/2")
        writer.write(UInt32(classCount))
        writer.write(scale)
        writer.write(UInt8(isDense ? 1 : 0))
        writer.write(array: Array(slots.prefix(capacity)))
        writer.write(array: Array(entries.prefix(entryCount)))
    }

    package convenience init(reading reader: inout BinaryReader) throws {
        try reader.expect("LinearModel/2")
        let classCount = Int(try reader.read(UInt32.self))
        let scale = try reader.readFloat()
        let dense = try reader.read(UInt8.self) == 1
        let capacity = try Self.count(of: &reader)
        let slots: UnsafeMutableBufferPointer<UInt64> = try reader.readBuffer()
        let entryCount: Int
        let entries: UnsafeMutableBufferPointer<UInt32>
        do {
            entryCount = try Self.count(of: &reader)
            entries = try reader.readBuffer()
        } catch {
            slots.deallocate()
            throw error
        }
        var consistent = classCount > 0 && classCount <= 256 && capacity > 0 && (!dense || classCount <= Self.denseClasses)
        if consistent, !dense {
            for i in 0..<capacity where slots[i] != 0 && Int((slots[i] >> 8) & 0xFFFF_FFFF) + Int(slots[i] & 0xFF) > entryCount {
                consistent = false
                break
            }
            for i in 0..<entryCount where Int(entries[i] >> 16) >= classCount {
                consistent = false
                break
            }
        }
        guard consistent else {
            slots.deallocate()
            entries.deallocate()
            throw ModelError.corrupt(path: reader.path, reason: "inconsistent weight table")
        }
        self.init(classCount: classCount, scale: scale, dense: dense, capacity: capacity, slots: slots, entryCount: entryCount,
                  entries: entries)
    }

    /// The element count of the array `reader` is at, without moving past it.
    private static func count(of reader: inout BinaryReader) throws -> Int {
        var copy = reader
        return Int(try copy.read(UInt64.self))
    }
}
