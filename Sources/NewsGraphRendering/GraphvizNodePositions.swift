import NewsGraph

/// Node positions from a Graphviz layout of the graph's diagram, for encoders that write
/// coordinates (``GraphMLEncoder/Flavor/yed(_:)``).
///
/// It lays out exactly the DOT text `encoder` writes, with the engine it chooses, so the
/// positions match the SVG and PNG drawn with the same encoder.
///
/// ```swift
/// let positions = GraphvizNodePositions()
/// let yed = try GraphMLEncoder(flavor: .yed(positions)).encode(graph)
/// ```
public struct GraphvizNodePositions: NodePositionProvider {
    /// Writes the DOT text that is laid out; its layout settings decide the engine.
    public var encoder: DOTEncoder

    /// Creates a provider.
    ///
    /// - Parameter encoder: The encoder of the diagram the positions should match.
    public init(encoder: DOTEncoder = DOTEncoder()) {
        self.encoder = encoder
    }

    /// Lays out the graph with Graphviz.
    ///
    /// - Parameter graph: The graph.
    /// - Returns: Each node's top-left corner and size in points, y growing downward.
    /// - Throws: ``RenderError`` when Graphviz fails.
    public func positions(for graph: ExportGraph) throws -> [String: NodePosition] {
        let engine = LayoutEngine(encoder.resolvedLayout(for: graph))
        let layout = try GraphvizRenderer().layout(dot: encoder.text(graph), engine: engine)
        var positions: [String: NodePosition] = [:]
        for (id, name) in DOTEncoder.nodeNames(for: graph) {
            guard let node = layout.nodes[name] else { continue }
            positions[id] = NodePosition(x: node.minX, y: node.minY, width: node.width, height: node.height)
        }
        return positions
    }
}
