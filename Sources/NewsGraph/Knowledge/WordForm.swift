import Foundation

/// The normalized form words are looked up by: lower case, periods dropped ("U.S." → "us"),
/// curly apostrophes straightened, diacritics folded ("Élysée" → "elysee").
public enum WordForm {
    /// The normalized form of UTF-8 bytes.
    public static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        // Small strings (up to 15 bytes) are stored inline: no allocation for most words.
        var ascii = true
        let form = String(unsafeUninitializedCapacity: range.count) { buffer in
            guard let count = normalizeASCII(bytes, range, into: buffer.baseAddress!) else {
                ascii = false
                return 0
            }
            return count
        }
        if ascii { return form }
        return foldLatin(bytes, range)
            ?? normalize(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
    }

    /// Writes the normalized form of ASCII bytes (lower case, periods dropped) to `out`, which has
    /// room for `range.count` bytes; returns its length, or nil at the first byte that is not ASCII.
    @inline(__always)
    private static func normalizeASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                       into out: UnsafeMutablePointer<UInt8>) -> Int? {
        var n = 0
        for i in range {
            let b = bytes[i]
            if b >= 0x80 { return nil }
            // Lower-cased; a period is written and then overwritten (no branch per byte).
            out[n] = b &- 0x41 < 26 ? b | 0x20 : b
            n &+= b == 0x2E ? 0 : 1
        }
        return n
    }

    /// The normalized form of a token, its `prefixKey`, and its id in `lexicon` (-1 when unknown).
    /// An ASCII word is normalized into `scratch` (`scratchSize` bytes) and looked up by its
    /// bytes: a known word takes the lexicon's copy of its form, and no String is made.
    static func normalizeAndLookUp(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in lexicon: PhraseLexicon,
                                   scratch: UnsafeMutablePointer<UInt8>, scratchSize: Int) -> (form: String, prefixKey: UInt32, word: Int32) {
        guard range.count <= scratchSize, let n = normalizeASCII(bytes, range, into: scratch) else {
            // Not ASCII, or too long for the scratch space.
            let form = normalize(bytes, range)
            return (form, prefixKey(form), lexicon.wordID(form))
        }
        let normalized = UnsafeBufferPointer(start: scratch, count: n)
        let key = prefixKey(normalized)
        if let known = lexicon.word(utf8: normalized) { return (known.form, key, known.id) }
        return (String(decoding: normalized, as: UTF8.self), key, -1)
    }

    /// A word's first three UTF-8 bytes and its length up to 3, packed in an integer: a cheap
    /// first test before a table lookup ("could this word begin a trigger?").
    public static func prefixKey(_ word: String) -> UInt32 {
        if let result = word.utf8.withContiguousStorageIfAvailable(prefixKey) { return result }
        return Array(word.utf8).withUnsafeBufferPointer(prefixKey)
    }

    /// ``prefixKey(_:)-(String)`` of UTF-8 bytes.
    @inline(__always)
    static func prefixKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var key: UInt32 = 0
        for byte in bytes.prefix(3) { key = key << 8 | UInt32(byte) }
        return key | UInt32(min(bytes.count, 3)) << 24
    }

    /// The normalized form of a word whose letters are Latin-1 or Latin Extended-A ("Élysée",
    /// "Erdoğan") or that holds typographic punctuation (’ “ – …), without Foundation's
    /// case mapping and diacritic folding (which cost some 25,000 instructions a word); nil
    /// for anything else. `latinFolded` is checked against Foundation in the tests.
    private static func foldLatin(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        var folded = String.UnicodeScalarView()
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b < 0x80 {
                if b != 0x2E { folded.append(Unicode.Scalar((b >= 0x41 && b <= 0x5A) ? b | 0x20 : b)) }
                i += 1
                continue
            }
            let (scalar, length) = Tokenizer.decode(bytes, at: i, end: range.upperBound)
            switch scalar.value {
            case 0xC0..<0x180: folded.append(latinFolded[Int(scalar.value) - 0xC0])
            case 0x2018, 0x2019: folded.append("'")
            case 0x2010...0x2027: folded.append(scalar)
            default: return nil
            }
            i += length
        }
        return String(folded)
    }

    /// U+00C0–U+017F lower-cased and without diacritics ("À" → "a", "Ø" → "ø").
    static let latinFolded: [Unicode.Scalar] = Array("""
        aaaaaaæceeeeiiiiðnooooo×øuuuuyþß
        aaaaaaæceeeeiiiiðnooooo÷øuuuuyþy
        aaaaaaccccccccddđđeeeeeeeeeegggg
        gggghhħħiiiiiiiiiıĳĳjjkkĸllllllŀ
        ŀłłnnnnnnŉŋŋooooooœœrrrrrrssssss
        ssttttŧŧuuuuuuuuuuuuwwyyyzzzzzzſ
        """.unicodeScalars.filter { $0 != "\n" && $0 != " " })

    /// The normalized form of a string.
    public static func normalize(_ text: String) -> String {
        var copy = text
        let ascii = copy.withUTF8 { bytes -> String? in
            bytes.contains { $0 >= 0x80 } ? nil : normalize(bytes, 0..<bytes.count)
        }
        if let ascii { return ascii }
        var result = text.lowercased()
        if result.utf8.contains(where: { $0 >= 0x80 }) {
            // Foundation's search costs thousands of instructions even with nothing to replace, and
            // most words with non-ASCII letters hold no curly quote (no other text is equivalent to one).
            if result.unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{2018}" }) {
                result = result.replacingOccurrences(of: "\u{2019}", with: "'")
                    .replacingOccurrences(of: "\u{2018}", with: "'")
            }
            result = result.folding(options: [.diacriticInsensitive], locale: nil)
        }
        if result.utf8.contains(0x2E) { result.removeAll { $0 == "." } }
        return result
    }
}
