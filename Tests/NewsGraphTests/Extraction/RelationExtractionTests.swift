import Testing
@testable import NewsGraph

/// Relations as journalists word them, and the wordings that are not events (issue #5).
/// Sentences come from the sample articles, PLOVER development records and common news wording.
@Suite("Relation extraction")
struct RelationExtractionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let kind: RelationKind
        let source: String
        let target: String
        var testDescription: String { "\(kind.rawValue): \(text.prefix(60))…" }
    }

    static let positives: [Case] = [
        // call
        Case(text: "Iranian President Masoud Pezeshkian and Russian President Vladimir Putin held a phone call on Friday to discuss recent unrest in Iran.", kind: .call, source: "Masoud Pezeshkian", target: "Vladimir Putin"),
        Case(text: "The Russian leader has phoned Masoud Pezeshkian amid mass protests in the Islamic Republic.", kind: .call, source: "Vladimir Putin", target: "Masoud Pezeshkian"),
        Case(text: "Russian President Vladimir Putin has held a phone call with his Iranian counterpart, Masoud Pezeshkian, amid mass protests.", kind: .call, source: "Vladimir Putin", target: "Masoud Pezeshkian"),
        Case(text: "Turkish President Recep Tayyip Erdogan spoke by phone with Ukrainian President Volodymyr Zelensky on Sunday.", kind: .call, source: "Recep Tayyip Erdogan", target: "Volodymyr Zelensky"),
        Case(text: "It was the first telephone conversation between Emmanuel Macron and Xi Jinping this year.", kind: .call, source: "Emmanuel Macron", target: "Xi Jinping"),
        // meeting, visit
        Case(text: "Russian President Boris Yeltsin on Saturday hosted Japanese Prime Minister Ryutaro Hashimoto in this Siberian city for an informal meeting.", kind: .meeting, source: "Boris Yeltsin", target: "Ryutaro Hashimoto"),
        Case(text: "Israel and Lebanon renewed negotiations today on an Israeli troop pullback from Lebanon.", kind: .meeting, source: "Israel", target: "Lebanon"),
        Case(text: "Iraqi President Saddam Hussein arrived in Amman on a previously unannounced visit on Wednesday.", kind: .visit, source: "Saddam Hussein", target: "Jordan"),
        Case(text: "The two countries sealed the agreement during Pezeshkian's visit to Moscow last January.", kind: .visit, source: "Masoud Pezeshkian", target: "Russia"),
        // accusation
        Case(text: "At the UNSC meeting last night, the Russian representative accused the U.S. of interfering with Iran's domestic affairs.", kind: .accusation, source: "Russia", target: "United States"),
        Case(text: "The Iranian authorities have blamed the riots on the US and Israel.", kind: .accusation, source: "Iran", target: "Israel"),
        Case(text: "The Iranian authorities have blamed the riots on the US and Israel.", kind: .accusation, source: "Iran", target: "United States"),
        Case(text: "Pezeshkian thanked Moscow for its support and noted that the United States, Israel, and some European countries had a direct role in the recent incidents.", kind: .accusation, source: "Pezeshkian", target: "Israel"),
        Case(text: "Zakharova described the US threats to use force against the Islamic Republic as absolutely unacceptable.", kind: .accusation, source: "Maria Zakharova", target: "United States"),
        Case(text: "The Sudanese government has accused Darfur rebels of violating a month-old ceasefire.", kind: .accusation, source: "Sudan", target: "Darfur rebels"),
        Case(text: "Ousted president Jean-Bertrand Aristide has been accused of misusing public funds by current Haitian government officials.", kind: .accusation, source: "Haiti", target: "Jean-Bertrand Aristide"),
        Case(text: "China strongly condemned Japanese Prime Minister Sanae Takaichi's visit to the shrine.", kind: .accusation, source: "China", target: "Sanae Takaichi"),
        Case(text: "Tehran holds Washington responsible for the attack, the foreign ministry said.", kind: .accusation, source: "Iran", target: "United States"),
        // threat
        Case(text: "In recent days, US President Donald Trump has issued several threats against Iran.", kind: .threat, source: "Donald Trump", target: "Iran"),
        Case(text: "Druze inhabitants of the Syrian Golan Heights threatened today to hold a general strike unless Israel rescinded its annexation of the region.", kind: .threat, source: "Syria", target: "Israel"),
        Case(text: "The Hamas threatened Monday to resume attacks in Israel.", kind: .threat, source: "Hamas", target: "Israel"),
        // agreement
        Case(text: "Putin and Pezeshkian also reaffirmed their mutual commitment to further strengthening the strategic partnership between Russia and Iran.", kind: .agreement, source: "Russia", target: "Iran"),
        Case(text: "Iran is a long-time Russian ally, with the two countries sealing a strategic partnership agreement last January.", kind: .agreement, source: "Iran", target: "Russia"),
        Case(text: "The Turkish and Greek sides of the divided island of Cyprus have agreed to share information on missing people.", kind: .agreement, source: "Turkey", target: "Greece"),
        Case(text: "Ukraine signed a minerals deal with the United States on Wednesday.", kind: .agreement, source: "Ukraine", target: "United States"),
        Case(text: "Netanyahu, who is facing a corruption trial, accused Iran of plotting the attack.", kind: .accusation, source: "Benjamin Netanyahu", target: "Iran"),
        Case(text: "Japan and the Philippines criticized China's coast guard for firing water cannons.", kind: .accusation, source: "Japan", target: "China"),
        Case(text: "Iraq charged Kuwait with stealing oil from the Rumaila field.", kind: .accusation, source: "Iraq", target: "Kuwait"),
        Case(text: "Egypt denounced Israel's air strikes on Gaza.", kind: .accusation, source: "Egypt", target: "Israel"),
        Case(text: "Pakistan lodged a strong protest with India over the border shelling.", kind: .accusation, source: "Pakistan", target: "India"),
        Case(text: "China criticised the United States for selling arms to Taiwan.", kind: .accusation, source: "China", target: "United States"),
        Case(text: "The Kremlin lashed out at NATO on Tuesday.", kind: .accusation, source: "Kremlin", target: "NATO"),
        Case(text: "North Korea threatened South Korea with merciless retaliation.", kind: .threat, source: "North Korea", target: "South Korea"),
        Case(text: "Iran warned Israel against any attack on its nuclear sites.", kind: .threat, source: "Iran", target: "Israel"),
        Case(text: "Hamas vowed revenge against Israel after the strike.", kind: .threat, source: "Hamas", target: "Israel"),
        Case(text: "India and Pakistan agreed to a ceasefire along the Line of Control.", kind: .agreement, source: "India", target: "Pakistan"),
        Case(text: "Japan and South Korea signed a military intelligence pact on Wednesday.", kind: .agreement, source: "Japan", target: "South Korea"),
        Case(text: "Biden telephoned Netanyahu on Sunday to discuss the hostages.", kind: .call, source: "Joe Biden", target: "Benjamin Netanyahu"),
        Case(text: "Xi Jinping and Joe Biden spoke by phone for two hours.", kind: .call, source: "Xi Jinping", target: "Joe Biden"),
        // support
        Case(text: "Pezeshkian thanked Moscow for supporting Iran in international forums.", kind: .support, source: "Russia", target: "Iran"),
    ]

    @Test("relations as journalists word them", arguments: positives)
    func positive(_ c: Case) {
        let fixture = ExtractionFixture(c.text, date: "2026-01-16")
        #expect(fixture.has(c.kind, from: c.source, to: c.target),
                "\(c.kind.rawValue) edges: \(fixture.all(c.kind)); nodes: \(fixture.names)")
    }

    static let negatives: [(String, RelationKind)] = [
        ("Iran did not accuse Israel of the attack.", .accusation),
        ("Russia denied accusing Ukraine of the strike.", .accusation),
        ("Did Iran accuse Israel of the attack?", .accusation),
        ("Iran may sign an agreement with Russia next year.", .agreement),
        ("Iran and Russia are expected to review expanded cooperation plans in their upcoming joint economic commission meeting.", .meeting),
        ("Trump called on Iranian protesters to seize control of state institutions.", .call),
        ("Trump called Maduro a dictator on Monday.", .call),
        ("Erdogan called for talks between Israel and Hamas.", .call),
        ("Samsung signed a mobile phone deal with Apple.", .call),
        ("Putin offered to negotiate with the president of Armenia.", .meeting),
        ("Zakharova warned that military action against Iran could destabilize the entire Middle East.", .threat),
        ("Turkish police stopped students near AKP offices in Sivas to protest the decision of sending troops to Iraq.", .accusation),
        ("Chinese leader Xi Jinping and Joe Biden prepare for a summit in San Francisco.", .meeting),
        ("Portugal will support Turkey's efforts to become a full member of the European Community.", .support),
        ("Croatia is investigating alleged war crimes by Croatian extremists against Serb civilians.", .accusation),
        ("Montenegro's prime minister was indicted for his alleged part in atrocities against Serb forces.", .accusation),
    ]

    @Test("a list is closed by a conjunction: commas alone do not add the next actor")
    func commaIsNotCoordination() {
        let fixture = ExtractionFixture("The first NATO troops have arrived in Bosnia, Defense Secretary William Perry said.")
        #expect(fixture.has(.visit, from: "NATO", to: "Bosnia and Herzegovina"), "visits: \(fixture.all(.visit))")
        #expect(fixture.all(.visit).count == 1, "visits: \(fixture.all(.visit))")
        let listed = ExtractionFixture("Iran accused the United States, Israel, and Britain of interference.")
        #expect(listed.all(.accusation).count == 3, "accusations: \(listed.all(.accusation))")
    }

    @Test("a one-word party name before a minister's title is the portfolio, not the party")
    func portfolio() {
        let fixture = ExtractionFixture("The strike was over a bill signed by Serbian Labour Minister Dragan Milovanovic.")
        #expect(fixture.entity("Labour Party") == nil, "nodes: \(fixture.names)")
        #expect(fixture.has(.affiliation, from: "Dragan Milovanovic", to: "Serbia"), "affiliations: \(fixture.all(.affiliation))")
        #expect(ExtractionFixture("U.N. Secretary-General Kofi Annan spoke.").has(.affiliation, from: "Kofi Annan", to: "United Nations"))
    }

    @Test("negation, questions, hypotheticals and look-alikes give no event", arguments: negatives)
    func negative(_ text: String, _ kind: RelationKind) {
        let fixture = ExtractionFixture(text, date: "2026-01-16")
        #expect(fixture.all(kind).isEmpty, "unexpected \(kind.rawValue): \(fixture.all(kind))")
    }

    @Test("undirected kinds are undirected; every relation has its CAMEO code and PLOVER category")
    func vocabulary() {
        #expect(RelationKind.call.isDirected == false)
        #expect(RelationKind.meeting.isDirected == false)
        #expect(RelationKind.agreement.isDirected == false)
        #expect(RelationKind.accusation.isDirected)
        for kind in RelationKind.allCases where kind != .affiliation {
            #expect(kind.cameo != nil && kind.plover != nil)
        }
    }

    @Test("evidence quotes exactly the sentence it points at, in Unicode scalars")
    func evidenceSpans() throws {
        let text = "Überblick: “Zakharova” said so.\nIran’s leader — Ali Khamenei — accused Israel of the attack on Friday."
        let fixture = ExtractionFixture(text, date: "2026-01-16")
        let relation = try #require(fixture.relations(.accusation, from: "Ali Khamenei", to: "Israel").first)
        let scalars = Array(text.unicodeScalars)
        for item in relation.evidence {
            #expect(String(String.UnicodeScalarView(scalars[item.start..<item.end])) == item.text)
        }
        #expect(relation.evidence.first?.triggers == ["accused"])
        #expect(relation.date == NewsDate(year: 2026, month: 1, day: 16))
    }

    @Test("explicit verbs with both actors score higher than inferred ones")
    func confidence() throws {
        let explicit = ExtractionFixture("Russia accused Ukraine of the attack.")
        let inferred = ExtractionFixture("Residents of the Syrian capital threatened to strike unless Israel withdrew.")
        let a = try #require(explicit.relations(.accusation, from: "Russia", to: "Ukraine").first)
        let b = try #require(inferred.relations(.threat, from: "Syria", to: "Israel").first)
        #expect(a.confidence > b.confidence)
    }
}
