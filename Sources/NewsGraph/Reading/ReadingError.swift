import Foundation

/// Why the documents could not be read. Each message names the file and says what to do.
public enum ReadingError: LocalizedError, Equatable {
    case missingPath(String)
    case noDocuments(String)
    case unreadable(path: String, reason: String)
    case nothingToRead(skipped: Int)

    public var errorDescription: String? {
        switch self {
        case .missingPath(let path):
            return "\(path): no such file or folder; check the path"
        case .noDocuments(let path):
            return "\(path): no documents found (looked for \(DocumentReader.extensionsDescription) files, recursively)"
        case .unreadable(let path, let reason):
            return "\(path): cannot read (\(reason)); check its permissions"
        case .nothingToRead(let skipped):
            return "no usable documents: all \(skipped) input file\(skipped == 1 ? " was" : "s were") skipped (see the warnings above)"
        }
    }
}

/// Something about an input that the user should know but that did not stop the run.
public struct ReadingWarning: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
