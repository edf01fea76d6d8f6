import Foundation

/// Runs `newsgraph` for the hostile-input tests: with extra environment variables, through a shell
/// (for `ulimit`), or in the background to be interrupted.
struct HostileRun {
    struct Result {
        var status: Int32
        /// Set when the process was ended by a signal.
        var signal: Int32?
        var stdout: String
        var stderr: String
        var stderrLines: [Substring] { stderr.split(separator: "\n") }
    }

    let process = Process()
    private let out = Pipe(), err = Pipe()

    /// Starts `newsgraph arguments…`; `shellPrefix` (e.g. `ulimit -f 4;`) runs it through `/bin/sh`.
    init(_ arguments: [String], environment: [String: String] = [:], shellPrefix: String? = nil) throws {
        if let shellPrefix {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            let quoted = ([CLIRunner.binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            process.arguments = ["-c", shellPrefix + " exec " + quoted.joined(separator: " ")]
        } else {
            process.executableURL = CLIRunner.binary
            process.arguments = arguments
        }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = out
        process.standardError = err
        try process.run()
    }

    /// Waits for the end and collects what the process printed.
    func finish() -> Result {
        // Read both pipes before waiting, so a chatty process cannot fill one and block.
        final class Collected: @unchecked Sendable { var data = Data() }
        let errors = Collected()
        let group = DispatchGroup()
        group.enter()
        let errHandle = err.fileHandleForReading
        DispatchQueue.global().async {
            errors.data = errHandle.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let bySignal = process.terminationReason == .uncaughtSignal
        return Result(status: process.terminationStatus, signal: bySignal ? process.terminationStatus : nil,
                      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errors.data, as: UTF8.self))
    }

    /// Runs to the end.
    static func run(_ arguments: [String], environment: [String: String] = [:], shellPrefix: String? = nil) throws -> Result {
        try HostileRun(arguments, environment: environment, shellPrefix: shellPrefix).finish()
    }
}

/// A temporary folder for one test, with helpers to fill and inspect it.
struct TestFolder {
    let url: URL
    var path: String { url.path }

    init(_ files: [String: Data] = [:]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, data) in files { try write(name, data) }
    }

    func write(_ name: String, _ data: Data) throws {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    func write(_ name: String, _ text: String) throws { try write(name, Data(text.utf8)) }

    func file(_ name: String) -> String { url.appendingPathComponent(name).path }

    func data(_ name: String) -> Data? { FileManager.default.contents(atPath: file(name)) }

    /// Every entry, hidden ones included, sorted.
    func entries(_ sub: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: file(sub))) ?? []).sorted()
    }

    /// The contents of every file in `sub`, by name.
    func snapshot(_ sub: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for name in entries(sub) { result[name] = data(sub + "/" + name) }
        return result
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// The example articles shipped in `Examples/articles`.
enum ExampleArticles {
    static var folder: String { CLIRunner.packageRoot.appendingPathComponent("Examples/articles").path }
    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { folder + "/" + $0 }
    }
}

/// File content from pieces of text (as UTF-8) and raw bytes, for files with broken encodings.
func data(_ parts: DataPiece...) -> Data {
    var result = Data()
    for part in parts { result.append(contentsOf: part.bytes) }
    return result
}

protocol DataPiece {
    var bytes: [UInt8] { get }
}

extension String: DataPiece {
    var bytes: [UInt8] { Array(utf8) }
}

extension Array: DataPiece where Element == UInt8 {
    var bytes: [UInt8] { self }
}
