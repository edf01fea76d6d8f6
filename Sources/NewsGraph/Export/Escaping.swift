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
        // Fast path: nothing to escape.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22 && $0 < 0xEF }) {
            out.write(text)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.write("&amp;")
            case "<": out.write("&lt;")
            case ">": out.write("&gt;")
            case "\"": out.write("&quot;")
            case "\n": out.write("&#10;")
            case "\r": out.write("&#13;")
            case "\t": out.write("&#9;")
            default:
                if isXMLLegal(scalar) {
                    out.write(String(scalar))
                } else {
                    out.write("\u{FFFD}")
                }
            }
        }
    }

    static func xml(_ text: String) -> String {
        var out = OutputBuffer(reservingCapacity: text.utf8.count + 16)
        writeXML(text, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Writes `text` as a JSON string literal, quotes included.
    static func writeJSON(_ text: String, to out: inout OutputBuffer) {
        out.write(0x22)
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0xE2 }) {
            out.write(text)
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out.write("\\\"")
                case "\\": out.write("\\\\")
                case "\n": out.write("\\n")
                case "\r": out.write("\\r")
                case "\t": out.write("\\t")
                case "\u{2028}": out.write("\\u2028")
                case "\u{2029}": out.write("\\u2029")
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        out.write("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                    } else {
                        out.write(String(scalar))
                    }
                }
            }
        }
        out.write(0x22)
    }

    /// The content of a DOT double-quoted string (without the quotes): backslashes doubled,
    /// quotes escaped, line breaks as `\n` (centered lines), other control characters dropped.
    static func dot(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }) { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r", "\t": result += " "
            default:
                if scalar.value >= 0x20, isXMLLegal(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
