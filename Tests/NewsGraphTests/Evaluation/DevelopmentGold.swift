import Foundation
@testable import NewsGraph

/// Where the development gold and its documents are, and the graphs the library builds of them
/// (as `newsgraph build … -f json` writes them), built once per test run.
enum DevelopmentGold {
    /// The package's root folder.
    static let root = ExternalTool.packageRoot

    static let evaluation = root.appendingPathComponent("Evaluation")
    static let wikinewsFolder = evaluation.appendingPathComponent("wikinews")
    static let wikinewsGold = evaluation.appendingPathComponent("gold/wikinews.json")
    static let bbcGold = evaluation.appendingPathComponent("gold/bbc-dev.json")
    static let examples = root.appendingPathComponent("Examples/articles")

    /// `../shared` next to the package (or the folder NEWSGRAPH_SHARED names: a worktree's
    /// `../shared` does not resolve), when it exists (not in a user's clone, maybe not in CI).
    static var shared: URL? {
        let url = ProcessInfo.processInfo.environment["NEWSGRAPH_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// `../shared/corpus/bbc-dev`, the BBC articles of the gold's BBC part, when it exists.
    static var bbcFolder: URL? {
        guard let url = shared?.appendingPathComponent("corpus/bbc-dev"),
              FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }

    /// `../shared/eval/score.py`, when it and `python3` exist.
    static var scorePy: URL? {
        guard let url = shared?.appendingPathComponent("eval/score.py"),
              FileManager.default.fileExists(atPath: url.path), ExternalTool.find("python3") != nil else { return nil }
        return url
    }

    /// The file names a gold file lists as its documents.
    static func documents(of gold: URL) throws -> [String] {
        try JSONParser.parse(try Data(contentsOf: gold))["documents"]?.array?.compactMap(\.string) ?? []
    }

    /// The graph JSON of the files and folders given, as `newsgraph build` writes it (default
    /// JSON flavour, built-in knowledge), with the number of documents read.
    static func buildGraph(_ paths: [String]) throws -> (json: Data, documents: Int) {
        let read = try DocumentReader().read(paths)
        let graph = Extractor(knowledge: try KnowledgeBase.builtIn).extract(read.documents)
        return (try JSONGraphEncoder().encode(ExportGraph(graph)), read.documents.count)
    }

    /// The graph of `Evaluation/wikinews`.
    static let wikinewsGraph = Result { try buildGraph([wikinewsFolder.path]) }

    /// The graph of the BBC articles the gold's BBC part lists, or nil without `../shared`.
    static let bbcGraph: Result<(json: Data, documents: Int), any Error>? = bbcFolder.map { folder in
        Result {
            try buildGraph(try documents(of: bbcGold).map { folder.appendingPathComponent($0).path })
        }
    }

    /// The graph of the two example articles (the seeds).
    static let examplesGraph = Result { try buildGraph([examples.path]) }
}
