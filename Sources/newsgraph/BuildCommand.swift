import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphRendering

/// `newsgraph build`: read articles, extract the graph, write the requested files.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Read articles (files or folders) and write the graph of their actors and relations.",
        discussion: """
        Writes DIR/graph.json, graph.graphml, graph.dot, graph.svg, graph.png (and graph.pdf, graph.gexf, graph.html) for the formats asked.
        Folders are read recursively for .txt, .md and .html files and for datasets (.jsonl, .ndjson,
        .json, .csv, .tsv, each perhaps .gz): one document per record. "-" reads standard input
        (one article, or JSON Lines).

        Examples:
          newsgraph build Examples/articles -o out
          newsgraph build news/ -o out -f json,graphml
          newsgraph build crawl.jsonl.gz -o out --text-field maintext
          zcat crawl.jsonl.gz | newsgraph build - -o out
        """
    )

    @Argument(help: "Article files or folders (.txt, .md, .html), datasets (.jsonl, .json, .csv, .tsv, .gz), or - for standard input.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Output folder (created if missing).")
    var output: String = "out"

    @Option(name: [.customShort("f"), .long], help: "Formats to write: \(OutputFormat.list).")
    var format: String = OutputFormat.defaults.map(\.rawValue).joined(separator: ",")

    @Option(name: .long, help: "An extra knowledge file (see Sources/NewsGraph/Knowledge/README.md); repeatable.")
    var knowledge: [String] = []

    @OptionGroup(title: "Datasets (JSON Lines, JSON, CSV, TSV)") var dataset: DatasetArguments

    @OptionGroup(title: "Evidence") var evidence: EvidenceArguments

    @OptionGroup(title: "Diagram and file options") var render: RenderArguments

    @OptionGroup(title: "Filters (applied to every output)") var filter: FilterArguments

    @OptionGroup(title: "Messages") var messages: MessageOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one article file or folder") }
        _ = try OutputFormat.parseList(format)
        try render.validate()
    }

    func run() throws {
        let console = messages.console
        let formats = try OutputFormat.parseList(format)
        let folder = OutputFolder(path: output)
        do {
            try folder.prepare()
        } catch {
            console.error(error.localizedDescription)
            throw ExitStatus.cannotCreate
        }

        let knowledgeBase: KnowledgeBase
        do {
            knowledgeBase = try KnowledgeBase.load(userFiles: knowledge)
        } catch {
            console.error(error.localizedDescription)
            throw (error as? KnowledgeError).map(ExitStatus.of) ?? ExitStatus.dataError
        }

        var stream: DocumentStream
        do {
            stream = try DocumentReader(fields: dataset.fields).stream(inputs)
        } catch let error as ReadingError {
            console.error(error.localizedDescription)
            throw ExitStatus.of(error)
        }
        // Datasets are read as they are extracted: their size is known at the end.
        let total = stream.hasDatasets ? nil : stream.fileCount
        let graph: ResolvedGraph
        do {
            graph = try Extractor(knowledge: knowledgeBase).resolvedGraph(of: &stream, maxEvidence: evidence.maxEvidence,
                                                                          progress: { done in console.progress(done, of: total) },
                                                                          warning: { console.warning($0.description) })
        } catch let error as ReadingError {
            console.error(error.localizedDescription)
            throw ExitStatus.of(error)
        }
        console.progress(stream.count, of: total, finished: true)
        console.info("read \(stream.count) document\(stream.count == 1 ? "" : "s")")
        console.info("extracted \(graph.graph.summary)")

        let export = try GraphExport(graph: graph, maxEvidence: evidence.maxEvidence, filter: filter, formats: formats,
                                     render: render, console: console)
        let written = try export.write(to: folder)
        if !messages.quiet {
            print("\(export.summary) → " + written.map { (output as NSString).appendingPathComponent($0) }.joined(separator: ", "))
        }
    }
}
