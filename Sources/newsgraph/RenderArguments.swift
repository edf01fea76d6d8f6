import ArgumentParser
import NewsGraph
import NewsGraphRendering

/// Options for the outputs' shape, shared by the commands that write files.
struct RenderArguments: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Layout engine: auto (dot for small graphs, sfdp with cheap settings for large ones), dot, neato, fdp, sfdp, circo or twopi.",
        valueName: "engine"))
    var layout: String = "auto"

    @Option(name: .long, help: "Resolution of PNG output, in dots per inch (300 for print).")
    var dpi: Double = RenderOptions.defaultDPI

    @Flag(name: .customLong("no-legend"), help: "Leave the legend out of the images.")
    var noLegend = false

    @Option(name: .customLong("graphml-flavor"), help: ArgumentHelp(
        "plain (NetworkX, igraph, Gephi, Cytoscape) or yed (adds yEd graphics and positions from the layout).",
        valueName: "flavor"))
    var graphMLFlavor: String = "plain"

    @Option(name: .customLong("json-flavor"), help: ArgumentHelp(
        "jgf (JSON Graph Format v2), cytoscape (Cytoscape.js elements) or networkx (node-link data).",
        valueName: "flavor"))
    var jsonFlavor: String = "jgf"

    func validate() throws {
        if layout != "auto", !DiagramLayout.engines.contains(layout) {
            throw ValidationError("unknown layout '\(layout)'; use auto, \(DiagramLayout.engines.joined(separator: ", "))")
        }
        if !(dpi >= 24 && dpi <= 1200) { throw ValidationError("--dpi must be between 24 and 1200") }
        if !["plain", "yed"].contains(graphMLFlavor) {
            throw ValidationError("unknown GraphML flavor '\(graphMLFlavor)'; use plain or yed")
        }
        if JSONGraphEncoder.Flavor(rawValue: jsonFlavor) == nil {
            throw ValidationError("unknown JSON flavor '\(jsonFlavor)'; use \(JSONGraphEncoder.Flavor.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    /// The engine and settings for a graph of this size.
    func diagramLayout(nodes: Int, edges: Int) -> DiagramLayout {
        layout == "auto" ? DiagramLayout.automatic(nodes: nodes, edges: edges)
            : DiagramLayout.settings(engine: layout, nodes: nodes, edges: edges)
    }

    /// The DOT encoder for a graph, with the layout chosen for it.
    func dotEncoder(for graph: ExportGraph) -> DOTEncoder {
        DOTEncoder(layout: diagramLayout(nodes: graph.nodes.count, edges: graph.edges.count), legend: !noLegend)
    }

    /// Engines whose time explodes with size, and the node count past which to say so
    /// (measured on 2 cores, 1.5 edges per node: dot 19 s at 1,000 nodes and 178 s at 2,000,
    /// circo over 300 s at 2,000, neato 23 s at 2,000; sfdp 2–4 s at 2,000).
    static let slowEngines: [String: Int] = ["dot": 500, "circo": 500, "neato": 1000]

    /// A warning when the user named an engine that will be slow on a graph this large.
    func slowLayoutWarning(nodes: Int) -> String? {
        guard let limit = Self.slowEngines[layout], nodes > limit else { return nil }
        return "--layout \(layout) on \(nodes) entities may take minutes; --layout auto (sfdp) takes seconds"
    }

    var json: JSONGraphEncoder.Flavor { JSONGraphEncoder.Flavor(rawValue: jsonFlavor) ?? .jgf }
}
