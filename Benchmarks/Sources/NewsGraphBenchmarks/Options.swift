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
Each run prints one JSON line of results.
"""
