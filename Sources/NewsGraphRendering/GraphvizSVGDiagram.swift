import Foundation
import NewsGraph

/// The briefing page's diagram drawn by Graphviz: the SVG of ``DOTEncoder``'s DOT text, laid out
/// with the engine the encoder chooses, as `graph.svg` has it.
///
/// ```swift
/// let page = try HTMLBriefingEncoder(diagram: GraphvizSVGDiagram()).encode(graph)
/// ```
public struct GraphvizSVGDiagram: SVGDiagramProvider {
    /// Writes the DOT text that is drawn; its layout settings decide the engine.
    public var encoder: DOTEncoder

    /// Creates a provider.
    ///
    /// - Parameter encoder: The encoder of the diagram, with its layout and legend settings.
    public init(encoder: DOTEncoder = DOTEncoder()) {
        self.encoder = encoder
    }

    /// Draws the graph with Graphviz.
    ///
    /// - Parameter graph: The graph.
    /// - Returns: The SVG text.
    /// - Throws: ``RenderError`` when Graphviz fails.
    public func svg(for graph: ExportGraph) throws -> String {
        let engine = LayoutEngine(encoder.resolvedLayout(for: graph))
        let result = try GraphvizRenderer().render(dot: encoder.text(graph), format: .svg, layout: engine)
        return String(decoding: result.data, as: UTF8.self)
    }
}
