import Foundation
import Testing

/// Failure safety of the outputs: every file is written to a temporary file and renamed into
/// place, so a failure (disk full, file size limit, Graphviz error, interrupt) leaves the previous
/// outputs intact and no partial or temporary file; an unusable output folder is an error before
/// any work is done.
@Suite("Failures while writing leave the previous outputs intact", .serialized)
struct HostileOutputTests {
    /// Writes a first, complete set of outputs into a fresh folder.
    private func previousOutputs(_ formats: String = "json,graphml,dot,svg") throws -> TestFolder {
        let out = try TestFolder()
        let first = try HostileRun.run(["build", ExampleArticles.files[0], "-o", out.path, "-f", formats, "-q"])
        #expect(first.status == 0, "\(first.stderr)")
        return out
    }

    private func temporaryFiles(_ out: TestFolder) -> [String] {
        out.entries().filter { $0.hasPrefix(".") }
    }

    @Test("an output folder that cannot be created is an error (73) before any work")
    func cannotCreateFolder() throws {
        let parent = try TestFolder(["file": Data("x".utf8)])
        defer { parent.remove() }
        // The inputs are missing too: the output is checked first, so the status is 73, not 66.
        let result = try HostileRun.run(["build", "/nonexistent/news", "-o", parent.file("file/out")])
        #expect(result.status == 73)
        #expect(result.stderrLines == ["newsgraph: error: \(parent.file("file/out")): cannot create the output folder (\(parent.file("file")) is a file); choose another with -o"])
        let onFile = try HostileRun.run(["build", ExampleArticles.folder, "-o", parent.file("file")])
        #expect(onFile.status == 73)
        #expect(onFile.stderr.contains("a file of that name exists"))
        let empty = try HostileRun.run(["build", ExampleArticles.folder, "-o", ""])
        #expect(empty.status == 73)
        #expect(empty.stderrLines == [#"newsgraph: error: "": cannot create the output folder (the path is empty); choose another with -o"#])
    }

    @Test("an existing folder where files cannot be created is an error (73) before any work")
    func readOnlyFolder() throws {
        let out = try previousOutputs()
        defer { unmount(out.path); chmod(out.path, 0o755); out.remove() }
        let before = out.snapshot("")
        guard makeReadOnly(out) else {
            print("skipped: cannot make a folder read-only here (root without mount rights)")
            return
        }
        let result = try HostileRun.run(["build", "/nonexistent/news", "-o", out.path])
        #expect(result.status == 73)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("cannot write in the output folder"))
        #expect(out.snapshot("") == before)
    }

    @Test("running out of space (a file size limit) fails with 73 and leaves the old files and no temporary file")
    func fileSizeLimit() throws {
        let out = try previousOutputs()
        defer { out.remove() }
        let before = out.snapshot("")
        // `ulimit -f 8`: files may not grow beyond 4 KB (8 blocks of 512 bytes), as on a full disk.
        let result = try HostileRun.run(["build", ExampleArticles.folder, "-o", out.path, "-f", "json,graphml,dot,svg"],
                                        shellPrefix: "ulimit -f 8;")
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("File too large"))
        #expect(result.stderr.contains("the previous file, if any, is unchanged"))
        // JSON, written first, streams into its temporary file: the message names the real file.
        #expect(result.stderr.contains("\(out.file("graph.json")): cannot write"), "\(result.stderr)")
        #expect(temporaryFiles(out).isEmpty, "\(temporaryFiles(out))")
        // Each file is either the old one or a complete new one; never a partial one.
        let after = out.snapshot("")
        #expect(Set(after.keys) == Set(before.keys))
        for (name, data) in after where data != before[name] {
            #expect(data.count <= 4096, "\(name) was replaced by a file larger than the limit allows")
        }
        #expect(after["graph.json"] == before["graph.json"], "graph.json is larger than 4 KB and must be the old one")
    }

    @Test("a full disk fails with 73 and leaves the old files and no temporary file")
    func diskFull() throws {
        let out = try TestFolder()
        defer { unmount(out.path); out.remove() }
        guard mountTinyFileSystem(out, kilobytes: 48) else {
            print("skipped: cannot mount a small tmpfs here (needs root and mount rights)")
            return
        }
        let small = try HostileRun.run(["build", ExampleArticles.files[0], "-o", out.path, "-f", "json", "-q"])
        #expect(small.status == 0, "\(small.stderr)")
        let before = out.snapshot("")
        let result = try HostileRun.run(["build", ExampleArticles.folder, "-o", out.path, "-f", "json,graphml,dot,svg,png"])
        #expect(result.status == 73, "\(result.stderr)")
        #expect(result.stderr.contains("No space left on device"))
        #expect(temporaryFiles(out).isEmpty, "\(temporaryFiles(out))")
        // graph.json is the old file or a complete new one (files are renamed one by one).
        let json = try #require(out.data("graph.json"))
        #expect(json == before["graph.json"] || (try? JSONGraph(json)) != nil)
    }

    @Test("interrupted while writing (SIGINT, SIGTERM, SIGHUP): no temporary file is left, the old files stay",
          arguments: [SIGINT, SIGTERM, SIGHUP])
    func interrupted(signal: Int32) throws {
        let out = try previousOutputs("json,dot")
        defer { out.remove() }
        let before = out.snapshot("")
        let run = try HostileRun(["build", ExampleArticles.folder, "-o", out.path, "-f", "json,dot"],
                                 environment: ["NEWSGRAPH_TEST_PAUSE_BEFORE_RENAME": "20"])
        // Wait for a temporary file to appear, then interrupt.
        let deadline = Date().addingTimeInterval(60)
        while temporaryFiles(out).isEmpty, run.process.isRunning, Date() < deadline { usleep(20_000) }
        #expect(!temporaryFiles(out).isEmpty, "the run never wrote a temporary file")
        #expect(kill(run.process.processIdentifier, signal) == 0)
        let result = run.finish()
        #expect(result.signal == signal, "status \(result.status): \(result.stderr)")
        #expect(temporaryFiles(out).isEmpty, "\(temporaryFiles(out))")
        #expect(out.snapshot("") == before)
    }

    @Test("temporary files of a killed run are removed by the next run; a running writer's are left alone")
    func staleTemporaryFiles() throws {
        let out = try previousOutputs("json")
        defer { out.remove() }
        // A process that has ended: its id is free.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let stale = ".graph.json.newsgraph-\(ended.processIdentifier).tmp"
        let live = ".graph.png.newsgraph-\(getpid()).tmp"
        try out.write(stale, "partial")
        try out.write(live, "being written")
        let result = try HostileRun.run(["build", ExampleArticles.folder, "-o", out.path, "-f", "json", "-q"])
        #expect(result.status == 0)
        #expect(temporaryFiles(out) == [live])
    }

    @Test("a Graphviz failure names the format, the engine and what to try (70); nothing is written")
    func graphvizFailure() throws {
        let out = try previousOutputs("json,svg")
        let plugins = try TestFolder()
        defer { out.remove(); plugins.remove() }
        let before = out.snapshot("")
        // No plugins: Graphviz knows no layout engine.
        let result = try HostileRun.run(["build", ExampleArticles.folder, "-o", out.path, "-f", "json,svg"],
                                        environment: ["GVBINDIR": plugins.path])
        #expect(result.status == 70)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        let message = result.stderr
        #expect(message.hasPrefix("newsgraph: error: graph.svg: "))
        #expect(message.contains("\"dot\""))
        #expect(message.contains("--layout") || message.contains("--format"))
        #expect(message.contains("apt-get install"))
        #expect(out.snapshot("") == before)
    }

    // MARK: File systems

    /// Mounts a read-only tmpfs over the folder (root only), or removes write permission.
    private func makeReadOnly(_ folder: TestFolder) -> Bool {
        if getuid() != 0 { return chmod(folder.path, 0o555) == 0 }
        // Root ignores permissions: remount the folder's contents read-only.
        let copy = folder.snapshot("")
        let mounted = (try? HostileShell.run("mount -t tmpfs -o size=1m tmpfs '\(folder.path)'")) == 0
        guard mounted else { return false }
        for (name, data) in copy { try? data.write(to: folder.url.appendingPathComponent(name)) }
        return (try? HostileShell.run("mount -o remount,ro '\(folder.path)'")) == 0
    }

    private func mountTinyFileSystem(_ folder: TestFolder, kilobytes: Int) -> Bool {
        guard getuid() == 0 else { return false }
        return (try? HostileShell.run("mount -t tmpfs -o size=\(kilobytes)k tmpfs '\(folder.path)'")) == 0
    }

    private func unmount(_ path: String) {
        _ = try? HostileShell.run("umount '\(path)' 2>/dev/null")
    }
}

/// Runs a shell command quietly; returns its status.
enum HostileShell {
    static func run(_ command: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
