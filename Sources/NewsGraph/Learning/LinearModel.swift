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
/// In memory (not in the file) the table is followed by a copy of its first run, so a probe never
/// wraps around, and the sparse features with weights for most classes are full rows, added
/// eight classes at a time: lookups find exactly what probing the file's table slot by slot does.
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
    /// Sparse layout, in memory only: the features with weights for many classes (the tagger's
    /// bias, its common endings and shapes) as full rows of `rowWidth` weights, added several
    /// classes at a time instead of one entry after another. Their slots say so with an entry
    /// count of 0 and hold the row's number instead of its first entry; `rowEntries` keeps what
    /// the file has there (first entry << 8 | entry count).
    private let rows: UnsafeMutablePointer<Int16>
    private let rowEntries: [UInt64]
    private let rowWidth: Int

    /// Classes a dense slot holds.
    static let denseClasses = 3

    /// Room left after the slots when they are read or built, for the copy of the table's first
    /// run (see `init`); a longer first run costs one more copy.
    private static let reservedPadding = 64

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
        self.init(classCount: classCount, scale: scale, dense: dense, capacity: slots.count,
                  slots: Self.copy(slots, extraCapacity: Self.reservedPadding), entryCount: entries.count, entries: Self.copy(entries))
    }

    /// Takes ownership of the buffers. `slots` holds `capacity` slots, at least one of them empty.
    ///
    /// The slots are followed in memory by a copy of the table's first run up to and including
    /// its first empty slot: a probe that runs past the last slot goes on into the copy, just as
    /// it would wrap around to the first, and stops there at the latest, so lookups need neither
    /// wrap around nor check for the end.
    private init(classCount: Int, scale: Float, dense: Bool, capacity: Int, slots: UnsafeMutableBufferPointer<UInt64>,
                 entryCount: Int, entries: UnsafeMutableBufferPointer<UInt32>) {
        self.classCount = classCount
        self.scale = scale
        self.isDense = dense
        self.capacity = capacity
        var firstEmpty = 0
        while slots[firstEmpty] != 0 { firstEmpty += 1 }
        var padded = slots
        if slots.count < capacity + firstEmpty + 1 {
            padded = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: capacity + firstEmpty + 1)
            padded.baseAddress!.initialize(from: slots.baseAddress!, count: capacity)
            slots.deallocate()
        }
        var rowEntries: [UInt64] = []
        let rowWidth = (classCount + 7) / 8 * 8
        if !dense {
            // A full row costs about as much as 0.55 × classCount entries one by one.
            for i in 0..<capacity where padded[i] != 0 && 5 * Int(padded[i] & 0xFF) >= 3 * classCount {
                rowEntries.append(padded[i] & 0xFF_FFFF_FFFF)
                padded[i] = padded[i] & ~0xFF_FFFF_FFFF | UInt64(rowEntries.count - 1) << 8
            }
        }
        let rows = UnsafeMutablePointer<Int16>.allocate(capacity: max(rowEntries.count * rowWidth, 1))
        rows.initialize(repeating: 0, count: max(rowEntries.count * rowWidth, 1))
        for (r, packed) in rowEntries.enumerated() {
            let start = Int((packed >> 8) & 0xFFFF_FFFF)
            for k in start..<(start + Int(packed & 0xFF)) {
                rows[r * rowWidth + Int(entries[k] >> 16)] = Int16(truncatingIfNeeded: entries[k])
            }
        }
        self.rows = rows
        self.rowEntries = rowEntries
        self.rowWidth = rowWidth
        for i in 0...firstEmpty { padded[capacity + i] = padded[i] }
        self.slots = padded
        self.entries = entries
        self.entryCount = entryCount
        var features = 0
        for i in 0..<capacity where slots[i] != 0 { features += 1 }
        featureCount = features
    }

    deinit {
        slots.deallocate()
        entries.deallocate()
        rows.deallocate()
    }

    /// The slot as the file has it (see `rows`).
    private func stored(_ slot: Int) -> UInt64 {
        let value = slots[slot]
        guard !isDense, value != 0, value & 0xFF == 0 else { return value }
        return value & ~0xFF_FFFF_FFFF | rowEntries[Int((value >> 8) & 0xFFFF_FFFF)]
    }

    private static func copy<T>(_ array: [T], extraCapacity: Int = 0) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1) + extraCapacity)
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
        // Past the last slot, the copy of the first run (see `init`).
        var slot = slots.baseAddress.unsafelyUnwrapped + Self.slot(feature, capacity: capacity)
        if isDense {
            let fingerprint = Self.denseFingerprint(feature)
            while true {
                let value = slot.pointee
                if value >> 48 == fingerprint {
                    scores[0] &+= Int32(Int16(truncatingIfNeeded: value))
                    scores[1] &+= Int32(Int16(truncatingIfNeeded: value >> 16))
                    scores[2] &+= Int32(Int16(truncatingIfNeeded: value >> 32))
                    return
                }
                if value == 0 { return }
                slot += 1
            }
        } else {
            let fingerprint = Self.sparseFingerprint(feature)
            while true {
                let value = slot.pointee
                if value >> 40 == fingerprint {
                    let start = Int(truncatingIfNeeded: (value >> 8) & 0xFFFF_FFFF)
                    if value & 0xFF == 0 {
                        addRow(start, to: scores)
                        return
                    }
                    for k in start..<(start + Int(value & 0xFF)) {
                        let entry = entries[k]
                        scores[Int(entry >> 16)] &+= Int32(Int16(truncatingIfNeeded: entry))
                    }
                    return
                }
                if value == 0 { return }
                slot += 1
            }
        }
    }

    /// Adds full row `r` to `scores`, eight classes at a time.
    @inline(__always)
    private func addRow(_ r: Int, to scores: UnsafeMutablePointer<Int32>) {
        let row = UnsafeRawPointer(rows + r * rowWidth)
        let target = UnsafeMutableRawPointer(scores)
        var c = 0
        while c + 8 <= classCount {
            let weights = SIMD8<Int32>(truncatingIfNeeded: row.loadUnaligned(fromByteOffset: 2 * c, as: SIMD8<Int16>.self))
            let sums = target.loadUnaligned(fromByteOffset: 4 * c, as: SIMD8<Int32>.self) &+ weights
            target.storeBytes(of: sums, toByteOffset: 4 * c, as: SIMD8<Int32>.self)
            c += 8
        }
        let tail = rows + r * rowWidth
        while c < classCount {
            scores[c] &+= Int32(tail[c])
            c += 1
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
        writer.write(array: (0..<capacity).map(stored))
        writer.write(array: Array(entries.prefix(entryCount)))
    }

    package convenience init(reading reader: inout BinaryReader) throws {
        try reader.expect("LinearModel/2")
        let classCount = Int(try reader.read(UInt32.self))
        let scale = try reader.readFloat()
        let dense = try reader.read(UInt8.self) == 1
        let capacity = try Self.count(of: &reader)
        let slots: UnsafeMutableBufferPointer<UInt64> = try reader.readBuffer(extraCapacity: Self.reservedPadding)
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
            && slots.prefix(capacity).contains(0)
        if consistent, !dense {
            // Every feature has an entry (a count of 0 marks a full row in memory, see `rows`).
            for i in 0..<capacity where slots[i] != 0
                && (slots[i] & 0xFF == 0 || Int((slots[i] >> 8) & 0xFFFF_FFFF) + Int(slots[i] & 0xFF) > entryCount) {
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
