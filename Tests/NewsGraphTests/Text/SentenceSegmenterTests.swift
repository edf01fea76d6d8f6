import Testing
@testable import NewsGraph

/// Sentences of wrapped and unwrapped text, and the bound on a sentence's length.
@Suite("Sentence segmenter")
struct SentenceSegmenterTests {
    static func sentences(_ text: String) -> [String] {
        var text = text
        let bytes = Array(text.utf8)
        return text.withUTF8 { SentenceSegmenter.sentences($0) }.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Each run of white space as one space.
    static func squeezed(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    static let article = """
        Putin talks to Iranian president

        16 Jan, 2026 19:54 / Updated 10 hours ago
        The Russian leader has phoned Masoud Pezeshkian amid mass protests in the Islamic Republic

        Russian President Vladimir Putin has held a phone call with his Iranian counterpart, Masoud Pezeshkian, amid mass protests that have gripped the Islamic Republic in recent weeks. The unrest broke out late last month and was reportedly triggered by soaring inflation and the sharp devaluation of the Iranian rial. Mr. Putin and Dr. J. R. Smith met on Nov. 10 in the U.S. capital.
        """

    @Test("wrapped at any width, with any line ends, an article has the sentences it has unwrapped",
          arguments: [20, 33, 47, 60, 80], ["\n", "\r\n", "\r"])
    func wrapped(width: Int, lineEnd: String) {
        let original = Self.sentences(Self.article)
        let wrapped = Self.article.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextLayoutTests.fold(String($0), width: width) }.joined(separator: "\n")
            .replacingOccurrences(of: "\n", with: lineEnd)
        #expect(Self.sentences(wrapped).map(Self.squeezed) == original)
    }

    @Test("a text without sentence punctuation is cut into sentences of bounded length, at clause marks first")
    func bounded() {
        let list = (0..<2000).map { "Country \($0)" }.joined(separator: ", ")
        let text = "Russia accused " + list + "; and Turkey of interfering"
        let sentences = Self.sentences(text)
        #expect(sentences.count > 1)
        #expect(sentences.allSatisfy { $0.utf8.count <= SentenceSegmenter.maximumSentenceLength })
        // Cut after commas (no clause mark within reach), so nothing is lost but the separators.
        #expect(sentences.allSatisfy { !$0.hasPrefix(" ") && !$0.hasSuffix(" ") })
        #expect(sentences.joined(separator: " ") == text)
        // A word longer than the bound is cut too, at a scalar boundary.
        let word = String(repeating: "é", count: 3000)
        let pieces = Self.sentences(word)
        #expect(pieces.joined() == word)
        #expect(pieces.allSatisfy { $0.utf8.count <= SentenceSegmenter.maximumSentenceLength })
    }
}
