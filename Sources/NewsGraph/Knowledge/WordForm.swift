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
        return normalize(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
    }

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
