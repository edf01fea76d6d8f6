/// Bylines and credit lines ("Hossein Amiri - seyed mohammad kazemi", "By Jane Doe", "Jane Doe /
/// Reuters") are document metadata, not actors: their lines are left out of extraction.
enum Byline {
    /// Lines at most this far from the start or the end of a document are checked.
    static let margin = 3

    static func sentences(in text: AnalyzedText, knowledge: KnowledgeBase) -> Set<Int> {
        var result: Set<Int> = []
        let count = text.sentenceCount
        let candidates = Set((0..<min(margin, count)).map { $0 } + (max(0, count - margin)..<count).map { $0 })
        for sentence in candidates where isByline(sentence, text) { result.insert(sentence) }
        return result
    }

    private static func isByline(_ sentence: Int, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens[text.sentenceTokens[sentence]]
        var words = 0
        for token in tokens where token.shape.isWord { words += 1 }
        guard (2...10).contains(words) else { return false }
        let texts = tokens.map { text.text(of: $0) }
        if let last = texts.last, [".", "!", "?", ":", "\u{201D}", "\""].contains(last) { return false }
        let hasSeparator = texts.contains { ["-", "/", "|", "\u{2013}", "\u{2014}", "&"].contains($0) }
        let startsWithBy = texts.first.map { $0 == "By" || $0 == "BY" } ?? false
        guard hasSeparator || startsWithBy else { return false }
        // Only name-like words: no function words or verbs a sentence or headline would have.
        return !text.sentenceTokens[sentence].contains { functionWords.contains(text.form($0)) }
    }

    private static let functionWords: WordSet = ["the", "of", "to", "in", "on", "for", "with", "at", "is", "are", "was", "has",
                                                 "have", "will", "says", "said", "after", "over", "as", "from", "that", "a", "an"]
}
