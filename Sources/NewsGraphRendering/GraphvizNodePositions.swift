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
        return Self.positions(of: graph, in: layout)
    }

    /// The positions of the graph's nodes in a layout of ``DOTEncoder``'s DOT text of it (e.g.
    /// the one ``GraphvizRenderer/render(dot:formats:layout:options:includingLayout:)`` drew
    /// the images from), keyed by node id.
    ///
    /// - Parameters:
    ///   - graph: The graph the DOT text was written for.
    ///   - layout: Its layout.
    /// - Returns: Each node's top-left corner and size in points, y growing downward.
    public static func positions(of graph: ExportGraph, in layout: GraphLayout) -> [String: NodePosition] {
        var positions: [String: NodePosition] = [:]
        for (id, name) in DOTEncoder.nodeNames(for: graph) {
            guard let node = layout.nodes[name] else { continue }
            positions[id] = NodePosition(x: node.minX, y: node.minY, width: node.width, height: node.height)
        }
        return positions
    }
}
