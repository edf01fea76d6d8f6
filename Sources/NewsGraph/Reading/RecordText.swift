/// Text from a dataset record's bytes: UTF-8, repaired where it is not (as files are, see
/// `TextDecoding`): text without any UTF-8 sequence is read as Windows-1252, other invalid bytes
/// become U+FFFD.
enum RecordText {
    /// The text, and whether it had to be repaired.
    static func decode<C: Collection>(_ bytes: C) -> (text: String, repaired: Bool) where C.Element == UInt8, C.Index == Int {
        // Most records are ASCII or valid UTF-8: one validating pass.
        if let text = String(validating: bytes, as: UTF8.self) { return (text, false) }
        let scan = UTF8Scan(bytes)
        if scan.multiByte == 0 {
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                scalars.append(Unicode.Scalar(byte < 0x80 || byte >= 0xA0 ? UInt32(byte) : TextDecoding.windows1252High[Int(byte - 0x80)]) ?? "\u{FFFD}")
            }
            return (String(scalars), true)
        }
        return (String(decoding: bytes, as: UTF8.self), true)
    }

    /// The bytes of `bytes` with every invalid UTF-8 sequence replaced by U+FFFD (EF BF BD), or
    /// by the Windows-1252 character when there is no valid multi-byte sequence at all; nil when
    /// they were valid. (Invalid bytes are all 0x80 or above: JSON's structure is not touched.)
    static func repairedUTF8<C: Collection>(_ bytes: C) -> [UInt8]? where C.Element == UInt8, C.Index == Int {
        guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
        return Array(decode(bytes).text.utf8)
    }
}
