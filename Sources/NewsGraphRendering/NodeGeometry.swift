/// Where Graphviz placed a node: its center and size, in points (1/72 inch), y growing downward.
public struct NodeGeometry: Sendable, Hashable {
    /// Horizontal position of the node's center, from the left edge of the drawing.
    public var x: Double
    /// Vertical position of the node's center, from the top edge of the drawing.
    public var y: Double
    /// The node's width.
    public var width: Double
    /// The node's height.
    public var height: Double

    /// Creates a geometry from a center and a size.
    ///
    /// - Parameters:
    ///   - x: The center's distance from the left edge, in points.
    ///   - y: The center's distance from the top edge, in points.
    ///   - width: The width, in points.
    ///   - height: The height, in points.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The left edge of the node (yEd's `y:Geometry x`).
    public var minX: Double { x - width / 2 }

    /// The top edge of the node (yEd's `y:Geometry y`).
    public var minY: Double { y - height / 2 }

    /// The node's center.
    public var center: LayoutPoint { LayoutPoint(x: x, y: y) }
}
