/// A web page as a tree of elements and text, built by a tolerant scanner over its UTF-8 bytes
/// (real pages are rarely well-formed): end tags close the nearest open element of their name,
/// stray ones are ignored, void elements never open, `<p>` and `<li>` close as HTML's implied
/// end tags do, and whatever is open at the end closes there. Scripts and styles keep their raw
/// content (JSON-LD is read from it); comments are dropped; character references are decoded.
struct HTMLTree {
    struct Node {
        /// The element's name, lower case; empty for text.
        var name: String
        var attributes: [String: String] = [:]
        /// A text node's text, or a raw-text element's content.
        var text = ""
        var parent: Int
        var children: [Int] = []
    }

    /// Node 0 is the document.
    private(set) var nodes: [Node] = [Node(name: "#document", parent: -1)]

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                            "param", "source", "track", "wbr"]
    /// Elements whose content is text that only their own end tag closes ("a < b" in a script).
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "xmp", "plaintext", "title", "noscript"]
    /// Starting one of these closes an open `<p>`.
    static let closesParagraph: Set<String> = ["p", "div", "ul", "ol", "li", "table", "section", "article", "aside", "header",
                                               "footer", "nav", "main", "figure", "blockquote", "pre", "form", "h1", "h2", "h3",
                                               "h4", "h5", "h6", "hr", "dl", "address", "details", "fieldset"]
    /// How far up the open elements an end tag looks for its element (a page of thousands of
    /// stray end tags stays linear).
    static let endTagReach = 64

    init(_ html: String) {
        var html = html
        html.withUTF8 { build($0) }
    }

    // MARK: Building

    private var open: [Int] = [0]

    private mutating func build(_ bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        var textStart = 0
        let n = bytes.count
        func flushText(_ end: Int) {
            if end > textStart { appendText(Self.decodeText(UnsafeBufferPointer(rebasing: bytes[textStart..<end]))) }
        }
        while i < n {
            guard bytes[i] == 0x3C else { i += 1; continue }                       // <
            // Comments, <!DOCTYPE>, <?xml ?>: skipped.
            if i + 3 < n, bytes[i + 1] == 0x21, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D {
                flushText(i)
                i = Self.find([0x2D, 0x2D, 0x3E], in: bytes, from: i + 4).map { $0 + 3 } ?? n
                textStart = i
                continue
            }
            guard i + 1 < n, Self.isTagStart(bytes[i + 1]) else { i += 1; continue }   // "a < b" is text
            flushText(i)
            guard let tag = Self.scanTag(bytes, at: i) else { return }            // a tag never closed ends the page
            i = tag.end
            textStart = i
            if bytes[tag.nameStart - 1] == 0x21 || bytes[tag.nameStart - 1] == 0x3F { continue }   // <! …>, <? …>
            let name = tag.name
            guard !name.isEmpty else { continue }
            if tag.isEnd {
                close(name)
                continue
            }
            startElement(name, attributes: tag.attributes(bytes))
            if Self.voidElements.contains(name) || (tag.selfClosing && !Self.rawTextElements.contains(name)) {
                open.removeLast()
                continue
            }
            if Self.rawTextElements.contains(name) {
                // Up to the element's own end tag (or the end of the page).
                let end = Self.findEndTag(name, in: bytes, from: i)
                let content = UnsafeBufferPointer(rebasing: bytes[i..<(end?.start ?? n)])
                nodes[open.last!].text = name == "title" || name == "textarea" ? Self.decodeText(content) : String(decoding: content, as: UTF8.self)
                open.removeLast()
                i = end?.after ?? n
                textStart = i
            }
        }
        flushText(n)
    }

    private mutating func startElement(_ name: String, attributes: [String: String]) {
        // Implied end tags: a block closes an open <p>; an <li> closes the previous one.
        if Self.closesParagraph.contains(name), let index = openIndex(of: "p", within: 8) { open.removeSubrange(index...) }
        if name == "li", let index = openIndex(of: "li", within: 8, stoppingAt: ["ul", "ol"]) { open.removeSubrange(index...) }
        let parent = open.last!
        nodes.append(Node(name: name, attributes: attributes, parent: parent))
        nodes[parent].children.append(nodes.count - 1)
        open.append(nodes.count - 1)
    }

    private mutating func close(_ name: String) {
        guard name != "html", name != "body", let index = openIndex(of: name, within: Self.endTagReach) else { return }
        open.removeSubrange(index...)
    }

    private mutating func appendText(_ text: String) {
        guard !text.isEmpty else { return }
        let parent = open.last!
        if let last = nodes[parent].children.last, nodes[last].name.isEmpty {
            nodes[last].text += text
            return
        }
        nodes.append(Node(name: "", text: text, parent: parent))
        nodes[parent].children.append(nodes.count - 1)
    }

    /// The position in `open` of the nearest open element `name`, looking at most `reach` deep.
    private func openIndex(of name: String, within reach: Int, stoppingAt stops: Set<String> = []) -> Int? {
        var index = open.count - 1
        while index > 0, open.count - index <= reach {
            let element = nodes[open[index]].name
            if element == name { return index }
            if stops.contains(element) { return nil }
            index -= 1
        }
        return nil
    }

    // MARK: Queries

    /// The elements named `name`, in document order.
    func elements(_ name: String) -> [Int] {
        nodes.indices.filter { nodes[$0].name == name }
    }

    /// For every node, whether it is inside an element named one of `names`: one pass, as a
    /// parent always comes before its children.
    func insideFlags(_ names: Set<String>) -> [Bool] {
        var flags = [Bool](repeating: false, count: nodes.count)
        for index in nodes.indices.dropFirst() {
            let parent = nodes[index].parent
            flags[index] = flags[parent] || names.contains(nodes[parent].name)
        }
        return flags
    }
}
