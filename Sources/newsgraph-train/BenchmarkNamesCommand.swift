import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphTraining

/// `newsgraph-train benchmark-names`: the name recognizer's load time and speed.
struct BenchmarkNamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark-names",
        abstract: "Time loading the name model and recognizing names (CPU time, release build).",
        discussion: """
        Reads the test splits of the name corpora (`--corpora`) as the words to label. Prints the load
        time, the words/s of the recognizer alone (features and Viterbi, on prepared sentences) and with
        its input prepared (tagging, knowledge-base matching).
          swift run -c release newsgraph-train benchmark-names --corpora ../shared/corpora
        """
    )

    @Option(help: "The folder holding ud-gum/ and ner/.") var corpora: String
    @Option(help: "The model file (default: the shipped one).") var model: String?
    @Option(help: "Passes over the sentences.") var repeats = 5

    private func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    func run() throws {
        let path = try model ?? ModelFiles.path(NameRecognizer.builtInFileName)
        let loadStart = Date()
        let recognizer = try NameRecognizer(contentsOf: path)
        let loadSeconds = Date().timeIntervalSince(loadStart)
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print(String(format: "model %@: %d KiB, %d features, loaded in %.1f ms", (path as NSString).lastPathComponent, size / 1024,
                     recognizer.weights.featureCount, loadSeconds * 1000))
        let sentences = try NameCorpora.gum("\(corpora)/ud-gum", excluding: []).test
            + NameCorpora.wikiGold("\(corpora)/ner/wikigold/wikigold.conll.txt").test + NameCorpora.btc("\(corpora)/ner/btc").test
        let words = sentences.reduce(0) { $0 + $1.forms.count }
        let knowledge = try KnowledgeBase.builtIn
        let syntax = try SyntaxModel.builtIn
        var start = cpuSeconds()
        var prepared: [NameSentence] = []
        for _ in 0..<repeats {
            prepared = sentences.map { NameSentence(forms: $0.forms, lexicon: knowledge.lexicon, tagger: syntax) }
        }
        let prepareSeconds = (cpuSeconds() - start) / Double(repeats)
        start = cpuSeconds()
        var names = 0
        for _ in 0..<repeats { names = prepared.reduce(0) { $0 + recognizer.recognize($1).count } }
        let recognizeSeconds = (cpuSeconds() - start) / Double(repeats)
        print("\(sentences.count) sentences, \(words) words, \(names) names")
        print(String(format: "recognizer alone: %.0f words/s; with its input prepared (tagging, knowledge-base matching): %.0f words/s",
                     Double(words) / recognizeSeconds, Double(words) / (recognizeSeconds + prepareSeconds)))
    }
}
