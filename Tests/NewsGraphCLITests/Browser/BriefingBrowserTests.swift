import Foundation
import Testing

/// The briefing page in a real browser: headless Chromium (Debian's `chromium` and
/// `chromium-driver`) driven by Python's Selenium through `briefing_check.py`, on pages the built
/// `newsgraph` writes. Scripts/install-browser-tools.sh installs all three; without them the
/// test is skipped, saying so.
@Suite("Briefing page in headless Chromium")
struct BriefingBrowserTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let script = folder.appendingPathComponent("briefing_check.py").path

    static let chromium = ProcessInfo.processInfo.environment["CHROMIUM"] ?? "/usr/bin/chromium"
    static let driver = ProcessInfo.processInfo.environment["CHROMEDRIVER"] ?? "/usr/bin/chromedriver"
    static let available = FileManager.default.isExecutableFile(atPath: chromium)
        && FileManager.default.isExecutableFile(atPath: driver)
        && (try? python(["-c", "import selenium"]).status) == 0

    /// An article full of markup and script, in a file whose name is markup too.
    static let hostileArticle = """
        Putin calls Macron <script>alert(1)</script>

        16 Jan, 2026 19:54

        Russian President Vladimir Putin held a phone call with French President Emmanuel Macron on Friday <script>alert(1)</script> to discuss the war in Ukraine.

        Macron accused Putin of lying about the talks <img src=x onerror=alert(2)> and "javascript:alert(3)" links.

        Kremlin spokesman Dmitry Peskov said the report was false </script><script>alert(4)</script> and threatened France.

        """

    @Test(.enabled(if: available, "needs chromium, chromium-driver and python3 with selenium (Scripts/install-browser-tools.sh)"),
          .timeLimit(.minutes(5)))
    func seedsAndHostilePages() throws {
        let work = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let examples = CLIRunner.packageRoot.appendingPathComponent("Examples/articles").path
        let seeds = work.appendingPathComponent("seeds"), article = work.appendingPathComponent("hostile-article")
        let articles = work.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try Data(Self.hostileArticle.utf8).write(to: articles.appendingPathComponent("evil <img src=x onerror=alert(6)>.txt"))
        let graphFile = work.appendingPathComponent("hostile-graph")
        for (arguments, folder) in [(["build", examples, "-f", "html"], seeds),
                                    (["build", articles.path, "-f", "json,html"], article),
                                    (["render", Self.folder.appendingPathComponent("hostile.json").path, "-f", "html"], graphFile)] {
            let result = try CLIRunner.run(arguments + ["-o", folder.path, "-q"])
            try #require(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
        }
        // The hostile article gives entities and relations, so there is something to click.
        let built = try String(contentsOf: article.appendingPathComponent("graph.json"), encoding: .utf8)
        #expect(built.contains("<script>alert(1)</script>"), "the hostile sentences are evidence")

        var arguments = [Self.script, "--seeds", seeds.appendingPathComponent("graph.html").path, "--hostile",
                         article.appendingPathComponent("graph.html").path, graphFile.appendingPathComponent("graph.html").path]
        if let screenshot = ProcessInfo.processInfo.environment["NEWSGRAPH_BRIEFING_SCREENSHOT"] {
            arguments += ["--screenshot", screenshot]
        }
        let result = try Self.python(arguments)
        let report = try #require(try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
                                  "briefing_check.py printed no report (status \(result.status)): \(result.stderr)")
        let checks = try #require(report["checks"] as? [[String: Any]])
        #expect(checks.count >= 28, "\(checks.count) checks ran")
        for check in checks {
            let name = check["check"] as? String ?? "?"
            let seen = (try? JSONSerialization.data(withJSONObject: check["seen"] ?? NSNull(), options: [.fragmentsAllowed]))
                .map { String(decoding: $0, as: UTF8.self) } ?? ""
            #expect(check["ok"] as? Bool == true, "\(name): \(seen)")
        }
        #expect(result.status == 0, "\(result.stderr)")
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs python3 (from PATH) with `arguments`.
    static func python(_ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-browser-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errFile) }
        let errHandle = try FileHandle(forWritingTo: errFile)
        defer { try? errHandle.close() }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self),
                      stderr: String(decoding: (try? Data(contentsOf: errFile)) ?? Data(), as: UTF8.self))
    }
}
