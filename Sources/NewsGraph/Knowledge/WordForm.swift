import Foundation

/// The normalized form words are looked up by: lower case, periods dropped ("U.S." → "us"),
/// curly apostrophes straightened, diacritics folded ("Élysée" → "elysee").
public enum WordForm {
    /// The normalized form of UTF-8 bytes.
    public static func normalize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var ascii = true
        for i in range where bytes[i] >= 0x80 { ascii = false; break }
        if ascii {
            // Small strings (up to 15 bytes) are stored inline: no allocation for most words.
            return String(unsafeUninitializedCapacity: range.count) { buffer in
                var n = 0
                for i in range {
                    let b = bytes[i]
                    if b == 0x2E { continue }
                    buffer[n] = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                    n += 1
                }
                return n
            }
        }
        if let folded = foldLatin(bytes, range) { return folded }
        return normalize(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
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
            result = result.replacingOccurrences(of: "\u{2019}", with: "'")
                .replacingOccurrences(of: "\u{2018}", with: "'")
                .folding(options: [.diacriticInsensitive], locale: nil)
        }
        if result.utf8.contains(0x2E) { result.removeAll { $0 == "." } }
        return result
    }
}
