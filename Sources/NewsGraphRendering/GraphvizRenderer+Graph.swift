import NewsGraph

extension GraphvizRenderer {
    /// Draws a graph as a briefing diagram: the encoder's DOT text, laid out with the engine its
    /// layout settings name.
    ///
    /// - Parameters:
    ///   - graph: The graph to draw.
    ///   - format: The image format.
    ///   - encoder: Styling and layout settings; the default chooses the engine by size.
    ///   - options: Resolution for PNG.
    /// - Returns: The image bytes and Graphviz's warnings.
    /// - Throws: ``RenderError`` when Graphviz fails.
    public func render(
        _ graph: ExportGraph, format: ImageFormat, encoder: DOTEncoder = DOTEncoder(),
        options: RenderOptions = RenderOptions()
    ) throws -> RenderResult {
        try render(dot: encoder.text(graph), format: format,
                   layout: LayoutEngine(encoder.resolvedLayout(for: graph)), options: options)
    }
}
