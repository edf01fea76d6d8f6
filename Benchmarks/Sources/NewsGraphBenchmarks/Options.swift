import Foundation

/// `--name value` options and positional arguments; enough for a benchmark driver.
struct Options {
    private(set) var positional: [String] = []
    private var named: [String: String] = [:]

    init(_ arguments: ArraySlice<String>) throws {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument.hasPrefix("--") {
                guard let value = rest.popFirst() else { throw BenchmarkError.usage("\(argument) needs a value") }
                named[String(argument.dropFirst(2))] = value
            } else {
                positional.append(argument)
            }
        }
    }

    func string(_ name: String) -> String? { named[name] }

    func int(_ name: String, default value: Int) throws -> Int {
        guard let text = named[name] else { return value }
        guard let number = Int(text.replacingOccurrences(of: "_", with: "")) else {
            throw BenchmarkError.usage("--\(name) wants a whole number, not '\(text)'")
        }
        return number
    }
}

enum BenchmarkError: Error, CustomStringConvertible {
    case usage(String)
    case input(String)

    var description: String {
        switch self {
        case .usage(let message): return "usage: \(message)\n\(usageText)"
        case .input(let message): return message
        }
    }
}

let usageText = """
newsgraph-bench extract DIR [--threads N] [--repeat R] [--json OUT.json]
    Reads every .txt/.md/.html file under DIR as one document (no de-duplication: the corpus
    repeats its sources on purpose), then times extraction + cross-document merge + JSON export.
newsgraph-bench export [--nodes N] [--edges M] [--seed S] [--out DIR]
    Builds a synthetic graph with evidence and times GraphML and JSON encoding + writing.
    DIR/synthetic.json (the JSON output) is what the NetworkX comparison loads.
newsgraph-bench syntax FILE.conllu [--repeat R]
    Tags, lemmatizes and parses the file's sentences (its words, as given) on one thread, R times;
    reports the best CPU time. Python/spacy_syntax.py does the same with spaCy's tagger and parser.
newsgraph-bench fragments --out FILE [--documents N] [--seed S] [--cast C]
    Writes a fragment file of N synthetic documents (as newsgraph extract writes), drawing
    actors from a cast of C with a Zipf-like skew, for timing newsgraph merge at scale.
newsgraph-bench scaling [CORPUS_DIR] [--report DIR,…] [--min 1000] [--max 128000]
                        [--shapes repeated,varied,wrapped,report] [--save DIR] [--parse-max 16000]
    One document of 1k, 2k, … 128k sentences of each shape (varied and wrapped need a
    make_corpus.py corpus, report folders of whole articles), read and extracted on one thread:
    one line per size; up to --parse-max sentences, every sentence also tagged and parsed apart.
    --save writes each document for Python/spacy_scaling.py.
newsgraph-bench stream FILE… [--threads N] [--max-evidence K]
    Reads datasets (JSON Lines, CSV, …) as `newsgraph build` does, a batch at a time, and reports
    the peak resident memory and the memory left holding the graph alone.
Each run prints one JSON line of results.
"""
