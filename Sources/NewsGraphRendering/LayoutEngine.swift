import NewsGraph

/// A Graphviz layout engine, named as on the command line (`-K`).
///
/// The six engines Graphviz 2.43 ships are static members. Any other name can be given with
/// ``init(rawValue:)``; Graphviz itself decides whether it knows it, and rendering throws
/// ``RenderError/unknownLayoutEngine(_:message:)`` when it does not.
public struct LayoutEngine: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The engine's Graphviz name, e.g. `"sfdp"`.
    public var rawValue: String

    /// Creates an engine from its Graphviz name; the name is not checked until a layout runs.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Hierarchical layers; the best drawing for small directed graphs, very slow past a few hundred nodes.
    public static let dot = LayoutEngine(rawValue: "dot")
    /// Spring model (stress majorization) for small undirected graphs.
    public static let neato = LayoutEngine(rawValue: "neato")
    /// Force-directed; draws clusters.
    public static let fdp = LayoutEngine(rawValue: "fdp")
    /// Scalable force-directed multilevel layout: the choice for large graphs.
    public static let sfdp = LayoutEngine(rawValue: "sfdp")
    /// Circular layout.
    public static let circo = LayoutEngine(rawValue: "circo")
    /// Radial layout around a root node.
    public static let twopi = LayoutEngine(rawValue: "twopi")

    /// The engines above, in the order they are documented.
    public static let standard: [LayoutEngine] = [.dot, .neato, .fdp, .sfdp, .circo, .twopi]

    /// The engine a diagram layout names.
    ///
    /// - Parameter layout: A layout from ``DiagramLayout/automatic(nodes:edges:)`` or
    ///   ``DiagramLayout/settings(engine:nodes:edges:)``.
    public init(_ layout: DiagramLayout) {
        self.rawValue = layout.engine
    }

    /// The largest graph for which ``recommended(nodeCount:edgeCount:)`` picks `dot`.
    ///
    /// Measured on 2 cores: `dot` takes 0.08 s at 100 nodes and 1.1 s at 300 (7.3 s with edge
    /// labels) and minutes at 1,000, where `sfdp` needs 0.2 s.
    public static let dotNodeLimit = DiagramLayout.dotNodeLimit

    /// The engine to use when the user names none: `dot` for small graphs, `sfdp` beyond
    /// (``DiagramLayout/automatic(nodes:edges:)`` decides, with the settings that go with it).
    ///
    /// - Parameters:
    ///   - nodeCount: The number of nodes in the graph to lay out.
    ///   - edgeCount: The number of edges.
    public static func recommended(nodeCount: Int, edgeCount: Int = 0) -> LayoutEngine {
        LayoutEngine(DiagramLayout.automatic(nodes: nodeCount, edges: edgeCount))
    }

    /// The engine's Graphviz name.
    public var description: String { rawValue }
}
