import Testing
@testable import NewsGraph

/// `Extractor.explain`: what `newsgraph explain` prints comes from the extractor's own trace, so
/// it must agree with what extraction finds.
@Suite("Explanations of extraction")
struct ExplanationTests {
    static let text = "Putin spoke with Erdogan by phone on Friday. The weather was fine. Iran refused to meet Netanyahu."

    static func explain(_ text: String, sentences: Set<Int>? = nil) -> Explanation {
        let document = DocumentReader.makeDocument(id: "d1", path: "t.txt", content: text)
        return Extractor(knowledge: ExtractionFixture.knowledge).explain(document, sentences: sentences)
    }

    @Test("tokens and mentions carry offsets into the text, mentions the entity they resolved to")
    func offsets() throws {
        let explanation = Self.explain(Self.text)
        #expect(explanation.sentences.map(\.number) == [1, 2, 3])
        let scalars = Array(Self.text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String { String(String.UnicodeScalarView(scalars[start..<end])) }
        for sentence in explanation.sentences {
            #expect(slice(sentence.start, sentence.end) == sentence.text)
            for token in sentence.tokens { #expect(slice(token.start, token.end) == token.text) }
            for mention in sentence.mentions { #expect(slice(mention.start, mention.end) == mention.text) }
        }
        let first = try #require(explanation.sentences.first)
        #expect(first.mentions.map(\.entity) == ["person:vladimir-putin", "person:recep-tayyip-erdogan"])
        // A sentence without two actors is passed over unparsed, and says so.
        #expect(explanation.sentences[1].mentions.isEmpty && !explanation.sentences[1].parsedForExtraction)
        #expect(explanation.sentences[1].relations.isEmpty)
    }

    @Test("--sentence picks sentences by number")
    func selection() {
        let explanation = Self.explain(Self.text, sentences: [2])
        #expect(explanation.sentences.map(\.number) == [3])
    }

    @Test("each relation says how its actors were found; a dropped predicate says why",
          .enabled(if: SyntaxAvailability.installed, SyntaxAvailability.reason))
    func reasons() throws {
        let explanation = Self.explain(Self.text)
        #expect(explanation.syntaxModel)
        let call = try #require(explanation.sentences[0].relations.first)
        #expect(call.kind == "call" && !call.directed)
        #expect(Set([call.source, call.target]) == ["person:vladimir-putin", "person:recep-tayyip-erdogan"])
        #expect(call.reasons.contains { $0.hasPrefix("source:") } && call.reasons.contains { $0.hasPrefix("target:") })
        // The words of the parse are numbered as CoNLL-U numbers them, with one root.
        let words = explanation.sentences[0].words
        #expect(words.map(\.id) == Array(1...words.count))
        #expect(words.filter { $0.head == 0 }.count == 1)
        // "refused to meet": the trigger is there, with why it made no meeting.
        let refused = explanation.sentences[2]
        #expect(refused.relations.isEmpty)
        let meet = try #require(refused.triggers.first { $0.lemma == "meet" })
        #expect(meet.relations.isEmpty && (meet.dropped?.contains("refused") ?? false), "trigger: \(meet)")
    }

    @Test("the explanation finds what extraction finds", .enabled(if: SyntaxAvailability.installed, SyntaxAvailability.reason))
    func agreesWithExtraction() {
        let text = "Russia's foreign minister, Sergei Lavrov, accused Ukraine of sabotage. Iran and Russia are expected to sign a gas deal."
        let explained = Set(Self.explain(text).sentences.flatMap(\.relations).map { "\($0.kind) \($0.source) \($0.target)" })
        let graph = ExtractionFixture(text).graph
        // (Affiliations come from the knowledge base's roles, not from a predicate.)
        let extracted = Set(graph.sortedRelations.filter { $0.kind != .affiliation }.map { "\($0.kind.rawValue) \($0.source) \($0.target)" })
        #expect(!extracted.isEmpty)
        #expect(explained == extracted)
    }
}
