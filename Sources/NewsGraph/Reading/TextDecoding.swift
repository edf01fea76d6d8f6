import Foundation

/// Turns a file's bytes into text, refusing what is not text.
///
/// - UTF-8 is read as is (a byte order mark is dropped).
/// - UTF-16 with a byte order mark is converted; UTF-16 without one is recognized by its zero bytes.
/// - Text that is not valid UTF-8 but has no UTF-8 sequence at all is read as Windows-1252 (which
///   includes Latin-1), the usual encoding of such files; other invalid bytes are replaced with
///   U+FFFD. Either way a warning names the file and the line.
/// - Empty files, binary files (NUL bytes, mostly control bytes, or the signature of a PDF, an
///   image or an archive) are refused with a warning that says what the file seems to be.
enum TextDecoding {
    typealias Decoded = (text: String, warning: ReadingWarning?)

    static func decode(_ data: Data, path: String) -> Result<Decoded, ReadingWarning> {
        data.withUnsafeBytes { raw in
            decode(raw.bindMemory(to: UInt8.self), path: path)
        }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> Result<Decoded, ReadingWarning> {
        func skip(_ message: String) -> Result<Decoded, ReadingWarning> {
            .failure(ReadingWarning(path: path, message: "skipped: " + message))
        }
        if let utf16 = utf16Encoding(bytes) {
            guard let text = String(bytes: Array(bytes.dropFirst(utf16.bomLength)), encoding: utf16.encoding) else {
                return skip("not valid \(utf16.name) text; convert it to UTF-8 with iconv")
            }
            if text.unicodeScalars.allSatisfy({ isBlank($0) }) { return skip("empty") }
            let sample = text.unicodeScalars.prefix(32_768)
            let controls = sample.reduce(0) { $0 + (isControl($1) ? 1 : 0) }
            if sample.contains("\u{0}") || controls * 20 > sample.count {
                return skip("binary data, not text")
            }
            let warning = utf16.bomLength == 0
                ? ReadingWarning(path: path, message: "\(utf16.name) without a byte order mark; read as \(utf16.name)")
                : nil
            return .success((text, warning))
        }
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        if content.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
            return skip("empty")
        }
        if let kind = signature(content) {
            return skip("\(kind), not text; extract its text first\(kind.contains("PDF") ? " (e.g. with pdftotext)" : "")")
        }
        let sample = content.prefix(65_536)
        var controls = 0
        for byte in sample where isControl(Unicode.Scalar(byte)) {
            if byte == 0 {
                return skip("binary data (NUL bytes), not text; is it a PDF, an image or a word-processor file?")
            }
            controls += 1
        }
        if controls * 20 > sample.count {
            return skip("binary data (mostly control bytes), not text")
        }

        let scan = UTF8Scan(content)
        if scan.invalid == 0 {
            return .success((String(decoding: content, as: UTF8.self), nil))
        }
        let line = content[..<scan.firstInvalid].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        if scan.multiByte == 0 {
            return .success((windows1252(content), ReadingWarning(path: path, message:
                "not UTF-8 (first non-ASCII byte on line \(line)); read as Windows-1252/Latin-1. "
                + "If the text looks wrong, convert it to UTF-8 with iconv")))
        }
        let count = scan.invalid
        return .success((String(decoding: content, as: UTF8.self), ReadingWarning(path: path, message:
            "not valid UTF-8: \(count) invalid byte sequence\(count == 1 ? "" : "s") (the first on line \(line)) "
            + "replaced with U+FFFD; convert it with iconv for exact text")))
    }

    // MARK: Encodings

    private struct UTF16Encoding {
        let encoding: String.Encoding
        let name: String
        let bomLength: Int
    }

    /// UTF-16 by its byte order mark, or by zero high bytes in most ASCII-range characters.
    private static func utf16Encoding(_ bytes: UnsafeBufferPointer<UInt8>) -> UTF16Encoding? {
        if bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFF, 0xFE, 0, 0]) {
            return UTF16Encoding(encoding: .utf16LittleEndian, name: "UTF-16LE", bomLength: 2)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return UTF16Encoding(encoding: .utf16BigEndian, name: "UTF-16BE", bomLength: 2)
        }
        let sample = bytes.prefix(4096)
        guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
        var zeroEven = 0, zeroOdd = 0, pairs = 0
        var index = sample.startIndex
        while index + 1 < sample.endIndex {
            if sample[index] == 0 { zeroEven += 1 }
            if sample[index + 1] == 0 { zeroOdd += 1 }
            pairs += 1
            index += 2
        }
        // Text in a Latin script: almost every other byte is zero, the others almost never.
        if zeroOdd * 10 >= pairs * 9, zeroEven * 20 < pairs {
            return UTF16Encoding(encoding: .utf16LittleEndian, name: "UTF-16LE", bomLength: 0)
        }
        if zeroEven * 10 >= pairs * 9, zeroOdd * 20 < pairs {
            return UTF16Encoding(encoding: .utf16BigEndian, name: "UTF-16BE", bomLength: 0)
        }
        return nil
    }

    /// What a file is, by its first bytes, when it is a well-known binary format.
    static func signature(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        let head = Array(bytes.prefix(8))
        let known: [([UInt8], String)] = [
            (Array("%PDF-".utf8), "a PDF file"),
            ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a .docx, .xlsx, .odt or .epub file)"),
            ([0xD0, 0xCF, 0x11, 0xE0], "an old Microsoft Office file"),
            (Array("{\\rtf".utf8), "an RTF document"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            (Array("GIF8".utf8), "a GIF image"),
            ([0x1F, 0x8B], "a gzip-compressed file"),
            ([0x7F, 0x45, 0x4C, 0x46], "a program (ELF)"),
        ]
        return known.first { head.starts(with: $0.0) }?.1
    }

    /// Windows-1252, the superset of Latin-1 that Windows and most web pages labelled Latin-1 use.
    static func windows1252(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte < 0x80 || byte >= 0xA0 {
                scalars.append(Unicode.Scalar(byte))
            } else {
                scalars.append(Unicode.Scalar(windows1252High[Int(byte - 0x80)]) ?? "\u{FFFD}")
            }
        }
        return String(scalars)
    }

    /// 0x80–0x9F in Windows-1252; the five unassigned bytes become U+FFFD.
    static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x09 || (scalar.value > 0x0D && scalar.value < 0x20) || scalar.value == 0x7F
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{FEFF}"
    }
}

/// One pass over bytes counting valid multi-byte UTF-8 sequences and invalid ones (each maximal
/// invalid subpart counts once, as U+FFFD replacement does).
struct UTF8Scan {
    private(set) var multiByte = 0
    private(set) var invalid = 0
    /// Offset of the first invalid byte, relative to the start of the bytes.
    private(set) var firstInvalid: Int

    init<C: Collection>(_ bytes: C) where C.Element == UInt8, C.Index == Int {
        firstInvalid = bytes.startIndex
        var i = bytes.startIndex
        let end = bytes.endIndex
        var sawInvalid = false
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length = UTF8Scan.validLength(bytes, at: i, end: end)
            if length > 0 {
                multiByte += 1
                i += length
            } else {
                if !sawInvalid { firstInvalid = i; sawInvalid = true }
                invalid += 1
                i += max(1, UTF8Scan.maximalSubpart(bytes, at: i, end: end))
            }
        }
    }

    /// A lead byte's sequence length and the range its second byte must be in (Unicode table 3-7).
    private static func rule(_ lead: UInt8) -> (length: Int, low: UInt8, high: UInt8)? {
        switch lead {
        case 0xC2...0xDF: return (2, 0x80, 0xBF)
        case 0xE0: return (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80, 0xBF)
        case 0xED: return (3, 0x80, 0x9F)
        case 0xF0: return (4, 0x90, 0xBF)
        case 0xF1...0xF3: return (4, 0x80, 0xBF)
        case 0xF4: return (4, 0x80, 0x8F)
        default: return nil
        }
    }

    /// The length of the valid sequence starting at `i`, or 0.
    private static func validLength<C: Collection>(_ bytes: C, at i: Int, end: Int) -> Int where C.Element == UInt8, C.Index == Int {
        guard let (length, low, high) = rule(bytes[i]), i + length <= end else { return 0 }
        guard bytes[i + 1] >= low, bytes[i + 1] <= high else { return 0 }
        for k in 2..<max(2, length) where bytes[i + k] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// How many bytes of an invalid sequence one U+FFFD replaces: the lead and the continuation
    /// bytes that could still have completed it.
    private static func maximalSubpart<C: Collection>(_ bytes: C, at i: Int, end: Int) -> Int where C.Element == UInt8, C.Index == Int {
        guard let (length, low, high) = rule(bytes[i]) else { return 1 }
        var k = 1
        while k < length, i + k < end {
            let c = bytes[i + k]
            let ok = k == 1 ? (c >= low && c <= high) : (c & 0xC0 == 0x80)
            if !ok { break }
            k += 1
        }
        return k
    }
}
