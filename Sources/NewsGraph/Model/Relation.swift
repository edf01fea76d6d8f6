/// Identifies a relation: one edge per kind and pair of actors (ordered only when the kind is directed).
public struct RelationKey: Sendable, Hashable, Comparable {
    public var kind: RelationKind
    public var source: String
    public var target: String

    /// Undirected kinds put the smaller id first, so both orientations give the same key.
    public init(kind: RelationKind, source: String, target: String) {
        self.kind = kind
        if !kind.isDirected, target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
    }

    /// A stable id, valid as an XML NMTOKEN: `call__person:a__person:b`.
    public var id: String { "\(kind.rawValue)__\(source)__\(target)" }

    /// By source, then target, then kind name.
    public static func < (lhs: RelationKey, rhs: RelationKey) -> Bool {
        // Field by field rather than as tuples, which copy (retain and release) every string.
        if lhs.source != rhs.source { return lhs.source < rhs.source }
        if lhs.target != rhs.target { return lhs.target < rhs.target }
        return lhs.kind.rawValue < rhs.kind.rawValue
    }
}

/// What one actor did to another, with every sentence that says so.
public struct Relation: Sendable, Hashable {
    public let key: RelationKey
    /// Supporting sentences, sorted, one per sentence span.
    public private(set) var evidence: [Evidence]

    public var kind: RelationKind { key.kind }
    public var source: String { key.source }
    public var target: String { key.target }
    public var directed: Bool { key.kind.isDirected }
    public var id: String { key.id }

    public init(kind: RelationKind, source: String, target: String, evidence: [Evidence] = []) {
        self.key = RelationKey(kind: kind, source: source, target: target)
        self.evidence = Relation.normalized(evidence)
    }

    /// The number of documents that report the relation (GDELT's NumSources).
    public var sources: Int { documents.count }

    /// The documents that report the relation.
    public var documents: [String] {
        // Evidence is sorted by document first, so each document's items are adjacent.
        var result: [String] = []
        for item in evidence where result.last != item.document { result.append(item.document) }
        return result
    }

    /// The event date most evidence agrees on; ties go to the earlier date.
    public var date: NewsDate? {
        var counts: [NewsDate: Int] = [:]
        for item in evidence { if let d = item.date { counts[d, default: 0] += 1 } }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }

    /// Combined confidence: the chance that at least one piece of evidence is right (noisy-or).
    public var confidence: Double {
        let miss = evidence.reduce(1.0) { $0 * (1 - min(max($1.confidence, 0), 1)) }
        return ((1 - miss) * 1000).rounded() / 1000
    }

    /// Every trigger word seen, sorted.
    public var triggers: [String] {
        Set(evidence.flatMap(\.triggers)).sorted()
    }

    /// Adds evidence; a sentence already present is combined with the new reading of it.
    public mutating func add(_ more: [Evidence]) {
        evidence = Relation.normalized(evidence + more)
    }

    public func merged(with other: Relation) -> Relation {
        precondition(key == other.key, "merging different relations")
        var result = self
        result.add(other.evidence)
        return result
    }

    /// One evidence per (document, start, end): triggers unioned, highest confidence, earliest date.
    static func normalized(_ items: [Evidence]) -> [Evidence] {
        struct Span: Hashable { let document: String; let start: Int; let end: Int }
        var bySpan: [Span: Evidence] = [:]
        for item in items {
            let span = Span(document: item.document, start: item.start, end: item.end)
            if var existing = bySpan[span] {
                existing.triggers = Array(Set(existing.triggers + item.triggers)).sorted()
                existing.confidence = max(existing.confidence, item.confidence)
                existing.date = [existing.date, item.date].compactMap { $0 }.min()
                bySpan[span] = existing
            } else {
                var copy = item
                copy.triggers = Array(Set(item.triggers)).sorted()
                bySpan[span] = copy
            }
        }
        return bySpan.values.sorted()
    }
}
