extension HTMLTree {
    struct Tag {
        var nameStart: Int, nameEnd: Int
        var name: String
        var isEnd: Bool
        var selfClosing: Bool
        /// Where the attributes are, and the index after `>`.
        var attributesRange: Range<Int>
        var end: Int

        func attributes(_ bytes: UnsafeBufferPointer<UInt8>) -> [String: String] {
            HTMLTree.parseAttributes(UnsafeBufferPointer(rebasing: bytes[attributesRange]))
        }
    }

    static func isTagStart(_ b: UInt8) -> Bool {
        b == 0x2F || b == 0x21 || b == 0x3F || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
    }

    /// The tag starting at `<` at `start`; nil when it never closes. Quoted attribute values may
    /// hold `>`.
    static func scanTag(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Tag? {
        var i = start + 1
        let isEnd = bytes[i] == 0x2F
        if isEnd || bytes[i] == 0x21 || bytes[i] == 0x3F { i += 1 }
        let nameStart = i
        while i < bytes.count, isNameByte(bytes[i]) { i += 1 }
        let nameEnd = i
        var quote: UInt8 = 0
        while i < bytes.count {
            let b = bytes[i]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == 0x22 || b == 0x27, i > nameEnd, bytes[i - 1] == 0x3D || bytes[i - 1] == 0x20 {
                quote = b
            } else if b == 0x3E {
                let selfClosing = i > nameEnd && bytes[i - 1] == 0x2F
                var name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd]), as: UTF8.self).lowercased()
                if name.utf8.count > 32 { name = "" }
                return Tag(nameStart: nameStart, nameEnd: nameEnd, name: name, isEnd: isEnd, selfClosing: selfClosing,
                           attributesRange: nameEnd..<i, end: i + 1)
            }
            i += 1
        }
        return nil
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x3A || b == 0x5F
    }

    /// `name="value" name='value' name=value name`, names lower-cased, values decoded; the first
    /// of a repeated name kept.
    static func parseAttributes(_ bytes: UnsafeBufferPointer<UInt8>) -> [String: String] {
        var result: [String: String] = [:]
        var i = 0
        let n = bytes.count
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x2F }
        while i < n, result.count < 64 {
            while i < n, isSpace(bytes[i]) { i += 1 }
            let nameStart = i
            while i < n, !isSpace(bytes[i]), bytes[i] != 0x3D { i += 1 }
            guard i > nameStart else { i += 1; continue }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<i]), as: UTF8.self).lowercased()
            while i < n, bytes[i] == 0x20 { i += 1 }
            var value = ""
            if i < n, bytes[i] == 0x3D {
                i += 1
                while i < n, bytes[i] == 0x20 { i += 1 }
                if i < n, bytes[i] == 0x22 || bytes[i] == 0x27 {
                    let quote = bytes[i]
                    let valueStart = i + 1
                    i = valueStart
                    while i < n, bytes[i] != quote { i += 1 }
                    value = decodeText(UnsafeBufferPointer(rebasing: bytes[valueStart..<i]))
                    i += 1
                } else {
                    let valueStart = i
                    while i < n, !isSpace(bytes[i]) || bytes[i] == 0x2F { i += 1 }
                    value = decodeText(UnsafeBufferPointer(rebasing: bytes[valueStart..<i]))
                }
            }
            if result[name] == nil { result[name] = value }
        }
        return result
    }

    /// The first index of `needle` in `bytes` from `start`.
    static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], needle.indices.allSatisfy({ bytes[i + $0] == needle[$0] }) { return i }
            i += 1
        }
        return nil
    }

    /// Where `</name` (any case, the whole name) starts at or after `start`, and the index after its `>`.
    static func findEndTag(_ name: String, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (start: Int, after: Int)? {
        let name = Array(name.utf8)
        var i = start
        while i + name.count + 2 <= bytes.count {
            if bytes[i] == 0x3C, bytes[i + 1] == 0x2F, name.indices.allSatisfy({ bytes[i + 2 + $0] | 0x20 == name[$0] }) {
                let after = i + 2 + name.count
                if after < bytes.count, isNameByte(bytes[after]) { i += 1; continue }    // "</scripts" is not "</script"
                var close = after
                while close < bytes.count, bytes[close] != 0x3E { close += 1 }
                return (i, min(close + 1, bytes.count))
            }
            i += 1
        }
        return nil
    }

    /// Text with character references decoded (`&amp;`, `&#8217;`, `&#x2019;`; unknown ones kept).
    static func decodeText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(0x26) else { return String(decoding: bytes, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x26, let (decoded, next) = decodeReference(bytes, at: i) {
                result.append(contentsOf: decoded.utf8)
                i = next
            } else {
                result.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `&name;`, `&#123;` or `&#x1F;` at `index`: the text and the index after it.
    static func decodeReference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (String, Int)? {
        var j = index + 1
        while j < bytes.count, j - index <= 32, bytes[j] != 0x3B {
            let b = bytes[j]
            guard (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x23 else { return nil }
            j += 1
        }
        guard j < bytes.count, bytes[j] == 0x3B, j > index + 1 else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<j]), as: UTF8.self)
        if name.hasPrefix("#") {
            let body = name.dropFirst()
            let value = body.hasPrefix("x") || body.hasPrefix("X") ? UInt32(body.dropFirst(), radix: 16) : UInt32(body)
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return ("\u{FFFD}", j + 1) }
            return (String(scalar), j + 1)
        }
        guard let text = HTMLText.namedReferences[name] else { return nil }
        return (text, j + 1)
    }
}
