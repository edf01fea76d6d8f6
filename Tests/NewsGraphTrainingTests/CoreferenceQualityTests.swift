import Foundation
import Testing
@testable import NewsGraph
@testable import NewsGraphTraining

/// Where the annotated corpora are: NEWSGRAPH_SHARED/corpora, else ../shared/corpora beside the
/// package; nil when absent (a user's clone, maybe CI).
enum SharedCorpora {
    static let folder: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = ProcessInfo.processInfo.environment["NEWSGRAPH_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? root.deletingLastPathComponent().appendingPathComponent("shared")
        let corpora = shared.appendingPathComponent("corpora")
        return FileManager.default.fileExists(atPath: corpora.appendingPathComponent("coref/gap").path) ? corpora : nil
    }()
    static let reason: Comment = "the annotated corpora (../shared/corpora, or NEWSGRAPH_SHARED) are absent: GAP and GUM not scored"
    static var available: Bool { folder != nil && (try? SyntaxModel.builtIn) != nil }
}

/// Floors under the coreference figures of the README (GAP development F1 0.677, M 0.703, F 0.652;
/// GUM dev pronouns whose antecedent extraction found, 0.82), with a margin: a change that loses
/// more fails.
@Suite("Coreference quality floors (GAP, GUM)", .enabled(if: SharedCorpora.available, SharedCorpora.reason))
struct CoreferenceQualityTests {
    static let extractor = Extractor(knowledge: try! KnowledgeBase.builtIn, syntax: try! SyntaxModel.builtIn)

    @Test("GAP development: F1 at least 0.65 overall, 0.62 for each gender")
    func gap() throws {
        let folder = try #require(SharedCorpora.folder)
        let examples = try GAPEvaluation.read(folder.appendingPathComponent("coref/gap/gap-development.tsv").path)
        #expect(examples.count == 2000)
        let scores = GAPEvaluation.score(examples, extractor: Self.extractor, parsing: .everySentence)
        #expect(scores.overall.f1 >= 0.65, "GAP development \(scores.overall)")
        #expect(scores.masculine.f1 >= 0.62, "masculine \(scores.masculine)")
        #expect(scores.feminine.f1 >= 0.62, "feminine \(scores.feminine)")
    }

    @Test("GUM dev news and interviews: at least 0.75 of the pronouns whose antecedent extraction found resolved right")
    func gum() throws {
        let folder = try #require(SharedCorpora.folder)
        let documents = try GUMPronounEvaluation.read(folder.appendingPathComponent("ud-gum/en_gum-ud-dev.conllu").path,
                                                      prefixes: ["GUM_news_", "GUM_interview_"])
        #expect(documents.count == 4)
        let scores = GUMPronounEvaluation.score(documents, extractor: Self.extractor, parsing: .everySentence)
        #expect(scores.found >= 20)
        #expect(Double(scores.foundRight) >= 0.75 * Double(scores.found), "GUM dev \(scores)")
    }
}
