import Foundation

/// The title and publication date an article states about itself near its top.
struct DocumentMetadata: Equatable {
    var title: String?
    var date: NewsDate?

    /// How far into the text the header is looked for.
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
        let header = String(text.prefix(headerLength))
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

    private static var numericDate: Regex<(Substring, Substring, Substring, Substring)> { /\b(\d{4})-(\d{2})-(\d{2})\b/ }
    // "16 Jan, 2026", "16 January 2026", "16 Jan. 2026"
    private static var dayMonthYear: Regex<(Substring, Substring, Substring, Substring)> { /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/ }
    // "Jan 16, 2026", "January 16 2026", "Jan. 16, 2026"
    private static var monthDayYear: Regex<(Substring, Substring, Substring, Substring)> { /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/ }

    /// The first date written in one of the usual news forms.
    static func date(in text: String) -> NewsDate? {
        var best: (offset: Int, date: NewsDate)?
        func consider(_ offset: String.Index, _ date: NewsDate?) {
            guard let date else { return }
            let position = text.distance(from: text.startIndex, to: offset)
            if best == nil || position < best!.offset { best = (position, date) }
        }
        if let m = text.firstMatch(of: numericDate) {
            consider(m.range.lowerBound, NewsDate(year: Int(m.1)!, month: Int(m.2)!, day: Int(m.3)!))
        }
        for m in text.matches(of: dayMonthYear) {
            if let month = monthNumbers[m.2.lowercased()] {
                consider(m.range.lowerBound, NewsDate(year: Int(m.3)!, month: month, day: Int(m.1)!))
                break
            }
        }
        for m in text.matches(of: monthDayYear) {
            if let month = monthNumbers[m.1.lowercased()] {
                consider(m.range.lowerBound, NewsDate(year: Int(m.3)!, month: month, day: Int(m.2)!))
                break
            }
        }
        return best?.date
    }
}
