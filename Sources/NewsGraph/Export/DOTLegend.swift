/// The legend of a diagram, as a Graphviz HTML-like table for the graph's label: the entity types
/// and relations present (each drawn as in the diagram), what line width means, and the graph's
/// size.
///
/// A graph label rather than a legend node or cluster: every layout engine places it (sfdp draws
/// no clusters), it never takes part in the layout, and it stays out of the SVG's nodes.
struct DOTLegend {
    let graph: ExportGraph

    /// The table, without the enclosing `<` `>`.
    var html: String {
        var rows: [String] = []
        rows.append(#"<tr><td colspan="2" align="left"><b>Legend</b></td></tr>"#)
        for type in types {
            let look = DiagramStyle.node(type: type)
            let name = Escaping.htmlLabel(DiagramStyle.legendName(type: type))
            rows.append(#"<tr><td bgcolor="\#(look.fill)" border="1" color="\#(look.border)" sides="ltrb" style="rounded" width="54"> </td>"#
                + #"<td align="left">\#(name)</td></tr>"#)
        }
        for (relation, directed) in relations {
            let look = DiagramStyle.edge(relation: relation)
            let name = Escaping.htmlLabel(DiagramStyle.legendName(relation: relation))
            rows.append(#"<tr><td align="center"><font color="\#(look.color)">\#(Self.glyph(look, directed: directed))</font></td>"#
                + #"<td align="left">\#(name)</td></tr>"#)
        }
        if graph.edges.contains(where: { $0.sources > 1 }) {
            rows.append(#"<tr><td colspan="2" align="left"><font point-size="8">thicker line: reported by more documents</font></td></tr>"#)
        }
        rows.append(##"<tr><td colspan="2" align="left"><font point-size="8" color="#555555">\##(Escaping.htmlLabel(graph.summary))</font></td></tr>"##)
        return ##"<table border="1" color="#bbbbbb" cellborder="0" cellspacing="1" cellpadding="3" bgcolor="#ffffff">"##
            + rows.joined() + "</table>"
    }

    /// Entity types present: NewsGraph's in their order, then others alphabetically.
    private var types: [String] {
        let present = Set(graph.nodes.map(\.type))
        let known = EntityKind.allCases.map(\.rawValue).filter(present.contains)
        return known + present.subtracting(known).sorted()
    }

    /// Relations present with whether they are drawn with arrowheads: NewsGraph's in their
    /// order, then others alphabetically.
    private var relations: [(String, Bool)] {
        var directed: [String: Bool] = [:]
        for edge in graph.edges { directed[edge.relation] = (directed[edge.relation] ?? false) || edge.directed }
        let known = RelationKind.allCases.map(\.rawValue).filter { directed[$0] != nil }
        let ordered = known + Set(directed.keys).subtracting(known).sorted()
        return ordered.map { ($0, directed[$0] ?? true) }
    }

    /// A line sample in the relation's style: solid, heavy or dashed, with an arrowhead if directed.
    static func glyph(_ look: DiagramStyle.EdgeLook, directed: Bool) -> String {
        let line: String
        switch look.style {
        case "dashed": line = "╌╌╌╌"
        case "bold": line = "━━━━"
        default: line = "────"
        }
        guard directed else { return line }
        return line + (look.arrowhead == "empty" ? "▷" : "▶")
    }
}
