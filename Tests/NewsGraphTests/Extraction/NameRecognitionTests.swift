import Testing
@testable import NewsGraph

/// Names no list holds (issue #14): the trained recognizer finds people and companies the
/// knowledge base does not know; the knowledge base still decides what it knows; text in
/// capitals, bylines, credits and datelines make no actors. Skipped without the shipped models.
@Suite("Name recognition: the trained recognizer in extraction",
       .enabled(if: (try? NameRecognizer.builtIn) != nil && (try? SyntaxModel.builtIn) != nil, "the shipped name or syntax model is missing"))
struct NameRecognitionTests {
    @Test("unknown people are people, with a title and without one", arguments: [
        ("Jonathan Pearce, an analyst at the brokerage, said the deal made sense.", "Jonathan Pearce"),
        ("Chief executive Marguerite Okonjo said sales would rise next year.", "Marguerite Okonjo"),
        ("The report was written by economist Harald Lindqvist, who warned of a slowdown.", "Harald Lindqvist"),
    ])
    func unknownPeople(text: String, name: String) throws {
        let fixture = ExtractionFixture(text)
        let person = try #require(fixture.entity(name), "nodes: \(fixture.names)")
        #expect(person.kind == .person)
    }

    @Test("an honorific names a person nobody listed, whatever follows the name", arguments: [
        ("Mr Adeyemi met the press on Monday.", "Adeyemi"),
        ("Later, Mrs Okonjo toured the new plant.", "Okonjo"),
    ])
    func honorificNamesAPerson(text: String, name: String) throws {
        let fixture = ExtractionFixture(text)
        let person = try #require(fixture.entity(name), "nodes: \(fixture.names)")
        #expect(person.kind == .person)
    }

    @Test("people known only by an honorific and a surname are actors")
    func honorificActors() {
        let fixture = ExtractionFixture("Dr Okafor spoke to Mr Bello by phone on Tuesday.")
        #expect(fixture.has(.call, from: "Okafor", to: "Bello") || fixture.has(.call, from: "Bello", to: "Okafor"),
                "calls: \(fixture.all(.call))")
    }

    @Test("companies are organizations, with a legal suffix, a ticker, or neither", arguments: [
        ("Orvane Holdings Ltd said it would cut 200 jobs at its plant.", "Orvane Holdings Ltd"),
        ("Shares in Telvaro fell 5% after the company missed its targets.", "Telvaro"),
        ("Brenmoor Corp (NYSE: BRM) agreed to buy a rival for $2bn.", "Brenmoor Corp"),
        ("Dravik, the Swedish truck maker, said profits fell by a third.", "Dravik"),
    ])
    func companies(text: String, name: String) throws {
        let fixture = ExtractionFixture(text)
        let company = try #require(fixture.entity(name), "nodes: \(fixture.names)")
        #expect(company.kind == .organization)
        // A ticker is not a node of its own.
        #expect(fixture.entity("BRM") == nil)
    }

    @Test("a headline in capitals is read by its words: no organization made of capitals")
    func headlineInCapitals() throws {
        let fixture = ExtractionFixture("OIL PRICES SOAR AS TRADERS FEAR SHORTAGES\n\nOil prices rose on Monday as traders feared shortages of crude.")
        #expect(fixture.graph.entities.isEmpty, "nodes: \(fixture.names)")
    }

    @Test("a headline in capitals still names the countries the knowledge base knows")
    func headlineCountries() throws {
        let fixture = ExtractionFixture("RUSSIA WARNS UKRAINE OVER GAS PRICES\n\nThe dispute went on.")
        #expect(fixture.entity("Russia")?.kind == .country)
        #expect(fixture.entity("Ukraine")?.kind == .country)
        #expect(fixture.graph.entities.count == 2, "nodes: \(fixture.names)")
    }

    @Test("bylines, datelines and credits are not actors")
    func credits() throws {
        let fixture = ExtractionFixture("""
        LONDON 2005-01-12

        By Jane Mokoena and Peter Olsen

        Gazprom said on Monday that the talks with the buyers had failed.

        (Reporting by Tom Brunner; Editing by Alice Kemper)
        Additional reporting by Karl Ingmarsson
        An oil platform in the North Sea. Image: Sven Hallberg.
        """)
        for name in ["Jane Mokoena", "Peter Olsen", "Tom Brunner", "Alice Kemper", "Karl Ingmarsson", "Sven Hallberg", "United Kingdom"] {
            #expect(fixture.entity(name) == nil, "\(name) should not be a node: \(fixture.names)")
        }
        #expect(fixture.entity("Gazprom")?.kind == .organization)
    }

    @Test("surnames never join different full names; a lone surname joins the most salient one")
    func surnames() throws {
        let fixture = ExtractionFixture("""
        Marta Kovalenko met Ivan Kovalenko in Kiev on Monday. Marta Kovalenko said the meeting went well, \
        and Marta Kovalenko will return next week. Kovalenko added that talks would go on.
        """)
        let marta = try #require(fixture.entity("Marta Kovalenko"), "nodes: \(fixture.names)")
        let ivan = try #require(fixture.entity("Ivan Kovalenko"), "nodes: \(fixture.names)")
        #expect(marta.id != ivan.id)
        #expect(marta.aliases.contains("Kovalenko"))
        #expect(!ivan.aliases.contains("Kovalenko"))
        #expect(fixture.graph.entities.values.filter { $0.kind == .person }.count == 2, "nodes: \(fixture.names)")
    }

    @Test("a surname two equally named people share joins neither")
    func tiedSurnames() throws {
        let fixture = ExtractionFixture("Marta Kovalenko met Ivan Kovalenko on Monday. Kovalenko said the talks went well.")
        #expect(!(fixture.entity("Marta Kovalenko")?.aliases.contains("Kovalenko") ?? true))
        #expect(!(fixture.entity("Ivan Kovalenko")?.aliases.contains("Kovalenko") ?? true))
    }

    @Test("what the knowledge base knows keeps its id, type and country, whatever the recognizer reads")
    func knowledgeDecides() throws {
        let fixture = ExtractionFixture("Jordan and Egypt signed a deal with Gazprom, Vladimir Putin said on Monday.")
        #expect(fixture.entity("Jordan")?.kind == .country)
        #expect(fixture.entity("Jordan")?.code == "JOR")
        let putin = try #require(fixture.entity("Vladimir Putin"))
        #expect(putin.id == ExtractionFixture.knowledge.people.first { $0.name == "Vladimir Putin" }?.entityID)
        #expect(putin.country == "RUS")
    }

    @Test("a name found once is the same name, of the same type, wherever else the document writes it")
    func documentConsistency() throws {
        let fixture = ExtractionFixture("Shares in Telvaro fell on Monday. Telvaro said it would cut jobs. Analysts said Telvaro had been weak.")
        let nodes = fixture.graph.entities.values.filter { $0.name == "Telvaro" }
        #expect(nodes.count == 1, "nodes: \(fixture.names)")
        #expect(nodes.first?.kind == .organization)
    }
}
