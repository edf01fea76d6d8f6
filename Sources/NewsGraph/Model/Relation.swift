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
    /// Documents that report the relation but have no sentence in `evidence`: those whose
    /// sentences an evidence limit left out (``limitingEvidence(to:documentOrder:)``). Empty
    /// without a limit. They still count among ``documents`` and ``sources``.
    public private(set) var unlistedDocuments: Set<String> = []

    public var kind: RelationKind { key.kind }
    public var source: String { key.source }
    public var target: String { key.target }
    public var directed: Bool { key.kind.isDirected }
    public var id: String { key.id }

    public init(kind: RelationKind, source: String, target: String, evidence: [Evidence] = [],
                unlistedDocuments: Set<String> = []) {
        self.key = RelationKey(kind: kind, source: source, target: target)
        self.evidence = Relation.normalized(evidence)
        if !unlistedDocuments.isEmpty { self.unlistedDocuments = Self.unlisted(unlistedDocuments, besides: self.evidence) }
    }

    /// The number of documents that report the relation (GDELT's NumSources).
    public var sources: Int { documents.count }

    /// The documents that report the relation, in document order.
    public var documents: [String] {
        // Evidence is sorted by document first, so each document's items are adjacent.
        var result: [String] = []
        for item in evidence where result.last != item.document { result.append(item.document) }
        if !unlistedDocuments.isEmpty {
            result = (result + unlistedDocuments).sorted(by: DocumentID.precedes)
        }
        return result
    }

    /// The documents of `documents` that have no sentence in `evidence`.
    static func unlisted(_ documents: Set<String>, besides evidence: [Evidence]) -> Set<String> {
        var result = documents
        for item in evidence where !result.isEmpty { result.remove(item.document) }
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
        if !unlistedDocuments.isEmpty { unlistedDocuments = Self.unlisted(unlistedDocuments, besides: evidence) }
    }

    public func merged(with other: Relation) -> Relation {
        precondition(key == other.key, "merging different relations")
        var result = self
        result.add(other.evidence)
        if !other.unlistedDocuments.isEmpty {
            result.unlistedDocuments = Self.unlisted(result.unlistedDocuments.union(other.unlistedDocuments),
                                                     besides: result.evidence)
        }
        return result
    }

    /// One evidence per (document, start, end): triggers unioned, highest confidence, earliest date.
    ///
    /// Sorts indices on integers (each document's rank in document order, then start and end)
    /// and combines neighbours: no hashing, and no string comparison inside the sort. Merging the
    /// evidence of thousands of documents runs through here.
    static func normalized(_ items: [Evidence]) -> [Evidence] {
        guard items.count > 1 else {
            guard var only = items.first else { return [] }
            only.triggers = uniqueSorted(only.triggers)
            return [only]
        }
        let ranks = documentRanks(items)
        let order = items.indices.sorted { a, b in
            if ranks[a] != ranks[b] { return ranks[a] < ranks[b] }
            let x = items[a], y = items[b]
            if x.start != y.start { return x.start < y.start }
            if x.end != y.end { return x.end < y.end }
            return a < b  // the first given stays first
        }
        var result: [Evidence] = []
        result.reserveCapacity(items.count)
        var lastRank = -1
        for index in order {
            let item = items[index]
            if ranks[index] == lastRank, let last = result.last, last.start == item.start, last.end == item.end {
                result[result.count - 1].triggers = sortedUnion(last.triggers, uniqueSorted(item.triggers))
                result[result.count - 1].confidence = max(last.confidence, item.confidence)
                if let date = item.date, last.date.map({ date < $0 }) ?? true { result[result.count - 1].date = date }
            } else {
                var copy = item
                copy.triggers = uniqueSorted(item.triggers)
                result.append(copy)
                lastRank = ranks[index]
            }
        }
        return result
    }

    /// For each item, the rank of its document in `DocumentID.precedes` order. Items of one
    /// document usually come together, so most take their neighbour's rank without a lookup.
    private static func documentRanks(_ items: [Evidence]) -> [Int] {
        let order = DocumentOrder(items.indices.lazy
            .filter { $0 == 0 || items[$0].document != items[$0 - 1].document }
            .map { items[$0].document })
        var ranks: [Int] = []
        ranks.reserveCapacity(items.count)
        for index in items.indices {
            if index > 0, items[index].document == items[index - 1].document {
                ranks.append(ranks[index - 1])
            } else {
                ranks.append(order.rank(of: items[index].document)!)
            }
        }
        return ranks
    }

    /// The union of two sorted lists without repeats, sorted, without repeats.
    private static func sortedUnion(_ a: [String], _ b: [String]) -> [String] {
        if a == b || b.isEmpty { return a }
        if a.isEmpty { return b }
        var result: [String] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                result.append(a[i]); i += 1
            } else if i == a.count || b[j] < a[i] {
                result.append(b[j]); j += 1
            } else {
                result.append(a[i]); i += 1; j += 1
            }
        }
        return result
    }

    /// The words sorted, each once: `Array(Set(words)).sorted()` without building the set (and,
    /// for a list already sorted without repeats, as most are, without any work). Of equal words
    /// the first is kept, as in the set (the standard library's sort keeps equal elements in order).
    static func uniqueSorted(_ words: [String]) -> [String] {
        guard words.indices.dropFirst().contains(where: { !(words[$0 - 1] < words[$0]) }) else { return words }
        var result: [String] = []
        result.reserveCapacity(words.count)
        for word in words.sorted() where result.last != word { result.append(word) }
        return result
    }
}
