/// Bylines and credit lines ("Hossein Amiri - seyed mohammad kazemi", "By Jane Doe", "Jane Doe /
/// Reuters") are document metadata, not actors: their lines are left out of extraction.
enum Byline {
    /// Lines at most this far from the start or the end of a document are checked.
    static let margin = 3

    static func sentences(in text: AnalyzedText, knowledge: KnowledgeBase) -> Set<Int> {
        var result: Set<Int> = []
        let count = text.sentenceCount
        // The first and the last lines, each once (a range, not a set of their numbers).
        let first = 0..<min(margin, count)
        for sentence in first where isByline(sentence, text) { result.insert(sentence) }
        for sentence in max(first.upperBound, count - margin)..<count where isByline(sentence, text) { result.insert(sentence) }
        return result
    }

    private static func isByline(_ sentence: Int, _ text: AnalyzedText) -> Bool {
        let range = text.sentenceTokens[sentence]
        let tokens = text.tokens[range]
        var words = 0
        for token in tokens where token.shape.isWord { words += 1 }
        guard (2...10).contains(words) else { return false }
        if let last = tokens.last, [".", "!", "?", ":", "\u{201D}", "\""].contains(text.text(of: last)) { return false }
        // (Only a token of at most three bytes can be a separator: the others' text is not made.)
        let hasSeparator = tokens.contains { $0.length <= 3 && isSeparator(text.text(of: $0)) }
        let startsWithBy = tokens.first.map { text.text(of: $0) == "By" || text.text(of: $0) == "BY" } ?? false
        guard hasSeparator || startsWithBy else { return false }
        // Only name-like words: no function words or verbs a sentence or headline would have.
        return !range.contains { functionWords.contains(text.form($0)) }
    }

    /// Words that open a credit: "Reporting by …; Editing by …", "Additional reporting by …",
    /// "Image: Jambula", "Photo by …".
    private static let creditVerbs: WordSet = ["reporting", "editing", "writing", "compiled", "edited", "written", "photographed"]
    private static let creditNouns: WordSet = ["image", "images", "photo", "photos", "picture", "pictures", "photograph",
                                               "credit", "credits", "illustration"]

    /// The token where a credit begins in a sentence ("… said. (Reporting by X; Editing by Y)",
    /// "Shimon Peres image: David Shankbone."), anywhere in the document: from there on the
    /// sentence names who made the article, not actors. Nil when it holds none.
    static func creditStart(_ sentence: Int, _ text: AnalyzedText) -> Int? {
        let range = text.sentenceTokens[sentence]
        for i in range where i + 1 < range.upperBound {
            let form = text.form(i)
            let next = text.form(i + 1)
            // A credit verb opens the sentence, a parenthesis or "additional" ("written by" inside a
            // sentence is the sentence's); a credit noun may follow a caption ("Shimon Peres image: …").
            let atStart = i == range.lowerBound || ["(", "additional"].contains(text.form(i - 1))
            let opens = creditVerbs.contains(form) && next == "by" && atStart
                || creditNouns.contains(form) && (next == ":" || next == "by" && atStart)
            guard opens else { continue }
            // What follows is names: no sentence goes on after a credit.
            let start = i > range.lowerBound && text.form(i - 1) == "(" ? i - 1 : i
            // "additional reporting by": the credit starts at "additional".
            if start == i, i > range.lowerBound, text.form(i - 1) == "additional" { return i - 1 }
            return start
        }
        return nil
    }

    private static func isSeparator(_ text: String) -> Bool {
        switch text {
        case "-", "/", "|", "\u{2013}", "\u{2014}", "&": true
        default: false
        }
    }

    private static let functionWords: WordSet = ["the", "of", "to", "in", "on", "for", "with", "at", "is", "are", "was", "has",
                                                 "have", "will", "says", "said", "after", "over", "as", "from", "that", "a", "an"]
}
