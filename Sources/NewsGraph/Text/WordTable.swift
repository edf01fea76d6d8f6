import Foundation

/// A hash table from words to values, for the lookups extraction makes at every token.
///
/// Swift's `Dictionary` and `Set` hash strings with SipHash under a per-process seed: sound for
/// tables fed by untrusted keys, but several hundred instructions per short word, and
/// extraction looks words up millions of times in tables built from the knowledge base. This
/// table hashes the UTF-8 bytes with FNV-1a (a few instructions per byte), probes linearly in a
/// power-of-two array, and compares a stored 64-bit hash before any string. It only grows (no
/// removal), and it is never iterated in hash order, so output cannot depend on it.
///
/// Keys match by their UTF-8 bytes: "é" precomposed and "e" + U+0301 are different keys (a
/// `Set<String>` would take them as one). Extraction looks up normalized forms, which fold
/// diacritics, so the two never meet there.
public struct WordTable<Value> {
    private var keys: [String] = []
    /// Every key's UTF-8 bytes end to end, and where each starts: `entry(utf8:)` compares bytes
    /// without touching the String.
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int] = [0]
    private var hashes: [UInt64] = []
    private var values: [Value] = []
    /// Index into `keys` per slot, -1 when empty; the count is a power of two, at most half full.
    private var slots = [Int32](repeating: -1, count: 16)
    private var shift: UInt64 = 60

    public init() {}

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// FNV-1a over the UTF-8 bytes.
    @inline(__always)
    static func hash(_ word: String) -> UInt64 {
        // Iterating `utf8` costs tens of instructions a byte; the contiguous bytes (small strings
        // are copied to the stack) cost two.
        if let hash = word.utf8.withContiguousStorageIfAvailable({ hash($0) }) { return hash }
        return Array(word.utf8).withUnsafeBufferPointer { hash($0) }
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    @inline(__always)
    private func firstSlot(_ hash: UInt64) -> Int {
        // Fibonacci hashing: the high bits of a multiply spread FNV's weak low bits.
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The position of `word` in insertion order, or nil.
    @inline(__always)
    private func index(of word: String, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = firstSlot(hash)
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash, keys[index] == word { return index }
            slot = (slot + 1) & mask
        }
    }

    /// The stored key and value of the word with these UTF-8 bytes, or nil: for callers that
    /// have bytes and would otherwise make a String only to look it up.
    public func entry(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (key: String, value: Value)? {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = firstSlot(hash)
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash, keyStarts[index + 1] - keyStarts[index] == bytes.count,
               bytes.isEmpty || keyBytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + keyStarts[index], bytes.baseAddress!, bytes.count) == 0 }) {
                return (keys[index], values[index])
            }
            slot = (slot + 1) & mask
        }
    }

    public func contains(_ word: String) -> Bool {
        index(of: word, hash: Self.hash(word)) != nil
    }

    /// The value of `word`; setting inserts or replaces (setting nil is not supported and does nothing).
    public subscript(word: String) -> Value? {
        get { index(of: word, hash: Self.hash(word)).map { values[$0] } }
        set {
            guard let newValue else { return }
            let hash = Self.hash(word)
            if let index = index(of: word, hash: hash) {
                values[index] = newValue
                return
            }
            if (keys.count + 1) * 2 > slots.count { grow() }
            keys.append(word)
            keyBytes.append(contentsOf: word.utf8)
            keyStarts.append(keyBytes.count)
            hashes.append(hash)
            values.append(newValue)
            place(keys.count - 1)
        }
    }

    public subscript(word: String, default fallback: @autoclosure () -> Value) -> Value {
        get { self[word] ?? fallback() }
        set { self[word] = newValue }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = firstSlot(hashes[index])
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        shift -= 1
        for index in keys.indices { place(index) }
    }
}

extension WordTable: Sendable where Value: Sendable {}

/// A set of words with ``WordTable``'s cheap lookups: for the word lists extraction consults at
/// every token ("not", "said", "of", …).
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table = WordTable<Bool>()

    public init() {}

    public init(_ words: some Sequence<String>) {
        for word in words { table[word] = true }
    }

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    public func contains(_ word: String) -> Bool { table.contains(word) }

    public mutating func insert(_ word: String) { table[word] = true }

    public var count: Int { table.count }
    public var isEmpty: Bool { table.isEmpty }
}
