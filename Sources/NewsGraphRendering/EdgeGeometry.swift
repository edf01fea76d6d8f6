/// An edge of a ``GraphLayout``: its end nodes and, when it has a label, where Graphviz put it.
public struct EdgeGeometry: Sendable, Hashable {
    /// The name of the tail (source) node.
    public var tail: String
    /// The name of the head (target) node.
    public var head: String
    /// The edge's `id` attribute, if the DOT text gave one; the safest way to match edges.
    public var id: String?
    /// The edge's key (`a -> b [key=k]`), if the DOT text gave one.
    public var key: String?
    /// The center of the edge's label (Graphviz's `lp`), or `nil` for an edge without a label.
    public var labelPosition: LayoutPoint?

    /// Creates an edge geometry.
    ///
    /// - Parameters:
    ///   - tail: The tail node's name.
    ///   - head: The head node's name.
    ///   - id: The `id` attribute, if any.
    ///   - key: The edge key, if any.
    ///   - labelPosition: The label's center, if the edge has a label.
    public init(
        tail: String, head: String, id: String? = nil, key: String? = nil,
        labelPosition: LayoutPoint? = nil
    ) {
        self.tail = tail
        self.head = head
        self.id = id
        self.key = key
        self.labelPosition = labelPosition
    }
}
