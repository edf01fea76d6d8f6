import Foundation
import NewsGraph

/// How the time of one document grows with its length: documents of 1,000 to 128,000 sentences
/// (doubling), of three shapes —
///
/// - `repeated`: one two-actor sentence again and again (a transcript, a live blog: the same
///   actors and relation in every sentence, what made extraction quadratic);
/// - `varied`: real news sentences (the articles of a `make_corpus.py` corpus one after the other,
///   a paragraph each: a long report), cycled to the length;
/// - `wrapped`: the same hard-wrapped at 72 columns (`fold -s`), line breaks resolved;
/// - `report`: whole real articles (the folders of `--report`, each with its headline and
///   paragraphs) one after the other in one file, as a long report or a day's digest reads:
///   the same people and countries named, described and referred to again and again.
///
/// Each size is read (`DocumentReader.makeDocument`, layout included) and extracted as one
/// document on one thread, syntax stage included when the syntax model is installed; nothing is
/// cached across sentences. Linear growth doubles the time at each step. Up to `--parse-max`
/// sentences (16,000), every sentence is also tagged and parsed apart and that CPU time reported:
/// the syntax stage at its most, whatever extraction asks of it. `--save DIR` also writes
/// each document to DIR/SHAPE-SIZE.txt, for `Python/spacy_scaling.py` to read the same texts.
struct ScalingBenchmark {
    let corpus: String?
    let reportFolders: [String]
    let sizes: [Int]
    let shapes: [String]
    let save: String?
    /// The largest size at which every sentence is also parsed apart (`--parse-max`, 0: none).
    let parseMax: Int

    static let sentence = "Russian President Vladimir Putin held a phone call with Iranian President Masoud Pezeshkian on Friday."

    init(options: Options) throws {
        corpus = options.positional.first
        reportFolders = options.string("report").map { $0.split(separator: ",").map(String.init) } ?? []
        save = options.string("save")
        parseMax = try options.int("parse-max", default: 16_000)
        let largest = try options.int("max", default: 128_000)
        sizes = Array(sequence(first: try options.int("min", default: 1000)) { $0 * 2 < largest * 2 ? $0 * 2 : nil }.prefix { $0 <= largest })
        let defaults = ["repeated"] + (corpus == nil ? [] : ["varied", "wrapped"]) + (reportFolders.isEmpty ? [] : ["report"])
        shapes = options.string("shapes").map { $0.split(separator: ",").map(String.init) } ?? defaults
    }

    func run() throws {
        let knowledge = try KnowledgeBase.load()
        let syntax = try? SyntaxModel.builtIn
        let extractor = Extractor(knowledge: knowledge, syntax: syntax)
        let paragraphs = try corpus.map { try Self.paragraphs([$0], articles: false) } ?? []
        let report = try reportFolders.isEmpty ? [] : Self.paragraphs(reportFolders, articles: true)
        if let save { try FileManager.default.createDirectory(atPath: save, withIntermediateDirectories: true) }
        for shape in shapes {
            var previous: Double?
            for size in sizes {
                let text = try Self.document(shape, sentences: size, paragraphs: shape == "report" ? report : paragraphs)
                if let save {
                    try text.write(toFile: (save as NSString).appendingPathComponent("\(shape)-\(size).txt"), atomically: true, encoding: .utf8)
                }
                let cpuStart = Measure.cpuSeconds()
                let (graph, seconds) = Measure.time {
                    let document = DocumentReader.makeDocument(id: "d1", path: "long.txt", content: text)
                    return extractor.extract([document], threads: 1)
                }
                let cpu = Measure.cpuSeconds() - cpuStart
                var line = ResultLine(bench: "scaling")
                line.set("shape", shape)
                line.set("sentences", size)
                line.set("bytes", text.utf8.count)
                line.set("words", Measure.wordCount(text))
                line.set("seconds", seconds)
                line.set("cpu_s", cpu)
                line.set("us_per_sentence", seconds * 1e6 / Double(size))
                line.set("syntax", syntax == nil ? "none" : "installed")
                // The syntax stage at its most: every sentence of the document tagged and parsed
                // (`SyntaxModel.annotate(text:)`: segmenter, tokenizer, tagger, lemmatizer, parser),
                // where extraction parses only the sentences that can carry a relation.
                if let syntax, size <= parseMax, shape != "wrapped" {
                    let parseStart = Measure.cpuSeconds()
                    let sentences = syntax.annotate(text: text)
                    line.set("parse_all_cpu_s", Measure.cpuSeconds() - parseStart)
                    line.set("parsed_sentences", sentences.count)
                }
                if let previous { line.set("growth", cpu / previous) }
                line.set("entities", graph.entities.count)
                line.set("relations", graph.relations.count)
                line.set("evidence", graph.relations.values.reduce(0) { $0 + $1.evidence.count })
                line.set("peak_rss_mb", Measure.peakRSSMB())
                line.emit()
                previous = cpu
            }
        }
    }

    /// A document of `sentences` sentences of the shape.
    static func document(_ shape: String, sentences: Int, paragraphs: [[String]]) throws -> String {
        switch shape {
        case "repeated":
            return Array(repeating: sentence, count: sentences).joined(separator: " ")
        case "varied", "wrapped", "report":
            guard !paragraphs.isEmpty else { throw BenchmarkError.usage("the \(shape) shape needs a corpus folder (make_corpus.py)") }
            var out: [String] = []
            var count = 0
            var index = 0
            while count < sentences {
                let paragraph = paragraphs[index % paragraphs.count].prefix(sentences - count)
                count += paragraph.count
                out.append(shape == "wrapped" ? fold(paragraph.joined(separator: " "), width: 72) : paragraph.joined(separator: " "))
                index += 1
            }
            return out.joined(separator: "\n\n")
        default:
            throw BenchmarkError.usage("unknown shape \(shape) (repeated, varied, wrapped, report)")
        }
    }

    /// The folders' texts, in path order, each as its paragraphs' sentences (ICU's, as extraction
    /// reads them); with `articles`, each text's first line (its headline) is a paragraph of its own.
    static func paragraphs(_ folders: [String], articles: Bool) throws -> [[String]] {
        var seen = Set<String>()
        var result: [[String]] = []
        for folder in folders {
            let names = (try FileManager.default.contentsOfDirectory(atPath: folder)).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                let text = try String(contentsOfFile: (folder as NSString).appendingPathComponent(name), encoding: .utf8)
                guard seen.insert(text).inserted else { continue }   // make_corpus.py repeats its sources
                var blocks = text.components(separatedBy: "\n\n")
                if articles, let first = blocks.first, let newline = first.firstIndex(of: "\n") {
                    blocks[0] = String(first[newline...]).trimmingCharacters(in: .whitespacesAndNewlines)
                    result.append([String(first[..<newline])])
                }
                for block in blocks {
                    let flowed = block.split(whereSeparator: \.isNewline).joined(separator: " ")
                    var bytes = Array(flowed.utf8)
                    let sentences = bytes.withUnsafeBufferPointer { buffer in
                        SentenceSegmenter.sentences(buffer).map { String(decoding: buffer[$0], as: UTF8.self) }
                    }
                    if !sentences.isEmpty { result.append(sentences) }
                    bytes.removeAll()
                }
            }
        }
        return result
    }

    /// `fold -s -w width`: each line broken after the last space that fits.
    static func fold(_ text: String, width: Int) -> String {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            let joined = current.isEmpty ? String(word) : current + " " + word
            if joined.utf8.count >= width, !current.isEmpty {
                lines.append(current + " ")
                current = String(word)
            } else {
                current = joined
            }
        }
        return (lines + [current]).joined(separator: "\n")
    }
}
