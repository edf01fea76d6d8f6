/// A short fingerprint of a document's text: 64-bit FNV-1a over its UTF-8 bytes, as 16 hex digits.
///
/// Not a cryptographic hash: it tells a document met twice (the same path and the same text, to
/// be counted once) from a document of the same path whose text changed, where a collision would
/// need two texts of one path with equal hashes (a chance of 2⁻⁶⁴ per pair).
public enum ContentDigest {
    public static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
