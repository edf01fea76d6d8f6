import Testing
@testable import NewsGraph

/// A long document reads as its sentences do one by one: a relation stated a thousand times is
/// one edge with a thousand pieces of evidence, role descriptions and pronouns resolve as in a
/// short one. (How the time grows is measured by `newsgraph-bench scaling`, not here.)
@Suite("Long documents")
struct LongDocumentTests {
    static let sentence = "Russian President Vladimir Putin held a phone call with Iranian President Masoud Pezeshkian on Friday. "

    @Test("one sentence repeated: one edge per relation, every sentence its evidence")
    func repeatedSentence() throws {
        let copies = 1500
        let long = ExtractionFixture(String(repeating: Self.sentence, count: copies))
        let short = ExtractionFixture(Self.sentence)
        #expect(long.names == short.names)
        #expect(Set(long.graph.relations.keys) == Set(short.graph.relations.keys))
        let call = try #require(long.relations(.call, from: "Vladimir Putin", to: "Masoud Pezeshkian").first)
        #expect(call.evidence.count == copies)
        let length = Self.sentence.unicodeScalars.count
        #expect(call.evidence.map(\.start) == (0..<copies).map { $0 * length })
        #expect(call.evidence.allSatisfy { $0.text == Self.sentence.trimmingCharacters(in: .whitespaces) })
        #expect(long.entity("Vladimir Putin")?.mentions == copies)
    }

    @Test("role descriptions and pronouns in a long document resolve to the people named before them")
    func rolesAndPronouns() throws {
        let paragraph = """
            Russian President Vladimir Putin spoke on Friday. The Russian leader accused the United States of interfering. \
            Iranian President Masoud Pezeshkian said he held a phone call with Putin. 
            """
        let copies = 400
        let long = ExtractionFixture(String(repeating: paragraph, count: copies))
        let accusation = try #require(long.relations(.accusation, from: "Vladimir Putin", to: "United States").first)
        #expect(accusation.evidence.count == copies)
        let call = try #require(long.relations(.call, from: "Masoud Pezeshkian", to: "Vladimir Putin").first)
        #expect(call.evidence.count == copies)
    }
}
