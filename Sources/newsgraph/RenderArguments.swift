import ArgumentParser
import NewsGraphRendering

/// Options for the images, shared by the commands that render.
struct RenderArguments: ParsableArguments {
    @Option(name: .long, help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi or auto (dot for small graphs, sfdp for large ones).")
    var layout: String = "auto"

    @Option(name: .long, help: "Resolution of PNG output, in dots per inch.")
    var dpi: Double = 150

    func validate() throws {
        if layout != "auto", !LayoutEngine.standard.map(\.rawValue).contains(layout) {
            throw ValidationError("unknown layout '\(layout)'; use auto, \(LayoutEngine.standard.map(\.rawValue).joined(separator: ", "))")
        }
        if !(dpi >= 24 && dpi <= 1200) { throw ValidationError("--dpi must be between 24 and 1200") }
    }

    /// The engine for a graph of `nodeCount` nodes.
    func engine(nodeCount: Int) -> LayoutEngine {
        layout == "auto" ? LayoutEngine.recommended(nodeCount: nodeCount) : LayoutEngine(rawValue: layout)
    }
}
