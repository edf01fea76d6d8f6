import Foundation

/// Turns an `EntityGraph` into the bytes of one file format, like `JSONEncoder` does for values.
///
/// Encoders are pure: the same graph always gives the same bytes.
public protocol GraphEncoder: Sendable {
    /// The usual file extension, without the dot.
    var fileExtension: String { get }

    /// Encodes the whole graph.
    ///
    /// - Parameter graph: the graph to write.
    /// - Returns: the file's bytes, UTF-8.
    func encode(_ graph: EntityGraph) throws -> Data
}

/// Facts about the program that wrote a file, for the files' headers.
public enum NewsGraphInfo {
    public static let version = "0.1.0"
    public static let generator = "newsgraph \(version)"
}
