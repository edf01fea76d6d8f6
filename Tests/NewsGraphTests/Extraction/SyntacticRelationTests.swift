import Testing
@testable import NewsGraph

/// Whether the shipped syntax model is installed: the syntactic extractor's tests need it (without
/// it extraction falls back to word order, which `RelationExtractionTests` covers).
enum SyntaxAvailability {
    static let installed = (try? SyntaxModel.builtIn) != nil
    static let reason: Comment = "no syntax model installed (Sources/NewsGraph/Models/english.syntax): relations are read by word order"
}

/// Each construction the syntactic extractor reads, with a sentence that shows it, and the traps
/// beside it that are no event (issue 13). Generic news wording, not sentences of the development
/// sets.
@Suite("Relations read from the dependency tree", .enabled(if: SyntaxAvailability.installed, SyntaxAvailability.reason))
struct SyntacticRelationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let kind: RelationKind
        let source: String
        let target: String
        var testDescription: String { "\(kind.rawValue): \(text.prefix(70))" }
    }

    static let constructions: [Case] = [
        // Relative clause: the verb's subject is the noun the clause hangs on.
        Case(text: "Turkish President Recep Tayyip Erdogan, who accused Israel of genocide, spoke in Ankara on Monday.",
             kind: .accusation, source: "Recep Tayyip Erdogan", target: "Israel"),
        // "blamed X for …"; "blamed … on X".
        Case(text: "The European Union blamed the United States for the sharp rise of the euro.",
             kind: .accusation, source: "European Union", target: "United States"),
        Case(text: "Iran blamed the protests on foreign agents sent by Israel.", kind: .accusation, source: "Iran", target: "Israel"),
        // A call worded with "by telephone".
        Case(text: "Vladimir Putin talked to Recep Tayyip Erdogan by telephone on Sunday.",
             kind: .call, source: "Vladimir Putin", target: "Recep Tayyip Erdogan"),
        // A list of actors as subject.
        Case(text: "Ukraine's allies, including France and Germany, condemned the Russian strikes.",
             kind: .accusation, source: "France", target: "Russia"),
        Case(text: "Ukraine's allies, including France and Germany, condemned the Russian strikes.",
             kind: .accusation, source: "Germany", target: "Russia"),
        // Raising: "are expected to announce a deal" counts (EXTRACTION.md).
        Case(text: "Iran and Russia are expected to announce a gas deal on Monday.", kind: .agreement, source: "Iran", target: "Russia"),
        // The other party of the exchange a deal is for.
        Case(text: "India has signed a deal to import natural gas from Iran.", kind: .agreement, source: "India", target: "Iran"),
        // A noun's possessor.
        Case(text: "Putin's phone call with Erdogan lasted an hour.", kind: .call, source: "Putin", target: "Erdogan"),
        // Passive with its agent.
        Case(text: "Israel was condemned by Egypt for the air strikes.", kind: .accusation, source: "Egypt", target: "Israel"),
        // An apposition names the actor: the name, not the title before it.
        Case(text: "Russia's foreign minister, Sergei Lavrov, accused Ukraine of sabotage.",
             kind: .accusation, source: "Sergei Lavrov", target: "Ukraine"),
        // Coordinated objects each receive the relation.
        Case(text: "Iran accused Israel and the United States of the attack.", kind: .accusation, source: "Iran", target: "Israel"),
        Case(text: "Iran accused Israel and the United States of the attack.", kind: .accusation, source: "Iran", target: "United States"),
        // Control: "agreed to sign".
        Case(text: "Japan and South Korea agreed to sign a military pact.", kind: .agreement, source: "Japan", target: "South Korea"),
        // What was agreed names the other party: "agreed to co-operate with", a supply's agent.
        Case(text: "Poland agreed to cooperate with Germany on energy.", kind: .agreement, source: "Poland", target: "Germany"),
        Case(text: "Ukraine has agreed to pay more for natural gas supplied by Turkmenistan.",
             kind: .agreement, source: "Ukraine", target: "Turkmenistan"),
        // A verb coordinated with another shares its subject.
        Case(text: "Iran condemned the attack and accused Israel of carrying it out.", kind: .accusation, source: "Iran", target: "Israel"),
        // Reported speech: the speaker accuses.
        Case(text: "Pezeshkian said the United States had a direct role in the unrest.",
             kind: .accusation, source: "Masoud Pezeshkian", target: "United States"),
        Case(text: "The United States was behind the attack, Iran said.", kind: .accusation, source: "Iran", target: "United States"),
        Case(text: "Egypt said Israel was behind the attack.", kind: .accusation, source: "Egypt", target: "Israel"),
        // A list of subjects ending in a description: each name in it.
        Case(text: "Sergei Lavrov noted that the United States, Britain, and some European countries had a direct role in the unrest.",
             kind: .accusation, source: "Sergei Lavrov", target: "United States"),
        Case(text: "Sergei Lavrov noted that the United States, Britain, and some European countries had a direct role in the unrest.",
             kind: .accusation, source: "Sergei Lavrov", target: "United Kingdom"),
        // The actor behind the thing criticised.
        Case(text: "China condemned Japan's decision to release the water.", kind: .accusation, source: "China", target: "Japan"),
        Case(text: "India lashed out at the trade policies of the European Union.", kind: .accusation, source: "India", target: "European Union"),
        // "called X unacceptable".
        Case(text: "Russia called the American sanctions unacceptable.", kind: .accusation, source: "Russia", target: "United States"),
        // "each other".
        Case(text: "Armenia and Azerbaijan accused each other of violating the ceasefire.",
             kind: .accusation, source: "Armenia", target: "Azerbaijan"),
        Case(text: "Armenia and Azerbaijan accused each other of violating the ceasefire.",
             kind: .accusation, source: "Azerbaijan", target: "Armenia"),
        // "between A and B".
        Case(text: "A ceasefire agreement between Israel and Hamas was signed on Friday.", kind: .agreement, source: "Israel", target: "Hamas"),
        // A complaint, as a noun with its light verb.
        Case(text: "The United States filed a complaint against China with the World Trade Organization.",
             kind: .accusation, source: "United States", target: "China"),
        // A threat's target in the infinitive.
        Case(text: "Hamas threatened to resume attacks in Israel.", kind: .threat, source: "Hamas", target: "Israel"),
        // A conversation that says nothing of a meeting is a call.
        Case(text: "Emmanuel Macron spoke with Joe Biden on Tuesday about Ukraine.", kind: .call, source: "Emmanuel Macron", target: "Joe Biden"),
        // … and one during a visit is a meeting.
        Case(text: "During his visit to Washington, Emmanuel Macron spoke with Joe Biden.", kind: .meeting, source: "Emmanuel Macron", target: "Joe Biden"),
    ]

    @Test("each construction gives its relation", arguments: constructions)
    func construction(_ c: Case) {
        let fixture = ExtractionFixture(c.text, date: "2025-06-01")
        #expect(fixture.has(c.kind, from: c.source, to: c.target),
                "\(c.kind.rawValue) edges: \(fixture.all(c.kind)); nodes: \(fixture.names)")
    }

    static let traps: [(String, RelationKind)] = [
        ("Turkmenistan is trying to strike a similar deal with Russia.", .agreement),
        ("Iran refused to meet Benjamin Netanyahu in Geneva.", .meeting),
        ("Iran and Russia will hold talks on a gas deal next week.", .agreement),
        ("Iran and Russia hope to reach an agreement on gas prices.", .agreement),
        ("If Iran signs the deal with Russia, sanctions will follow.", .agreement),
        ("Iran did not sign the agreement with Russia.", .agreement),
        ("The talks between Iran and Russia ended without agreement.", .agreement),
        ("No agreement was reached between Iran and Russia.", .agreement),
        ("Trump called on Iran to free the prisoners.", .call),
        ("Trump called on Iran to free the prisoners.", .accusation),
        ("Germany called for talks with Russia.", .call),
        ("Germany called for talks with Russia.", .meeting),
        ("The United Nations called for a ceasefire with Hamas.", .agreement),
        ("Samsung signed a mobile phone deal with Apple.", .call),
        ("Russia denied accusing Ukraine of the strike.", .accusation),
        ("Did Iran accuse Israel of the attack?", .accusation),
        ("So-called rogue states such as Iran and North Korea remain a concern.", .call),
        ("Russia offered to negotiate with Ukraine.", .meeting),
        ("Iran may accuse Israel of the attack.", .accusation),
        ("Iran rejected the accusations made by Israel.", .accusation),
        ("Iran agreed with Russia that the sanctions were unfair.", .agreement),
        ("Israel agreed to release prisoners held by Hamas.", .agreement),
        ("Ukraine agreed to send troops to Iraq.", .agreement),
    ]

    @Test("attempts, plans, negation, conditions, questions and look-alikes give no event", arguments: traps)
    func trap(_ text: String, _ kind: RelationKind) {
        let fixture = ExtractionFixture(text, date: "2025-06-01")
        #expect(fixture.all(kind).isEmpty, "unexpected \(kind.rawValue): \(fixture.all(kind))")
    }

    @Test("a name in another clause is not in the list of the next clause's subject")
    func clauseBoundary() {
        let fixture = ExtractionFixture("Iran accused Israel, and some countries condemned the attack.")
        #expect(fixture.has(.accusation, from: "Iran", to: "Israel"), "accusations: \(fixture.all(.accusation))")
        #expect(fixture.all(.accusation).allSatisfy { !$0.hasPrefix("Israel") }, "accusations: \(fixture.all(.accusation))")
    }

    @Test("a list's head noun is not an actor: Ukraine does not condemn its own allies' target")
    func listHead() {
        let fixture = ExtractionFixture("Ukraine's allies, including France and Germany, condemned the Russian strikes.")
        #expect(!fixture.has(.accusation, from: "Ukraine", to: "Russia"), "accusations: \(fixture.all(.accusation))")
    }

    @Test("a commercial noun does not stand for its country: Indian airlines are not India")
    func standIn() {
        let airlines = ExtractionFixture("Two Indian airlines signed deals with Airbus on Monday.")
        #expect(!airlines.has(.agreement, from: "India", to: "Airbus"), "agreements: \(airlines.all(.agreement))")
        let officials = ExtractionFixture("Iranian officials accused Israel of the attack.")
        #expect(officials.has(.accusation, from: "Iran", to: "Israel"), "accusations: \(officials.all(.accusation))")
    }
}
