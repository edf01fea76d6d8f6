/// Splits UTF-8 text into tokens in one pass over the bytes.
///
/// Words keep internal apostrophes only as a separate possessive token ("Iran" "'s"); dotted
/// abbreviations of single letters stay one token ("U.S.", "U.N."); hyphens, dashes and quotes
/// are tokens of their own, so "Iran-Russia" gives three tokens.
public enum Tokenizer {
    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, into tokens: inout [Token]) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = bytes[i]
            // Whitespace (ASCII) and no-break spaces.
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C { i += 1; continue }
            if b >= 0x80 {
                let (scalar, length) = decode(bytes, at: i, end: end)
                if isSpace(scalar) { i += length; continue }
                if !isWordScalar(scalar) {
                    // Curly apostrophe followed by s = possessive.
                    if scalar == "\u{2019}", i + length < end, bytes[i + length] | 0x20 == 0x73,
                       !isWordByte(bytes, at: i + length + 1, end: end), i > range.lowerBound, isWordByte(bytes, at: i - 1, end: end) {
                        tokens.append(Token(start: Int32(i), end: Int32(i + length + 1), shape: .possessive))
                        i += length + 1
                        continue
                    }
                    tokens.append(Token(start: Int32(i), end: Int32(i + length), shape: .punctuation))
                    i += length
                    continue
                }
            } else if !isASCIIAlnum(b) {
                if b == 0x27, i + 1 < end, bytes[i + 1] | 0x20 == 0x73, !isWordByte(bytes, at: i + 2, end: end),
                   i > range.lowerBound, isWordByte(bytes, at: i - 1, end: end) {
                    tokens.append(Token(start: Int32(i), end: Int32(i + 2), shape: .possessive))
                    i += 2
                    continue
                }
                tokens.append(Token(start: Int32(i), end: Int32(i + 1), shape: .punctuation))
                i += 1
                continue
            }
            // A word or number.
            let start = i
            if let dotted = dottedAbbreviationEnd(bytes, at: i, end: end) {
                let upper = (start..<dotted).allSatisfy { bytes[$0] == 0x2E || (bytes[$0] >= 0x41 && bytes[$0] <= 0x5A) }
                tokens.append(Token(start: Int32(start), end: Int32(dotted), shape: upper ? .upper : .lower))
                i = dotted
                continue
            }
            var upper = 0, lower = 0, digits = 0, letters = 0
            var firstUpper = false
            while i < end {
                let c = bytes[i]
                if c &- 0x61 < 26 {
                    // A run of a–z, the bulk of any text: one test a byte.
                    var j = i + 1
                    while j < end, bytes[j] &- 0x61 < 26 { j += 1 }
                    lower += j - i
                    letters += j - i
                    i = j
                } else if c < 0x80 {
                    if c >= 0x41 && c <= 0x5A { upper += 1; letters += 1; if i == start { firstUpper = true } }
                    else if c >= 0x30 && c <= 0x39 { digits += 1 }
                    else if (c == 0x2C || c == 0x2E || c == 0x3A) && digits > 0 && letters == 0
                                && i + 1 < end && bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39 {
                        // 1,000 / 3.5 / 19:54
                    } else { break }
                    i += 1
                } else {
                    let (scalar, length) = decode(bytes, at: i, end: end)
                    guard isWordScalar(scalar) else { break }
                    letters += 1
                    if scalar.properties.isUppercase { upper += 1; if i == start { firstUpper = true } } else { lower += 1 }
                    i += length
                }
            }
            let shape: Token.Shape
            if letters == 0 { shape = .number }
            else if digits > 0 { shape = .mixed }
            else if firstUpper && lower == 0 { shape = upper == 1 ? .initial : .upper }
            else if firstUpper { shape = .capitalized }
            else { shape = .lower }
            // "J." as an initial keeps its period.
            if shape == .initial, i < end, bytes[i] == 0x2E {
                i += 1
            }
            tokens.append(Token(start: Int32(start), end: Int32(i), shape: shape))
        }
    }

    /// "U.S.", "U.S.A.", "U.N.", "a.m." (and "U.S" without its last period): single letters each
    /// followed by a period, at least two letters.
    private static func dottedAbbreviationEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Int? {
        var i = start
        var count = 0
        while i + 1 < end, isASCIILetter(bytes[i]), bytes[i + 1] == 0x2E {
            count += 1
            i += 2
        }
        if count >= 1, i < end, isASCIILetter(bytes[i]), i + 1 >= end || !isASCIIAlnum(bytes[i + 1]) {
            count += 1
            i += 1
        }
        return count >= 2 ? i : nil
    }

    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isASCIIAlnum(_ b: UInt8) -> Bool { isASCIILetter(b) || (b >= 0x30 && b <= 0x39) }

    private static func isWordByte(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        guard i >= 0, i < end else { return false }
        let b = bytes[i]
        if b < 0x80 { return isASCIIAlnum(b) }
        if b & 0xC0 == 0x80 { return true } // inside a multi-byte letter
        return isWordScalar(decode(bytes, at: i, end: end).0)
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x85: return true
        default: return false
        }
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    /// Decodes the scalar starting at `i`; malformed input counts as one replacement character.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (Unicode.Scalar, Int) {
        let b = bytes[i]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard i + length <= end else { return ("\u{FFFD}", 1) }
        var value = UInt32(length == 1 ? b : length == 2 ? b & 0x1F : length == 3 ? b & 0x0F : b & 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
