import Foundation
import Testing

/// Saved web pages through `newsgraph build`: the article's text only, its metadata in the JSON
/// document list; a page without <body> is read, not lost.
@Suite("newsgraph build, web pages")
struct WebPageTests {
    static let page = """
        <html><head><title>Putin talks to Iranian president - Example News</title>
        <meta property="og:title" content="Putin talks to Iranian president">
        <meta property="og:site_name" content="Example News">
        <link rel="canonical" href="https://news.example/putin-iran">
        <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-01-16T19:54:00Z",
          "author": {"@type": "Person", "name": "Jane Doe"}}</script></head>
        <body><div class="cookie-consent">We value your privacy. Accept cookies from Google and Facebook.</div>
        <header><nav><a>Home</a> <a>China</a> <a>Ukraine</a></nav></header>
        <main><article><h1>Putin talks to Iranian president</h1>
        <p>Russian President Vladimir Putin has held a phone call with his Iranian counterpart, Masoud Pezeshkian, amid mass protests.</p>
        <figure><figcaption>Israeli Prime Minister Benjamin Netanyahu at the UN.</figcaption></figure>
        <p>The Iranian authorities have blamed the riots on the US and Israel.</p>
        <aside><h2>Related stories</h2><p>Turkey accused Greece of provocations.</p></aside></article></main>
        <footer>© Example News. Follow us on X.</footer></body></html>
        """

    @Test("the article only, and its title, date, URL, outlet and author")
    func article() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try Data(Self.page.utf8).write(to: work.appendingPathComponent("page.html"))
        try Data("<title>Iran blames Israel</title><p>The Iranian authorities have blamed the riots on the US and Israel.".utf8)
            .write(to: work.appendingPathComponent("no-body.html"))
        let out = work.appendingPathComponent("out")
        let result = try CLIRunner.run(["build", "no-body.html", "page.html", "-o", out.path, "-f", "json"], in: work)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty, "stderr: \(result.stderr)")
        let data = try Data(contentsOf: out.appendingPathComponent("graph.json"))
        let graph = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["graph"] as? [String: Any])
        let nodes = try #require(graph["nodes"] as? [String: [String: Any]])
        let labels = Set(nodes.values.compactMap { $0["label"] as? String })
        #expect(labels.isSuperset(of: ["Vladimir Putin", "Masoud Pezeshkian", "Iran", "Israel", "United States"]))
        for furniture in ["Google", "Facebook", "China", "Ukraine", "Benjamin Netanyahu", "Turkey", "Greece"] {
            #expect(!labels.contains(furniture), "\(furniture) comes from the page's furniture")
        }
        let documents = try #require((graph["metadata"] as? [String: Any])?["documents"] as? [[String: Any]])
        #expect(documents.count == 2)
        let page = try #require(documents.first { $0["path"] as? String == "page.html" })
        #expect(page["title"] as? String == "Putin talks to Iranian president")
        #expect(page["date"] as? String == "2026-01-16")
        #expect(page["url"] as? String == "https://news.example/putin-iran")
        #expect(page["outlet"] as? String == "Example News")
        #expect(page["authors"] as? [String] == ["Jane Doe"])
        let noBody = try #require(documents.first { $0["path"] as? String == "no-body.html" })
        #expect(noBody["title"] as? String == "Iran blames Israel")
        let edges = try #require(graph["edges"] as? [[String: Any]])
        #expect(edges.contains { ($0["id"] as? String)?.hasPrefix("call__person:masoud-pezeshkian__person:vladimir-putin") == true })
    }
}
