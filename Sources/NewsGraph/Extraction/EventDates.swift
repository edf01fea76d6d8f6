/// The day a sentence's event happened, from the article's date and what the sentence says:
/// "on Friday" (the last Friday up to the article's date), "yesterday", "last night", "today".
/// Without such words the event is dated by the article, as event-data coders do.
struct EventDates {
    let text: AnalyzedText
    let documentDate: NewsDate?

    static let weekdays = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]

    func date(ofSentence sentence: Int) -> NewsDate? {
        guard let documentDate else { return nil }
        for index in text.sentenceTokens[sentence] {
            let token = text.tokens[index]
            guard token.shape == .capitalized || token.shape == .lower else { continue }
            let word = text.form(index)
            // Every weekday ends in "y": most words are ruled out without a lookup.
            if word.utf8.last == UInt8(ascii: "y"), let weekday = Self.weekdays[word], token.shape == .capitalized {
                let back = (documentDate.weekday - weekday + 7) % 7
                return documentDate.adding(days: -back)
            }
            switch word {
            case "yesterday": return documentDate.adding(days: -1)
            case "today", "tonight": return documentDate
            case "night":
                if index > 0, text.form(index - 1) == "last" { return documentDate.adding(days: -1) }
            default: break
            }
        }
        return documentDate
    }
}
