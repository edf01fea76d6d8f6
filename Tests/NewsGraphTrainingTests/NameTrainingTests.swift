import Foundation
import Testing
@testable import NewsGraph
@testable import NewsGraphTraining

@Suite("Training the name recognizer: deterministic, the file is the model, and the shipped one's span F1")
struct NameTrainingTests {
    static let fixture = Bundle.module.url(forResource: "wikigold-slice", withExtension: "conll", subdirectory: "Fixtures")!.path

    static func sentences() throws -> [NamedSentence] {
        let splits = try NameCorpora.wikiGold(fixture)
        return splits.train + splits.dev + splits.test
    }

    /// A small training run: the slice's sentences, two epochs.
    static func train() throws -> NameRecognizer {
        var trainer = NameTrainer()
        trainer.epochs = 2
        trainer.pruning = 0
        let examples = trainer.examples(try sentences(), knowledge: try KnowledgeBase.builtIn, syntax: try? SyntaxModel.builtIn,
                                        forTraining: true)
        return trainer.train(examples, about: "test")
    }

    @Test("the same data gives a byte-identical model, twice")
    func deterministic() throws {
        let first = try Self.train().encoded()
        let second = try Self.train().encoded()
        #expect(first.count > 10_000)
        #expect(first == second)
    }

    @Test("a model read back from its file labels as the trained one, and learned its training data")
    func fileRoundTrip() throws {
        let model = try Self.train()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-\(UUID().uuidString).names").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(model.encoded())))
        let read = try NameRecognizer(contentsOf: path)
        let examples = NameTrainer().examples(try Self.sentences(), knowledge: try KnowledgeBase.builtIn, syntax: try? SyntaxModel.builtIn)
        for example in examples { #expect(read.tags(example.sentence) == model.tags(example.sentence)) }
        #expect(NameScores.of(model, on: examples).overall.f > 0.8)
    }

    @Test("the WikiGold reader reads IOB1: a B- tag opens a name only after one of the same type; MISC is dropped")
    func iob1() throws {
        let first = try #require(try Self.sentences().first)
        // "010 is the tenth album from Japanese Punk Techno band The Mad Capsule Markets ."
        #expect(first.spans == [NameSpan(words: 10..<14, type: .organization)])
    }

    @Test("tags: only legal BILOU sequences are decoded, and spans round-trip through tags")
    func tags() throws {
        let spans = [NameSpan(words: 0..<1, type: .person), NameSpan(words: 2..<5, type: .organization)]
        #expect(NameTag.spans(of: NameTag.tags(of: spans, count: 6)) == spans)
        #expect(!NameTag.allowed(nil, NameTag.tag(.person, .inside)))
        #expect(!NameTag.allowed(NameTag.tag(.person, .begin), NameTag.tag(.organization, .last)))
        #expect(NameTag.allowed(NameTag.tag(.person, .begin), NameTag.tag(.person, .last)))
        let model = try NameRecognizer.builtIn
        let sentence = NameSentence(forms: "Shares in Acme Holdings fell after Jonathan Pearce of Kingfisher spoke .".split(separator: " ").map(String.init),
                                    lexicon: try KnowledgeBase.builtIn.lexicon, tagger: try? SyntaxModel.builtIn)
        let tags = model.tags(sentence)
        for i in tags.indices { #expect(NameTag.allowed(i == 0 ? nil : tags[i - 1], tags[i])) }
        #expect(!NameTag.opens(tags.last!))
    }

    // MARK: The shipped model on the corpora's test splits (needs ../shared/corpora)

    static let corpora: String? = {
        let candidates = [ProcessInfo.processInfo.environment["NEWSGRAPH_SHARED"].map { "\($0)/corpora" },
                          ExternalToolRoot.path + "/../shared/corpora"]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: "\($0)/ner/wikigold") }
    }()

    /// Span F1 measured with the shipped model (README "Names"), less a margin.
    @Test("the shipped model's span F1 on the test splits is at least the figures reached",
          .enabled(if: corpora != nil, "../shared/corpora (or $NEWSGRAPH_SHARED/corpora) is missing: span F1 is not measured"),
          arguments: ["GUM", "WikiGold", "BTC"])
    func spanF1(corpus: String) throws {
        let folder = try #require(Self.corpora)
        let splits: NameSplits
        let floor: Double
        switch corpus {
        case "GUM": splits = try NameCorpora.gum("\(folder)/ud-gum", excluding: []); floor = 0.56
        case "WikiGold": splits = try NameCorpora.wikiGold("\(folder)/ner/wikigold/wikigold.conll.txt"); floor = 0.62
        default: splits = try NameCorpora.btc("\(folder)/ner/btc"); floor = 0.69
        }
        let examples = NameTrainer().examples(splits.test, knowledge: try KnowledgeBase.builtIn, syntax: try SyntaxModel.builtIn)
        let scores = NameScores.of(try NameRecognizer.builtIn, on: examples)
        #expect(scores.overall.f >= floor, "\(corpus) test: \(scores)")
    }
}

/// The package's root folder (this file is Tests/NewsGraphTrainingTests/NameTrainingTests.swift).
enum ExternalToolRoot {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
}
