import Foundation

/// Finds active content in SVG markup: what would run code in a page that inlines it.
///
/// A check on the tags, not the text: article text in titles and tooltips may say anything
/// ("onerror=", "javascript:") and is only text. Reads the markup as XML writes it (attribute
/// values quoted), which is how Graphviz writes it; anything it cannot read counts as unsafe.
enum SVGSafety {
    /// Elements that run code, load documents or rewrite attributes (SMIL animation can set an
    /// `href` to a `javascript:` link).
    static let activeElements: Set<String> = ["script", "foreignobject", "iframe", "object", "embed", "handler",
                                              "listener", "animate", "set", "animatemotion", "animatetransform"]
    static let linkAttributes: Set<String> = ["href", "xlink:href", "src"]

    /// A description of the first active content in `svg`, or `nil` when there is none.
    static func activeContent(in svg: String) -> String? {
        let bytes = Array(svg.utf8)
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        func isNameByte(_ byte: UInt8) -> Bool { !isSpace(byte) && byte != 0x3E && byte != 0x2F && byte != 0x3D }
        while index < bytes.count {
            guard bytes[index] == 0x3C else { index += 1; continue }  // <
            index += 1
            guard index < bytes.count else { return "an unfinished tag" }
            if bytes[index] == 0x2F || bytes[index] == 0x3F || bytes[index] == 0x21 {
                // </end>, <?pi?>, <!-- --> or <!DOCTYPE>: skip to the next >.
                while index < bytes.count, bytes[index] != 0x3E { index += 1 }
                continue
            }
            let nameStart = index
            while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
            let element = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            if activeElements.contains(element) { return "a <\(element)> element" }
            // Attributes up to the end of the tag.
            while index < bytes.count {
                while index < bytes.count, isSpace(bytes[index]) || bytes[index] == 0x2F { index += 1 }
                guard index < bytes.count else { return "an unfinished tag" }
                if bytes[index] == 0x3E { index += 1; break }
                let attributeStart = index
                while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
                let attribute = String(decoding: bytes[attributeStart..<index], as: UTF8.self).lowercased()
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                guard index < bytes.count, bytes[index] == 0x3D else { return "an attribute without a value (\(attribute))" }
                index += 1
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                guard index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 else {
                    return "an unquoted attribute value (\(attribute))"
                }
                let quote = bytes[index]
                index += 1
                let valueStart = index
                while index < bytes.count, bytes[index] != quote { index += 1 }
                guard index < bytes.count else { return "an unfinished attribute value" }
                let value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                index += 1
                if attribute.hasPrefix("on") { return "an event-handler attribute (\(attribute))" }
                if attribute == "style", value.lowercased().contains("url(") { return "a style that loads a URL" }
                if linkAttributes.contains(attribute) {
                    // Entities could hide the scheme (&#106;avascript:); only plain fragment and web links pass.
                    let link = value.trimmingCharacters(in: .whitespaces).lowercased()
                    if !(link.isEmpty || link.hasPrefix("#") || link.hasPrefix("http://") || link.hasPrefix("https://")) {
                        return "a link that is not a web address (\(attribute))"
                    }
                }
            }
        }
        return nil
    }
}
