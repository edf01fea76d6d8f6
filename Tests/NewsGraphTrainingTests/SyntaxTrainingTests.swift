import Foundation
import Testing
@testable import NewsGraph
@testable import NewsGraphTraining

@Suite("Training the syntax models: deterministic, and the file is the model")
struct SyntaxTrainingTests {
    static let fixture = Bundle.module.url(forResource: "gum-academic", withExtension: "conllu", subdirectory: "Fixtures")!.path

    /// A small training run (debug builds are slow): the fixture's 145 sentences, two epochs, two folds.
    static func train() throws -> SyntaxModel {
        let sentences = Array(try Treebank.read([fixture]).prefix(150))
        var training = SyntaxTraining()
        training.tagger.epochs = 2
        training.parser.epochs = 2
        training.folds = 2
        return try training.run(train: sentences, dev: [], describe: "test", log: { _ in })
    }

    /// One trained model for the tests that only read it.
    static let trained = Result { try train() }

    @Test("the same data gives a byte-identical model, twice")
    func deterministic() throws {
        let first = try Self.trained.get().encoded()
        let second = try Self.train().encoded()
        #expect(first.count > 10_000)
        #expect(first == second)
    }

    @Test("a model read back from its file parses exactly as the trained one, and learned something")
    func fileRoundTrip() throws {
        let model = try Self.trained.get()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-\(UUID().uuidString).syntax").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(model.encoded())))
        let read = try SyntaxModel(contentsOf: path)
        let sentences = Array(try Treebank.read([Self.fixture]).prefix(150))
        let trained = SyntaxEvaluation.model(model, on: sentences)
        #expect(SyntaxEvaluation.model(read, on: sentences).description == trained.description)
        // On its own training data a model is far better than chance.
        #expect(trained.uposAccuracy > 0.9)
        #expect(trained.uas > 0.7)
    }

    @Test("a damaged or foreign model file is refused with a message naming it")
    func damagedFile() throws {
        let bytes = try Self.trained.get().encoded()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-\(UUID().uuidString).syntax").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        for damaged in [Array(bytes.prefix(bytes.count / 2)), Array("not a model".utf8), []] {
            #expect(FileManager.default.createFile(atPath: path, contents: Data(damaged)))
            #expect {
                _ = try SyntaxModel(contentsOf: path)
            } throws: { error in
                (error as? ModelError)?.errorDescription?.contains(path) == true
            }
        }
    }

    @Test("documents listed as held out are left out of training")
    func heldOut() throws {
        let all = try Treebank.read([Self.fixture])
        let kept = try Treebank.read([Self.fixture], excluding: ["GUM_academic_art"])
        #expect(all.contains { $0.document == "GUM_academic_art" })
        #expect(!kept.contains { $0.document == "GUM_academic_art" })
        #expect(kept.count == all.count - all.filter { $0.document == "GUM_academic_art" }.count)
    }

    @Test("lifting crossing arcs gives a projective tree with the same root")
    func projectivize() {
        let heads = [-1, 0, 1, 0]
        #expect(Projectivizer.projectivize(heads).lifted == 0)
        let crossing = [-1, 3, 0, 0]  // word 1's head 3 spans word 2, whose head 0 is outside
        let (fixed, lifted) = Projectivizer.projectivize(crossing)
        #expect(lifted == 1)
        #expect(fixed == [-1, 0, 0, 0])
    }
}
