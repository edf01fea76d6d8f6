import Foundation

/// Reads one line of a fragment file back into the graph of its document
/// (``FragmentEncoder``'s inverse). The graph keeps the document's id from the line; merging
/// numbers documents anew (``GraphAccumulator``).
public struct FragmentDecoder: Sendable {
    public init() {}

    /// The graph of one fragment line.
    ///
    /// - Parameters:
    ///   - line: The line's bytes, without its newline.
    ///   - file: The file's name, for errors.
    ///   - number: The line's number (from 1), for errors.
    /// - Throws: ``GraphFileError``: a line cut off, not JSON, not a fragment, of a newer
    ///   version, or with a missing or wrong field.
    public func decode(_ line: some Collection<UInt8>, file: String, number: Int) throws -> EntityGraph {
        let value: JSONValue
        do throws(JSONParser.Failure) {
            value = try JSONParser.parse(Data(line))
        } catch {
            if error.atEnd { throw GraphFileError.truncated(file: file, line: number) }
            throw GraphFileError.notJSON(file: file, line: number, reason: error.description)
        }
        return try decode(value, file: file, number: number)
    }

    func decode(_ value: JSONValue, file: String, number: Int) throws -> EntityGraph {
        let reader = RecordReader(file: file, line: number)
        guard case .object(let fields) = value, fields["newsgraph"] == .string("fragment") else {
            let found = value.object.map { $0.keys.sorted().prefix(4).map { "\"\($0)\"" }.joined(separator: ", ") } ?? value.typeName
            throw GraphFileError.notOurs(file: "\(file):\(number)", reason: "the line is not a fragment (found \(found))")
        }
        let version = try reader.int(fields["version"], "version", minimum: 1)
        guard version <= GraphFileFormat.fragmentVersion else {
            throw GraphFileError.newerVersion(file: file, line: number, kind: "fragment", version: version,
                                              supported: GraphFileFormat.fragmentVersion)
        }
        let document = try reader.document(fields["document"], "document")
        var graph = EntityGraph()
        graph.add(document)
        for (index, item) in try reader.array(fields["entities"], "entities").enumerated() {
            let element = "entities[\(index)]"
            let mentions = try reader.int(reader.object(item, element)["mentions"], "\(element).mentions")
            graph.add(try reader.entity(item, element, documentMentions: [document.id: mentions]))
        }
        for (index, item) in try reader.array(fields["relations"], "relations").enumerated() {
            graph.add(try reader.relation(item, "relations[\(index)]", document: document.id))
        }
        return graph
    }
}
