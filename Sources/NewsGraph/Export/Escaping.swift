/// Escaping rules of the formats we write. Every string that comes from an article goes through
/// one of these before it reaches a file, so article text never becomes markup or syntax.
enum Escaping {
    /// Characters XML 1.0 forbids anywhere (C0 controls other than tab/newline/return, U+FFFE,
    /// U+FFFF); they are replaced by U+FFFD so the file stays well-formed.
    static func isXMLLegal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Calls `body` with the UTF-8 bytes of `text`: a native String's own storage, without a copy.
    @inline(__always)
    static func withUTF8<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return try withUTF8OfCopy(text, body)
    }

    /// The rare case (a String not stored as UTF-8), apart: inlined, its copy of the String
    /// makes every caller retain and release the String, even when it is not taken.
    @inline(never)
    private static func withUTF8OfCopy<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var copy = text
        return try copy.withUTF8(body)
    }

    /// Writes `text` as XML character data or attribute value content.
    @inline(__always)
    static func writeXML(_ text: String, to out: inout OutputBuffer) {
        withUTF8(text) { writeXML($0, to: &out) }
    }

    /// Writes UTF-8 `bytes` as XML character data or attribute value content. Works on bytes:
    /// runs that need no escaping are copied whole.
    static func writeXML(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout OutputBuffer) {
        guard let start = bytes.baseAddress else { return }
        let count = bytes.count
        var written = 0, index = 0
        while true {
            index = Word.next(in: start, from: index, count: count, mask: Word.xmlMask, isCandidate: Word.isXMLCandidate)
            guard index < count else { break }
            let replacement: StaticString
            var width = 1
            switch start[index] {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x0A: replacement = "&#10;"
            case 0x0D: replacement = "&#13;"
            case 0x09: replacement = "&#9;"
            case 0x00..<0x20: replacement = "\u{FFFD}"
            // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters either.
            case 0xEF where index + 2 < count && start[index + 1] == 0xBF && start[index + 2] >= 0xBE:
                replacement = "\u{FFFD}"
                width = 3
            default:
                index += 1
                continue
            }
            if written < index { out.write(UnsafeRawPointer(start + written), count: index - written) }
            out.write(replacement)
            index += width
            written = index
        }
        if written < count { out.write(UnsafeRawPointer(start + written), count: count - written) }
    }

    /// Byte tests on eight bytes at once ("SWAR"). A mask has the high bit of each byte that
    /// matches set; its lowest set bit is exact (higher ones may be false positives).
    private enum Word {
        static let ones: UInt64 = 0x0101_0101_0101_0101
        static let highs: UInt64 = 0x8080_8080_8080_8080

        @inline(__always) static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
            let x = word ^ (ones &* UInt64(byte))
            return (x &- ones) & ~x & highs
        }

        @inline(__always) static func below0x20(_ word: UInt64) -> UInt64 {
            (word &- ones &* 0x20) & ~word & highs
        }

        /// Control characters, `&`, `<`, `>`, `"` and 0xEF (which may start U+FFFE/U+FFFF).
        @inline(__always) static func xmlMask(_ word: UInt64) -> UInt64 {
            below0x20(word) | equal(word, 0x26) | equal(word, 0x3C) | equal(word, 0x3E) | equal(word, 0x22)
                | equal(word, 0xEF)
        }

        @inline(__always) static func isXMLCandidate(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0xEF
        }

        /// Control characters, `"`, `\\` and 0xE2 (which may start U+2028/U+2029).
        @inline(__always) static func jsonMask(_ word: UInt64) -> UInt64 {
            below0x20(word) | equal(word, 0x22) | equal(word, 0x5C) | equal(word, 0xE2)
        }

        @inline(__always) static func isJSONCandidate(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2
        }

        /// What JSON escapes, then what XML escapes in the result.
        @inline(__always) static func jsonInXMLMask(_ word: UInt64) -> UInt64 {
            xmlMask(word) | equal(word, 0x5C) | equal(word, 0xE2)
        }

        @inline(__always) static func isJSONInXMLCandidate(_ byte: UInt8) -> Bool {
            isXMLCandidate(byte) || byte == 0x5C || byte == 0xE2
        }

        /// The index of the first byte from `index` on that may need escaping, or `count`.
        @inline(__always)
        static func next(in start: UnsafePointer<UInt8>, from index: Int, count: Int, mask: (UInt64) -> UInt64,
                         isCandidate: (UInt8) -> Bool) -> Int {
            var index = index
            while index + 8 <= count {
                let found = mask(UInt64(littleEndian: UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self)))
                if found != 0 { return index + found.trailingZeroBitCount >> 3 }
                index += 8
            }
            while index < count, !isCandidate(start[index]) { index += 1 }
            return index
        }
    }

    static func xml(_ text: String) -> String {
        var out = OutputBuffer(reservingCapacity: text.utf8.count + 16)
        writeXML(text, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Writes `text` as a JSON string literal, quotes included. Works on bytes: runs that need
    /// no escaping are copied whole; U+2028 and U+2029 are escaped for JavaScript's sake.
    @inline(__always)
    static func writeJSON(_ text: String, to out: inout OutputBuffer) {
        withUTF8(text) { writeJSON($0, to: &out) }
    }

    /// Writes UTF-8 `bytes` as a JSON string literal, quotes included.
    static func writeJSON(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout OutputBuffer) {
        out.write(0x22)
        writeJSONContent(bytes, to: &out)
        out.write(0x22)
    }

    /// Writes UTF-8 `bytes` as the content of a JSON string literal (no quotes).
    static func writeJSONContent(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout OutputBuffer) {
        guard let start = bytes.baseAddress else { return }
        let count = bytes.count
        var written = 0, index = 0
        while true {
            index = Word.next(in: start, from: index, count: count, mask: Word.jsonMask, isCandidate: Word.isJSONCandidate)
            guard index < count else { break }
            let byte = start[index]
            var width = 1
            switch byte {
            case 0x22, 0x5C, 0x00..<0x20:
                break
            case 0xE2 where index + 2 < count && start[index + 1] == 0x80 && (start[index + 2] & 0xFE) == 0xA8:
                width = 3
            default:
                index += 1
                continue
            }
            if written < index { out.write(UnsafeRawPointer(start + written), count: index - written) }
            writeJSONEscape(byte, next: width == 3 ? start[index + 2] : 0, to: &out)
            index += width
            written = index
        }
        if written < count { out.write(UnsafeRawPointer(start + written), count: count - written) }
    }

    /// The JSON escape of `byte` (`"`, `\\`, a control character, or 0xE2 starting U+2028/U+2029,
    /// whose last byte is `next`).
    private static func writeJSONEscape(_ byte: UInt8, next: UInt8, to out: inout OutputBuffer) {
        switch byte {
        case 0x22: out.write("\\\"")
        case 0x5C: out.write("\\\\")
        case 0x0A: out.write("\\n")
        case 0x0D: out.write("\\r")
        case 0x09: out.write("\\t")
        case 0xE2: out.write(next == 0xA8 ? "\\u2028" : "\\u2029")
        default:
            out.write("\\u00")
            out.write(hexDigit(byte >> 4), hexDigit(byte & 0xF))
        }
    }

    @inline(__always)
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x57 + value
    }

    /// Writes UTF-8 `bytes` as the content of a JSON string literal, itself XML-escaped: in one
    /// pass, the bytes ``writeJSONContent(_:to:)`` would write, passed through ``writeXML(_:to:)``.
    static func writeJSONContentAsXML(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout OutputBuffer) {
        guard let start = bytes.baseAddress else { return }
        let count = bytes.count
        var written = 0, index = 0
        while true {
            index = Word.next(in: start, from: index, count: count, mask: Word.jsonInXMLMask,
                               isCandidate: Word.isJSONInXMLCandidate)
            guard index < count else { break }
            let byte = start[index]
            var width = 1
            let replacement: StaticString
            switch byte {
            // JSON escapes; none of them holds a character XML escapes.
            case 0x5C: replacement = "\\\\"
            case 0x0A: replacement = "\\n"
            case 0x0D: replacement = "\\r"
            case 0x09: replacement = "\\t"
            case 0x00..<0x20:
                if written < index { out.write(UnsafeRawPointer(start + written), count: index - written) }
                out.write("\\u00")
                out.write(hexDigit(byte >> 4), hexDigit(byte & 0xF))
                index += 1
                written = index
                continue
            case 0xE2 where index + 2 < count && start[index + 1] == 0x80 && (start[index + 2] & 0xFE) == 0xA8:
                replacement = start[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                width = 3
            // `"` is escaped for JSON, then for XML.
            case 0x22: replacement = "\\&quot;"
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            // JSON keeps U+FFFE and U+FFFF; XML replaces them.
            case 0xEF where index + 2 < count && start[index + 1] == 0xBF && start[index + 2] >= 0xBE:
                replacement = "\u{FFFD}"
                width = 3
            default:
                index += 1
                continue
            }
            if written < index { out.write(UnsafeRawPointer(start + written), count: index - written) }
            out.write(replacement)
            index += width
            written = index
        }
        if written < count { out.write(UnsafeRawPointer(start + written), count: count - written) }
    }

    /// The content of a DOT double-quoted label (without the quotes), so that Graphviz shows
    /// `text` exactly, in every output format.
    ///
    /// Backslashes are doubled (Graphviz reads `\N`, `\G`, `\l` in labels as escapes), quotes
    /// escaped, `&` written `&amp;` (Graphviz reads `&lt;` and friends in labels as entities),
    /// line breaks as `\n` (centered lines), tabs and returns as spaces, and other control
    /// characters and characters XML forbids dropped.
    static func dotLabel(_ text: String) -> String {
        dotString(text, backslash: "\\\\", newline: "\\n")
    }

    /// The content of a DOT double-quoted tooltip (without the quotes), so that an SVG viewer
    /// shows `text` exactly.
    ///
    /// Graphviz 2.43 reads a tooltip's backslashes twice (`\\N` becomes the node's name) and does
    /// not turn `\n` into a line break there, so a backslash is written as four and a line break
    /// as `&#10;`; otherwise as ``dotLabel(_:)``.
    static func dotTooltip(_ text: String) -> String {
        dotString(text, backslash: "\\\\\\\\", newline: "&#10;")
    }

    private static func dotString(_ text: String, backslash: String, newline: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x26 && $0 < 0x7F }) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += backslash
            case "&": result += "&amp;"
            case "\n": result += newline
            case "\r", "\t": result += " "
            default:
                // C0 and C1 controls and DEL would be drawn as boxes; XML-illegal ones break SVG.
                if scalar.value >= 0x20, !(0x7F...0x9F).contains(scalar.value), isXMLLegal(scalar) {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Text for a Graphviz HTML-like label: XML-escaped, line breaks as `<br/>`, control characters
    /// dropped. HTML-like labels know no backslash escapes, so nothing else needs care.
    static func htmlLabel(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n": result += "<br/>"
            case "\r", "\t": result += " "
            default:
                if scalar.value >= 0x20, !(0x7F...0x9F).contains(scalar.value), isXMLLegal(scalar) {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// An `id` or `class` token for SVG and CSS: ASCII letters, digits, `-` and `_`; every other
    /// character becomes `-`. Never empty.
    static func cssToken(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let ok = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
            result.unicodeScalars.append(ok ? scalar : "-")
        }
        return result.isEmpty ? "-" : result
    }
}
