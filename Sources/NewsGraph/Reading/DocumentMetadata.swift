import Foundation

/// The title and publication date an article states about itself near its top.
struct DocumentMetadata: Equatable {
    var title: String?
    var date: NewsDate?

    /// How far into the text the header is looked for, in Unicode scalars (not characters: one
    /// character can hold any number of combining marks, and the header must stay small).
    static let headerLength = 1200

    static let monthNumbers: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    static func detect(in text: String, format: DocumentFormat) -> DocumentMetadata {
        var text = text
        return text.withUTF8 { bytes in
            // The first `headerLength` scalars (a scalar starts at every byte that is not a
            // continuation byte).
            var end = 0
            var scalars = 0
            while end < bytes.count {
                if bytes[end] & 0xC0 != 0x80 {
                    if scalars == headerLength { break }
                    scalars += 1
                }
                end += 1
            }
            let header = UnsafeBufferPointer(rebasing: bytes[..<end])
            // Wrapped lines, CR line ends…: read the header with its paragraphs resolved, each a line.
            if let flowed = TextLayout.flowed(header) {
                return flowed.withUnsafeBufferPointer { detect(header: $0, format: format, joiningSpaces: true) }
            }
            return detect(header: header, format: format, joiningSpaces: false)
        }
    }

    /// Title and date from the header, whose line feeds each end a paragraph; `joiningSpaces`
    /// makes each run of spaces in a line one (where wrapped lines were joined).
    private static func detect(header: UnsafeBufferPointer<UInt8>, format: DocumentFormat, joiningSpaces: Bool) -> DocumentMetadata {
        // A title is the first line (or a Markdown heading): a few lines are enough.
        var lines: [String] = []
        var start = 0
        while lines.count < 12, start <= header.count {
            let stop = header[start...].firstIndex(of: 0x0A) ?? header.count
            var first = start, last = stop
            // (Spaces, tabs, CRs and no-break spaces, C2 A0.)
            while first < last {
                if [0x20, 0x09, 0x0D].contains(header[first]) { first += 1 }
                else if header[first] == 0xC2, first + 1 < last, header[first + 1] == 0xA0 { first += 2 }
                else { break }
            }
            while last > first {
                if [0x20, 0x09, 0x0D].contains(header[last - 1]) { last -= 1 }
                else if header[last - 1] == 0xA0, last - 2 >= first, header[last - 2] == 0xC2 { last -= 2 }
                else { break }
            }
            let line = String(decoding: header[first..<last], as: UTF8.self)
            lines.append(joiningSpaces ? line.split(whereSeparator: \.isWhitespace).joined(separator: " ") : line)
            start = stop + 1
        }
        return DocumentMetadata(title: title(lines: lines, format: format), date: date(in: header))
    }

    /// The first line, when it stands alone and reads like a headline.
    static func title(lines: [String], format: DocumentFormat) -> String? {
        if format == .markdown, let heading = lines.first(where: { $0.hasPrefix("# ") }) {
            return String(heading.dropFirst(2)).trimmingCharacters(in: .whitespaces)
        }
        guard let index = lines.firstIndex(where: { !$0.isEmpty }), index + 1 < lines.count else { return nil }
        let line = lines[index]
        guard line.count >= 8, line.count <= 160, let last = line.last,
              !".!?:;,".contains(last), date(in: line) == nil,
              line.split(separator: " ").count >= 2 else { return nil }
        return line
    }

    /// The first date written in one of the usual news forms: "2026-01-16", "16 Jan, 2026",
    /// "16 January 2026", "Jan. 16, 2026", "January 16 2026".
    ///
    /// A scan over the UTF-8 bytes rather than regular expressions: it runs on every document.
    static func date(in text: String) -> NewsDate? {
        var text = text
        return text.withUTF8 { date(in: UnsafeBufferPointer(rebasing: $0.prefix(headerLength * 4))) }
    }

    /// ``date(in:)-(String)`` over UTF-8 bytes.
    private static func date(in bytes: UnsafeBufferPointer<UInt8>) -> NewsDate? {
        struct Piece {
            var start: Int, end: Int          // bytes of the word or number
            var isNumber: Bool
            var separator: Range<Int>         // what follows, up to the next word
        }
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func number(_ p: Piece, digits: ClosedRange<Int>) -> Int? {
            guard p.isNumber, digits.contains(p.end - p.start) else { return nil }
            return bytes[p.start..<p.end].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        func month(_ p: Piece) -> Int? {
            guard !p.isNumber, (3...9).contains(p.end - p.start) else { return nil }
            return monthNumbers[String(decoding: bytes[p.start..<p.end], as: UTF8.self).lowercased()]
        }
        func spaced(_ separator: Range<Int>) -> Bool {
            // Spaces, commas, periods and no-break spaces (C2 A0) only.
            !separator.isEmpty && separator.allSatisfy { [0x20, 0x2C, 0x2E, 0xC2, 0xA0].contains(bytes[$0]) }
        }
        func dash(_ separator: Range<Int>) -> Bool { separator.count == 1 && bytes[separator.lowerBound] == 0x2D }
        // Slide over the words and numbers, three at a time, and stop at the first date.
        // The last three pieces, oldest first (shifted by hand: no array to grow and shrink per word).
        var a = Piece(start: 0, end: 0, isNumber: false, separator: 0..<0), b = a, c = a
        var seen = 0
        var i = 0
        while i < bytes.count {
            let isNumber = isDigit(bytes[i])
            guard isNumber || isLetter(bytes[i]) else { i += 1; continue }
            var j = i
            while j < bytes.count, isNumber ? isDigit(bytes[j]) : isLetter(bytes[j]) { j += 1 }
            var k = j
            while k < bytes.count, !isDigit(bytes[k]), !isLetter(bytes[k]), k - j < 4 { k += 1 }
            (a, b, c) = (b, c, Piece(start: i, end: j, isNumber: isNumber, separator: j..<k))
            seen += 1
            i = k
            guard seen >= 3 else { continue }
            // 2026-01-16
            if let y = number(a, digits: 4...4), dash(a.separator), let m = number(b, digits: 2...2), dash(b.separator),
               let d = number(c, digits: 2...2), let date = NewsDate(year: y, month: m, day: d) { return date }
            // 16 Jan, 2026
            if let d = number(a, digits: 1...2), spaced(a.separator), let m = month(b), spaced(b.separator),
               let y = number(c, digits: 4...4), let date = NewsDate(year: y, month: m, day: d) { return date }
            // Jan. 16, 2026
            if let d = number(b, digits: 1...2), spaced(b.separator), let y = number(c, digits: 4...4),
               spaced(a.separator), let m = month(a), let date = NewsDate(year: y, month: m, day: d) { return date }
        }
        return nil
    }
}
