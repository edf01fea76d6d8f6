/// The Graphviz layout engine for a diagram and the settings that keep it readable and fast at
/// the graph's size.
///
/// `dot` draws the clearest diagrams but its cost explodes past a few hundred nodes (25–100 s
/// at 1,000 nodes on 2 cores); `sfdp` lays out thousands of nodes in a second or two, as long
/// as costly settings stay off (`splines=true` took sfdp past 300 s on 2,000 nodes). So
/// ``automatic(nodes:edges:)`` keeps `dot` for small graphs and switches to `sfdp` with straight
/// edges, prism overlap removal and no edge labels for large ones. The choice is written into
/// the DOT text (`layout=…`), so `dot -Tsvg graph.dot` draws the same diagram.
public struct DiagramLayout: Sendable, Hashable {
    /// A graph attribute written in the DOT text.
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The engine's Graphviz name: dot, neato, fdp, sfdp, circo or twopi.
    public var engine: String
    /// Engine settings written as graph attributes, in order.
    public var attributes: [Attribute]
    /// Whether edges carry their relation as a label (off for large graphs: labels cost layout
    /// time and become unreadable clutter; the legend and tooltips still say what each edge is).
    public var edgeLabels: Bool
    /// Whether nodes show their first role under the name.
    public var roles: Bool
    /// Smaller nodes (8 pt, tight margins): on large graphs they halve overlap removal's work.
    public var compact: Bool

    public init(engine: String, attributes: [Attribute] = [], edgeLabels: Bool = true, roles: Bool = true,
                compact: Bool = false) {
        self.engine = engine
        self.attributes = attributes
        self.edgeLabels = edgeLabels
        self.roles = roles
        self.compact = compact
    }

    /// The engines Graphviz ships, in the order they are documented.
    public static let engines = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]

    /// Up to this many nodes (and ``dotEdgeLimit`` edges) `auto` uses `dot` with full settings.
    public static let dotNodeLimit = 150
    /// Up to this many edges `auto` uses `dot`.
    public static let dotEdgeLimit = 300
    /// Beyond this many edges, edge labels are left out.
    public static let labelEdgeLimit = 400
    /// Beyond this many nodes, smooth (spline) edges are left out for force-directed engines.
    public static let splineNodeLimit = 100

    /// The engine and settings for a graph of this size: `dot` for small graphs, `sfdp` beyond.
    ///
    /// - Parameters:
    ///   - nodes: Number of nodes.
    ///   - edges: Number of edges.
    public static func automatic(nodes: Int, edges: Int) -> DiagramLayout {
        let engine = nodes <= dotNodeLimit && edges <= dotEdgeLimit ? "dot" : "sfdp"
        return settings(engine: engine, nodes: nodes, edges: edges)
    }

    /// The settings for a named engine at this size; large graphs get the cheap ones.
    ///
    /// - Parameters:
    ///   - engine: The engine's Graphviz name.
    ///   - nodes: Number of nodes.
    ///   - edges: Number of edges.
    public static func settings(engine: String, nodes: Int, edges: Int) -> DiagramLayout {
        let labels = edges <= labelEdgeLimit
        let small = nodes <= splineNodeLimit
        var attributes: [Attribute]
        switch engine {
        case "dot":
            attributes = [Attribute("rankdir", "LR"), Attribute("nodesep", "0.3"), Attribute("ranksep", "0.75")]
            if nodes > dotNodeLimit || edges > dotEdgeLimit {
                // Fewer network-simplex and crossing-minimization passes: minutes become seconds.
                attributes += [Attribute("nslimit", "2"), Attribute("nslimit1", "2"), Attribute("mclimit", "0.2"),
                               Attribute("splines", "line")]
            }
        case "neato", "fdp", "sfdp":
            attributes = [Attribute("overlap", "prism"), Attribute("splines", small ? "true" : "false")]
            if engine != "fdp" { attributes.append(Attribute("sep", "+6")) }
        case "circo":
            attributes = [Attribute("splines", small ? "true" : "false")]
        case "twopi":
            attributes = [Attribute("overlap", "prism"), Attribute("ranksep", "1.2"),
                          Attribute("splines", small ? "true" : "false")]
        default:
            attributes = []
        }
        let large = nodes > dotNodeLimit
        return DiagramLayout(engine: engine, attributes: attributes, edgeLabels: labels, roles: !large, compact: large)
    }
}
