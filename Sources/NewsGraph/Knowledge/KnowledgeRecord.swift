/// One line of a knowledge file: `KIND<TAB>ID<TAB>NAME<TAB>key=value<TAB>…`, list values `|`-separated.
/// The format is documented in `Knowledge/README.md`.
struct KnowledgeRecord: Sendable, Equatable {
    var kind: String
    var id: String
    var name: String
    var attributes: [String: [String]]
    /// Where the record came from, for error messages: "countries.tsv:12".
    var location: String

    func values(_ key: String) -> [String] { attributes[key] ?? [] }
    func value(_ key: String) -> String? { attributes[key]?.first }
    func flag(_ key: String) -> Bool {
        guard let v = value(key)?.lowercased() else { return false }
        return v == "yes" || v == "true" || v == "1"
    }

    /// Parses a whole file. Comment lines start with `#`; blank lines are ignored.
    ///
    /// Works on the UTF-8 bytes (the built-in data is parsed at every start-up).
    static func parse(_ text: String, source: String) throws -> [KnowledgeRecord] {
        var records: [KnowledgeRecord] = []
        var lineNumber = 0
        let bytes = Array(text.utf8)
        func string(_ slice: ArraySlice<UInt8>) -> String {
            var start = slice.startIndex, end = slice.endIndex
            while start < end, slice[start] == 0x20 { start += 1 }
            while end > start, slice[end - 1] == 0x20 || slice[end - 1] == 0x0D { end -= 1 }
            return String(decoding: slice[start..<end], as: UTF8.self)
        }
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard let first = line.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }), first != 0x23 else { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            let location = "\(source):\(lineNumber)"
            guard fields.count >= 3 else {
                throw KnowledgeError.malformed(location: location, reason: "expected KIND, ID and NAME separated by tabs")
            }
            var attributes: [String: [String]] = [:]
            for field in fields.dropFirst(3) where !field.isEmpty {
                guard let eq = field.firstIndex(of: 0x3D) else {
                    throw KnowledgeError.malformed(location: location, reason: "attribute '\(string(field))' has no '='")
                }
                let key = string(field[..<eq])
                for value in field[(eq + 1)...].split(separator: 0x7C) {
                    let v = string(value)
                    if !v.isEmpty { attributes[key, default: []].append(v) }
                }
            }
            records.append(KnowledgeRecord(kind: string(fields[0]).lowercased(), id: string(fields[1]), name: string(fields[2]),
                                           attributes: attributes, location: location))
        }
        return records
    }
}

import Foundation

/// Why a knowledge file could not be used.
public enum KnowledgeError: LocalizedError, Equatable {
    case malformed(location: String, reason: String)
    case unreadable(path: String)
    case missingData(String)

    public var errorDescription: String? {
        switch self {
        case .malformed(let location, let reason):
            return "\(location): \(reason) (see the knowledge file format in Sources/NewsGraph/Knowledge/README.md)"
        case .unreadable(let path):
            return "\(path): cannot read the knowledge file; check the path and its permissions"
        case .missingData(let detail):
            return "the built-in knowledge base is missing (\(detail)); keep NewsGraph_NewsGraph.resources next to the newsgraph binary, or set NEWSGRAPH_RESOURCES to its path"
        }
    }
}
