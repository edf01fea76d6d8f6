/// The syntax of a document's sentences, parsed on first request and kept: extraction parses only
/// the sentences that can carry a relation, and asks for each at most once.
///
/// One per document, used by one thread (per-document extraction is single-threaded).
final class DocumentSyntax {
    let text: AnalyzedText
    let model: SyntaxModel?
    private var parsed: [Int: SentenceSyntax] = [:]

    init(text: AnalyzedText, model: SyntaxModel?) {
        self.text = text
        self.model = model
    }

    /// How many sentences were parsed so far.
    var parsedCount: Int { parsed.count }

    /// The syntax of sentence `index`, or nil when no model is loaded.
    func sentence(_ index: Int) -> SentenceSyntax? {
        if let known = parsed[index] { return known }
        guard let model, index >= 0, index < text.sentenceCount else { return nil }
        let tokens = text.sentenceTokens[index]
        let words = text.bytes.withUnsafeBufferPointer { SyntacticWords.words($0, tokens: text.tokens, range: tokens) }
        let syntax = SentenceSyntax(sentence: index, tokens: tokens, words: words, parse: model.parse(words.map(\.form)))
        parsed[index] = syntax
        return syntax
    }
}
