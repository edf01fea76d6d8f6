/// Reads the records of fragment lines and `graph.json` files (documents, entities, relations,
/// evidence) from parsed JSON, strictly: a missing field or a value of the wrong type is a
/// ``GraphFileError/invalid(file:line:element:reason:)`` naming the file, the line and the element.
struct RecordReader {
    let file: String
    /// The line of a fragment; nil in a `graph.json` (elements are named by their path).
    let line: Int?

    func fail(_ element: String, _ reason: String) -> GraphFileError {
        .invalid(file: file, line: line, element: element, reason: reason)
    }

    func object(_ value: JSONValue?, _ element: String) throws -> [String: JSONValue] {
        guard let value else { throw fail(element, "is missing") }
        guard case .object(let members) = value else { throw fail(element, "is \(value.typeName), not an object") }
        return members
    }

    func array(_ value: JSONValue?, _ element: String) throws -> [JSONValue] {
        guard let value else { throw fail(element, "is missing") }
        guard case .array(let items) = value else { throw fail(element, "is \(value.typeName), not an array") }
        return items
    }

    func string(_ value: JSONValue?, _ element: String) throws -> String {
        guard let value else { throw fail(element, "is missing") }
        guard case .string(let text) = value else { throw fail(element, "is \(value.typeName), not a string") }
        return text
    }

    func optionalString(_ value: JSONValue?, _ element: String) throws -> String? {
        guard let value, value != .null else { return nil }
        return try string(value, element)
    }

    func int(_ value: JSONValue?, _ element: String, minimum: Int = 0) throws -> Int {
        guard let value else { throw fail(element, "is missing") }
        guard case .integer(let number) = value else { throw fail(element, "is \(value.typeName), not an integer") }
        guard number >= minimum else { throw fail(element, "is \(number), less than \(minimum)") }
        return number
    }

    func double(_ value: JSONValue?, _ element: String) throws -> Double {
        guard let value else { throw fail(element, "is missing") }
        guard let number = value.double else { throw fail(element, "is \(value.typeName), not a number") }
        return number
    }

    func strings(_ value: JSONValue?, _ element: String, optional: Bool = false) throws -> [String] {
        if value == nil, optional { return [] }
        return try array(value, element).enumerated().map { try string($0.element, "\(element)[\($0.offset)]") }
    }

    func date(_ value: JSONValue?, _ element: String) throws -> NewsDate? {
        guard let text = try optionalString(value, element) else { return nil }
        guard let date = NewsDate(iso: text) else { throw fail(element, "is \"\(text)\", not a YYYY-MM-DD date") }
        return date
    }

    func kind(_ value: JSONValue?, _ element: String) throws -> EntityKind {
        let text = try string(value, element)
        guard let kind = EntityKind(rawValue: text) else { throw fail(element, "is \"\(text)\", not a type newsgraph knows") }
        return kind
    }

    func relationKind(_ value: JSONValue?, _ element: String) throws -> RelationKind {
        let text = try string(value, element)
        guard let kind = RelationKind(rawValue: text) else { throw fail(element, "is \"\(text)\", not a relation newsgraph knows") }
        return kind
    }

    /// A document record, by `DocumentInfo`'s own `Decodable` conformance.
    func document(_ value: JSONValue?, _ element: String) throws -> DocumentInfo {
        _ = try object(value, element)
        do {
            return try JSONValueDecoder().decode(DocumentInfo.self, from: value!)
        } catch let error as DecodingError {
            throw fail(element, Self.describe(error))
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): return "has no \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "has a wrong value\(path.isEmpty ? "" : " at \(path)"): \(context.debugDescription)"
        @unknown default: return "cannot be read"
        }
    }

    /// An entity's fields but its counts: `id`, `label`, `type`, `code`, `country`, `aliases`, `roles`.
    func entity(_ value: JSONValue?, _ element: String, documentMentions: [String: Int]) throws -> Entity {
        let fields = try object(value, element)
        return Entity(id: try string(fields["id"], "\(element).id"), kind: try kind(fields["type"], "\(element).type"),
                      name: try string(fields["label"], "\(element).label"),
                      aliases: Set(try strings(fields["aliases"], "\(element).aliases")),
                      code: try optionalString(fields["code"], "\(element).code"),
                      country: try optionalString(fields["country"], "\(element).country"),
                      roles: Set(try strings(fields["roles"], "\(element).roles", optional: true)),
                      documentMentions: documentMentions)
    }

    /// The counts of a `documents` list and its parallel `documentMentions`.
    func documentMentions(_ fields: [String: JSONValue], _ element: String) throws -> [String: Int] {
        let documents = try strings(fields["documents"], "\(element).documents")
        let counts = try array(fields["documentMentions"], "\(element).documentMentions").enumerated().map {
            try int($0.element, "\(element).documentMentions[\($0.offset)]")
        }
        guard counts.count == documents.count else {
            throw fail("\(element).documentMentions", "has \(counts.count) counts for \(documents.count) documents")
        }
        var result: [String: Int] = [:]
        for (document, count) in zip(documents, counts) { result[document] = count }
        return result
    }

    /// An entity record of a `joined` list: its fields and counts per document.
    func entityRecord(_ value: JSONValue?, _ element: String) throws -> Entity {
        try entity(value, element, documentMentions: try documentMentions(try object(value, element), element))
    }

    /// A relation record: `relation`, `source`, `target`, `evidence`, `unlistedDocuments`. In a
    /// fragment the evidence names no document: it is `document`.
    func relation(_ value: JSONValue?, _ element: String, document: String? = nil) throws -> Relation {
        let fields = try object(value, element)
        let items = try array(fields["evidence"], "\(element).evidence").enumerated().map {
            try evidence($0.element, "\(element).evidence[\($0.offset)]", document: document)
        }
        return Relation(kind: try relationKind(fields["relation"], "\(element).relation"),
                        source: try string(fields["source"], "\(element).source"),
                        target: try string(fields["target"], "\(element).target"), evidence: items,
                        unlistedDocuments: Set(try strings(fields["unlistedDocuments"], "\(element).unlistedDocuments",
                                                           optional: true)))
    }

    func evidence(_ value: JSONValue?, _ element: String, document: String? = nil) throws -> Evidence {
        let fields = try object(value, element)
        let start = try int(fields["start"], "\(element).start")
        let end = try int(fields["end"], "\(element).end", minimum: start)
        return Evidence(document: try document ?? string(fields["document"], "\(element).document"),
                        start: start, end: end, text: try string(fields["text"], "\(element).text"),
                        triggers: try strings(fields["triggers"], "\(element).triggers"),
                        confidence: try double(fields["confidence"], "\(element).confidence"),
                        date: try date(fields["date"], "\(element).date"))
    }
}
