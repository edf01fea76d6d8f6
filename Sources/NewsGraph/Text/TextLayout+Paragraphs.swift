extension TextLayout.Lines {
    /// Whether the break after each line but the last ends a paragraph (see `TextLayout`).
    func paragraphBreaks() -> [Bool] {
        let n = count
        guard n > 1 else { return [] }
        let wrap = WrapWidth(self)
        var result = [Bool](repeating: true, count: n - 1)
        var paragraphStart = 0
        for k in 0..<(n - 1) {
            let hard = endsParagraph(after: k, paragraphStart: paragraphStart, wrap: wrap)
            result[k] = hard
            if hard { paragraphStart = k + 1 }
        }
        return result
    }

    /// The width a text is wrapped at, if it is, and whether a line reached it.
    struct WrapWidth {
        private enum Unit { case scalars, bytes }
        private var unit: Unit?
        private var width = 0

        init(_ lines: TextLayout.Lines) {
            var widthBytes = 0, widthScalars = 0
            for index in 0..<lines.count where lines[index].breakable {
                widthBytes = max(widthBytes, lines[index].bytes)
                widthScalars = max(widthScalars, lines[index].scalars)
            }
            // Widths beyond this are paragraphs a line, not text wrapped for reading.
            guard min(widthBytes, widthScalars) <= TextLayout.maximumWrapWidth else { return }
            // The breaks a wrapper could have made: between two lines of text, neither a heading,
            // a rule, a list item nor an indented first line.
            var candidates = 0, fullBytes = 0, fullScalars = 0
            for k in 0..<max(0, lines.count - 1) {
                let line = lines[k], next = lines[k + 1]
                guard !line.endsParagraph, !line.isBlank, !next.isBlank, !lines.isHeading(line), !lines.isHeading(next),
                      !lines.isRule(line), !lines.isRule(next), next.indent < line.indent + 2,
                      lines.listMarker(next).map({ $0.isDash }) ?? true else { continue }
                candidates += 1
                if Self.isFull(line, before: next, unit: .bytes, width: widthBytes) { fullBytes += 1 }
                if Self.isFull(line, before: next, unit: .scalars, width: widthScalars) { fullScalars += 1 }
            }
            let byScalars = fullScalars >= 2 && 2 * fullScalars >= candidates
            let byBytes = fullBytes >= 2 && 2 * fullBytes >= candidates
            if byScalars, !byBytes || fullScalars >= fullBytes, widthScalars <= TextLayout.maximumWrapWidth {
                unit = .scalars
                width = widthScalars
            } else if byBytes, widthBytes <= TextLayout.maximumWrapWidth {
                unit = .bytes
                width = widthBytes
            }
        }

        var isWrapped: Bool { unit != nil }

        /// Whether the next line's first word would not have fitted on `line`, give or take an
        /// eighth of the width: the break was the wrapper's. (Wrappers differ: `fold -s` keeps
        /// room for the space after a word, `fmt` and `par` fill lines short of the width.)
        func isFull(_ line: TextLayout.Line, before next: TextLayout.Line) -> Bool {
            Self.isFull(line, before: next, unit: unit, width: width)
        }

        private static func isFull(_ line: TextLayout.Line, before next: TextLayout.Line, unit: Unit?, width: Int) -> Bool {
            let slack = max(1, width / 8)
            switch unit {
            case .scalars: return line.scalars + 1 + next.firstWordScalars > width - slack
            case .bytes: return line.bytes + 1 + next.firstWordBytes > width - slack
            case nil: return false
            }
        }
    }

    private func endsParagraph(after k: Int, paragraphStart: Int, wrap: WrapWidth) -> Bool {
        let line = self[k], next = self[k + 1]
        if line.endsParagraph || line.isBlank || next.isBlank { return true }
        let full = wrap.isFull(line, before: next)
        // Every rule below but the last two ends the paragraph: a short line (every line of text
        // that is not wrapped) before one that does not start in lower case ends it anyway.
        if !full, !startsWithLowercase(next) { return true }
        if isHeading(line) || isHeading(next) || isRule(line) || isRule(next) { return true }
        let itemStart = listMarker(self[paragraphStart])
        if let marker = listMarker(next) {
            // A dash after a full line of wrapped text is a dash inside the sentence ("… agreed to
            // meet\n— the first …"), unless that line ends a sentence or is itself an item.
            if !(marker.isDash && full && itemStart != marker && !endsSentence(line)) { return true }
        }
        // A new paragraph indented on its first line, or an indented block (a list item's own
        // lines are indented under its text).
        if next.indent >= line.indent + 2, itemStart == nil { return true }
        if k == paragraphStart, startsWithCapitalOrDigit(next), isDateline(line) || isByline(line) || isLabel(line) {
            return true
        }
        if startsWithLowercase(next), !endsSentence(line) { return false }
        return !full
    }

    // MARK: Kinds of lines

    /// A list item's marker: a bullet, a dash, or a number or letter ("1.", "2)", "(a)").
    struct ListMarker: Equatable {
        var scalar: UInt32
        var isDash: Bool { scalar == 0x2D || scalar == 0x2013 || scalar == 0x2014 }
    }

    func listMarker(_ line: TextLayout.Line) -> ListMarker? {
        guard !line.isBlank else { return nil }
        let (first, length) = scalar(at: line.textStart, end: line.textEnd)
        let after = line.textStart + length
        switch first {
        case 0x2A, 0x2B, 0x2D, 0x2022, 0x2023, 0x25AA, 0x25CF, 0x25E6, 0xB7, 0x2013, 0x2014:
            // "* ", "+ ", "- ", "• ", "– ", …
            return isSpace(at: after, end: line.textEnd) ? ListMarker(scalar: first) : nil
        default:
            break
        }
        // "1. ", "12) ", "(3) ", "a) ", "(b) "
        var i = line.textStart
        let parenthesized = bytes[i] == 0x28
        if parenthesized { i += 1 }
        let digitsStart = i
        while i < line.textEnd, bytes[i] >= 0x30, bytes[i] <= 0x39, i - digitsStart < 4 { i += 1 }
        var digits = i - digitsStart
        if digits == 0, i < line.textEnd, bytes[i] >= 0x61, bytes[i] <= 0x7A { i += 1; digits = -1 }  // one letter
        guard digits != 0, digits <= 3, i < line.textEnd else { return nil }
        let closer = bytes[i]
        guard closer == 0x29 || (closer == 0x2E && digits > 0 && !parenthesized) else { return nil }
        return isSpace(at: i + 1, end: line.textEnd) ? ListMarker(scalar: 0x31) : nil
    }

    /// A Markdown heading: "# Title", "### Title".
    func isHeading(_ line: TextLayout.Line) -> Bool {
        var i = line.textStart
        while i < line.textEnd, bytes[i] == 0x23, i - line.textStart < 7 { i += 1 }
        let hashes = i - line.textStart
        return hashes >= 1 && hashes <= 6 && (i == line.textEnd || bytes[i] == 0x20 || bytes[i] == 0x09)
    }

    /// A rule or underline: "-----", "=====", "* * *".
    func isRule(_ line: TextLayout.Line) -> Bool {
        var marks = 0
        for i in line.textStart..<line.textEnd {
            switch bytes[i] {
            case 0x2D, 0x3D, 0x5F, 0x2A, 0x7E, 0x23, 0x2B: marks += 1
            case 0x20, 0x09: continue
            default: return false
            }
        }
        return marks >= 3
    }

    /// A dateline: a short line that ends with a date or a time ("16 Jan, 2026 19:54", "Updated
    /// 10 hours ago", "January 16, 2026 7:54 p.m. EST", "2026-01-16").
    func isDateline(_ line: TextLayout.Line) -> Bool {
        var words = words(of: line)
        guard !words.isEmpty, words.count <= 12 else { return false }
        // Trailing "a.m."/"pm" and time zones ("GMT", "EST").
        while words.count > 1, let last = words.last,
              ["am", "pm", "a.m.", "p.m."].contains(last.lowercased()) || (2...5).contains(last.count) && last.allSatisfy(\.isUppercase) {
            words.removeLast()
        }
        let last = words.last!.trimmingTrailing(")],")
        if last.lowercased() == "ago", words.count > 1 { return true }
        let digits = last.filter(\.isNumber)
        // 19:54, 7.54
        if let colon = last.firstIndex(where: { $0 == ":" || $0 == "." }), (1...2).contains(last.distance(from: last.startIndex, to: colon)),
           last[last.index(after: colon)...].count == 2, digits.count == last.count - 1 { return true }
        // 2026, 2026-01-16
        if last.count == 4, digits.count == 4, last.hasPrefix("19") || last.hasPrefix("20") { return true }
        if last.count == 10, digits.count == 8, last.filter({ $0 == "-" }).count == 2 { return true }
        return false
    }

    /// A byline: "By Jane Doe", "BY JANE DOE AND JOHN ROE".
    func isByline(_ line: TextLayout.Line) -> Bool {
        let words = words(of: line)
        guard words.count >= 2, words.count <= 8, words[0] == "By" || words[0] == "BY",
              words[1].first?.isUppercase == true else { return false }
        let connectors: Set<Substring> = ["and", "of", "in", "for", "the", "de", "van", "von", "al", "bin", "&", "|", "/", "-"]
        return words.dropFirst().allSatisfy { $0.first?.isUppercase == true || connectors.contains($0) }
            && words.last?.last != "."
    }

    /// A short label ending in a colon, on a line of its own: "Why it matters:", "What's next:".
    func isLabel(_ line: TextLayout.Line) -> Bool {
        line.bytes >= 2 && bytes[line.textEnd - 1] == 0x3A && words(of: line).count <= 6
    }

    /// Ends with ".", "!" or "?", perhaps followed by closing quotes or brackets.
    func endsSentence(_ line: TextLayout.Line) -> Bool {
        var i = line.textEnd
        while i > line.textStart {
            var start = i - 1
            while start > line.textStart, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let (s, _) = scalar(at: start, end: line.textEnd)
            switch s {
            case 0x22, 0x27, 0x29, 0x5D, 0x2019, 0x201D, 0xBB: i = start   // closing quotes, brackets
            case 0x2E, 0x21, 0x3F, 0x2026: return true
            default: return false
            }
        }
        return false
    }

    func startsWithLowercase(_ line: TextLayout.Line) -> Bool {
        guard !line.isBlank else { return false }
        let b = bytes[line.textStart]
        if b < 0x80 { return b >= 0x61 && b <= 0x7A }
        return Unicode.Scalar(scalar(at: line.textStart, end: line.textEnd).value)?.properties.isLowercase ?? false
    }

    func startsWithCapitalOrDigit(_ line: TextLayout.Line) -> Bool {
        guard !line.isBlank else { return false }
        let b = bytes[line.textStart]
        if b < 0x80 { return (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) }
        return Unicode.Scalar(scalar(at: line.textStart, end: line.textEnd).value)?.properties.isUppercase ?? false
    }

    // MARK: Bytes

    private func words(of line: TextLayout.Line) -> [Substring] {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[line.textStart..<line.textEnd]), as: UTF8.self)
        return text.split(whereSeparator: \.isWhitespace)
    }

    private func isSpace(at i: Int, end: Int) -> Bool {
        i < end && TextLayout.Lines.space(bytes, at: i, end: end) != nil
    }

    /// The scalar value at `i` and its length in bytes.
    private func scalar(at i: Int, end: Int) -> (value: UInt32, length: Int) {
        let b = bytes[i]
        let length = min(TextLayout.Lines.scalarLength(b), end - i)
        guard length > 1 else { return (UInt32(b), 1) }
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (value, length)
    }
}

private extension Substring {
    func trimmingTrailing(_ characters: String) -> Substring {
        var result = self
        while let last = result.last, characters.contains(last) { result = result.dropLast() }
        return result
    }
}
