/// How much of a text extraction parses: relation extraction asks the syntax model only for the
/// sentences that can carry a relation (two actors and a word that may be a predicate).
public struct ParsingShare: Sendable, Hashable {
    public var sentences = 0
    public var parsedSentences = 0
    /// Tokens of all sentences, and of the parsed ones.
    public var tokens = 0
    public var parsedTokens = 0
    /// Parsed sentences whose parse lost the clause, read by word order instead.
    public var lostClauseSentences = 0

    public init() {}

    public var sentenceShare: Double { sentences == 0 ? 0 : Double(parsedSentences) / Double(sentences) }
    public var tokenShare: Double { tokens == 0 ? 0 : Double(parsedTokens) / Double(tokens) }
}

extension Extractor {
    /// Extracts the documents one by one, as `extract(_:)` does, and counts the sentences it parsed.
    public func parsingShare(of documents: [Document]) -> ParsingShare {
        var share = ParsingShare()
        let stemmer = Stemmer()
        for document in documents {
            let trace = RelationTrace()
            let run = DocumentExtraction(knowledge: knowledge, syntaxModel: syntax, names: names, document: document, stemmer: stemmer)
                .run(trace: trace)
            let text = run.text
            share.sentences += text.sentenceCount
            for sentence in 0..<text.sentenceCount {
                let tokens = text.sentenceTokens[sentence].count
                share.tokens += tokens
                let reading = trace.records[sentence]?.reading
                if reading == .lostClause { share.lostClauseSentences += 1 }
                if reading == .parsed || reading == .lostClause || reading == .lostActors {
                    share.parsedSentences += 1
                    share.parsedTokens += tokens
                }
            }
        }
        return share
    }
}
