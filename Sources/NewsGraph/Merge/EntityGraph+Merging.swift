import Foundation

// Combining graphs: the join that makes merging commutative, associative and idempotent.

extension EntityGraph {
    /// Adds everything `other` holds.
    public mutating func merge(_ other: EntityGraph) {
        for document in other.documents.values { add(document) }
        for entity in other.entities.values { add(entity) }
        for relation in other.relations.values { add(relation) }
    }

    public func merging(_ other: EntityGraph) -> EntityGraph {
        var result = self
        result.merge(other)
        return result
    }

    /// Merges many graphs; the result does not depend on their order.
    ///
    /// Equal to merging them one by one, but each relation's evidence is gathered first and
    /// normalized once, so a relation reported by n documents costs n log n, not n².
    public static func merged<S: Sequence>(_ graphs: S) -> EntityGraph where S.Element == EntityGraph {
        var result = EntityGraph()
        var evidence: [RelationKey: [Evidence]] = [:]
        for graph in graphs {
            for document in graph.documents.values { result.add(document) }
            for entity in graph.entities.values { result.add(entity) }
            for (key, relation) in graph.relations { evidence[key, default: []].append(contentsOf: relation.evidence) }
        }
        for (key, items) in evidence {
            result.relations[key] = Relation(kind: key.kind, source: key.source, target: key.target, evidence: items)
        }
        return result
    }
}

extension DocumentInfo {
    /// Two records of the same document: the one that says more (more fields set), then the one
    /// whose JSON encoding (keys sorted) sorts first. A total order over every field, those to
    /// come included, so merging records is commutative and associative.
    static func preferred(_ a: DocumentInfo, _ b: DocumentInfo) -> DocumentInfo {
        if a == b { return a }
        let x = a.canonicalJSON, y = b.canonicalJSON
        if x.fields != y.fields { return x.fields > y.fields ? a : b }
        return x.text <= y.text ? a : b
    }

    /// The record as JSON with sorted keys, and how many fields it sets.
    private var canonicalJSON: (text: String, fields: Int) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return ("", 0) }
        return (String(decoding: data, as: UTF8.self), object.count)
    }
}
