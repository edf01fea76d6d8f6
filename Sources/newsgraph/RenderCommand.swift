import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphRendering

/// `newsgraph render`: re-export and re-render a saved JSON graph without reading the articles.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Re-export and re-render a saved JSON graph (JSON Graph Format v2), e.g. with filters or another layout.",
        discussion: """
        Reads GRAPH.json (written by newsgraph build, or any file valid against the JSON Graph Format v2 \
        schema) and writes DIR/graph.graphml, graph.dot, graph.svg, graph.png (and graph.json, graph.pdf, graph.gexf, graph.html) \
        for the formats asked. Missing optional fields get defaults; self-loops and parallel edges are drawn.

        Examples:
          newsgraph render out/graph.json -o putin --focus Putin --depth 2
          newsgraph render out/graph.json -o calls --relations call,agreement
          newsgraph render out/graph.json -o print -f png --dpi 300
          newsgraph render big.json -o big -f svg --min-sources 2
        """
    )

    static let defaultFormats: [OutputFormat] = [.graphml, .dot, .svg, .png]

    @Argument(help: "A JSON Graph Format file, e.g. out/graph.json.")
    var graph: String

    @Option(name: .shortAndLong, help: "Output folder (created if missing).")
    var output: String = "out"

    @Option(name: [.customShort("f"), .long], help: "Formats to write: \(OutputFormat.list).")
    var format: String = RenderCommand.defaultFormats.map(\.rawValue).joined(separator: ",")

    @OptionGroup(title: "Diagram and file options") var render: RenderArguments

    @OptionGroup(title: "Filters") var filter: FilterArguments

    @OptionGroup(title: "Messages") var messages: MessageOptions

    func validate() throws {
        _ = try OutputFormat.parseList(format)
    }

    func run() throws {
        let console = messages.console
        let formats = try OutputFormat.parseList(format)
        let input = URL(fileURLWithPath: graph)
        let target = URL(fileURLWithPath: output).appendingPathComponent(OutputFormat.json.fileName)
        if formats.contains(.json), input.standardizedFileURL.resolvingSymlinksInPath().path
            == target.standardizedFileURL.resolvingSymlinksInPath().path {
            console.error("\(graph): would be overwritten by the JSON output; choose another folder with -o or leave json out of -f")
            throw ExitStatus.usage
        }

        let data: Data
        do {
            data = try Data(contentsOf: input)
        } catch {
            let missing = !FileManager.default.fileExists(atPath: graph)
            console.error("\(graph): \(missing ? "no such file" : "cannot read (\((error as NSError).localizedDescription))")")
            throw missing ? ExitStatus.noInput : ExitStatus.dataError
        }
        let decoded: JGFDecoder.Decoded
        do {
            decoded = try JGFDecoder().decode(data)
        } catch {
            console.error("\(graph): \(error.localizedDescription)")
            throw ExitStatus.dataError
        }
        for warning in decoded.warnings { console.warning("\(graph): \(warning)") }
        console.info("read \(decoded.graph.summary)")

        let folder = OutputFolder(path: output)
        do {
            try folder.prepare()
        } catch {
            console.error(error.localizedDescription)
            throw ExitStatus.cannotCreate
        }
        let export = try GraphExport(graph: decoded.graph, filter: filter, formats: formats, render: render, console: console)
        let written = try export.write(to: folder)
        if !messages.quiet {
            print("\(export.summary) → " + written.map { (output as NSString).appendingPathComponent($0) }.joined(separator: ", "))
        }
    }
}
