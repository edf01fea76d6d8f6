import Foundation

/// Why a model file could not be used.
public enum ModelError: Error, LocalizedError, Equatable {
    /// The file is missing or unreadable.
    case unreadable(path: String)
    /// The file is not a model of this kind, or of another format version.
    case incompatible(path: String, reason: String)
    /// The file ends early or its contents are inconsistent.
    case corrupt(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let path):
            return "cannot read the model file \(path); reinstall NewsGraph or set NEWSGRAPH_RESOURCES to its resources"
        case .incompatible(let path, let reason):
            return "the model file \(path) does not fit this version of NewsGraph (\(reason)); retrain it with newsgraph-train"
        case .corrupt(let path, let reason):
            return "the model file \(path) is damaged (\(reason)); restore it from the repository or retrain it"
        }
    }
}
