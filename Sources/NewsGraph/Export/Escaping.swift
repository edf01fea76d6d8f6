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

    /// Writes `text` as XML character data or attribute value content.
    static func writeXML(_ text: String, to out: inout OutputBuffer) {
        var text = text
        text.withUTF8 { writeXML($0, to: &out) }
    }

    /// Writes UTF-8 `bytes` as XML character data or attribute value content. Works on bytes:
    /// runs that need no escaping are copied whole.
    static func writeXML(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout OutputBuffer) {
        var written = 0, index = 0
        let count = bytes.count
        while index < count {
            // Eight bytes at a time while none can need escaping (the common case: plain text).
            if index + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                if !(Word.hasByteBelow0x20(word) || Word.has(word, 0x26) || Word.has(word, 0x3C) || Word.has(word, 0x3E)
                     || Word.has(word, 0x22) || Word.has(word, 0xEF)) {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            let replacement: StaticString
            var width = 1
            switch byte {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x0A: replacement = "&#10;"
            case 0x0D: replacement = "&#13;"
            case 0x09: replacement = "&#9;"
            case 0x00..<0x20: replacement = "\u{FFFD}"
            // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters either.
            case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                replacement = "\u{FFFD}"
                width = 3
            default:
                index += 1
                continue
            }
            if written < index { out.write(UnsafeBufferPointer(rebasing: bytes[written..<index])) }
            replacement.withUTF8Buffer { out.write($0) }
            index += width
            written = index
        }
        if written < count { out.write(UnsafeBufferPointer(rebasing: bytes[written..<count])) }
    }

    /// Tests on eight bytes at once ("SWAR"), exact: true when some byte of the word matches.
    private enum Word {
        static let ones: UInt64 = 0x0101_0101_0101_0101
        static let highs: UInt64 = 0x8080_8080_8080_8080

        @inline(__always) static func has(_ word: UInt64, _ byte: UInt8) -> Bool {
            let x = word ^ (ones &* UInt64(byte))
            return (x &- ones) & ~x & highs != 0
        }

        @inline(__always) static func hasByteBelow0x20(_ word: UInt64) -> Bool {
            (word &- ones &* 0x20) & ~word & highs != 0
        }
    }

    static func xml(_ text: String) -> String {
        var out = OutputBuffer(reservingCapacity: text.utf8.count + 16)
        writeXML(text, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Writes `text` as a JSON string literal, quotes included. Works on bytes: runs that need
    /// no escaping are copied whole; U+2028 and U+2029 are escaped for JavaScript's sake.
    static func writeJSON(_ text: String, to out: inout OutputBuffer) {
        out.write(0x22)
        var text = text
        text.withUTF8 { bytes in
            var written = 0, index = 0
            let count = bytes.count
            while index < count {
                if index + 8 <= count {
                    let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                    if !(Word.hasByteBelow0x20(word) || Word.has(word, 0x22) || Word.has(word, 0x5C) || Word.has(word, 0xE2)) {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                var width = 1
                switch byte {
                case 0x22, 0x5C, 0x00..<0x20:
                    break
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] & 0xFE) == 0xA8:
                    width = 3
                default:
                    index += 1
                    continue
                }
                if written < index { out.write(UnsafeBufferPointer(rebasing: bytes[written..<index])) }
                switch byte {
                case 0x22: out.write("\\\"")
                case 0x5C: out.write("\\\\")
                case 0x0A: out.write("\\n")
                case 0x0D: out.write("\\r")
                case 0x09: out.write("\\t")
                case 0xE2: out.write(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    out.write("\\u00")
                    out.write(hex[Int(byte >> 4)])
                    out.write(hex[Int(byte & 0xF)])
                }
                index += width
                written = index
            }
            if written < count { out.write(UnsafeBufferPointer(rebasing: bytes[written..<count])) }
        }
        out.write(0x22)
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
