/// How a text's lines make paragraphs: which line breaks end a paragraph and which only wrap
/// running text and read as a space.
///
/// A paragraph ends at a blank line, a form feed or paragraph separator, before a list item, a
/// heading or a rule, before a line indented further than the one above it, after a dateline or a
/// byline, and after a line that stops short of the width the text is wrapped at. A line break
/// anywhere else is running text wrapped to a width (e-mail, wire copy, `fold -s -w 60`): a space.
///
/// Whether a text is wrapped, and at what width, is read from the text: the width is its longest
/// line that has a space to break at, and the text is wrapped when at least two breaks, and at
/// least half of those between two lines of text, came where the next line's first word would not
/// have fitted. Widths are counted in Unicode scalars and in bytes (`fold` counts bytes), and the
/// count that explains more breaks is used. In a text that is not wrapped (a paragraph a line, as
/// most articles are saved) every line break ends a paragraph, except before a line that starts in
/// lower case, which cannot start a sentence.
///
/// LF, CR LF, CR, NEL, U+2028 and U+2029 all end lines; no-break and other Unicode spaces count
/// as white space.
enum TextLayout {
    /// The widest text taken for wrapped, in scalars or bytes: text is wrapped for reading, at 60
    /// to 80 columns most often; lines longer than this are paragraphs of their own.
    static let maximumWrapWidth = 250

    /// A text rewritten for the sentence breaker, with the same length and offsets: every line
    /// break inside a paragraph is spaces, every paragraph break a line feed (padded with spaces
    /// where the original took more bytes).
    struct Flow {
        var bytes: [UInt8]
        /// The white space of each line break read as a space, from the end of one line's text to
        /// the start of the next one's ("Mr. \nPutin": " \n"): the sentence breaker must see it as
        /// one space (ICU no longer recognizes "Mr." before two).
        var joins: [Range<Int>]
    }

    /// The text with its layout resolved; nil when that is the text itself (line feeds only, each
    /// ending a paragraph).
    static func flow(_ bytes: UnsafeBufferPointer<UInt8>) -> Flow? {
        // One line (a text without line breaks, as many records are): nothing to resolve.
        guard Lines.hasTerminator(bytes) else { return nil }
        let lines = Lines(bytes)
        guard lines.count > 0 else { return nil }
        let breaks = lines.paragraphBreaks()
        // Nothing to rewrite: every break is a plain line feed that ends a paragraph.
        if breaks.allSatisfy({ $0 }), lines.onlyLineFeeds { return nil }
        var flow = Flow(bytes: Array(bytes), joins: [])
        for k in 0..<lines.count {
            let line = lines[k]
            guard line.end < line.next else { continue }   // the last line, without a terminator
            let hard = k < breaks.count ? breaks[k] : true
            flow.bytes[line.end] = hard ? 0x0A : 0x20
            for i in (line.end + 1)..<line.next { flow.bytes[i] = 0x20 }
            if !hard { flow.joins.append(line.textEnd..<lines[k + 1].textStart) }
        }
        return flow
    }

    /// ``flow(_:)``'s bytes.
    static func flowed(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        flow(bytes)?.bytes
    }

    /// Whether each line break (after line k, for k in 0..<count - 1) ends a paragraph.
    static func paragraphBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> [Bool] {
        Lines(bytes).paragraphBreaks()
    }
}

extension TextLayout {
    /// One line of the text, by byte offsets.
    struct Line {
        /// The first byte of the line and the end of its content (where its terminator starts).
        var start: Int, end: Int
        /// Where the next line starts (after the terminator).
        var next: Int
        /// The terminator is a form feed, vertical tab or paragraph separator: a paragraph ends.
        var endsParagraph = false
        /// The content without leading and trailing white space.
        var textStart: Int, textEnd: Int
        /// Columns of leading white space (a tab counts as 8).
        var indent = 0
        /// The trimmed content's length in bytes and in Unicode scalars.
        var bytes = 0, scalars = 0
        /// The length of the first word of the trimmed content, in bytes and scalars.
        var firstWordBytes = 0, firstWordScalars = 0
        /// Has white space inside: a wrapper could have broken it.
        var breakable = false

        var isBlank: Bool { textStart == textEnd }
    }
}
