import Foundation

/// Why a fragment file or a `graph.json` cannot be merged: which file, which line (or which
/// element of the graph), and what to do.
public enum GraphFileError: LocalizedError, Sendable, Equatable {
    /// The file cannot be opened or read.
    case unreadable(file: String, reason: String)
    /// A line or file that is not (complete) JSON: cut off while it was written, or not JSON at all.
    case notJSON(file: String, line: Int, reason: String)
    /// A fragment line ends before its JSON does.
    case truncated(file: String, line: Int)
    /// Written by a newer newsgraph, in a format this one does not know.
    case newerVersion(file: String, line: Int?, kind: String, version: Int, supported: Int)
    /// JSON, but not a fragment or graph written by newsgraph.
    case notOurs(file: String, reason: String)
    /// One of ours, but an element is missing or of the wrong type.
    case invalid(file: String, line: Int?, element: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read (\(reason))"
        case .notJSON(let file, let line, let reason):
            return "\(file):\(line): not JSON (\(reason)); give fragments written by newsgraph extract or a graph.json written by newsgraph build or merge"
        case .truncated(let file, let line):
            return "\(file):\(line): the line ends before its fragment does (cut off while the file was written?); extract those documents again"
        case .newerVersion(let file, let line, let kind, let version, let supported):
            let place = line.map { "\(file):\($0)" } ?? file
            return "\(place): \(kind) format version \(version) is newer than this newsgraph reads (\(supported)); use the newsgraph that wrote it, or a newer one"
        case .notOurs(let file, let reason):
            return "\(file): not a file newsgraph extract, build or merge wrote (\(reason)); merge reads fragment files (newsgraph extract) and graph.json files (newsgraph build or merge, JSON flavor jgf); to draw another JSON Graph Format file use newsgraph render"
        case .invalid(let file, let line, let element, let reason):
            let place = line.map { "\(file):\($0)" } ?? file
            return "\(place): \(element) \(reason); the file is damaged: write it again with newsgraph extract, build or merge"
        }
    }
}
