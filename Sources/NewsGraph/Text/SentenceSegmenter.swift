import CICU

/// Finds sentence boundaries with ICU's sentence break iterator (locale `en_US@ss=standard`, which
/// does not break after common abbreviations such as "Mr." or "U.S."), then repairs what ICU gets
/// wrong in news text: breaks between initials ("J. R. R. Tolkien") are undone, and every line
/// break ends a sentence (headings and datelines stand on their own lines).
public enum SentenceSegmenter {
    /// Byte ranges of the sentences of `bytes`, without leading and trailing white space.
    public static func sentences(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return [] }
        var boundaries = [Int32](repeating: 0, count: 64)
        var count: Int32 = -1
        // ICU needs room for every boundary; grow until it fits.
        var capacity = max(64, bytes.count / 40)
        while true {
            boundaries = [Int32](repeating: 0, count: capacity)
            count = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                newsgraph_sentence_boundaries(chars, Int64(bytes.count), "en_US@ss=standard", &boundaries, Int32(capacity))
            }
            if count < Int32(capacity) || capacity >= bytes.count + 2 { break }
            capacity = min(bytes.count + 2, capacity * 4)
        }
        var cuts: [Int] = count > 0 ? boundaries.prefix(Int(count)).map(Int.init) : [0, bytes.count]
        if cuts.first != 0 { cuts.insert(0, at: 0) }
        if cuts.last != bytes.count { cuts.append(bytes.count) }

        var result: [Range<Int>] = []
        var pendingStart: Int?
        for k in 0..<(cuts.count - 1) {
            let start = pendingStart ?? cuts[k]
            let end = cuts[k + 1]
            // An initial ("J. "), or an abbreviation before a number ("Nov. 10", "No. 10"): keep going.
            if end < bytes.count, endsWithInitial(bytes, start: start, end: end)
                || endsWithAbbreviationBeforeNumber(bytes, start: start, end: end) {
                pendingStart = start
                continue
            }
            pendingStart = nil
            splitLines(bytes, start: start, end: end, into: &result)
        }
        if let start = pendingStart { splitLines(bytes, start: start, end: bytes.count, into: &result) }
        return result
    }

    /// Whether the segment ends in "<space>X. " (a single upper-case letter and a period).
    private static func endsWithInitial(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        var j = end
        while j > start, bytes[j - 1] == 0x20 { j -= 1 }
        guard j - start >= 2, bytes[j - 1] == 0x2E else { return false }
        let letter = bytes[j - 2]
        guard letter >= 0x41, letter <= 0x5A else { return false }
        return j - 3 < start || bytes[j - 3] == 0x20 || bytes[j - 3] == 0x2E
    }

    /// Whether the segment ends in a short capitalized word and a period ("Nov.", "No.", "Art.")
    /// and the next one starts with a digit.
    private static func endsWithAbbreviationBeforeNumber(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        var next = end
        while next < bytes.count, bytes[next] == 0x20 { next += 1 }
        guard next < bytes.count, bytes[next] >= 0x30, bytes[next] <= 0x39 else { return false }
        var j = end
        while j > start, bytes[j - 1] == 0x20 { j -= 1 }
        guard j - start >= 3, bytes[j - 1] == 0x2E else { return false }
        var k = j - 1
        while k > start, (bytes[k - 1] | 0x20) >= 0x61, (bytes[k - 1] | 0x20) <= 0x7A { k -= 1 }
        let letters = j - 1 - k
        guard (2...4).contains(letters), bytes[k] >= 0x41, bytes[k] <= 0x5A else { return false }
        return k == start || bytes[k - 1] == 0x20 || bytes[k - 1] == 0x2C
    }

    /// Appends the lines of a segment as sentences, trimmed, skipping blank ones.
    private static func splitLines(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, into result: inout [Range<Int>]) {
        var lineStart = start
        var i = start
        while i <= end {
            if i == end || bytes[i] == 0x0A {
                var s = lineStart, e = i
                while s < e, isTrimmable(bytes, s) { s += 1 }
                while e > s, isTrimmable(bytes, e - 1) { e -= 1 }
                if s < e { result.append(s..<e) }
                lineStart = i + 1
            }
            i += 1
        }
    }

    @inline(__always)
    private static func isTrimmable(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A { return true }
        // U+00A0 no-break space (C2 A0), as seen in pasted articles.
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return true }
        if b == 0xA0, i > 0, bytes[i - 1] == 0xC2 { return true }
        return false
    }
}
