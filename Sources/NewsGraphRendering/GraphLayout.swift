/// Node positions and sizes computed by a Graphviz layout engine, for encoders that need
/// coordinates (yEd's GraphML).
///
/// All values are in points (1/72 inch). Graphviz puts the origin at the bottom left with y
/// growing upward; here the origin is the top-left corner of the drawing's bounding box and
/// y grows downward, as in SVG, yEd and most screen coordinate systems. Every node lies inside
/// `0...bounds.width` × `0...bounds.height`.
public struct GraphLayout: Sendable, Hashable {
    /// The size of the drawing's bounding box; its top-left corner is (0, 0).
    public struct Bounds: Sendable, Hashable {
        /// Width of the drawing, in points.
        public var width: Double
        /// Height of the drawing, in points.
        public var height: Double

        /// Creates bounds.
        ///
        /// - Parameters:
        ///   - width: Width in points.
        ///   - height: Height in points.
        public init(width: Double, height: Double) {
            self.width = width
            self.height = height
        }
    }

    /// Every node of the graph (including nodes inside subgraphs), keyed by its DOT name.
    public var nodes: [String: NodeGeometry]
    /// Every edge, in Graphviz's order (by tail node, then creation).
    public var edges: [EdgeGeometry]
    /// The drawing's bounding box.
    public var bounds: Bounds
    /// Graphviz's warnings, as in ``RenderResult/warnings``.
    public var warnings: [String]

    /// Creates a layout.
    ///
    /// - Parameters:
    ///   - nodes: Node geometries keyed by node name.
    ///   - edges: Edge geometries.
    ///   - bounds: The drawing's size.
    ///   - warnings: Graphviz's messages.
    public init(
        nodes: [String: NodeGeometry], edges: [EdgeGeometry], bounds: Bounds, warnings: [String] = []
    ) {
        self.nodes = nodes
        self.edges = edges
        self.bounds = bounds
        self.warnings = warnings
    }
}
