/// How diagrams draw each entity type and relation: shapes, colours, line styles, and the names
/// the legend gives them.
///
/// Colours keep the kinds apart in print and for the common colour-vision deficiencies: relation
/// families differ in line style or arrowhead as well as in colour.
enum DiagramStyle {
    struct NodeLook: Equatable {
        let shape: String
        let fill: String
        let border: String
        /// `style` attribute.
        let style: String
    }

    struct EdgeLook: Equatable {
        let color: String
        let fontColor: String
        /// `style` attribute: solid, dashed, bold, …
        let style: String
        /// Arrowhead for directed edges.
        let arrowhead: String
    }

    static func node(type: String) -> NodeLook {
        switch EntityKind(rawValue: type) {
        case .person: return NodeLook(shape: "ellipse", fill: "#fde2c8", border: "#c2570c", style: "filled")
        case .country: return NodeLook(shape: "box", fill: "#d6e6f5", border: "#2b5d8a", style: "filled,rounded")
        case .organization: return NodeLook(shape: "hexagon", fill: "#dcefd8", border: "#3b7a35", style: "filled")
        case nil: return NodeLook(shape: "octagon", fill: "#eeeeee", border: "#666666", style: "filled")
        }
    }

    static func edge(relation: String) -> EdgeLook {
        switch RelationKind(rawValue: relation) {
        case .call: return EdgeLook(color: "#1f77b4", fontColor: "#1f5f8f", style: "solid", arrowhead: "normal")
        case .meeting: return EdgeLook(color: "#17becf", fontColor: "#0f7f8a", style: "solid", arrowhead: "normal")
        case .visit: return EdgeLook(color: "#9467bd", fontColor: "#7a4fa3", style: "solid", arrowhead: "vee")
        case .accusation: return EdgeLook(color: "#d62728", fontColor: "#b01f20", style: "solid", arrowhead: "normal")
        case .threat: return EdgeLook(color: "#8b0000", fontColor: "#8b0000", style: "bold", arrowhead: "vee")
        case .agreement: return EdgeLook(color: "#2ca02c", fontColor: "#23801f", style: "bold", arrowhead: "normal")
        case .support: return EdgeLook(color: "#bcbd22", fontColor: "#7f7f00", style: "solid", arrowhead: "normal")
        case .affiliation: return EdgeLook(color: "#8c8c8c", fontColor: "#707070", style: "dashed", arrowhead: "empty")
        case nil: return EdgeLook(color: "#555555", fontColor: "#444444", style: "solid", arrowhead: "normal")
        }
    }

    /// The legend's name for an entity type.
    static func legendName(type: String) -> String {
        switch EntityKind(rawValue: type) {
        case .person: return "person"
        case .country: return "country"
        case .organization: return "organization"
        case nil: return type.isEmpty ? "other" : type
        }
    }

    /// The legend's name for a relation.
    static func legendName(relation: String) -> String {
        if let kind = RelationKind(rawValue: relation) { return kind.label }
        return relation.isEmpty ? "(no relation)" : relation
    }

    /// Line width for an edge reported by `sources` documents: thicker with each document, capped;
    /// heavier for bold styles (an explicit `penwidth` would otherwise hide Graphviz's `bold`).
    static func penWidth(sources: Int, look: EdgeLook) -> Double {
        min(1.2 + 1.1 * Double(max(0, sources - 1)), 6.8) + (look.style == "bold" ? 0.8 : 0)
    }
}
