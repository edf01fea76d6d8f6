import Foundation

/// Why the syntax stage could not read its input.
public enum SyntaxError: Error, LocalizedError, Equatable {
    /// A CoNLL-U line that does not follow the format.
    case malformedCoNLLU(path: String, line: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case .malformedCoNLLU(let path, let line, let reason):
            return "\(path):\(line): not CoNLL-U: \(reason) (see https://universaldependencies.org/format.html)"
        }
    }
}
