import Foundation

/// Turns a file's bytes into text, refusing what is not text.
enum TextDecoding {
    /// Decodes UTF-8. Invalid sequences are replaced with U+FFFD and reported; empty and binary
    /// content (NUL bytes, or mostly control bytes) is refused.
    static func decode(_ data: Data, path: String) -> Result<(String, ReadingWarning?), ReadingWarning> {
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(ReadingWarning(path: path, message: "skipped: empty"))
        }
        let sample = data.prefix(65_536)
        let controls = sample.reduce(0) { count, byte in
            count + ((byte < 0x09 || (byte > 0x0D && byte < 0x20)) ? 1 : 0)
        }
        if sample.contains(0) || controls * 20 > sample.count {
            return .failure(ReadingWarning(path: path, message: "skipped: binary data, not text (is it a PDF or an image?)"))
        }
        if let text = String(data: data, encoding: .utf8) {
            return .success((text, ReadingWarning?.none))
        }
        let repaired = String(decoding: data, as: UTF8.self)
        let bad = repaired.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        return .success((repaired, ReadingWarning(path: path, message:
            "not valid UTF-8: \(bad) invalid byte sequence\(bad == 1 ? "" : "s") replaced with U+FFFD; convert it with iconv for exact text")))
    }
}
