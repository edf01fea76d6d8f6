import Testing
@testable import NewsGraph

@Suite("CoNLL-U: reading and writing the Universal Dependencies format")
struct CoNLLUTests {
    static let sample = """
    # newdoc id = doc1
    # sent_id = 1
    # text = I don't know.
    1\tI\tI\tPRON\tPRP\tCase=Nom\t3\tnsubj\t3:nsubj\t_
    2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
    2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_
    3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_
    4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No
    4.1\tknow\t_\t_\t_\t_\t_\t_\t4:conj\t_
    5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_

    # sent_id = 2
    1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t0:root\t_


    """

    @Test("a file with comments, multi-word tokens and empty nodes writes back byte for byte")
    func roundTrip() throws {
        let sentences = try CoNLLUReader.sentences(in: Self.sample)
        #expect(sentences.count == 2)
        #expect(CoNLLUWriter.text(sentences) == Self.sample)
        #expect(sentences[0].comment("newdoc id") == "doc1")
        #expect(sentences[0].comment("text") == "I don't know.")
        #expect(sentences[0].words.map(\.form) == ["I", "do", "n't", "know", "."])
        #expect(sentences[0].words[3].head == 0)
        #expect(!sentences[0].words[3].spaceAfter)
        guard case .multiwordToken(2, 3, let columns) = sentences[0].lines[1] else {
            Issue.record("no multi-word token line")
            return
        }
        #expect(columns.first == "don't")
        guard case .emptyNode("4.1", _) = sentences[0].lines[5] else {
            Issue.record("no empty node line")
            return
        }
    }

    @Test("replacing the words keeps every other line in place")
    func replaceWords() throws {
        var sentence = try CoNLLUReader.sentences(in: Self.sample)[0]
        var words = sentence.words
        words[0].upos = "X"
        sentence.replaceWords(words)
        #expect(sentence.words[0].upos == "X")
        #expect(sentence.lines.count == 7)
    }

    @Test("a malformed line is reported with its line number", arguments: [
        ("1\tI\tI\n", 1, "columns"),
        ("1\tI\tI\tPRON\t_\t_\t0\troot\t_\t_\n3\tx\tx\tX\t_\t_\t1\tdep\t_\t_\n", 2, "where 2 was expected"),
        ("# c\n1\tI\tI\tPRON\t_\t_\tzero\troot\t_\t_\n", 2, "HEAD"),
        ("3-2\ta\t_\t_\t_\t_\t_\t_\t_\t_\n", 1, "range"),
    ])
    func malformed(text: String, line: Int, reason: String) {
        #expect {
            _ = try CoNLLUReader.sentences(in: text, path: "x.conllu")
        } throws: { error in
            guard case .malformedCoNLLU("x.conllu", let found, let message) = error as? SyntaxError else { return false }
            return found == line && message.contains(reason)
        }
    }

    @Test("CRLF line ends and trailing blank lines are read like LF")
    func lineEnds() throws {
        let crlf = Self.sample.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n\r\n"
        #expect(try CoNLLUReader.sentences(in: crlf) == CoNLLUReader.sentences(in: Self.sample))
    }
}
