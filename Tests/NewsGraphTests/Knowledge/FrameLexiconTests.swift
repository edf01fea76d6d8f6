import Testing
@testable import NewsGraph

/// The trigger table (`frames.tsv`) and the word lists (`relationwords.tsv`) as extraction reads them.
@Suite("Relation frames by lemma")
struct FrameLexiconTests {
    static let frames = ExtractionFixture.knowledge.frames

    @Test("frames are found by lemma and by the irregular forms they list")
    func byLemma() {
        #expect(Self.frames.frames(lemma: "accuse").contains { $0.relation == .accusation })
        #expect(Self.frames.frames(lemma: "rang").contains { $0.lemma == "ring" && $0.relation == .call })
        #expect(Self.frames.frames(lemma: "held").contains { $0.id == "hold-responsible" })
        #expect(Self.frames.frames(lemma: "weather").isEmpty)
    }

    @Test("an irregular form's stem catches no other word: 'ranging' is not 'rang'")
    func irregularStems() {
        let stemmer = Stemmer()
        #expect(!Self.frames.frames(stem: stemmer.stem("ranging")).contains { $0.lemma == "ring" })
        #expect(Self.frames.frames(stem: stemmer.stem("telephoned")).contains { $0.relation == .call })
    }

    @Test("a sentence is parsed for a word whose stem is a trigger's, not for the listed look-alikes")
    func prefilter() {
        let stemmer = Stemmer()
        func may(_ word: String) -> Bool {
            let normalized = WordForm.normalize(word)
            return Self.frames.mayBePredicate(normalized: normalized, prefixKey: WordForm.prefixKey(normalized), stem: stemmer.stem)
        }
        #expect(may("accord") && may("accused") && may("telephoned"))
        #expect(!may("according"))
        #expect(!may("weather"))
    }

    @Test("completions a frame needs are read from the table")
    func completions() throws {
        let agree = try #require(Self.frames.frames(lemma: "agree").first { $0.relation == .agreement })
        #expect(agree.needsArgument.isSuperset(of: ["xcomp", "obj", "on"]))
        #expect(!agree.needsArgument.contains("with"))
        let phone = try #require(Self.frames.frames(lemma: "speak").first { $0.id == "speak-by-phone" })
        #expect(phone.needs.contains("phone") && phone.needsCase.contains("by"))
        let call = try #require(Self.frames.frames(lemma: "call").first { $0.id == "call-verb" })
        #expect(call.notCase.contains("for") && call.notParticle.contains("on"))
    }

    @Test("the word lists are data: negations, modals and speech verbs are loaded")
    func wordLists() {
        let words = Self.frames.words
        #expect(words.negations.contains("not"))
        #expect(words.speech.contains("say"))
        #expect(!words.modals.isEmpty && !words.blocking.isEmpty)
    }
}
