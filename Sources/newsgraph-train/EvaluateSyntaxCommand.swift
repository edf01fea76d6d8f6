import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphTraining

/// `newsgraph-train evaluate`: scores a syntax model on treebanks (gold tokens, predicted tags).
struct EvaluateSyntaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score a syntax model (UPOS, LEMMA, UAS, LAS) on CoNLL-U files."
    )

    @Option(help: "The model file (default: the shipped one).") var model: String?
    @Flag(help: "Parse with the files' own tags instead of predicted ones (what tagging errors cost).") var goldTags = false
    @Argument(help: "CoNLL-U files with gold annotation.") var files: [String]

    private func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    func run() throws {
        let syntax = try model.map { try SyntaxModel(contentsOf: $0) } ?? SyntaxModel.builtIn
        for file in files {
            let sentences = try Treebank.read([file])
            // CPU time, not wall-clock time: a shared machine's other work does not count.
            let start = cpuSeconds()
            let scores = SyntaxEvaluation.model(syntax, on: sentences, goldTags: goldTags)
            let seconds = cpuSeconds() - start
            print("\((file as NSString).lastPathComponent): \(scores); \(Int(Double(scores.words) / seconds)) words/s (scoring included)")
        }
    }
}
