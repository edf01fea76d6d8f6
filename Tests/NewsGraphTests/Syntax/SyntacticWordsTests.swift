import Testing
@testable import NewsGraph

@Suite("Syntactic words: the tokenizer's tokens divided as Universal Dependencies divides them")
struct SyntacticWordsTests {
    func words(_ text: String) -> [SyntacticWord] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var tokens: [Token] = []
            Tokenizer.tokenize(buffer, range: 0..<buffer.count, into: &tokens)
            return SyntacticWords.words(buffer, tokens: tokens, range: 0..<tokens.count)
        }
    }

    @Test("contractions split into their words, written as one token", arguments: [
        ("I don't know", ["I", "do", "n't", "know"]),
        ("They can’t come", ["They", "ca", "n’t", "come"]),
        ("We won't", ["We", "wo", "n't"]),
        ("I'm here and they're there", ["I", "'m", "here", "and", "they", "'re", "there"]),
        ("It's Iran's", ["It", "'s", "Iran", "'s"]),
        ("You cannot", ["You", "can", "not"]),
        ("we're gonna win", ["we", "'re", "gon", "na", "win"]),
    ])
    func contractions(text: String, forms: [String]) {
        let found = words(text)
        #expect(found.map(\.form) == forms)
        // The parts of one written token share a group.
        if let first = found.firstIndex(where: { $0.multiwordGroup != nil }) {
            #expect(found[first + 1].multiwordGroup == found[first].multiwordGroup)
        }
    }

    @Test("what the tokenizer splits but a treebank keeps whole", arguments: [
        ("Wait... no", ["Wait", "...", "no"]),
        ("O'Brien said", ["O'Brien", "said"]),
        ("see www.example.com.", ["see", "www.example.com", "."]),
        ("mail jo@example.org now", ["mail", "jo@example.org", "now"]),
        ("the Iran-Russia deal", ["the", "Iran", "-", "Russia", "deal"]),
    ])
    func joined(text: String, forms: [String]) {
        #expect(words(text).map(\.form) == forms)
    }

    @Test("every word points at the tokens and bytes it came from")
    func spans() {
        let text = "He didn't call."
        let found = words(text)
        #expect(found.map(\.form) == ["He", "did", "n't", "call", "."])
        let bytes = Array(text.utf8)
        #expect(found.map { String(decoding: bytes[$0.bytes], as: UTF8.self) } == ["He", "did", "n't", "call", "."])
        #expect(found[2].tokens == 2..<4)
    }
}
