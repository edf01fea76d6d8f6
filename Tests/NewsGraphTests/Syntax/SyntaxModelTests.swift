import Testing
@testable import NewsGraph

@Suite("The shipped syntax model on news sentences: the arcs relation extraction reads",
       .enabled(if: (try? SyntaxModel.builtIn) != nil, "the syntax model is not trained yet"))
struct SyntaxModelTests {
    let model: SyntaxModel

    init() throws { model = try SyntaxModel.builtIn }

    /// The head's form and the relation of the word `form` (its first occurrence).
    func arc(_ parse: ParsedSentence, _ form: String) -> (head: String, relation: String)? {
        guard let i = parse.forms.firstIndex(of: form) else { return nil }
        return (parse.heads[i] < 0 ? "ROOT" : parse.forms[parse.heads[i]], parse.relations[i])
    }

    func parse(_ text: String) -> ParsedSentence {
        let sentence = model.annotate(text: text)[0]
        let words = sentence.words
        return ParsedSentence(forms: words.map(\.form), tags: words.map { UniversalTag(name: $0.upos)! },
                              xpos: words.map(\.xpos), lemmas: words.map(\.lemma), heads: words.map { ($0.head ?? 0) - 1 },
                              relations: words.map(\.deprel))
    }

    @Test("subject, object and prepositional argument")
    func basicArguments() {
        let p = parse("Russia accused the United States of interference in Venezuela.")
        #expect(arc(p, "Russia")?.head == "accused")
        #expect(arc(p, "Russia")?.relation == "nsubj")
        #expect(arc(p, "States")?.head == "accused")
        #expect(arc(p, "States")?.relation == "obj")
        #expect(arc(p, "interference")?.relation == "obl")
        #expect(arc(p, "accused")?.head == "ROOT")
        #expect(p.lemmas[p.forms.firstIndex(of: "accused")!] == "accuse")
        #expect(p.tags[p.forms.firstIndex(of: "Russia")!] == .propn)
    }

    @Test("a passive: the patient is nsubj:pass, the agent obl with its 'by'")
    func passive() {
        let p = parse("The deal was signed by India and Iran on Monday.")
        #expect(arc(p, "deal")?.relation == "nsubj:pass")
        #expect(arc(p, "was")?.relation == "aux:pass")
        #expect(arc(p, "India")?.head == "signed")
        #expect(arc(p, "India")?.relation.hasPrefix("obl") == true)
        #expect(arc(p, "Iran")?.head == "India")
        #expect(arc(p, "Iran")?.relation == "conj")
    }

    @Test("coordinated subjects and a prepositional object of a noun")
    func coordination() {
        let p = parse("Putin and Erdogan held a phone call on Friday.")
        #expect(arc(p, "Putin")?.relation == "nsubj")
        #expect(arc(p, "Erdogan")?.head == "Putin")
        #expect(arc(p, "Erdogan")?.relation == "conj")
        #expect(arc(p, "call")?.head == "held")
        #expect(arc(p, "call")?.relation == "obj")
        #expect(arc(p, "phone")?.relation == "compound")
    }

    @Test("reported speech: the said clause is ccomp with its own subject")
    func reportedSpeech() {
        let p = parse("Pezeshkian said that the United States had a direct role in the riots.")
        #expect(arc(p, "had")?.head == "said")
        #expect(arc(p, "had")?.relation == "ccomp")
        #expect(arc(p, "States")?.head == "had")
        #expect(arc(p, "States")?.relation == "nsubj")
        #expect(arc(p, "Pezeshkian")?.head == "said")
    }

    @Test("a relative clause hangs on the noun it describes")
    func relativeClause() {
        let p = parse("He criticised Jack Straw, who accused the Tories of running scared.")
        #expect(arc(p, "accused")?.head == "Jack")
        #expect(arc(p, "accused")?.relation == "acl:relcl")
        #expect(arc(p, "who")?.head == "accused")
        #expect(arc(p, "who")?.relation == "nsubj")
        #expect(arc(p, "Tories")?.head == "accused")
    }

    @Test("a possessor of a noun is nmod:poss, with its 's")
    func possessor() {
        let p = parse("Iran welcomed Russia's support.")
        #expect(arc(p, "Russia")?.head == "support")
        #expect(arc(p, "Russia")?.relation == "nmod:poss")
        #expect(arc(p, "'s")?.relation == "case")
    }

    @Test("every sentence gets a tree: one root, every head a word of the sentence, no cycle")
    func wellFormed() {
        for text in ["Yes.", "Talks.", ",,,", "The", "(Reuters) - 12 3 4 ! ? -- ...", String(repeating: "and ", count: 300)] {
            let p = parse(text)
            #expect(p.heads.filter { $0 == -1 }.count == 1)
            for i in p.heads.indices {
                var j = i, steps = 0
                while j >= 0, steps <= p.count { j = p.heads[j]; steps += 1 }
                #expect(j == -1, "word \(i) of '\(text.prefix(20))' does not reach the root")
            }
        }
    }
}
