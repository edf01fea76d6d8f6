import Testing
@testable import NewsGraph

/// Which line breaks end a paragraph and which are running text wrapped to a width.
@Suite("Text layout: paragraphs and wrapped lines")
struct TextLayoutTests {
    /// The breaks of `text`: "¶" for a paragraph break, "~" for a wrap, one per line break.
    static func breaks(_ text: String) -> String {
        var text = text
        return text.withUTF8 { TextLayout.paragraphBreaks($0).map { $0 ? "¶" : "~" }.joined() }
    }

    /// `paragraph` wrapped greedily at `width` scalars, keeping the space at the end of each line
    /// as `fold -s` does.
    static func fold(_ paragraph: String, width: Int) -> String {
        var lines: [String] = [], current = ""
        for word in paragraph.split(separator: " ") {
            let joined = current.isEmpty ? String(word) : current + " " + word
            if joined.unicodeScalars.count >= width, !current.isEmpty {
                lines.append(current + " ")
                current = String(word)
            } else {
                current = joined
            }
        }
        return (lines + [current]).joined(separator: "\n")
    }

    static let paragraph = "Iranian President Masoud Pezeshkian and Russian President Vladimir Putin held a phone call on Friday to discuss recent unrest in Iran, regional developments, and the status of bilateral projects."
    static let second = "Pezeshkian thanked Moscow for supporting Iran in international forums and noted that the United States, Israel, and some European countries had a direct role in the recent incidents inside Iran."

    @Test("a paragraph a line (no wrapping): every line break ends a paragraph")
    func unwrapped() {
        #expect(Self.breaks("Putin talks to Iranian president\n\(Self.paragraph)\n\(Self.second)\n") == "¶¶¶")
        #expect(Self.breaks("Why it matters:\n\n\(Self.paragraph)") == "¶¶")
    }

    @Test("wrapped text: breaks inside paragraphs are wraps, blank lines and short lines end paragraphs",
          arguments: [24, 40, 60, 72, 100])
    func wrapped(width: Int) {
        let text = Self.fold(Self.paragraph, width: width) + "\n\n" + "Why it matters:\n" + Self.fold(Self.second, width: width)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = Self.fold(Self.paragraph, width: width).split(separator: "\n").count
        let last = Self.fold(Self.second, width: width).split(separator: "\n").count
        let expected = String(repeating: "~", count: first - 1) + "¶¶¶" + String(repeating: "~", count: last - 1)
        #expect(lines.count == expected.count + 1)
        #expect(Self.breaks(text) == expected)
    }

    @Test("line ends: CR LF, CR, NEL and U+2028 end lines; form feeds and U+2029 end paragraphs")
    func lineEnds() {
        let folded = Self.fold(Self.paragraph, width: 60)
        let wraps = String(repeating: "~", count: folded.split(separator: "\n").count - 1)
        for end in ["\r\n", "\r", "\u{85}", "\u{2028}"] {
            #expect(Self.breaks(folded.replacingOccurrences(of: "\n", with: end)) == wraps, "\(end.unicodeScalars.map(\.value))")
        }
        let withSeparators = folded + "\u{C}" + folded + "\u{2029}" + folded
        #expect(Self.breaks(withSeparators) == wraps + "¶" + wraps + "¶" + wraps)
    }

    @Test("no-break spaces count as spaces: at line ends, and as blank lines")
    func noBreakSpaces() {
        let folded = Self.fold(Self.paragraph, width: 60).replacingOccurrences(of: " \n", with: "\u{A0}\n")
        let wraps = String(repeating: "~", count: folded.split(separator: "\n").count - 1)
        #expect(Self.breaks(folded + "\n\u{A0}\u{A0}\n" + folded) == wraps + "¶¶" + wraps)
    }

    @Test("list items, headings, rules and indented first lines start paragraphs in wrapped text")
    func structure() {
        let body = Self.fold(Self.paragraph, width: 60)
        let wraps = String(repeating: "~", count: body.split(separator: "\n").count - 1)
        #expect(Self.breaks(body + "\n- first item\n- second item\n* third\n• fourth\n1. fifth\n(b) sixth\n" + body)
                == wraps + "¶¶¶¶¶¶¶" + wraps)
        #expect(Self.breaks("# Heading\n" + body + "\n=====\n" + body) == "¶" + wraps + "¶¶" + wraps)
        #expect(Self.breaks(body + "\n    " + body) == wraps + "¶" + wraps)
        // A list item's own wrapped lines, indented under its text, continue it.
        let item = "- " + Self.fold(Self.second, width: 58).replacingOccurrences(of: "\n", with: "\n  ")
        let itemWraps = String(repeating: "~", count: item.split(separator: "\n").count - 1)
        #expect(Self.breaks(body + "\n" + item) == wraps + "¶" + itemWraps)
    }

    @Test("a dash after a full line of wrapped text is in the sentence, not a list")
    func dashInSentence() {
        let text = """
            The Kremlin said on Friday that the two leaders agreed to meet
            — the first such meeting since the spring — in Moscow next
            month, and that the talks had gone well for both of the sides.
            - one item
            - another
            """
        #expect(Self.breaks(text) == "~~¶¶")
    }

    @Test("datelines and bylines end their paragraph even when the line is full")
    func datelineAndByline() {
        // Both lines reach the width the body is wrapped at.
        let body = Self.fold(Self.paragraph, width: 42)
        let wraps = String(repeating: "~", count: body.split(separator: "\n").count - 1)
        #expect(Self.breaks("16 Jan, 2026 19:54 / Updated 10 hours ago\n" + body) == "¶" + wraps)
        #expect(Self.breaks("By Jane Doe and John Roe, Reuters Staff\n" + body) == "¶" + wraps)
        #expect(Self.breaks("Published January 16, 2026 7:54 p.m. EST\n" + body) == "¶" + wraps)
    }

    @Test("a line that starts in lower case continues the sentence, wrapped or not")
    func lowercaseContinuation() {
        #expect(Self.breaks("Putin held a phone call with\nthe Iranian president on Friday, the Kremlin said in a statement after the talks.\nThe talks went well.") == "~¶")
        #expect(Self.breaks("He said so.\nthe end") == "¶")
    }

    @Test("widths counted in bytes (fold) or in scalars, whichever fits the text")
    func bytesOrScalars() {
        // Curly quotes take three bytes each: wrapped by bytes, a line holds fewer scalars.
        let quoted = (0..<12).map { "“Sentence \($0) is quoted” by the minister" }.joined(separator: " ")
        var lines: [String] = [], current = ""
        for word in quoted.split(separator: " ") {
            let joined = current.isEmpty ? String(word) : current + " " + word
            if joined.utf8.count >= 50, !current.isEmpty { lines.append(current + " "); current = String(word) } else { current = joined }
        }
        let text = (lines + [current]).joined(separator: "\n")
        #expect(!Self.breaks(text).contains("¶"))
    }

    @Test("flowed(_:) keeps offsets: same length, wraps as spaces, paragraph breaks as one line feed")
    func flowed() throws {
        var text = "A wrapped line of text that goes on and on\r\nand on until the end.\r\n\r\nNext one here\r\nand here."
        let flowed = try #require(text.withUTF8 { TextLayout.flowed($0) })
        #expect(flowed.count == text.utf8.count)
        #expect(String(decoding: flowed, as: UTF8.self) == "A wrapped line of text that goes on and on  and on until the end.\n \n Next one here  and here.")
        var plain = "One paragraph.\nAnother paragraph.\n"
        #expect(plain.withUTF8 { TextLayout.flowed($0) } == nil)
    }
}
