/// Extracts readable text from HTML: the content of the page without markup, scripts or styles,
/// with block elements on their own lines and character references decoded.
///
/// A tolerant scanner rather than an XML parser: real-world HTML is rarely well-formed.
enum HTMLText {
    struct Extracted: Equatable {
        var text: String
        var title: String?
    }

    /// Elements whose content is raw text that only their own end tag closes ("a < b" in a script
    /// is not a tag).
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "xmp", "plaintext"]
    /// The longest title kept, in Unicode scalars; a longer `<title>` is cut.
    static let maximumTitleLength = 500
    /// Elements whose content is never article text.
    static let skippedElements: Set<String> = ["script", "style", "noscript", "template", "svg", "head", "nav", "footer", "iframe", "button", "form"]
    /// Elements that start a new line.
    static let blockElements: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
        "section", "article", "header", "blockquote", "pre", "figure", "figcaption", "hr", "dd", "dt", "main", "aside", "title",
    ]

    static func extract(_ html: String) -> Extracted {
        let scalars = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var title: String?
        var i = 0
        var skipping: String?   // name of the element whose content is being skipped
        var inTitle = false
        var titleText: [Unicode.Scalar] = []
        func appendTitle<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
            for scalar in scalars where titleText.count < maximumTitleLength { titleText.append(scalar) }
        }

        func newline() {
            // Collapse runs of blank lines to one empty line.
            var trailing = 0
            var j = out.endIndex
            while j > out.startIndex {
                let prev = out.index(before: j)
                if out[prev] == "\n" { trailing += 1; j = prev } else if out[prev] == " " { j = prev } else { break }
            }
            if !out.isEmpty, trailing < 2 { out.append("\n") }
        }

        while i < scalars.count {
            let c = scalars[i]
            if c == "<" {
                // Comment
                if i + 3 < scalars.count, scalars[i + 1] == "!", scalars[i + 2] == "-", scalars[i + 3] == "-" {
                    i = find("-->", in: scalars, from: i + 4).map { $0 + 3 } ?? scalars.count
                    continue
                }
                // "<" starts a tag only before a letter, "/", "!" or "?"; otherwise it is text ("a < b").
                guard i + 1 < scalars.count, isTagStart(scalars[i + 1]) else {
                    if inTitle { appendTitle(CollectionOfOne(c)) } else if skipping == nil { out.append(c) }
                    i += 1
                    continue
                }
                guard let close = scalars[i...].firstIndex(of: ">") else { break }
                let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
                i = close + 1
                let isEnd = tag.hasPrefix("/")
                let name = tag.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
                // The page's title: the first <title>, in <head> or the body (not an SVG icon's).
                if name == "title", skipping == nil || skipping == "head" {
                    inTitle = !isEnd && title == nil
                    if isEnd, title == nil, !titleText.isEmpty {
                        title = normalizeSpace(String(String.UnicodeScalarView(titleText)))
                    }
                    continue
                }
                if let skipped = skipping {
                    if isEnd, name == skipped { skipping = nil }
                    continue
                }
                if !isEnd, rawTextElements.contains(name) {
                    // Jump to the end tag (or the end of the page when it has none).
                    i = findEndTag(name, in: scalars, from: i) ?? scalars.count
                    continue
                }
                if !isEnd, skippedElements.contains(name), !tag.hasSuffix("/") {
                    skipping = name
                    continue
                }
                if blockElements.contains(name) { newline() }
                continue
            }
            if c == "&", let (decoded, next) = decodeReference(scalars, at: i) {
                if inTitle { appendTitle(decoded.unicodeScalars) } else if skipping == nil { out.append(contentsOf: decoded.unicodeScalars) }
                i = next
                continue
            }
            if inTitle {
                appendTitle(CollectionOfOne(c))
            } else if skipping == nil {
                if c == "\n" || c == "\r" || c == "\t" {
                    if let last = out.last, last != " ", last != "\n" { out.append(" ") }
                } else if c == " ", let last = out.last, last == " " || last == "\n" {
                    // collapse spaces
                } else if !(c == " " && out.isEmpty) {
                    out.append(c)
                }
            }
            i += 1
        }
        let lines = String(out).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .init(charactersIn: " ")) }
        var text = lines.joined(separator: "\n")
        while text.hasPrefix("\n") { text.removeFirst() }
        while text.hasSuffix("\n\n") { text.removeLast() }
        if let title, !title.isEmpty, !text.hasPrefix(title) {
            text = title + "\n\n" + text
        }
        return Extracted(text: text, title: title.flatMap { $0.isEmpty ? nil : $0 })
    }

    private static func find(_ needle: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let n = Array(needle.unicodeScalars)
        var i = start
        while i + n.count <= scalars.count {
            if scalars[i] == n[0], scalars[i..<(i + n.count)].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }

    /// The index just after `</name …>` (any case), searching from `start`.
    private static func findEndTag(_ name: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let n = Array(("</" + name).unicodeScalars)
        var i = start
        while i + n.count <= scalars.count {
            if scalars[i] == "<", scalars[i + 1] == "/", hasName(n[2...], in: scalars, at: i + 2) {
                let after = i + n.count
                // Only the whole name: "</scripts" does not end "<script>".
                if after < scalars.count, scalars[after].properties.isAlphabetic { i += 1; continue }
                return scalars[after...].firstIndex(of: ">").map { $0 + 1 } ?? scalars.count
            }
            i += 1
        }
        return nil
    }

    /// Whether `scalars` hold `name` (lower-case ASCII) at `start`, in any case.
    private static func hasName(_ name: ArraySlice<Unicode.Scalar>, in scalars: [Unicode.Scalar], at start: Int) -> Bool {
        var index = start
        for expected in name {
            let actual = scalars[index]
            if actual != expected, !(actual.isASCII && actual.properties.lowercaseMapping == String(expected)) { return false }
            index += 1
        }
        return true
    }

    private static func isTagStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "/" || scalar == "!" || scalar == "?" || (scalar.isASCII && scalar.properties.isAlphabetic)
    }

    private static func normalizeSpace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static let namedReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "\u{2014}",
        "ndash": "\u{2013}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "hellip": "\u{2026}", "laquo": "\u{AB}", "raquo": "\u{BB}", "copy": "\u{A9}", "reg": "\u{AE}",
        "trade": "\u{2122}", "eacute": "\u{E9}", "egrave": "\u{E8}", "aacute": "\u{E1}", "agrave": "\u{E0}",
        "oacute": "\u{F3}", "iacute": "\u{ED}", "uacute": "\u{FA}", "ntilde": "\u{F1}", "ouml": "\u{F6}",
        "uuml": "\u{FC}", "auml": "\u{E4}", "ccedil": "\u{E7}", "szlig": "\u{DF}", "euro": "\u{20AC}",
        "pound": "\u{A3}", "deg": "\u{B0}", "middot": "\u{B7}", "bull": "\u{2022}", "shy": "",
        "zwj": "\u{200D}", "zwnj": "\u{200C}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
    ]

    /// Decodes `&name;`, `&#123;` or `&#x1F;` at `index`; returns the text and the index after it.
    static func decodeReference(_ scalars: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        var j = index + 1
        var name = ""
        while j < scalars.count, j - index <= 32, scalars[j] != ";" {
            let s = scalars[j]
            guard s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "#" else { return nil }
            name.unicodeScalars.append(s)
            j += 1
        }
        guard j < scalars.count, scalars[j] == ";", !name.isEmpty else { return nil }
        if name.hasPrefix("#") {
            let body = name.dropFirst()
            let value = body.hasPrefix("x") || body.hasPrefix("X") ? UInt32(body.dropFirst(), radix: 16) : UInt32(body)
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return ("\u{FFFD}", j + 1) }
            return (String(scalar), j + 1)
        }
        guard let text = namedReferences[name] else { return nil }
        return (text, j + 1)
    }
}
