/// One sentence of a document with its syntax: its syntactic words (each tied to the document's
/// tokens), their tags, lemmas and dependency tree.
public struct SentenceSyntax: Sendable {
    public let sentence: Int
    public let words: [SyntacticWord]
    public let parse: ParsedSentence
    /// The first document token of the sentence.
    let firstToken: Int
    /// For each token of the sentence, the first word made from it.
    private let wordOfToken: [Int32]

    init(sentence: Int, tokens: Range<Int>, words: [SyntacticWord], parse: ParsedSentence) {
        self.sentence = sentence
        self.words = words
        self.parse = parse
        firstToken = tokens.lowerBound
        var map = [Int32](repeating: -1, count: tokens.count)
        for (index, word) in words.enumerated() {
            for token in word.tokens where map[token - tokens.lowerBound] < 0 { map[token - tokens.lowerBound] = Int32(index) }
        }
        wordOfToken = map
    }

    /// The word holding document token `token`, or nil outside the sentence.
    public func word(ofToken token: Int) -> Int? {
        let i = token - firstToken
        guard i >= 0, i < wordOfToken.count, wordOfToken[i] >= 0 else { return nil }
        return Int(wordOfToken[i])
    }

    /// The words made from a range of document tokens.
    public func words(ofTokens tokens: Range<Int>) -> Range<Int>? {
        guard let first = word(ofToken: tokens.lowerBound), let last = word(ofToken: tokens.upperBound - 1) else { return nil }
        var end = last + 1
        while end < words.count, words[end].tokens.lowerBound < tokens.upperBound { end += 1 }
        return first..<end
    }

    /// The head word of a span: the word of the span whose head lies outside it ("Putin" in
    /// "Russian President Vladimir Putin"); the first such word if several.
    public func head(ofTokens tokens: Range<Int>) -> Int? {
        guard let span = words(ofTokens: tokens) else { return nil }
        return span.first { !span.contains(parse.heads[$0]) }
    }
}
