/// Where a drawing puts a node: its top-left corner and size, in points (1/72 inch), with y
/// growing downward (as in SVG and yEd).
public struct NodePosition: Sendable, Hashable {
    /// Distance of the node's left edge from the drawing's left edge.
    public var x: Double
    /// Distance of the node's top edge from the drawing's top edge.
    public var y: Double
    public var width: Double
    public var height: Double

    /// Creates a position.
    ///
    /// - Parameters:
    ///   - x: The left edge, in points.
    ///   - y: The top edge, in points (y grows downward).
    ///   - width: The width, in points.
    ///   - height: The height, in points.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

/// Computes node positions for encoders that write coordinates (``GraphMLEncoder/Flavor/yed(_:)``).
///
/// NewsGraph itself knows no layout algorithm; `NewsGraphRendering` provides one backed by
/// Graphviz (`GraphvizNodePositions`), so this library stays free of the C library.
public protocol NodePositionProvider: Sendable {
    /// Lays out the graph.
    ///
    /// - Parameter graph: The graph about to be encoded.
    /// - Returns: Positions keyed by node id; a node left out is placed by the encoder.
    /// - Throws: Whatever the layout throws; the encoder passes it on.
    func positions(for graph: ExportGraph) throws -> [String: NodePosition]
}

/// Positions fixed in advance, e.g. from an earlier layout, or for tests.
public struct FixedNodePositions: NodePositionProvider {
    public var positions: [String: NodePosition]

    public init(_ positions: [String: NodePosition]) {
        self.positions = positions
    }

    public func positions(for graph: ExportGraph) -> [String: NodePosition] {
        positions
    }
}
