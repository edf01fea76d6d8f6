import Testing
@testable import NewsGraph

/// A saved news page: the article's text only, and its metadata from JSON-LD, Open Graph and <meta>.
@Suite("Web pages: the article and its metadata")
struct HTMLArticleTests {
    static let page = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8"><title>Putin talks to Iranian president | World News</title>
        <meta property="og:title" content="Putin talks to Iranian president">
        <meta property="og:site_name" content="Example News">
        <meta property="og:url" content="https://news.example/world/putin-iran">
        <meta property="article:published_time" content="2026-01-16T19:54:00+03:00">
        <meta name="author" content="Jane Doe">
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Example News"},
         {"@type": ["NewsArticle"], "headline": "Putin talks to Iranian president", "datePublished": "2026-01-16T16:54:00Z",
          "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
          "publisher": {"@type": "Organization", "name": "Example News"}, "mainEntityOfPage": {"@id": "https://news.example/world/putin-iran"}}]}
        </script>
        <style>.x > .y { color: red }</style></head>
        <body>
        <div id="cookie-banner" class="consent"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
        <header class="site-header"><a href="/">Example News</a><nav><a href="/world">World</a> | <a href="/politics">Politics</a></nav></header>
        <div class="layout">
          <article class="story">
            <header><h1>Putin talks to Iranian president</h1><p class="byline">By Jane Doe and John Roe</p></header>
            <figure><img src="a.jpg" alt="Putin at his desk"><figcaption>Vladimir Putin met Benjamin Netanyahu in 2020.</figcaption></figure>
            <p>Russian President Vladimir Putin has held a phone call with his Iranian counterpart, Masoud Pezeshkian.
            <p>The Iranian authorities have blamed the riots on the US and Israel.
            <div class="share-buttons"><a>Share on X</a></div>
            <aside class="related"><h2>Related stories</h2><ul><li><a>Trump threatens Venezuela</a></li></ul></aside>
            <footer>Topics: Iran, Russia</footer>
          </article>
          <div class="sidebar"><h2>Most read</h2><ol><li>China accuses Japan</li></ol></div>
        </div>
        <section class="related-stories"><article><h3>Macron meets Scholz</h3><p>Short teaser.</p></article></section>
        <footer class="site-footer"><p>© Example News</p></footer>
        </body></html>
        """

    @Test("the article's text only: headline, byline and paragraphs, no furniture")
    func articleText() {
        let extracted = HTMLText.extract(Self.page)
        #expect(extracted.text == """
            Putin talks to Iranian president

            By Jane Doe and John Roe

            Russian President Vladimir Putin has held a phone call with his Iranian counterpart, Masoud Pezeshkian.

            The Iranian authorities have blamed the riots on the US and Israel.

            """)
    }

    @Test("title, date, URL, outlet and authors from JSON-LD first, then Open Graph and <meta>")
    func metadata() {
        let extracted = HTMLText.extract(Self.page)
        #expect(extracted.title == "Putin talks to Iranian president")
        #expect(extracted.date == NewsDate(iso: "2026-01-16"))
        #expect(extracted.url == "https://news.example/world/putin-iran")
        #expect(extracted.outlet == "Example News")
        #expect(extracted.authors == ["Jane Doe", "John Roe"])
        // Without JSON-LD: Open Graph and <meta name="author">.
        let plain = HTMLText.extract(Self.page.replacingOccurrences(of: "application/ld+json", with: "text/plain"))
        #expect(plain.title == "Putin talks to Iranian president")
        #expect(plain.date == NewsDate(iso: "2026-01-16"))
        #expect(plain.outlet == "Example News")
        #expect(plain.authors == ["Jane Doe"])
    }

    @Test("the graph of the page is the article's: nothing from captions, related stories or the sidebar")
    func graph() {
        let document = DocumentReader.makeDocument(id: "d1", path: "page.html", content: Self.page, format: .html)
        #expect(document.url == "https://news.example/world/putin-iran" && document.outlet == "Example News")
        let graph = Extractor(knowledge: ExtractionFixture.knowledge).extract([document], threads: 1)
        let names = Set(graph.entities.values.map(\.name))
        #expect(names.contains("Vladimir Putin") && names.contains("Masoud Pezeshkian"))
        for absent in ["Benjamin Netanyahu", "Donald Trump", "China", "Japan", "Emmanuel Macron"] {
            #expect(!names.contains(absent), "\(absent) comes from page furniture")
        }
    }

    @Test("no <article>: <main>, else the body, else the whole page (a page without <body>)")
    func fallbacks() {
        #expect(HTMLText.extract("<body><nav>Menu</nav><main><p>Iran protested.</p></main><p>Footer text</p></body>").text == "Iran protested.\n")
        #expect(HTMLText.extract("<html><head><title>T</title></head><p>Iran protested.</p><aside>Ad</aside>").text == "T\n\nIran protested.\n")
        #expect(HTMLText.extract("Iran protested. <b>Loudly.</b>").text == "Iran protested. Loudly.")
    }

    @Test("a front page of many teasers is read whole, not as its largest teaser")
    func frontPage() {
        let teasers = (1...5).map { "<article><h2>Story \($0)</h2><p>Teaser \($0) about Iran.</p></article>" }.joined()
        let text = HTMLText.extract("<body>\(teasers)</body>").text
        #expect((1...5).allSatisfy { text.contains("Teaser \($0)") })
    }

    @Test("broken markup: '>' in quoted attributes, stray end tags, unclosed furniture closed with its parent")
    func brokenMarkup() {
        #expect(HTMLText.extract(#"<p title="a > b">Iran protested.</p>"#).text == "Iran protested.\n")
        #expect(HTMLText.extract("</div></span><p>Iran protested.</p></b>").text == "Iran protested.\n")
        // An aside never closed ends with the section holding it: the article after it is kept.
        #expect(HTMLText.extract("<div><section><aside>Related</section><p>Iran protested.</p></div>").text == "Iran protested.\n")
    }

    @Test("deep nesting and many stray end tags stay linear and do not overflow the stack")
    func pathological() {
        let deep = String(repeating: "<div>", count: 200_000) + "<p>Iran protested.</p>"
        #expect(HTMLText.extract(deep).text.contains("Iran protested."))
        let stray = "<p>Iran protested.</p>" + String(repeating: "</div>", count: 200_000)
        #expect(HTMLText.extract(stray).text == "Iran protested.\n")
    }
}
