/// Draws the diagram the briefing page shows (``HTMLBriefingEncoder``): SVG text of the graph.
///
/// NewsGraph itself draws nothing; `NewsGraphRendering` provides one backed by Graphviz
/// (`GraphvizSVGDiagram`), so this library stays free of the C library.
public protocol SVGDiagramProvider: Sendable {
    /// Draws the graph.
    ///
    /// - Parameter graph: The graph about to be encoded.
    /// - Returns: SVG text, as Graphviz writes it for ``DOTEncoder``'s DOT text (nodes and edges
    ///   with the `id`s ``DOTEncoder/svgIDs(for:)`` gives).
    /// - Throws: Whatever drawing throws; the encoder passes it on.
    func svg(for graph: ExportGraph) throws -> String
}

/// A diagram drawn in advance: the SVG file written next to the page, from the same layout.
public struct FixedSVGDiagram: SVGDiagramProvider {
    public var svg: String

    public init(_ svg: String) {
        self.svg = svg
    }

    public func svg(for graph: ExportGraph) -> String {
        svg
    }
}
