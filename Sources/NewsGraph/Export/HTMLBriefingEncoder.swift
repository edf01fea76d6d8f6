import Foundation

/// Writes the interactive briefing page: one self-contained HTML file holding the diagram (the
/// SVG Graphviz drew, so the same layout as graph.svg), the graph's data and the code to explore
/// them — pan and zoom, search by name or alias, a side panel with each entity's and relation's
/// details and evidence (trigger words highlighted, each sentence's document, date, path or URL,
/// confidence), live filters (relation kinds, evidence dates, minimum sources, an entity's
/// neighbourhood) that dim what they leave out, sortable tables of entities and relations linked
/// to the diagram, a legend and a print stylesheet.
///
/// The page needs no network and no other file: script and style are inlined from the library's
/// resources (`Export/Briefing/`), and a Content-Security-Policy allows nothing but them (by their
/// SHA-256 hashes): no other script, no event-handler attribute, no external load. Article text
/// only ever reaches the page escaped for its context — HTML text, attribute values, JSON in a
/// `<script type="application/json">` element with `<`, `>`, `&`, U+2028 and U+2029 escaped — and
/// the script puts it in the document as text nodes, never as markup.
///
/// Deterministic: the same graph and diagram always give the same bytes.
public struct HTMLBriefingEncoder: GraphEncoder {
    public var fileExtension: String { "html" }
    /// Draws the diagram; `nil` makes a page of tables and evidence without one.
    public var diagram: (any SVGDiagramProvider)?
    /// The page's heading; `nil` for "NewsGraph briefing".
    public var title: String?

    /// Creates an encoder.
    ///
    /// - Parameters:
    ///   - diagram: Draws the diagram (`GraphvizSVGDiagram`, or a ``FixedSVGDiagram`` holding
    ///     the SVG written next to the page); `nil` for none.
    ///   - title: The page's heading.
    public init(diagram: (any SVGDiagramProvider)? = nil, title: String? = nil) {
        self.diagram = diagram
        self.title = title
    }

    public func encode(_ graph: ExportGraph) throws -> Data {
        try encode(graph, svg: diagram?.svg(for: graph))
    }

    /// The page of `graph` with `svg` as its diagram.
    ///
    /// - Parameters:
    ///   - graph: The graph, as the diagram shows it (filtered the same way).
    ///   - svg: The diagram as Graphviz wrote it for ``DOTEncoder``'s DOT text of `graph`, or
    ///     `nil` for a page without one.
    /// - Returns: The page, UTF-8.
    /// - Throws: ``BriefingError`` when the page's resources are missing or the SVG holds
    ///   active content.
    public func encode(_ graph: ExportGraph, svg: String?) throws -> Data {
        let resources = try BriefingResources.shared
        let diagram = try svg.map(Self.inlineSVG) ?? #"<p class="no-diagram">No diagram was drawn for this page.</p>"#
        let heading = title ?? "NewsGraph briefing"
        let csp = ["default-src 'none'", "script-src \(resources.scriptHash)", "style-src \(resources.styleHash)",
                   "img-src data:", "base-uri 'none'", "form-action 'none'"].joined(separator: "; ")
        let data = BriefingData(graph: graph).json()
        let page = resources.fill([
            "csp": Escaping.html(csp),
            "generator": Escaping.html(NewsGraphInfo.generator),
            "title": Escaping.html("\(heading): \(graph.summary)"),
            "heading": Escaping.html(heading),
            "summary": Escaping.html(graph.summary),
            "style": resources.style,
            "diagram": diagram,
            "data": String(decoding: data, as: UTF8.self),
            "script": resources.script,
        ])
        return Data(page.utf8)
    }

    /// The SVG as the page inlines it: from `<svg` on (no XML declaration, doctype or comments),
    /// checked for active content.
    ///
    /// - Throws: ``BriefingError/unsafeDiagram(_:)`` for a script, a `foreignObject`, an `on…`
    ///   attribute or a `javascript:` link, none of which Graphviz writes for DOTEncoder's text
    ///   (article text reaches the SVG escaped).
    static func inlineSVG(_ svg: String) throws -> String {
        guard let start = svg.range(of: "<svg") else { throw BriefingError.unsafeDiagram("no <svg> element") }
        var body = ""
        body.reserveCapacity(svg.utf8.count)
        var rest = svg[start.lowerBound...]
        while let comment = rest.range(of: "<!--") {
            body += rest[..<comment.lowerBound]
            guard let close = rest[comment.upperBound...].range(of: "-->") else { rest = rest[rest.endIndex...]; break }
            rest = rest[close.upperBound...]
            // The line a comment stood on goes with it.
            if rest.first == "\n" { rest = rest.dropFirst() }
        }
        body += rest
        while body.last?.isWhitespace == true { body.removeLast() }
        if let problem = SVGSafety.activeContent(in: body) { throw BriefingError.unsafeDiagram(problem) }
        return body
    }
}
