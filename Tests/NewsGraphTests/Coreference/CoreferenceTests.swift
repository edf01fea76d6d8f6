import Testing
@testable import NewsGraph

/// Pronouns and definite descriptions resolved to the most salient compatible antecedent
/// (issue 13, "Pronouns and descriptions"), read through `newsgraph explain`'s account of each.
/// Generic news wording, not sentences of the development sets.
@Suite("Coreference: pronouns and descriptions")
struct CoreferenceTests {
    /// What each pronoun or description of the text resolved to: its surface, then the names of
    /// the entities (empty when unresolved), in text order.
    static func references(_ text: String, date: String? = nil) -> [(text: String, names: [String], kinds: [String])] {
        var document = DocumentReader.makeDocument(id: "d1", path: "t.txt", content: text)
        if let date { document.date = NewsDate(iso: date) }
        let explanation = Extractor(knowledge: ExtractionFixture.knowledge).explain(document)
        return explanation.sentences.flatMap { sentence in
            sentence.references.map { r in
                (r.text, r.entityNames, r.entities.map { String($0.prefix { $0 != ":" }) })
            }
        }
    }

    static func resolved(_ text: String, _ surface: String, date: String? = nil) -> [String]? {
        references(text, date: date).first { $0.text.lowercased() == surface.lowercased() }?.names
    }

    // MARK: Pronouns

    @Test("he after a named man")
    func heAfterNamedPerson() {
        #expect(Self.resolved("Vladimir Putin arrived in Ankara on Monday. He met officials of the government.", "He")
                == ["Vladimir Putin"])
    }

    @Test("she after a woman the knowledge base does not know: her given name")
    func sheByGivenName() {
        #expect(Self.resolved("Maria Kowalczyk met the mayor on Tuesday. She said the talks went well.", "She")
                == ["Maria Kowalczyk"])
    }

    @Test("gender disagreement picks the other antecedent")
    func genderDisagreement() {
        // The man is the more recent and the subject's parallel; "she" can only be the woman.
        let text = "Maria Kowalczyk met John Brennan in Warsaw. John Brennan spoke first. Later she praised the agreement."
        #expect(Self.resolved(text, "she") == ["Maria Kowalczyk"])
        let other = "John Brennan met Maria Kowalczyk in Warsaw. Maria Kowalczyk spoke first. Later he praised the agreement."
        #expect(Self.resolved(other, "he") == ["John Brennan"])
    }

    @Test("a title tells the gender: Mrs and Mr")
    func genderByTitle() {
        let text = "Mr Adeyemi said the talks failed. Mrs Okonjo said the summit was useful. He thanked the hosts."
        #expect(Self.resolved(text, "He")?.first?.contains("Adeyemi") == true)
        let other = "Mrs Okonjo said the talks failed. Mr Adeyemi said the summit was useful. She thanked the hosts."
        #expect(Self.resolved(other, "She")?.first?.contains("Okonjo") == true)
    }

    @Test("it stands for a country or an organization, never a person")
    func itCountryOrOrganization() {
        #expect(Self.resolved("Iran rejected the proposal on Monday. It accused the United States of lying.", "It") == ["Iran"])
        #expect(Self.resolved("NATO held a summit in Brussels on Monday. It agreed to raise spending.", "It") == ["NATO"])
        // Only a person before it: unresolved.
        #expect(Self.resolved("Vladimir Putin arrived late on Monday. It rained all day.", "It") == [])
    }

    @Test("pleonastic it stands for nothing")
    func pleonasticIt() {
        #expect(Self.resolved("Iran rejected the proposal. It is clear that talks will resume.", "It") == [])
    }

    @Test("they stands for an organization or a group named together")
    func theyGroupOrOrganization() {
        #expect(Self.resolved("Hamas released a statement on Sunday. They accused Israel of breaking the truce.", "They") == ["Hamas"])
        let group = Self.resolved("Vladimir Putin and Recep Tayyip Erdogan met in Sochi. They discussed the war.", "They")
        #expect(Set(group ?? []) == ["Vladimir Putin", "Recep Tayyip Erdoğan"])
    }

    @Test("binding: an object pronoun is not its own clause's subject")
    func binding() {
        let text = "Recep Tayyip Erdogan arrived in Moscow. Vladimir Putin praised him warmly."
        #expect(Self.resolved(text, "him") == ["Recep Tayyip Erdoğan"])
    }

    // MARK: Descriptions

    @Test("the Russian leader: the salient person of Russia with a leader's office")
    func theRussianLeader() {
        let text = "Vladimir Putin and Emmanuel Macron spoke on Monday. The Russian leader said the talks were useful."
        let explanation = Extractor(knowledge: ExtractionFixture.knowledge)
            .explain(DocumentReader.makeDocument(id: "d1", path: "t.txt", content: text))
        let mention = explanation.sentences[1].mentions.first { $0.text.lowercased().contains("russian leader") }
        #expect(mention?.entityName == "Vladimir Putin")
    }

    @Test("the company: an organization")
    func theCompany() {
        let text = "Gazprom signed a supply contract with Turkey on Monday. The company said deliveries start in May."
        #expect(Self.resolved(text, "The company") == ["Gazprom"])
    }

    @Test("the two countries: the two most salient countries")
    func theTwoCountries() {
        let text = "Iran and Russia signed a gas deal in Tehran. The two countries also agreed to expand trade."
        #expect(Set(Self.resolved(text, "The two countries") ?? []) == ["Iran", "Russia"])
        #expect(ExtractionFixture(text).has(.agreement, from: "Iran", to: "Russia"))
    }

    @Test("both leaders: the two most salient people")
    func bothLeaders() {
        let text = "Vladimir Putin received Recep Tayyip Erdogan in Sochi. Both leaders praised the talks."
        #expect(Set(Self.resolved(text, "Both leaders") ?? []) == ["Vladimir Putin", "Recep Tayyip Erdoğan"])
    }

    @Test("his French counterpart: a person of France (never France itself)")
    func frenchCounterpart() {
        // Known: the French person the document names.
        let named = "Emmanuel Macron was in Berlin on Monday. Vladimir Putin later called his French counterpart."
        let explanation = Extractor(knowledge: ExtractionFixture.knowledge)
            .explain(DocumentReader.makeDocument(id: "d1", path: "t.txt", content: named))
        let counterpart = explanation.sentences[1].mentions.first { $0.text.lowercased().contains("counterpart") }
        #expect(counterpart?.entityName == "Emmanuel Macron")
        // Unnamed: the knowledge base's holder of the possessor's office in France on the date.
        let unnamed = "Russian Foreign Minister Sergei Lavrov called his French counterpart on Monday."
        let byOffice = Self.references(unnamed, date: "2025-03-10").first { $0.text.lowercased().contains("counterpart") }
        #expect(byOffice?.kinds.allSatisfy { $0 == "person" } == true)
        #expect(byOffice?.names.contains("France") == false)
        // Nobody fits: dropped, not France.
        let graph = ExtractionFixture("Ivan Sorokin called his French counterpart on Monday.").graph
        #expect(!graph.relations.values.contains { $0.target == "country:fra" || $0.source == "country:fra" })
    }

    // MARK: Traps

    @Test("a pronoun with no compatible antecedent stays unresolved")
    func noCompatibleAntecedent() {
        #expect(Self.resolved("The ministry published a report on Monday. She said it was wrong.", "She") == [])
        #expect(Self.resolved("Iran rejected the proposal on Monday. He said it was wrong.", "He") == [])
    }

    @Test("two people never merge because they share a surname")
    func noMergeBySurname() {
        let text = "Melania Trump said the school was useful. Donald Trump spoke in Texas. She thanked the teachers."
        let fixture = ExtractionFixture(text)
        #expect(fixture.entity("Melania Trump") != nil)
        #expect(fixture.entity("Donald Trump") != nil)
        #expect(fixture.entity("Melania Trump")?.id != fixture.entity("Donald Trump")?.id)
        #expect(Self.resolved(text, "She") == ["Melania Trump"])
    }

    // MARK: Relations through pronouns

    @Test("a relation found through a pronoun: 'He also spoke to Erdogan by phone.'",
          .enabled(if: SyntaxAvailability.installed, SyntaxAvailability.reason))
    func relationThroughPronoun() {
        let fixture = ExtractionFixture("Russian President Vladimir Putin arrived in Minsk on Monday. He also spoke to Erdogan by phone.")
        #expect(fixture.has(.call, from: "Vladimir Putin", to: "Recep Tayyip Erdoğan"))
    }

    @Test("a sentence whose only other actor is a pronoun is parsed", .enabled(if: SyntaxAvailability.installed, SyntaxAvailability.reason))
    func pronounSentenceIsParsed() {
        let document = DocumentReader.makeDocument(id: "d1", path: "t.txt",
                                                   content: "Iran rejected the proposal on Monday. It accused the United States of lying.")
        let explanation = Extractor(knowledge: ExtractionFixture.knowledge).explain(document)
        #expect(explanation.sentences[1].parsedForExtraction)
        #expect(explanation.sentences[1].relations.contains { $0.kind == "accusation" && $0.source == "country:irn" && $0.target == "country:usa" })
    }

    @Test("explain --json gives each reference's entity and antecedent")
    func explanationJSON() throws {
        let document = DocumentReader.makeDocument(id: "d1", path: "t.txt", content: "Vladimir Putin arrived on Monday. He met officials.")
        let explanation = Extractor(knowledge: ExtractionFixture.knowledge).explain(document)
        let reference = try #require(explanation.sentences[1].references.first)
        #expect(reference.entities == ["person:vladimir-putin"])
        #expect(reference.antecedent?.sentence == 1)
        #expect(reference.antecedent?.text == "Vladimir Putin")
        #expect(explanation.sentences[1].mentions.contains { $0.form == "reference" && $0.entity == "person:vladimir-putin" })
    }

    @Test("antecedent search stays linear: a long document of pronouns resolves each to its sentence's person")
    func longDocument() {
        var text = ""
        for i in 0..<4000 {
            text += i % 2 == 0 ? "Vladimir Putin arrived in Ankara. He met officials. " : "Maria Kowalczyk left Warsaw. She met officials. "
        }
        let document = DocumentReader.makeDocument(id: "d1", path: "t.txt", content: text)
        let reading = Extractor(knowledge: ExtractionFixture.knowledge).readCoreference(of: document, parsing: .never)
        let pronouns = reading.resolutions.filter(\.isPronoun)
        #expect(pronouns.count == 4000)
        #expect(pronouns.enumerated().allSatisfy { i, r in
            r.entities == [i % 2 == 0 ? "person:vladimir-putin" : "person:maria-kowalczyk"]
        })
    }
}
