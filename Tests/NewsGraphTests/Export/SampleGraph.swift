@testable import NewsGraph

/// A small fixed graph for golden files and interop tests: every entity type, directed and
/// undirected relations, a relation two documents report, an entity without relations, and
/// names and evidence full of characters that break DOT, XML, JSON and SVG.
enum SampleGraph {
    static let hostileName = #"Zoë "Z" O'Neil <b>&amp; \N\"#
    static let hostileSentence = "Zoë \"Z\" said <script>alert('x')</script> & \\N \\\\ back\u{1}slash\nnew line."

    static var entityGraph: EntityGraph {
        let d1 = DocumentInfo(id: "d1", path: "articles/putin call.txt", title: "Putin talks to Iranian president",
                              date: NewsDate(year: 2026, month: 1, day: 16))
        let d2 = DocumentInfo(id: "d2", path: "articles/b.md")
        let putin = Entity(id: "person:vladimir-putin", kind: .person, name: "Vladimir Putin",
                           aliases: ["Putin", "the Russian leader"], country: "RUS", roles: ["President of Russia"],
                           mentions: 5, documents: ["d1", "d2"])
        let pezeshkian = Entity(id: "person:masoud-pezeshkian", kind: .person, name: "Masoud Pezeshkian",
                                aliases: ["Pezeshkian"], country: "IRN", roles: ["President of Iran"],
                                mentions: 3, documents: ["d1", "d2"])
        let zoe = Entity(id: "person:zoe-z-o-neil-b-amp-n", kind: .person, name: hostileName, mentions: 1, documents: ["d2"])
        let russia = Entity(id: "country:rus", kind: .country, name: "Russia", aliases: ["Moscow"], code: "RUS",
                            mentions: 4, documents: ["d1"])
        let usa = Entity(id: "country:usa", kind: .country, name: "United States", aliases: ["U.S."], code: "USA",
                         mentions: 2, documents: ["d2"])
        let kremlin = Entity(id: "organization:kremlin", kind: .organization, name: "Kremlin", country: "RUS",
                             mentions: 1, documents: ["d1"])
        let un = Entity(id: "organization:united-nations", kind: .organization, name: "United Nations",
                        aliases: ["UN"], mentions: 1, documents: ["d2"])

        func evidence(_ document: String, _ start: Int, _ text: String, _ triggers: [String], _ confidence: Double = 0.9,
                      date: NewsDate? = nil) -> Evidence {
            Evidence(document: document, start: start, end: start + text.unicodeScalars.count, text: text,
                     triggers: triggers, confidence: confidence, date: date)
        }
        let day = NewsDate(year: 2026, month: 1, day: 16)
        let relations = [
            Relation(kind: .call, source: putin.id, target: pezeshkian.id, evidence: [
                evidence("d1", 0, "Russian President Vladimir Putin held a phone call with Masoud Pezeshkian.", ["phone call"], date: day),
                evidence("d2", 10, "The Russian leader has phoned Pezeshkian.", ["phoned"], 0.8, date: day),
            ]),
            Relation(kind: .agreement, source: russia.id, target: pezeshkian.id, evidence: [
                evidence("d1", 80, "They reaffirmed the partnership between Russia and Iran.", ["reaffirmed"], 0.6),
            ]),
            Relation(kind: .accusation, source: zoe.id, target: usa.id, evidence: [
                evidence("d2", 60, hostileSentence, ["said"], 0.5),
            ]),
            Relation(kind: .threat, source: usa.id, target: russia.id, evidence: [
                evidence("d2", 200, "The U.S. threatened Moscow with sanctions.", ["threatened"], 0.7),
            ]),
            Relation(kind: .affiliation, source: kremlin.id, target: russia.id, evidence: [
                evidence("d1", 300, "The Kremlin said on Friday.", ["Kremlin"], 1),
            ]),
        ]
        return EntityGraph(documents: [d2, d1], entities: [un, zoe, russia, kremlin, putin, usa, pezeshkian],
                           relations: relations)
    }

    static var graph: ExportGraph { ExportGraph(entityGraph) }

    /// Positions for the yEd golden file, as a layout would give them.
    static var positions: [String: NodePosition] {
        var result: [String: NodePosition] = [:]
        for (index, node) in graph.nodes.enumerated() {
            result[node.id] = NodePosition(x: Double(index % 3) * 160.5, y: Double(index / 3) * 80.25,
                                           width: 120, height: 36)
        }
        return result
    }
}
