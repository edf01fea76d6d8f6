import Foundation

/// Why the documents could not be read. Each message is one line that names the file and says
/// what to do.
public enum ReadingError: LocalizedError, Equatable {
    /// A path the user gave does not exist.
    case missingPath(String)
    /// A folder the user gave holds no file with a known extension.
    case noDocuments(String)
    /// A folder cannot be listed.
    case unreadable(path: String, reason: String)
    /// Files were found but every one was skipped; `warnings` say why.
    case nothingToRead(skipped: Int, warnings: [ReadingWarning])

    public var errorDescription: String? {
        switch self {
        case .missingPath(let path):
            return "\(path): no such file or folder; check the path"
        case .noDocuments(let path):
            return "\(path): no documents found (looked for \(DocumentReader.extensionsDescription) files, recursively)"
        case .unreadable(let path, let reason):
            return "\(path): cannot read (\(reason)); check its permissions"
        case .nothingToRead(let skipped, let warnings):
            let reasons = warnings.filter { $0.message.hasPrefix("skipped: ") }
            guard let first = reasons.first else { return "no usable documents: all \(skipped) input files were skipped" }
            let reason = "\(first.path): \(first.message.dropFirst("skipped: ".count))"
            if skipped <= 1 { return "no usable documents: \(reason)" }
            return "no usable documents: all \(skipped) input files were skipped (\(reason); and \(skipped - 1) more)"
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
