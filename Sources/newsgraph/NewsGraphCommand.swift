import ArgumentParser
import NewsGraph
import NewsGraphRendering

@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn news articles into a graph of who did what to whom: DOT, GraphML, JSON, SVG, PNG, PDF.",
        discussion: """
        Examples:
          newsgraph Examples/articles -o out
          newsgraph build a.txt b.md news/ -o out -f json,graphml
          newsgraph build news/ -o out -f svg,png --dpi 300
          newsgraph build news/ -o out --focus Putin --relations call,accusation
          newsgraph render out/graph.json -o briefing -f svg,png --min-sources 2
          newsgraph parse article.txt
          newsgraph explain "Putin spoke with Erdogan by phone."
        """,
        // The Graphviz version from its headers, fixed at compile time: this runs at every start,
        // and asking the library would create its context first (it reads the plugin list).
        version: "\(NewsGraphInfo.generator) (Graphviz \(GraphvizRenderer.version))",
        subcommands: [BuildCommand.self, ExtractCommand.self, MergeCommand.self, RenderCommand.self, ParseCommand.self,
                      ExplainCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
