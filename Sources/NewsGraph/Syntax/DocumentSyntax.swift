/// The syntax of a document's sentences, parsed on first request and kept: extraction parses only
/// the sentences that can carry a relation, and asks for each at most once.
///
/// One per document, used by one thread (per-document extraction is single-threaded).
final class DocumentSyntax {
    let text: AnalyzedText
    let model: SyntaxModel?
    private var parsed: [Int: SentenceSyntax] = [:]
    /// Tags another stage asked for (name recognition), by sentence, with the words they are of.
    private var tagged: [Int: (words: [String], tags: TaggedSentence)] = [:]

    init(text: AnalyzedText, model: SyntaxModel?) {
        self.text = text
        self.model = model
    }

    /// How many sentences were parsed so far.
    var parsedCount: Int { parsed.count }

    /// The tagger's classes for `words` of sentence `index` (nil without a model), remembered: a
    /// parse of the sentence later reads the same words and starts from the same tags, so the
    /// tagger runs once per sentence.
    func tags(sentence index: Int, words: [String]) -> [UInt8]? {
        guard let model else { return nil }
        if let known = tagged[index], known.words == words { return known.tags.classes }
        let tags = model.tag(words)
        tagged[index] = (words, tags)
        return tags.classes
    }

    /// The syntax of sentence `index`, or nil when no model is loaded.
    func sentence(_ index: Int) -> SentenceSyntax? {
        if let known = parsed[index] { return known }
        guard let model, index >= 0, index < text.sentenceCount else { return nil }
        let tokens = text.sentenceTokens[index]
        let words = text.bytes.withUnsafeBufferPointer { SyntacticWords.words($0, tokens: text.tokens, range: tokens) }
        let forms = words.map(\.form)
        let known = tagged.removeValue(forKey: index).flatMap { $0.words == forms ? $0.tags : nil }
        let syntax = SentenceSyntax(sentence: index, tokens: tokens, words: words, parse: model.parse(forms, tagged: known))
        parsed[index] = syntax
        return syntax
    }
}
