import Foundation

/// Runs the tools our users load files into (xmllint, Python with NetworkX/igraph/jsonschema,
/// Graphviz's `dot`), so tests check files with the real readers.
enum ExternalTool {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package's root folder.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `../shared/schemas` next to the package, when it exists.
    static var schemas: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The full path of a program on PATH, or nil.
    static func find(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether `python3` can import every module named.
    static func hasPython(_ modules: String...) -> Bool {
        guard find("python3") != nil else { return false }
        let imports = modules.map { "import \($0)" }.joined(separator: "; ")
        return (try? run("python3", ["-c", imports]).status) == 0
    }

    /// Runs a program found on PATH with `arguments`, feeding it `input`.
    static func run(_ program: String, _ arguments: [String], input: Data? = nil) throws -> Output {
        guard let executable = find(program) else {
            return Output(status: 127, stdout: "", stderr: "\(program) not found")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // stderr goes to a file, so neither pipe can fill up while the other is read.
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errFile) }
        let errHandle = try FileHandle(forWritingTo: errFile)
        defer { try? errHandle.close() }
        let out = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = errHandle
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = (try? Data(contentsOf: errFile)) ?? Data()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Writes `data` to a new temporary file with the given extension.
    static func temporaryFile(_ data: Data, extension ext: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-\(UUID().uuidString).\(ext)")
        try data.write(to: url)
        return url
    }
}
