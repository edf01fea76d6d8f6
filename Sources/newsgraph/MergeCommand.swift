import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphRendering

/// `newsgraph merge`: merge fragment files and earlier graphs into one graph, written as `build`
/// writes it.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge fragment files (newsgraph extract) and graph.json files of earlier runs into one graph.",
        discussion: """
        Writes DIR/graph.json, graph.graphml, … as build does. Documents met in several inputs (the same path \
        and text) count once; merging the fragments of any grouping of documents, in any order, gives the files \
        build gives for all of them. An input may be the output: merge out/graph.json today.jsonl -o out adds \
        today's articles to the graph in out.

        Examples:
          newsgraph extract today/ -o today.jsonl && newsgraph merge out/graph.json today.jsonl -o out
          newsgraph merge part-1.jsonl part-2.jsonl -o out -f json,svg --focus Putin
        """
    )

    @Argument(help: "Fragment files (newsgraph extract) and graph.json files (newsgraph build or merge); - for standard input.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Output folder (created if missing).")
    var output: String = "out"

    @Option(name: [.customShort("f"), .long], help: "Formats to write: json,graphml,dot,svg,png,pdf.")
    var format: String = OutputFormat.defaults.map(\.rawValue).joined(separator: ",")

    @OptionGroup(title: "Evidence") var evidence: EvidenceArguments

    @OptionGroup(title: "Diagram and file options") var render: RenderArguments

    @OptionGroup(title: "Filters (applied to every output)") var filter: FilterArguments

    @OptionGroup(title: "Messages") var messages: MessageOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one fragment file or graph.json") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("- (standard input) can be given once") }
        _ = try OutputFormat.parseList(format)
        try render.validate()
    }

    func run() throws {
        let console = messages.console
        let formats = try OutputFormat.parseList(format)
        for input in inputs where input != "-" && !FileManager.default.fileExists(atPath: input) {
            console.error("\(input): no such file")
            throw ExitStatus.noInput
        }
        let folder = OutputFolder(path: output)
        do {
            try folder.prepare()
        } catch {
            console.error(error.localizedDescription)
            throw ExitStatus.cannotCreate
        }

        var accumulator = GraphAccumulator(maxEvidence: evidence.maxEvidence)
        let reader = GraphFileReader()
        for input in inputs {
            let started = Date()
            let summary: GraphFileReader.Summary
            do {
                summary = try reader.read(input) { accumulator.add($0) }
            } catch let error as GraphFileError {
                console.error(error.localizedDescription)
                if case .unreadable = error { throw ExitStatus.noInput }
                throw ExitStatus.dataError
            }
            if let cut = summary.maxEvidence, evidence.maxEvidence.map({ $0 > cut }) ?? true {
                console.warning("\(input): its relations keep at most \(cut) sentences of evidence each (--max-evidence \(cut)); "
                    + "the merge cannot give back the others")
            }
            let what = summary.kind == .graph ? "graph of \(summary.documents) documents" : "\(summary.documents) fragments"
            console.info("\(input): \(what) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        }
        let started = Date()
        let merged = accumulator.finish()
        let resolved = CrossDocumentResolver().resolving(merged)
        console.info("merged \(resolved.graph.summary) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")

        let export = try GraphExport(graph: resolved, maxEvidence: evidence.maxEvidence, filter: filter, formats: formats,
                                     render: render, console: console)
        let written = try export.write(to: folder)
        if !messages.quiet {
            print("\(export.summary) → " + written.map { (output as NSString).appendingPathComponent($0) }.joined(separator: ", "))
        }
    }
}
