/// A point in a ``GraphLayout``, in points (1/72 inch), with y growing downward.
public struct LayoutPoint: Sendable, Hashable {
    /// Distance from the left edge of the drawing.
    public var x: Double
    /// Distance from the top edge of the drawing.
    public var y: Double

    /// Creates a point.
    ///
    /// - Parameters:
    ///   - x: Distance from the left edge, in points.
    ///   - y: Distance from the top edge, in points.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
