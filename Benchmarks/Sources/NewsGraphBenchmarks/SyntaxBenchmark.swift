import Foundation
import NewsGraph

/// Tagging, lemmatizing and parsing sentences already divided into words (a CoNLL-U file's words),
/// on one thread: the same words spaCy's tagger and parser get in `Python/spacy_syntax.py`.
struct SyntaxBenchmark {
    let file: String
    let repeats: Int

    init(options: Options) throws {
        guard let file = options.positional.first else { throw BenchmarkError.usage("syntax needs a CoNLL-U file") }
        self.file = file
        repeats = try options.int("repeat", default: 3)
    }

    func run() throws {
        let (model, loadSeconds) = try Measure.time { try SyntaxModel.builtIn }
        guard let data = FileManager.default.contents(atPath: file) else { throw BenchmarkError.input("cannot read \(file)") }
        let sentences = try CoNLLUReader.sentences(in: String(decoding: data, as: UTF8.self), path: file).map { $0.words.map(\.form) }
        let words = sentences.reduce(0) { $0 + $1.count }
        // The best of the repetitions: the machine is shared, the work is not.
        var best = Double.infinity
        var checksum = 0
        for _ in 1...max(1, repeats) {
            let cpuStart = Measure.cpuSeconds()
            for sentence in sentences {
                let parse = model.parse(sentence)
                checksum &+= parse.heads.reduce(0, &+)
            }
            best = min(best, Measure.cpuSeconds() - cpuStart)
        }
        var line = ResultLine(bench: "syntax")
        line.set("tool", "newsgraph")
        line.set("sentences", sentences.count)
        line.set("words", words)
        line.set("load_s", loadSeconds)
        line.set("cpu_s", best)
        line.set("words_per_s", Double(words) / best)
        line.set("checksum", checksum)
        line.set("peak_rss_mb", Measure.peakRSSMB())
        line.emit()
    }
}
