/// One word, number or punctuation mark of a document, by UTF-8 byte offsets.
public struct Token: Sendable, Hashable {
    /// Byte offset of the first byte.
    public var start: Int32
    /// Byte offset just past the last byte.
    public var end: Int32
    public var shape: Shape
    /// Vocabulary id of the token's normalized form, or `-1` when no lexicon knows it.
    public var word: Int32 = -1

    public init(start: Int32, end: Int32, shape: Shape) {
        self.start = start
        self.end = end
        self.shape = shape
    }

    public var range: Range<Int> { Int(start)..<Int(end) }
    public var length: Int { Int(end - start) }

    /// What a token looks like, which is most of what name recognition needs.
    public enum Shape: UInt8, Sendable {
        /// All lower case: "phone", "accused".
        case lower
        /// First letter upper case, then not all upper case: "Putin", "McDonald".
        case capitalized
        /// Two or more letters, all upper case, dots allowed: "UNSC", "U.S.", "NATO".
        case upper
        /// A single upper-case letter, with or without a period: "A", "J.".
        case initial
        /// Digits, possibly with separators: "2026", "1,000", "19:54".
        case number
        /// Letters and digits mixed: "G7", "P5+1" pieces.
        case mixed
        /// Any punctuation mark or symbol.
        case punctuation
        /// Apostrophe-s: "'s" or "’s".
        case possessive

        /// Starts with an upper-case letter.
        public var isCapitalized: Bool { self == .capitalized || self == .upper || self == .initial }
        public var isWord: Bool { self != .punctuation && self != .number && self != .possessive }
    }
}
