import Foundation
import Testing

/// Golden files: expected encoder output kept under `Tests/NewsGraphTests/Fixtures/Golden/`.
///
/// Run the tests with `NEWSGRAPH_RECORD_GOLDEN=1` to write the current output as the new golden
/// files (in the source tree), then review the diff with git before committing it.
enum GoldenFile {
    static let isRecording = ProcessInfo.processInfo.environment["NEWSGRAPH_RECORD_GOLDEN"] == "1"

    /// The folder in the source tree, for recording.
    static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Golden")
    }

    /// Compares `data` with the golden file `name`, or records it.
    static func check(_ data: Data, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if isRecording {
            try FileManager.default.createDirectory(at: sourceFolder, withIntermediateDirectories: true)
            try data.write(to: sourceFolder.appendingPathComponent(name))
            print("recorded golden file \(name)")
            return
        }
        let url = try #require(Bundle.module.resourceURL?.appendingPathComponent("Fixtures/Golden/\(name)"),
                               sourceLocation: sourceLocation)
        let expected = try Data(contentsOf: url)
        if data != expected {
            let actual = String(decoding: data, as: UTF8.self), wanted = String(decoding: expected, as: UTF8.self)
            let lineA = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let lineE = wanted.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(lineA, lineE).enumerated().first { $0.element.0 != $0.element.1 }
            let where_ = first.map { "line \($0.offset + 1):\n  got      \($0.element.0)\n  expected \($0.element.1)" }
                ?? "lengths differ (\(lineA.count) vs \(lineE.count) lines)"
            Issue.record("\(name) differs from its golden file at \(where_)\nRe-record with NEWSGRAPH_RECORD_GOLDEN=1 if the change is intended.",
                         sourceLocation: sourceLocation)
        }
    }
}
