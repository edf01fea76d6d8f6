/// The yFiles extensions yEd reads from GraphML: a `y:ShapeNode` per node (shape and fill by
/// type, label, geometry from a layout) and a `y:PolyLineEdge` per edge (colour, line style and
/// arrows by relation, label).
///
/// yEd shows no labels from plain data keys and stacks nodes without a geometry; with these it
/// opens a finished diagram that looks like the SVG.
struct YEdGraphics {
    static let namespace = "http://www.yworks.com/xml/graphml"

    /// Node geometry by node id; nodes the layout left out are put on a grid below the drawing.
    private var geometry: [String: NodePosition] = [:]

    init(graph: ExportGraph, positions: [String: NodePosition]) {
        var missing: [ExportGraph.Node] = []
        for node in graph.nodes {
            if let position = positions[node.id], position.x.isFinite, position.y.isFinite,
               position.width.isFinite, position.height.isFinite {
                geometry[node.id] = position
            } else {
                missing.append(node)
            }
        }
        let bottom = geometry.values.map { $0.y + $0.height }.max() ?? 0
        for (index, node) in missing.enumerated() {
            let width = max(60, Double(node.label.count) * 7 + 20)
            geometry[node.id] = NodePosition(x: Double(index % 8) * 180, y: bottom + 60 + Double(index / 8) * 60,
                                             width: width, height: 36)
        }
    }

    static func writeKeys(to out: inout OutputBuffer) {
        out.write("  <key id=\"ygraphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n")
        out.write("  <key id=\"yedgegraphics\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n")
    }

    func writeNode(_ node: ExportGraph.Node, to out: inout OutputBuffer) {
        let look = DiagramStyle.node(type: node.type)
        let box = geometry[node.id] ?? NodePosition(x: 0, y: 0, width: 60, height: 36)
        out.write("      <data key=\"ygraphics\">\n        <y:ShapeNode>\n")
        out.write("          <y:Geometry x=\"\(Self.number(box.x))\" y=\"\(Self.number(box.y))\"")
        out.write(" width=\"\(Self.number(box.width))\" height=\"\(Self.number(box.height))\"/>\n")
        out.write("          <y:Fill color=\"\(look.fill.uppercased())\" transparent=\"false\"/>\n")
        out.write("          <y:BorderStyle color=\"\(look.border.uppercased())\" type=\"line\" width=\"1.2\"/>\n")
        out.write("          <y:NodeLabel alignment=\"center\" fontFamily=\"DejaVu Sans\" fontSize=\"11\"")
        out.write(" fontStyle=\"plain\" textColor=\"#000000\" modelName=\"internal\" modelPosition=\"c\" autoSizePolicy=\"content\">")
        Escaping.writeXML(node.label, to: &out)
        out.write("</y:NodeLabel>\n")
        out.write("          <y:Shape type=\"\(Self.shape(look.shape, style: look.style))\"/>\n")
        out.write("        </y:ShapeNode>\n      </data>\n")
    }

    func writeEdge(_ edge: ExportGraph.Edge, to out: inout OutputBuffer) {
        let look = DiagramStyle.edge(relation: edge.relation)
        let width = DiagramStyle.penWidth(sources: edge.sources, look: look)
        out.write("      <data key=\"yedgegraphics\">\n        <y:PolyLineEdge>\n")
        out.write("          <y:Path sx=\"0.0\" sy=\"0.0\" tx=\"0.0\" ty=\"0.0\"/>\n")
        out.write("          <y:LineStyle color=\"\(look.color.uppercased())\" type=\"\(look.style == "dashed" ? "dashed" : "line")\"")
        out.write(" width=\"\(Self.number(width))\"/>\n")
        out.write("          <y:Arrows source=\"none\" target=\"\(edge.directed ? Self.arrow(look.arrowhead) : "none")\"/>\n")
        if !edge.label.isEmpty {
            out.write("          <y:EdgeLabel alignment=\"center\" fontFamily=\"DejaVu Sans\" fontSize=\"9\" fontStyle=\"plain\"")
            out.write(" textColor=\"\(look.fontColor.uppercased())\" modelName=\"centered\" modelPosition=\"center\" preferredPlacement=\"anywhere\">")
            Escaping.writeXML(edge.label, to: &out)
            out.write("</y:EdgeLabel>\n")
        }
        out.write("          <y:BendStyle smoothed=\"false\"/>\n")
        out.write("        </y:PolyLineEdge>\n      </data>\n")
    }

    /// yEd's name for a Graphviz shape.
    static func shape(_ graphviz: String, style: String) -> String {
        switch graphviz {
        case "box": return style.contains("rounded") ? "roundrectangle" : "rectangle"
        case "ellipse", "hexagon", "octagon": return graphviz
        default: return "rectangle"
        }
    }

    /// yEd's name for a Graphviz arrowhead.
    static func arrow(_ graphviz: String) -> String {
        switch graphviz {
        case "empty": return "white_delta"
        case "vee": return "plain"
        default: return "standard"
        }
    }

    /// A coordinate with at most two decimals, always with a decimal point.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return String(rounded == 0 ? 0 : rounded)
    }
}
