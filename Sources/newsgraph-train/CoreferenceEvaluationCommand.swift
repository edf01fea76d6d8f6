import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphTraining

/// `newsgraph-train coref-eval`: scores pronoun resolution on GAP and on GUM's news and interview
/// documents.
struct CoreferenceEvaluationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coref-eval",
        abstract: "Score coreference: GAP F1 (overall, masculine, feminine) and GUM news/interview pronouns resolved right.",
        discussion: """
        GAP (coref/gap): each example's pronoun resolved with the two candidate names given as mentions; \
        F1 as gap_scorer.py computes it. GUM (ud-gum): the he/she/they/it pronouns (and case forms) of the \
        news and interview documents whose entity was mentioned before, right when the chosen antecedent \
        lies in a gold mention of the pronoun's entity. Tune on gap-development and gum-dev only.
        """
    )

    @Option(help: "The folder of annotated corpora (with coref/gap and ud-gum).") var corpora: String
    @Option(parsing: .upToNextOption,
            help: "Which sets to score: gap-development, gap-validation, gum-dev, gum-test (default: all).")
    var sets: [String] = ["gap-development", "gap-validation", "gum-dev", "gum-test"]
    @Option(help: "Which sentences are parsed for grammatical roles: extraction (as extraction does), all, none.")
    var parsing: String = "all"
    @Option(help: "Write the GAP decisions (ID, A-coref, B-coref: gap_scorer.py's system file) into this folder.")
    var gapOutput: String?
    @Flag(help: "Print each GUM pronoun with the antecedent chosen, and each GAP example decided wrong.") var details = false

    func run() throws {
        let extractor = Extractor(knowledge: try KnowledgeBase.builtIn, syntax: try SyntaxModel.builtIn)
        let mode: CoreferenceParsing = switch parsing {
        case "extraction": .asExtraction
        case "none": .never
        default: .everySentence
        }
        let root = URL(fileURLWithPath: corpora)
        for set in sets {
            if set.hasPrefix("gap-") {
                let path = root.appendingPathComponent("coref/gap/\(set).tsv").path
                let examples = try GAPEvaluation.read(path)
                let scores = GAPEvaluation.score(examples, extractor: extractor, parsing: mode,
                                                  details: details ? { print("    " + $0) } : nil)
                print("\(set) (\(examples.count) examples, parsing \(parsing)):")
                print("  overall   \(scores.overall)")
                print("  masculine \(scores.masculine)")
                print("  feminine  \(scores.feminine)")
                if let gapOutput {
                    let out = URL(fileURLWithPath: gapOutput).appendingPathComponent("\(set)-system.tsv")
                    let lines = scores.decisions.map { "\($0.id)\t\($0.a ? "TRUE" : "FALSE")\t\($0.b ? "TRUE" : "FALSE")" }
                    try (lines.joined(separator: "\n") + "\n").write(to: out, atomically: true, encoding: .utf8)
                }
            } else if set.hasPrefix("gum-") {
                let split = String(set.dropFirst("gum-".count))
                let path = root.appendingPathComponent("ud-gum/en_gum-ud-\(split).conllu").path
                let documents = try GUMPronounEvaluation.read(path, prefixes: ["GUM_news_", "GUM_interview_"])
                let scores = GUMPronounEvaluation.score(documents, extractor: extractor, parsing: mode,
                                                        details: details ? { print("    " + $0) } : nil)
                print("\(set) news + interview (\(documents.count) documents, parsing \(parsing)):")
                print("  \(scores)")
            } else {
                throw ValidationError("unknown set '\(set)'")
            }
        }
    }
}
