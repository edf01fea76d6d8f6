import Foundation

// Escaping for the briefing page (HTMLBriefingEncoder): HTML text and attribute values, and
// JSON inside a `<script type="application/json">` element.
extension Escaping {
    /// `text` as HTML text or a double- or single-quoted attribute value: `&`, `<`, `>`, `"` and
    /// `'` as character references; control characters other than tab, line feed and carriage
    /// return (parse errors in HTML), and noncharacters XML forbids, as U+FFFD.
    static func html(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                if isXMLLegal(scalar), !(0x7F...0x9F).contains(scalar.value) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result.unicodeScalars.append("\u{FFFD}")
                }
            }
        }
        return result
    }

    /// JSON text made safe to sit inside an HTML `<script>` element: `<`, `>` and `&` written as
    /// `\u003c`, `\u003e`, `\u0026`, so no `</script>`, `<!--` or `]]>` can appear in it.
    ///
    /// The input must be JSON written by ``JSONWriter`` (which already escapes U+2028 and U+2029):
    /// outside strings JSON has none of these characters, so escaping them wherever they are is
    /// escaping them inside strings, and the value reads back the same.
    static func scriptSafeJSON(_ json: Data) -> Data {
        var result = Data()
        result.reserveCapacity(json.count + json.count / 64)
        var start = json.startIndex
        for index in json.indices {
            let escape: StaticString
            switch json[index] {
            case 0x3C: escape = "\\u003c"
            case 0x3E: escape = "\\u003e"
            case 0x26: escape = "\\u0026"
            default: continue
            }
            result.append(json[start..<index])
            escape.withUTF8Buffer { result.append($0.baseAddress!, count: $0.count) }
            start = index + 1
        }
        result.append(json[start...])
        return result
    }
}
