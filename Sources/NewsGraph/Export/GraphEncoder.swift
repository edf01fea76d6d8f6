import Foundation

/// Turns a graph into the bytes of one file format, like `JSONEncoder` does for values.
///
/// Encoders are pure: the same graph always gives the same bytes. They write an ``ExportGraph``;
/// ``encode(_:)-(EntityGraph)`` converts an ``EntityGraph`` first.
public protocol GraphEncoder: Sendable {
    /// The usual file extension, without the dot.
    var fileExtension: String { get }

    /// Encodes the whole graph.
    ///
    /// - Parameter graph: the graph to write.
    /// - Returns: the file's bytes, UTF-8.
    /// - Throws: What the encoder's collaborators throw (e.g. a ``NodePositionProvider``).
    func encode(_ graph: ExportGraph) throws -> Data
}

extension GraphEncoder {
    /// Encodes an entity graph.
    ///
    /// - Parameter graph: the graph to write.
    /// - Returns: the file's bytes, UTF-8.
    public func encode(_ graph: EntityGraph) throws -> Data {
        try encode(ExportGraph(graph))
    }
}

/// Facts about the program that wrote a file, for the files' headers.
public enum NewsGraphInfo {
    public static let version = "0.1.0"
    public static let generator = "newsgraph \(version)"
}
