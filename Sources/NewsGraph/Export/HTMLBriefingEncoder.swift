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

    /// The SVG as the page inlines it: from `<svg` on, without the XML declaration, doctype,
    /// comments, tooltips (`<title>`, `xlink:title`, and the anchors that carried them) and line
    /// breaks between tags, checked for active content.
    ///
    /// - Throws: ``BriefingError/unsafeDiagram(_:)`` for a script, a `foreignObject`, an `on…`
    ///   attribute or a `javascript:` link, none of which Graphviz writes for DOTEncoder's text
    ///   (article text reaches the SVG escaped).
    static func inlineSVG(_ svg: String) throws -> String {
        // On bytes: a large diagram has thousands of comments (one per node and edge).
        let bytes = Array(svg.utf8)
        let open = Array("<!--".utf8), close = Array("-->".utf8), start = Array("<svg".utf8)
        func find(_ pattern: [UInt8], from index: Int) -> Int? {
            var at = index
            while at + pattern.count <= bytes.count {
                if bytes[at] == pattern[0], bytes[at..<at + pattern.count].elementsEqual(pattern) { return at }
                at += 1
            }
            return nil
        }
        guard let first = find(start, from: 0) else { throw BriefingError.unsafeDiagram("no <svg> element") }
        // Comments, `<title>`s and `xlink:title`s (the tooltips: the page's panel shows all they
        // say, and they are most of a large diagram's bytes) go; each piece is (start, end).
        let pieces: [(open: [UInt8], close: [UInt8], line: Bool)] = [
            (open, close, true), (Array("<title>".utf8), Array("</title>".utf8), true),
            (Array(" xlink:title=\"".utf8), Array("\"".utf8), false),
        ]
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count - first)
        // Line breaks between tags go too: in a page they are text nodes, tens of thousands of
        // them in a large diagram, for the browser to lay out.
        func keep(_ run: ArraySlice<UInt8>) {
            var previous = kept.last ?? 0
            var index = run.startIndex
            while index < run.endIndex {
                let byte = run[index]
                let following = index + 1 < run.endIndex ? run[index + 1] : (index + 1 < bytes.count ? bytes[index + 1] : 0)
                if byte == 0x0A, previous == 0x3E, following == 0x3C {
                    index += 1
                    continue
                }
                kept.append(byte)
                previous = byte
                index += 1
            }
        }
        var index = first
        var next = pieces.map { find($0.open, from: first) }
        while let (which, at) = next.enumerated().compactMap({ item in item.element.map { (item.offset, $0) } }).min(by: { $0.1 < $1.1 }) {
            let piece = pieces[which]
            if at < index {
                next[which] = find(piece.open, from: index)
                continue
            }
            keep(bytes[index..<at])
            guard let end = find(piece.close, from: at + piece.open.count) else { index = bytes.count; break }
            index = end + piece.close.count
            // The line a comment or title stood on goes with it.
            if piece.line, index < bytes.count, bytes[index] == 0x0A { index += 1 }
            next[which] = find(piece.open, from: index)
        }
        if index < bytes.count { keep(bytes[index...]) }
        while let last = kept.last, last == 0x20 || last == 0x0A || last == 0x0D || last == 0x09 { kept.removeLast() }
        let body = String(decoding: Self.unwrappingTooltipAnchors(kept), as: UTF8.self)
        if let problem = SVGSafety.activeContent(in: body) { throw BriefingError.unsafeDiagram(problem) }
        return body
    }

    /// The SVG without the `<g id="a_…"><a>` … `</a></g>` wrappers Graphviz puts around each
    /// node's and edge's shapes to carry their tooltips: once the tooltips are gone they only
    /// add two elements per node and edge for the browser to style and lay out. Wrappers of
    /// links (an `<a>` with attributes) stay. Graphviz does not nest them.
    static func unwrappingTooltipAnchors(_ bytes: [UInt8]) -> [UInt8] {
        let open = Array(#"<g id="a_"#.utf8), anchor = Array("<a>".utf8), close = Array("</a></g>".utf8)
        func matches(_ pattern: [UInt8], at index: Int) -> Bool {
            index + pattern.count <= bytes.count && bytes[index] == pattern[0]
                && bytes[index..<index + pattern.count].elementsEqual(pattern)
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0, depth = 0
        while index < bytes.count {
            if bytes[index] == 0x3C {
                if matches(open, at: index), let end = bytes[index...].firstIndex(of: 0x3E), matches(anchor, at: end + 1) {
                    index = end + 1 + anchor.count
                    depth += 1
                    continue
                }
                if depth > 0, matches(close, at: index) {
                    index += close.count
                    depth -= 1
                    continue
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return result
    }
}
