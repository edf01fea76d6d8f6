import Foundation

/// Extracts an article's text from a web page as saved: the content of its `<article>` (the
/// largest, when there are several) or `<main>`, else of the page's body, without navigation, the
/// page's header and footer, asides, figures and captions, scripts, styles, forms, cookie banners,
/// share buttons and "related stories" lists (by their elements, and by class, id and ARIA role);
/// block elements on their own lines, character references decoded. Title, date, URL, outlet and
/// authors come from the page's metadata (`HTMLMetadata`: JSON-LD, Open Graph, `<meta>`).
///
/// A tolerant scanner (`HTMLTree`) rather than an XML parser: real-world HTML is rarely well-formed.
enum HTMLText {
    struct Extracted: Equatable {
        var text: String
        var title: String?
        var date: NewsDate?
        var url: String?
        var outlet: String?
        var authors: [String]?

        init(text: String, title: String? = nil, date: NewsDate? = nil, url: String? = nil, outlet: String? = nil,
             authors: [String]? = nil) {
            self.text = text
            self.title = title
            self.date = date
            self.url = url
            self.outlet = outlet
            self.authors = authors
        }
    }

    /// The longest title kept, in Unicode scalars; a longer one is cut.
    static let maximumTitleLength = 500
    /// Elements whose content is never article text.
    static let skippedElements: Set<String> = ["script", "style", "noscript", "template", "svg", "head", "nav", "footer",
                                               "iframe", "button", "form", "aside", "figure", "figcaption", "select",
                                               "textarea", "dialog", "menu", "object", "video", "audio", "canvas", "map"]
    /// Elements that start a new line.
    static let blockElements: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
        "section", "article", "header", "blockquote", "pre", "figure", "figcaption", "hr", "dd", "dt", "main", "aside", "title",
        "dl", "address", "details", "summary", "td", "th",
    ]
    /// Words of a class or id that mark page furniture rather than the article.
    static let furnitureWords: Set<String> = [
        "cookie", "cookies", "consent", "gdpr", "related", "recommended", "recommendations", "newsletter", "newsletters",
        "share", "sharing", "social", "promo", "promotion", "advert", "advertisement", "ad", "ads", "sponsored", "comments",
        "comment", "breadcrumb", "breadcrumbs", "subscribe", "subscription", "paywall", "popular", "trending", "outbrain",
        "taboola", "sidebar", "menu", "nav", "navbar", "navigation", "footer", "masthead", "modal", "popup", "overlay",
        "more-stories", "readmore", "read-more", "tags", "caption", "skip",
    ]
    /// ARIA roles of the same.
    static let furnitureRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog",
                                              "search", "menu", "menubar"]

    static func extract(_ html: String) -> Extracted {
        let tree = HTMLTree(html)
        let metadata = HTMLMetadata(tree)
        var text = render(tree, from: contentRoot(tree))
        let title = metadata.title.map { String($0.unicodeScalars.prefix(maximumTitleLength)) }
        if let title, !title.isEmpty, !text.hasPrefix(title) {
            text = title + "\n\n" + text
        }
        return Extracted(text: text, title: title.flatMap { $0.isEmpty ? nil : $0 }, date: metadata.date, url: metadata.url,
                         outlet: metadata.outlet, authors: metadata.authors)
    }

    // MARK: Where the article is

    /// The element holding the article: the `<article>` with the most text (not inside another,
    /// and unless the page is a list of many of them), else `<main>`, else `<body>`, else the page.
    static func contentRoot(_ tree: HTMLTree) -> Int {
        let nested = tree.insideFlags(["article"])
        let articles = tree.elements("article").filter { !nested[$0] && !isFurniture(tree.nodes[$0], in: tree) }
        if !articles.isEmpty {
            let sizes = articles.map { textLength(tree, $0) }
            let total = sizes.reduce(0, +)
            let best = sizes.indices.max { sizes[$0] < sizes[$1] || (sizes[$0] == sizes[$1] && $0 > $1) }!
            // A front page of teasers: many articles, none most of the text.
            if sizes[best] > 0, articles.count < 3 || sizes[best] * 5 >= total * 2 { return articles[best] }
        }
        if let main = tree.elements("main").first ?? tree.nodes.indices.first(where: { tree.nodes[$0].attributes["role"] == "main" }) {
            return main
        }
        return tree.elements("body").first ?? 0
    }

    /// The length of the text an element would give (skipped parts left out).
    private static func textLength(_ tree: HTMLTree, _ root: Int) -> Int {
        var length = 0
        var stack = [root]
        while let node = stack.popLast() {
            let item = tree.nodes[node]
            if item.name.isEmpty { length += item.text.utf8.count; continue }
            if node != root, isSkipped(item, in: tree, insideRoot: true) { continue }
            stack.append(contentsOf: item.children)
        }
        return length
    }

    static func isSkipped(_ node: HTMLTree.Node, in tree: HTMLTree, insideRoot: Bool) -> Bool {
        if skippedElements.contains(node.name) { return true }
        // The page's header (masthead, menus); an article's own header holds its headline.
        if node.name == "header", !insideRoot { return true }
        return isFurniture(node, in: tree)
    }

    /// Marked as furniture by its ARIA role, its class or id, or hidden.
    static func isFurniture(_ node: HTMLTree.Node, in tree: HTMLTree) -> Bool {
        let attributes = node.attributes
        guard !attributes.isEmpty else { return false }
        if let role = attributes["role"], furnitureRoles.contains(role.lowercased()) { return true }
        if attributes["hidden"] != nil || attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = attributes["style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        for key in ["class", "id"] {
            guard let value = attributes[key]?.lowercased(), !value.isEmpty else { continue }
            for word in value.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == ":" }) where furnitureWords.contains(String(word)) {
                return true
            }
            for phrase in ["more-stories", "read-more"] where value.contains(phrase) { return true }
        }
        return false
    }

    // MARK: Text

    /// The text of the subtree at `root`: blocks on their own lines, runs of white space one space,
    /// at most one blank line between blocks.
    static func render(_ tree: HTMLTree, from root: Int) -> String {
        var out = String.UnicodeScalarView()
        func newline() {
            // Collapse runs of blank lines to one empty line.
            var trailing = 0
            var j = out.endIndex
            while j > out.startIndex {
                let prev = out.index(before: j)
                if out[prev] == "\n" { trailing += 1; j = prev } else if out[prev] == " " { j = prev } else { break }
            }
            if !out.isEmpty, trailing < 2 { out.append("\n") }
        }
        // Depth-first, iteratively (nesting may be deep): an element is entered, then left.
        var stack: [(node: Int, leaving: Bool)] = [(root, false)]
        let insideRoot = tree.nodes[root].name != "body" && root != 0
        let inArticle = insideRoot ? [] : tree.insideFlags(["article", "main"])
        while let (node, leaving) = stack.popLast() {
            let item = tree.nodes[node]
            if item.name.isEmpty {
                for c in item.text.unicodeScalars {
                    if c == "\n" || c == "\r" || c == "\t" || c == " " {
                        if let last = out.last, last != " ", last != "\n" { out.append(" ") }
                    } else {
                        out.append(c)
                    }
                }
                continue
            }
            if node != root, !leaving, isSkipped(item, in: tree, insideRoot: insideRoot || inArticle[node]) {
                continue
            }
            if blockElements.contains(item.name) { newline() }
            if !leaving {
                stack.append((node, true))
                for child in item.children.reversed() { stack.append((child, false)) }
            }
        }
        let lines = String(out).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .init(charactersIn: " ")) }
        var text = lines.joined(separator: "\n")
        while text.hasPrefix("\n") { text.removeFirst() }
        while text.hasSuffix("\n\n") { text.removeLast() }
        return text
    }

    static let namedReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "\u{2014}",
        "ndash": "\u{2013}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "hellip": "\u{2026}", "laquo": "\u{AB}", "raquo": "\u{BB}", "copy": "\u{A9}", "reg": "\u{AE}",
        "trade": "\u{2122}", "eacute": "\u{E9}", "egrave": "\u{E8}", "aacute": "\u{E1}", "agrave": "\u{E0}",
        "oacute": "\u{F3}", "iacute": "\u{ED}", "uacute": "\u{FA}", "ntilde": "\u{F1}", "ouml": "\u{F6}",
        "uuml": "\u{FC}", "auml": "\u{E4}", "ccedil": "\u{E7}", "szlig": "\u{DF}", "euro": "\u{20AC}",
        "pound": "\u{A3}", "deg": "\u{B0}", "middot": "\u{B7}", "bull": "\u{2022}", "shy": "",
        "zwj": "\u{200D}", "zwnj": "\u{200C}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
    ]

}
