/// A document's text prepared for extraction: UTF-8 bytes, sentences and tokens, every token
/// carrying the lexicon id of its normalized form.
///
/// Everything is indexed by UTF-8 byte offsets; `scalarOffset(_:)` converts to the Unicode scalar
/// offsets the model's evidence uses.
public struct AnalyzedText: Sendable {
    public let bytes: [UInt8]
    public private(set) var tokens: [Token] = []
    /// Byte range of each sentence.
    public private(set) var sentenceRanges: [Range<Int>] = []
    /// Token index range of each sentence.
    public private(set) var sentenceTokens: [Range<Int>] = []
    /// The normalized form of every token ("U.S." → "us"), computed once.
    public private(set) var forms: [String] = []
    /// `WordForm.prefixKey` of every normalized form.
    public private(set) var formPrefixKeys: [UInt32] = []
    /// Whether a line break inside a sentence was read as a space (the text is wrapped).
    private var hasWraps = false
    /// Scalar offset of every 64th byte, for fast conversion.
    private var scalarCheckpoints: [Int] = []

    public init(_ text: String, lexicon: PhraseLexicon) {
        bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            (sentenceRanges, hasWraps) = SentenceSegmenter.sentencesAndWraps(buffer)
            tokens.reserveCapacity(buffer.count / 5)
            for range in sentenceRanges {
                let first = tokens.count
                Tokenizer.tokenize(buffer, range: range, into: &tokens)
                sentenceTokens.append(first..<tokens.count)
            }
            forms.reserveCapacity(tokens.count)
            formPrefixKeys.reserveCapacity(tokens.count)
            let scratchSize = 64
            let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: scratchSize)
            defer { scratch.deallocate() }
            for index in tokens.indices {
                let (form, prefixKey, word) = WordForm.normalizeAndLookUp(buffer, tokens[index].range, in: lexicon,
                                                                          scratch: scratch, scratchSize: scratchSize)
                forms.append(form)
                formPrefixKeys.append(prefixKey)
                tokens[index].word = word
            }
            // ASCII text (most news) needs no conversion: a byte offset is a scalar offset.
            guard !Self.isASCII(buffer) else { return }
            scalarCheckpoints.reserveCapacity(buffer.count / 64 + 1)
            var scalars = 0
            for i in 0..<buffer.count {
                if i & 63 == 0 { scalarCheckpoints.append(scalars) }
                if buffer[i] & 0xC0 != 0x80 { scalars += 1 }
            }
        }
    }

    public var sentenceCount: Int { sentenceRanges.count }

    /// The text of a byte range.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The text of a token range: from the first token's start to the last token's end, with the
    /// line breaks of wrapped text read as spaces ("Vladimir\nPutin" → "Vladimir Putin": a name
    /// is the same however its article is wrapped).
    public func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let bytes = Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
        guard hasWraps, range.count > 1, hasLineBreak(bytes) else { return text(bytes) }
        return String(decoding: Self.joiningLines(self.bytes[bytes]), as: UTF8.self)
    }

    /// Whether the bytes hold a line terminator (LF, CR, VT, FF, NEL, U+2028, U+2029).
    private func hasLineBreak(_ range: Range<Int>) -> Bool {
        for i in range {
            let b = bytes[i]
            if b >= 0x0A && b <= 0x0D { return true }
            if b == 0x85, i > range.lowerBound, bytes[i - 1] == 0xC2 { return true }
            if b == 0xA8 || b == 0xA9, i >= range.lowerBound + 2, bytes[i - 1] == 0x80, bytes[i - 2] == 0xE2 { return true }
        }
        return false
    }

    /// Each run of white space that holds a line break, as one space.
    static func joiningLines(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            var j = i
            var lineBreak = false
            while j < bytes.endIndex {
                let b = bytes[j]
                if b == 0x20 || b == 0x09 { j += 1; continue }
                if b >= 0x0A && b <= 0x0D { lineBreak = true; j += 1; continue }
                if b == 0xC2, j + 1 < bytes.endIndex, bytes[j + 1] == 0x85 || bytes[j + 1] == 0xA0 {
                    lineBreak = lineBreak || bytes[j + 1] == 0x85
                    j += 2
                    continue
                }
                if b == 0xE2, j + 2 < bytes.endIndex, bytes[j + 1] == 0x80, bytes[j + 2] == 0xA8 || bytes[j + 2] == 0xA9 {
                    lineBreak = true
                    j += 3
                    continue
                }
                break
            }
            if j == i {
                result.append(bytes[i])
                i += 1
            } else {
                if lineBreak { result.append(0x20) } else { result.append(contentsOf: bytes[i..<j]) }
                i = j
            }
        }
        return result
    }

    public func text(of token: Token) -> String { text(token.range) }

    /// The normalized form of the token at `index` ("U.S." → "us"); empty past the end.
    public func form(_ index: Int) -> String {
        index >= 0 && index < forms.count ? forms[index] : ""
    }

    /// The Unicode scalar offset of a byte offset (which must start a scalar).
    public func scalarOffset(_ byte: Int) -> Int {
        guard byte > 0 else { return 0 }
        guard !scalarCheckpoints.isEmpty else { return byte }  // ASCII
        let checkpoint = min(byte >> 6, scalarCheckpoints.count - 1)
        var scalars = scalarCheckpoints[checkpoint]
        var i = checkpoint << 6
        while i < byte {
            if bytes[i] & 0xC0 != 0x80 { scalars += 1 }
            i += 1
        }
        return scalars
    }

    /// Whether every byte is ASCII, eight bytes at a time.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
        var i = 0
        while i + 8 <= bytes.count {
            if base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < bytes.count {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// The sentence holding token `index`.
    public func sentence(ofToken index: Int) -> Int {
        var low = 0, high = sentenceTokens.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sentenceTokens[mid].lowerBound <= index { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
