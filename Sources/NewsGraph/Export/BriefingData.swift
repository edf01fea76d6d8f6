import Foundation

/// The graph as the briefing page's script reads it: one compact JSON object, script-safe
/// (``Escaping/scriptSafeJSON(_:)``), for a `<script type="application/json">` element.
///
/// `documents` (id, path, title, date, url), `types` and `relations` (the legend: names and
/// colours as the diagram draws them, in the legend's order, with counts), `nodes` and `edges` in
/// output order, each with the `svg` id of its element in the diagram (``DOTEncoder/svgIDs(for:)``)
/// and every field the JSON export has; an edge's `span` is the first and last day of its
/// evidence, as in the GEXF.
struct BriefingData {
    let graph: ExportGraph

    func json() -> Data {
        let ids = DOTEncoder.svgIDs(for: graph)
        var out = JSONWriter(pretty: false, capacity: 4096 + graph.nodes.count * 300
            + graph.edges.count * 400 + graph.edges.reduce(0) { $0 + $1.evidence.reduce(0) { $0 + $1.text.utf8.count + 120 } })
        out.beginObject()
        out.key("summary"); out.string(graph.summary)
        out.key("generator"); out.string(NewsGraphInfo.generator)
        out.key("documents")
        out.beginArray()
        for document in graph.documents {
            out.beginObject()
            out.key("id"); out.string(document.id)
            out.key("path"); out.string(document.path)
            if let title = document.title { out.key("title"); out.string(title) }
            if let date = document.date { out.key("date"); out.string(date) }
            if Self.isWebAddress(document.path) { out.key("url"); out.string(document.path) }
            out.endObject()
        }
        out.endArray()
        writeLegend(to: &out)
        out.key("nodes")
        out.beginArray()
        for node in graph.nodes {
            out.beginObject()
            out.key("id"); out.string(node.id)
            if let svg = ids.nodes[node.id] { out.key("svg"); out.string(svg) }
            out.key("label"); out.string(node.label)
            out.key("type"); out.string(node.type)
            if let code = node.code { out.key("code"); out.string(code) }
            if let country = node.country { out.key("country"); out.string(country) }
            out.key("aliases"); out.strings(node.aliases)
            out.key("roles"); out.strings(node.roles)
            out.key("mentions"); out.int(node.mentions)
            out.key("documents"); out.strings(node.documents)
            out.endObject()
        }
        out.endArray()
        out.key("edges")
        out.beginArray()
        for (edge, span) in zip(graph.edges, graph.edgeSpans()) {
            out.beginObject()
            out.key("id"); out.string(edge.id)
            if let svg = ids.edges[edge.id] { out.key("svg"); out.string(svg) }
            out.key("source"); out.string(edge.source)
            out.key("target"); out.string(edge.target)
            out.key("relation"); out.string(edge.relation)
            out.key("label"); out.string(edge.label.isEmpty ? DiagramStyle.legendName(relation: edge.relation) : edge.label)
            out.key("directed"); out.bool(edge.directed)
            if let date = edge.date { out.key("date"); out.string(date) }
            if let span {
                out.key("span")
                out.strings([span.start.description, span.end.description])
            }
            out.key("sources"); out.int(edge.sources)
            if let confidence = edge.confidence, confidence.isFinite { out.key("confidence"); out.double(confidence) }
            if let cameo = edge.cameo { out.key("cameo"); out.string(cameo) }
            if let plover = edge.plover { out.key("plover"); out.string(plover) }
            out.key("triggers"); out.strings(edge.triggers)
            out.key("evidence")
            out.beginArray()
            for item in edge.evidence {
                out.beginObject()
                out.key("document"); out.string(item.document)
                out.key("start"); out.int(item.start)
                out.key("end"); out.int(item.end)
                out.key("text"); out.string(item.text)
                out.key("triggers"); out.strings(item.triggers)
                out.key("confidence"); out.double(item.confidence)
                if let date = item.date { out.key("date"); out.string(date) }
                out.endObject()
            }
            out.endArray()
            out.endObject()
        }
        out.endArray()
        out.endObject()
        return Escaping.scriptSafeJSON(out.takeData())
    }

    /// The entity types and relations present, as the diagram's legend lists and draws them.
    private func writeLegend(to out: inout JSONWriter) {
        var typeCounts: [String: Int] = [:]
        for node in graph.nodes { typeCounts[node.type, default: 0] += 1 }
        let knownTypes = EntityKind.allCases.map(\.rawValue).filter { typeCounts[$0] != nil }
        out.key("types")
        out.beginArray()
        for type in knownTypes + Set(typeCounts.keys).subtracting(knownTypes).sorted() {
            let look = DiagramStyle.node(type: type)
            out.beginObject()
            out.key("type"); out.string(type)
            out.key("name"); out.string(DiagramStyle.legendName(type: type))
            out.key("fill"); out.string(look.fill)
            out.key("border"); out.string(look.border)
            out.key("count"); out.int(typeCounts[type] ?? 0)
            out.endObject()
        }
        out.endArray()
        var relationCounts: [String: Int] = [:]
        var directed: [String: Bool] = [:]
        for edge in graph.edges {
            relationCounts[edge.relation, default: 0] += 1
            directed[edge.relation] = (directed[edge.relation] ?? false) || edge.directed
        }
        let knownRelations = RelationKind.allCases.map(\.rawValue).filter { relationCounts[$0] != nil }
        out.key("relations")
        out.beginArray()
        for relation in knownRelations + Set(relationCounts.keys).subtracting(knownRelations).sorted() {
            let look = DiagramStyle.edge(relation: relation)
            out.beginObject()
            out.key("relation"); out.string(relation)
            out.key("name"); out.string(DiagramStyle.legendName(relation: relation))
            out.key("color"); out.string(look.color)
            out.key("style"); out.string(look.style)
            out.key("directed"); out.bool(directed[relation] ?? true)
            out.key("count"); out.int(relationCounts[relation] ?? 0)
            out.endObject()
        }
        out.endArray()
    }

    /// Whether a document's path is a web address the page may link to (`http:` or `https:`
    /// only: never `javascript:` or `data:`).
    static func isWebAddress(_ path: String) -> Bool {
        let lower = path.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && !path.contains(where: \.isWhitespace)
    }
}
