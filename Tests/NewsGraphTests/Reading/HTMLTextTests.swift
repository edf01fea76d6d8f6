import Testing
@testable import NewsGraph

@Suite("Text from HTML: markup, scripts and broken pages")
struct HTMLTextTests {
    @Test("the title comes from <head>; the body's blocks become lines")
    func titleAndBlocks() {
        let page = """
            <html><head><title>Putin talks to &quot;Iranian&quot; president</title><style>p { color: red }</style></head>
            <body><nav>Home | World</nav><p>Putin called Pezeshkian.</p><p>Iran &amp; Russia agreed.</p></body></html>
            """
        let extracted = HTMLText.extract(page)
        #expect(extracted.title == "Putin talks to \"Iranian\" president")
        #expect(extracted.text == "Putin talks to \"Iranian\" president\n\nPutin called Pezeshkian.\n\nIran & Russia agreed.\n")
    }

    @Test("script and style content never becomes text, even with < and </ inside")
    func rawTextElements() {
        let page = """
            <p>Before.</p><script>if (a < b && c > d) { document.write("</p><b>x</b>"); }</script>
            <SCRIPT type="x">var s = "<p>not text</p>";</SCRIPT><style>a<b{}</style><p>After.</p>
            """
        #expect(HTMLText.extract(page).text == "Before.\n\nAfter.\n")
    }

    @Test("a < that starts no tag is text")
    func lessThanInText() {
        #expect(HTMLText.extract("<p>Turnout was < 40% and 3 <4 in polls.</p>").text == "Turnout was < 40% and 3 <4 in polls.\n")
    }

    @Test("an SVG icon's <title> is not the page title")
    func svgTitle() {
        let page = "<body><svg><title>Close icon</title></svg><p>Iran protested.</p></body>"
        let extracted = HTMLText.extract(page)
        #expect(extracted.title == nil)
        #expect(extracted.text == "Iran protested.\n")
    }

    @Test("broken pages: unclosed comments, tags and scripts end the text without crashing", arguments: [
        "<p>Kept.</p><!-- never closed <p>lost</p>",
        "<p>Kept.</p><script>never closed <p>lost</p>",
        "<p>Kept.</p><div class=\"never closed",
        "<p>Kept.</p>&#xFFFFFFFF;&#0;&#xD800;&bogus;&",
    ])
    func brokenPages(page: String) {
        #expect(HTMLText.extract(page).text.hasPrefix("Kept."))
    }

    @Test("a huge title is cut")
    func hugeTitle() {
        let extracted = HTMLText.extract("<title>" + String(repeating: "word ", count: 100_000) + "</title><p>Body.</p>")
        #expect((extracted.title?.unicodeScalars.count ?? 0) <= HTMLText.maximumTitleLength)
        #expect(extracted.text.hasSuffix("Body.\n"))
    }

    @Test("pathological pages stay linear: many unclosed tags, comment starts and references")
    func pathological() {
        let manyLessThan = String(repeating: "<a ", count: 50_000)
        let manyComments = String(repeating: "<!-", count: 50_000)
        let manyAmpersands = String(repeating: "&amp", count: 50_000)
        for page in [manyLessThan, manyComments, manyAmpersands] {
            _ = HTMLText.extract(page)
        }
    }
}
