extension TextLayout {
    /// The lines of a text and what paragraph detection needs to know of each, in one pass over
    /// its UTF-8 bytes.
    struct Lines {
        let bytes: UnsafeBufferPointer<UInt8>
        private(set) var lines: [Line] = []
        /// Every terminator is a line feed (no CR, NEL, U+2028/9, form feed or vertical tab).
        private(set) var onlyLineFeeds = true

        var count: Int { lines.count }
        subscript(index: Int) -> Line { lines[index] }

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            let n = bytes.count
            var start = 0
            var i = 0
            while i < n {
                let b = bytes[i]
                // Only these bytes can start a line terminator: 0A–0D, C2 (NEL), E2 (U+2028/9).
                guard b &- 0x0A < 4 || b == 0xC2 || b == 0xE2 else {
                    i += 1
                    continue
                }
                var length = 0
                var endsParagraph = false
                switch b {
                case 0x0A: length = 1
                case 0x0D: length = i + 1 < n && bytes[i + 1] == 0x0A ? 2 : 1
                case 0x0B, 0x0C: length = 1; endsParagraph = true
                case 0xC2: if i + 1 < n, bytes[i + 1] == 0x85 { length = 2 }                    // NEL
                default:
                    if i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                        length = 3                                                          // U+2028, U+2029
                        endsParagraph = bytes[i + 2] == 0xA9
                    }
                }
                guard length > 0 else { i += 1; continue }
                if b != 0x0A { onlyLineFeeds = false }
                lines.append(measure(start: start, end: i, next: i + length, endsParagraph: endsParagraph))
                i += length
                start = i
            }
            lines.append(measure(start: start, end: n, next: n, endsParagraph: false))
        }

        /// Whether the text holds a line terminator at all.
        static func hasTerminator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                if b &- 0x0A < 4 { return true }
                if b == 0xC2, i + 1 < n, bytes[i + 1] == 0x85 { return true }
                if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return true }
                i += 1
            }
            return false
        }

        /// A line's trimmed extent, indentation, lengths and first word.
        private func measure(start: Int, end: Int, next: Int, endsParagraph: Bool) -> Line {
            var line = Line(start: start, end: end, next: next, endsParagraph: endsParagraph, textStart: end, textEnd: end)
            var i = start
            while i < end, let space = Self.space(bytes, at: i, end: end) {
                line.indent = space.isTab ? (line.indent / 8 + 1) * 8 : line.indent + 1
                i += space.length
            }
            guard i < end else { return line }
            line.textStart = i
            var scalars = 0
            var lastEnd = i, lastScalars = 0
            var spaceSeen = false
            var firstWordDone = false
            while i < end {
                // A run of printable ASCII other than the space, most of any line: one test a byte.
                if bytes[i] &- 0x21 < 0x5E {
                    if spaceSeen { line.breakable = true }
                    var j = i + 1
                    while j < end, bytes[j] &- 0x21 < 0x5E { j += 1 }
                    scalars += j - i
                    i = j
                    lastEnd = i
                    lastScalars = scalars
                    continue
                }
                if let space = Self.space(bytes, at: i, end: end) {
                    if !firstWordDone {
                        firstWordDone = true
                        line.firstWordBytes = i - line.textStart
                        line.firstWordScalars = scalars
                    }
                    spaceSeen = true
                    scalars += 1
                    i += space.length
                    continue
                }
                if spaceSeen { line.breakable = true }
                i = min(end, i + Self.scalarLength(bytes[i]))
                scalars += 1
                lastEnd = i
                lastScalars = scalars
            }
            line.textEnd = lastEnd
            line.bytes = lastEnd - line.textStart
            line.scalars = lastScalars
            if !firstWordDone {
                line.firstWordBytes = line.bytes
                line.firstWordScalars = line.scalars
            }
            return line
        }

        /// The white-space scalar at `i` (space, tab, no-break space, the Unicode spaces), if any.
        @inline(__always)
        static func space(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (length: Int, isTab: Bool)? {
            let b = bytes[i]
            if b == 0x20 { return (1, false) }
            if b == 0x09 { return (1, true) }
            if b < 0xC2 { return nil }
            if b == 0xC2 { return i + 1 < end && bytes[i + 1] == 0xA0 ? (2, false) : nil }
            guard i + 2 < end else { return nil }
            let c = bytes[i + 1], d = bytes[i + 2]
            switch b {
            case 0xE2 where c == 0x80 && (d <= 0x8B || d == 0xAF): return (3, false)   // U+2000–200B, U+202F
            case 0xE2 where c == 0x81 && d == 0x9F: return (3, false)                  // U+205F
            case 0xE3 where c == 0x80 && d == 0x80: return (3, false)                  // U+3000
            default: return nil
            }
        }

        @inline(__always)
        static func scalarLength(_ lead: UInt8) -> Int {
            lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        }
    }
}
