import CGraphviz

/// Reads the layout attributes Graphviz attached to a graph (`bb`, `pos`, `width`, `height`,
/// `lp`) into a ``GraphLayout``, flipping y so that it grows downward.
///
/// Used under ``GraphvizSession``'s lock, after a layout and a render to format "dot".
struct LayoutReader {
    let graph: UnsafeMutablePointer<Agraph_t>

    func read() -> GraphLayout {
        // bb is "llx,lly,urx,ury" in points.
        let box = numbers(attribute(graph, "bb"))
        let (minX, minY, maxX, maxY) =
            box.count == 4 ? (box[0], box[1], box[2], box[3]) : (0, 0, 0, 0)
        let flip = { (x: Double, y: Double) in LayoutPoint(x: x - minX, y: maxY - y) }

        var nodes: [String: NodeGeometry] = [:]
        var edges: [EdgeGeometry] = []
        var node = agfstnode(graph)
        while let current = node {
            let name = attribute(current, nil)
            let pos = numbers(attribute(current, "pos"))
            let center = pos.count >= 2 ? flip(pos[0], pos[1]) : LayoutPoint(x: 0, y: 0)
            // width and height are in inches.
            let width = (Double(attribute(current, "width")) ?? 0) * 72
            let height = (Double(attribute(current, "height")) ?? 0) * 72
            nodes[name] = NodeGeometry(x: center.x, y: center.y, width: width, height: height)

            var edge = agfstout(graph, current)
            while let currentEdge = edge {
                let labelPos = numbers(attribute(currentEdge, "lp"))
                edges.append(
                    EdgeGeometry(
                        tail: attribute(cgv_tail(currentEdge), nil),
                        head: attribute(cgv_head(currentEdge), nil),
                        id: nonEmpty(attribute(currentEdge, "id")),
                        key: nonEmpty(attribute(currentEdge, nil)),
                        labelPosition: labelPos.count >= 2 ? flip(labelPos[0], labelPos[1]) : nil))
                edge = agnxtout(graph, currentEdge)
            }
            node = agnxtnode(graph, current)
        }
        let bounds = GraphLayout.Bounds(width: maxX - minX, height: maxY - minY)
        return GraphLayout(nodes: nodes, edges: edges, bounds: bounds)
    }

    /// An attribute's value, or the object's name when `name` is nil; "" when absent.
    private func attribute<Object>(_ object: UnsafeMutablePointer<Object>?, _ name: String?) -> String {
        guard let object else { return "" }
        let raw = UnsafeMutableRawPointer(object)
        let value = name.map { cgv_get(raw, $0) } ?? cgv_nameof(raw)
        return value.map { String(cString: $0) } ?? ""
    }

    private func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }

    /// The numbers in "x,y", "x,y!" or "a,b,c,d".
    private func numbers(_ text: String) -> [Double] {
        text.split(separator: ",").compactMap { Double($0.filter { $0 != "!" }) }
    }
}
