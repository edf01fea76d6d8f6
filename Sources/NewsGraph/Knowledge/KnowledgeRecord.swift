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
    static func parse(_ text: String, source: String) throws -> [KnowledgeRecord] {
        var records: [KnowledgeRecord] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.first == "#" || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let location = "\(source):\(lineNumber)"
            guard fields.count >= 3 else {
                throw KnowledgeError.malformed(location: location, reason: "expected KIND, ID and NAME separated by tabs")
            }
            var attributes: [String: [String]] = [:]
            for field in fields.dropFirst(3) where !field.isEmpty {
                guard let eq = field.firstIndex(of: "=") else {
                    throw KnowledgeError.malformed(location: location, reason: "attribute '\(field)' has no '='")
                }
                let key = String(field[..<eq]).trimmingCharacters(in: .whitespaces)
                let values = field[field.index(after: eq)...].split(separator: "|", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                attributes[key, default: []].append(contentsOf: values.filter { !$0.isEmpty })
            }
            records.append(KnowledgeRecord(
                kind: fields[0].trimmingCharacters(in: .whitespaces).lowercased(),
                id: fields[1].trimmingCharacters(in: .whitespaces),
                name: fields[2].trimmingCharacters(in: .whitespaces),
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
