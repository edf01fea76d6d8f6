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
        let header = String(String.UnicodeScalarView(text.unicodeScalars.prefix(headerLength)))
        let lines = header.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
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
    /// A scan over words and numbers rather than regular expressions: it runs on every document.
    static func date(in text: String) -> NewsDate? {
        // Words and numbers of the header, with the separators that follow each.
        var pieces: [(text: Substring, isNumber: Bool, separator: Substring)] = []
        var i = text.startIndex
        while i < text.endIndex, pieces.count < 400 {
            let c = text[i]
            guard c.isLetter || c.isNumber else { i = text.index(after: i); continue }
            let isNumber = c.isASCII && c.isNumber
            var j = i
            while j < text.endIndex, isNumber ? (text[j].isASCII && text[j].isNumber) : text[j].isLetter { j = text.index(after: j) }
            var k = j
            while k < text.endIndex, !(text[k].isLetter || text[k].isNumber), text.distance(from: j, to: k) < 4 { k = text.index(after: k) }
            pieces.append((text[i..<j], isNumber, text[j..<k]))
            i = k
        }
        func number(_ p: (text: Substring, isNumber: Bool, separator: Substring), digits: ClosedRange<Int>) -> Int? {
            p.isNumber && digits.contains(p.text.count) ? Int(p.text) : nil
        }
        func month(_ p: (text: Substring, isNumber: Bool, separator: Substring)) -> Int? {
            p.isNumber ? nil : monthNumbers[p.text.lowercased()]
        }
        func spaced(_ separator: Substring) -> Bool {
            !separator.isEmpty && separator.allSatisfy { $0 == " " || $0 == "," || $0 == "." || $0 == "\u{A0}" }
        }
        for n in pieces.indices where n + 2 < pieces.count {
            let (a, b, c) = (pieces[n], pieces[n + 1], pieces[n + 2])
            // 2026-01-16
            if let y = number(a, digits: 4...4), a.separator == "-", let m = number(b, digits: 2...2), b.separator == "-",
               let d = number(c, digits: 2...2), let date = NewsDate(year: y, month: m, day: d) { return date }
            // 16 Jan, 2026
            if let d = number(a, digits: 1...2), spaced(a.separator), let m = month(b), spaced(b.separator),
               let y = number(c, digits: 4...4), let date = NewsDate(year: y, month: m, day: d) { return date }
            // Jan. 16, 2026
            if let m = month(a), spaced(a.separator), let d = number(b, digits: 1...2), spaced(b.separator),
               let y = number(c, digits: 4...4), let date = NewsDate(year: y, month: m, day: d) { return date }
        }
        return nil
    }
}
