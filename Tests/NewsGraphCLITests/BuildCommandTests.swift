import Foundation
import Testing

@Suite("newsgraph build, end to end")
struct BuildCommandTests {
    let examples = CLIRunner.packageRoot.appendingPathComponent("Examples/articles").path

    @Test("writes the five default files from the example articles")
    func defaultFormats() throws {
        let out = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLIRunner.run(["build", examples, "-o", out.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        for name in ["graph.json", "graph.graphml", "graph.dot", "graph.svg", "graph.png"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(name).path)[.size] as? Int) ?? 0
            #expect(size > 100, "\(name) missing or empty")
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("graph.pdf").path))
        #expect(result.stderr.isEmpty, "unexpected stderr: \(result.stderr)")
    }

    @Test("build is the default subcommand and -f picks formats")
    func defaultSubcommand() throws {
        let out = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLIRunner.run([examples, "-o", out.path, "-f", "json,pdf"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["graph.json", "graph.pdf"])
        let pdf = try Data(contentsOf: out.appendingPathComponent("graph.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }

    @Test("a missing input is one clear line on stderr and a non-zero status")
    func missingInput() throws {
        let out = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLIRunner.run(["build", "/nonexistent/articles", "-o", out.path])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/articles"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("--version names the program and Graphviz's version")
    func version() throws {
        let result = try CLIRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("newsgraph "))
        // e.g. "newsgraph 0.1.0 (Graphviz 2.43.0)"
        #expect(result.stdout.contains(/\(Graphviz [0-9]+\.[0-9]+(\.[0-9]+)?\)/))
    }

    @Test("--version does not start Graphviz (no plugin list read)",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/strace"), "strace is not installed"))
    func versionDoesNotStartGraphviz() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let trace = folder.appendingPathComponent("trace").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        process.arguments = ["-f", "-e", "trace=open,openat", "-o", trace, CLIRunner.binary.path, "--version"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        // strace may be refused inside some sandboxes; then there is nothing to check.
        guard process.terminationStatus == 0, let opened = try? String(contentsOfFile: trace, encoding: .utf8) else { return }
        #expect(opened.contains("newsgraph") || opened.contains("libc"), "the trace shows the run")
        #expect(!opened.contains("config6"), "gvContext() read Graphviz's plugin list")
    }

    @Test("the same files in any order give byte-identical outputs")
    func deterministic() throws {
        let a = try CLIRunner.temporaryFolder(), b = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        let files = try FileManager.default.contentsOfDirectory(atPath: examples).sorted().map { examples + "/" + $0 }
        #expect(try CLIRunner.run(["build"] + files + ["-o", a.path, "-f", "json,graphml,dot,svg"]).status == 0)
        #expect(try CLIRunner.run(["build"] + files.reversed() + ["-o", b.path, "-f", "json,graphml,dot,svg"]).status == 0)
        for name in ["graph.json", "graph.graphml", "graph.dot", "graph.svg"] {
            #expect(try Data(contentsOf: a.appendingPathComponent(name)) == Data(contentsOf: b.appendingPathComponent(name)), "\(name) differs")
        }
    }
}
