import CICU

/// Finds sentence boundaries with ICU's sentence break iterator (locale `en_US@ss=standard`, which
/// does not break after common abbreviations such as "Mr." or "U.S."), then repairs what ICU gets
/// wrong in news text: breaks between initials ("J. R. R. Tolkien") are undone, and every paragraph
/// break ends a sentence (headings, list items and datelines stand on their own lines).
///
/// Paragraphs come from `TextLayout`: a line break inside wrapped running text is a space, so the
/// same article wrapped at any width, with any line ends, gives the same sentences (their ranges
/// still point at the text as read, line breaks included).
///
/// No sentence is longer than `maximumSentenceLength` bytes: text without sentence punctuation (a
/// transcript, a list of thousands of names) is cut at a clause boundary before it, so that the
/// work per sentence, and with it the time per document, stays bounded by the text's length.
public enum SentenceSegmenter {
    /// The longest sentence, in UTF-8 bytes: far above real ones (the longest of the 26,000
    /// sentences of the UD English treebanks has 771 bytes).
    public static let maximumSentenceLength = 2000

    /// Byte ranges of the sentences of `bytes`, without leading and trailing white space.
    public static func sentences(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        sentencesAndWraps(bytes).sentences
    }

    /// The sentences, and whether any line break was read as a space (a sentence may hold one).
    static func sentencesAndWraps(_ bytes: UnsafeBufferPointer<UInt8>) -> (sentences: [Range<Int>], wraps: Bool) {
        guard bytes.count > 0 else { return ([], false) }
        // The text with its layout resolved (same length, same offsets).
        guard let flow = TextLayout.flow(bytes) else { return (segment(bytes, cuts: boundaries(bytes)), false) }
        return flow.bytes.withUnsafeBufferPointer { flowed in
            (segment(flowed, cuts: boundaries(flowed, joining: flow.joins)), !flow.joins.isEmpty)
        }
    }

    /// ICU's sentence boundaries of `bytes` (0 and `bytes.count` included), each of `joins` read
    /// as one space: ICU is given a copy without the rest of their white space, and its
    /// boundaries are mapped back.
    private static func boundaries(_ bytes: UnsafeBufferPointer<UInt8>, joining joins: [Range<Int>] = []) -> [Int] {
        guard joins.contains(where: { $0.count > 1 }) else { return icuBoundaries(bytes) }
        var compact: [UInt8] = []
        var origin: [Int32] = []
        compact.reserveCapacity(bytes.count)
        origin.reserveCapacity(bytes.count + 1)
        var i = 0
        for join in joins where join.count > 1 {
            while i < join.lowerBound { compact.append(bytes[i]); origin.append(Int32(i)); i += 1 }
            compact.append(0x20)
            origin.append(Int32(join.lowerBound))
            i = join.upperBound
        }
        while i < bytes.count { compact.append(bytes[i]); origin.append(Int32(i)); i += 1 }
        origin.append(Int32(bytes.count))
        return compact.withUnsafeBufferPointer { icuBoundaries($0) }.map { Int(origin[$0]) }
    }

    private static func icuBoundaries(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return [0] }
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
        return cuts
    }

    /// The sentences of a text whose line feeds all end paragraphs, from ICU's boundaries.
    private static func segment(_ bytes: UnsafeBufferPointer<UInt8>, cuts: [Int]) -> [Range<Int>] {
        guard bytes.count > 0 else { return [] }
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
                if s < e { appendBounded(bytes, s, e, into: &result) }
                lineStart = i + 1
            }
            i += 1
        }
    }

    /// Appends a trimmed sentence, cut into pieces of at most `maximumSentenceLength` bytes: each
    /// cut after the last clause mark ("; ", ": ", " — "), else comma, else space of the second half
    /// of the piece, else inside a word (at a scalar boundary).
    private static func appendBounded(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                                      into result: inout [Range<Int>]) {
        var s = start
        while end - s > maximumSentenceLength {
            let limit = s + maximumSentenceLength
            var clause = -1, comma = -1, space = -1
            var j = limit
            while j > s + maximumSentenceLength / 2, clause < 0 {
                if bytes[j] == 0x20 {
                    let before = bytes[j - 1]
                    if before == 0x3B || before == 0x3A || (j >= 3 && bytes[j - 3] == 0xE2 && bytes[j - 2] == 0x80 && before == 0x94) {
                        clause = j
                    } else if before == 0x2C, comma < 0 {
                        comma = j
                    } else if space < 0 {
                        space = j
                    }
                }
                j -= 1
            }
            var cut = clause >= 0 ? clause : comma >= 0 ? comma : space
            if cut < 0 {
                cut = limit
                while cut > s + 1, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            }
            var e = cut
            while e > s, isTrimmable(bytes, e - 1) { e -= 1 }
            if s < e { result.append(s..<e) }
            s = cut
            while s < end, isTrimmable(bytes, s) { s += 1 }
        }
        if s < end { result.append(s..<end) }
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
