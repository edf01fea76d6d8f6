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

    /// Writes the graph into the file at `url` (created, or replaced in place): the bytes of
    /// ``encode(_:)-(ExportGraph)``. Not atomic, and it does not wait for the disk (no `fsync`):
    /// for a file that must survive a crash or a full disk intact, write a temporary file, flush
    /// it and rename it. Encoders that can stream (GraphML, JSON) write as they go, in pieces of
    /// a megabyte, without the whole file in memory.
    ///
    /// - Parameters:
    ///   - graph: the graph to write.
    ///   - url: a file URL.
    /// - Throws: What ``encode(_:)-(ExportGraph)`` throws; `CocoaError` when the file cannot be
    ///   written.
    func write(_ graph: ExportGraph, to url: URL) throws
}

extension GraphEncoder {
    public func write(_ graph: ExportGraph, to url: URL) throws {
        let data = try encode(graph)
        var out = try OutputBuffer(file: url.path, bufferSize: 64)
        data.withUnsafeBytes { raw in
            if let base = raw.baseAddress { out.write(base, count: raw.count) }
        }
        try out.close()
    }
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

extension Array {
    /// Calls `body` with a pointer to each element in turn, valid during the call: encoders read
    /// fields in place, where passing an element by value would copy (retain and release) each
    /// of its fields.
    @inline(__always)
    func forEachInPlace(_ body: (UnsafePointer<Element>) throws -> Void) rethrows {
        try withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in 0..<buffer.count { try body(base + index) }
        }
    }
}

/// Facts about the program that wrote a file, for the files' headers.
public enum NewsGraphInfo {
    public static let version = "0.1.0"
    public static let generator = "newsgraph \(version)"
}
