import Foundation
import Testing
@testable import NewsGraph

/// The two sample articles, end to end through the library.
@Suite("Sample articles")
struct SampleArticlesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/articles").path

    let graph: EntityGraph = {
        let read = try! DocumentReader().read([SampleArticlesTests.folder])
        return Extractor(knowledge: ExtractionFixture.knowledge).extract(read.documents)
    }()

    func id(_ name: String) -> String? { graph.entities.values.first { $0.name == name }?.id }

    @Test("the Putin–Pezeshkian call is one edge with evidence from both articles, dated")
    func mergedCall() throws {
        let putin = try #require(id("Vladimir Putin")), pezeshkian = try #require(id("Masoud Pezeshkian"))
        let calls = graph.relations.values.filter { $0.kind == .call && Set([$0.source, $0.target]) == [putin, pezeshkian] }
        #expect(calls.count == 1)
        let call = try #require(calls.first)
        #expect(call.sources == 2)
        #expect(call.date?.description == "2026-01-16")
    }

    @Test("the actors a reader sees, each once")
    func entities() {
        let names = Set(graph.entities.values.map(\.name))
        for expected in ["Vladimir Putin", "Masoud Pezeshkian", "Maria Zakharova", "Donald Trump", "Benjamin Netanyahu",
                         "Abbas Araghchi", "Iran", "Russia", "United States", "Israel", "Kremlin", "The Washington Post",
                         "Russian Foreign Ministry", "United Nations Security Council"] {
            #expect(names.contains(expected), "missing \(expected)")
        }
        for forbidden in ["Moscow", "Tehran", "Iranian", "Iraninan", "Friday", "Hossein Amiri", "Why it matters"] {
            #expect(!names.contains(forbidden), "\(forbidden) is a node")
        }
    }

    @Test("accusations, threat and agreement of the articles")
    func relations() throws {
        func has(_ kind: RelationKind, _ a: String, _ b: String) -> Bool {
            guard let s = id(a), let t = id(b) else { return false }
            return graph.relations[RelationKey(kind: kind, source: s, target: t)] != nil
        }
        #expect(has(.accusation, "Russia", "United States"))
        #expect(has(.accusation, "Masoud Pezeshkian", "United States"))
        #expect(has(.accusation, "Masoud Pezeshkian", "Israel"))
        #expect(has(.accusation, "Iran", "United States"))
        #expect(has(.accusation, "Iran", "Israel"))
        #expect(has(.accusation, "Maria Zakharova", "United States"))
        #expect(has(.threat, "Donald Trump", "Iran"))
        #expect(has(.agreement, "Iran", "Russia"))
        #expect(has(.call, "Benjamin Netanyahu", "Vladimir Putin"))
    }

    @Test("every evidence span points at its quoted text")
    func spans() throws {
        let read = try DocumentReader().read([SampleArticlesTests.folder])
        let texts = Dictionary(uniqueKeysWithValues: read.documents.map { ($0.id, Array($0.text.unicodeScalars)) })
        for relation in graph.relations.values {
            for item in relation.evidence {
                let scalars = try #require(texts[item.document])
                #expect(String(String.UnicodeScalarView(scalars[item.start..<item.end])) == item.text)
            }
        }
    }
}
