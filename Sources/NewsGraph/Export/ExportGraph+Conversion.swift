#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// EntityGraph → ExportGraph, fast: the same result as the model's output orders and per-record
// properties (`EntityGraph.sortedEntities`, `sortedRelations`, `Entity.sortedAliases`,
// `Relation.id`, `date`, `triggers`, `sources`), computed in one pass over the records, without
// their hashing and temporary collections. ExportGraphConversionTests checks that both agree.

extension ExportGraph {
    /// The entities as nodes, in output order: by kind, then id (`EntityGraph.sortedEntities`);
    /// and, when that is also the order of the ids alone (so whenever each id starts with its
    /// kind's name, as NewsGraph's ids do), the position of each id.
    static func outputNodes(of graph: EntityGraph) -> ([Node], [String: Int]?) {
        // One pass over the entities makes the nodes and their sort keys (each record is read
        // while it is in the cache); the nodes are then moved, not copied, into order.
        let count = graph.entities.count
        let kindRanks = Self.ranks(of: EntityKind.allCases)
        var ids = SortKeys(capacity: count)
        var keys: [SortKey] = []
        keys.reserveCapacity(count)
        let unsorted = UnsafeMutableBufferPointer<Node>.allocate(capacity: count)
        defer { unsorted.deallocate() }
        var made = 0
        let documentOrder = DocumentOrder(graph.documents.keys)
        for entity in graph.entities.values {
            precondition(made < count)
            let documents = documentOrder.sorted(entity.documentMentions.keys)
            (unsorted.baseAddress! + made).initialize(to: Node(
                id: entity.id, label: entity.name, type: entity.kind.rawValue, code: entity.code,
                country: entity.country, aliases: Self.aliases(of: entity), roles: Self.sorted(entity.roles),
                mentions: entity.mentions,
                documents: documents, documentMentions: documents.map { entity.documentMentions[$0] ?? 0 }))
            let id = ids.append(entity.id)
            keys.append(SortKey(index: made, rank: Self.rank(of: entity.kind, in: kindRanks), first: id, second: .zero))
            made += 1
        }
        keys.sort { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            return ids.compare(a.first, a.index, b.first, b.index) < 0
        }
        // Within a kind the ids are in order; so they are throughout if they are where kinds meet.
        var idOrder = true
        for position in keys.indices.dropFirst() where keys[position].rank != keys[position - 1].rank {
            let before = keys[position - 1], after = keys[position]
            if ids.compare(before.first, before.index, after.first, after.index) >= 0 { idOrder = false }
        }
        var positions: [String: Int]?
        if idOrder {
            var table: [String: Int] = [:]
            table.reserveCapacity(made)
            for (position, key) in keys.enumerated() { table[unsorted[key.index].id] = position }
            positions = table
        }
        return (Self.moving(from: unsorted, order: keys), positions)
    }

    /// The relations as edges, in output order: by source, then target, then kind name
    /// (`EntityGraph.sortedRelations`).
    ///
    /// - Parameter idPositions: The rank of each entity id in string order, when known: the ends
    ///   of relations are then ranked by a lookup rather than compared as strings.
    static func outputEdges(of graph: EntityGraph, idPositions: [String: Int]? = nil) -> [Edge] {
        let count = graph.relations.count
        let kindRanks = Self.ranks(of: RelationKind.allCases)
        var keys: [SortKey] = []
        keys.reserveCapacity(count)
        // Ranks of the ends while every end is a known id; otherwise string comparisons.
        var ranked = idPositions != nil
        let unsorted = UnsafeMutableBufferPointer<Edge>.allocate(capacity: count)
        defer { unsorted.deallocate() }
        var made = 0
        for relation in graph.relations.values {
            precondition(made < count)
            let key = relation.key, kind = key.kind
            (unsorted.baseAddress! + made).initialize(to: Edge(
                id: Self.id(of: key), source: key.source, target: key.target,
                relation: kind.rawValue, directed: kind.isDirected, label: kind.label,
                cameo: kind.cameo, plover: kind.plover, date: Self.date(of: relation).map(Self.text(of:)),
                sources: Self.sources(of: relation), confidence: relation.confidence,
                triggers: Self.triggers(of: relation), evidence: relation.evidence,
                unlistedDocuments: relation.unlistedDocuments.isEmpty ? [] : relation.unlistedDocuments.sorted(by: DocumentID.precedes)))
            var sortKey = SortKey(index: made, rank: Self.rank(of: kind, in: kindRanks), first: .zero, second: .zero)
            if ranked {
                if let source = idPositions?[key.source], let target = idPositions?[key.target] {
                    sortKey.first = StringPrefix(high: UInt64(source), low: 0)
                    sortKey.second = StringPrefix(high: UInt64(target), low: 0)
                } else {
                    ranked = false
                }
            }
            keys.append(sortKey)
            made += 1
        }
        if ranked {
            keys.sort { a, b in
                if a.first.high != b.first.high { return a.first.high < b.first.high }
                if a.second.high != b.second.high { return a.second.high < b.second.high }
                return a.rank < b.rank
            }
        } else {
            var ends = SortKeys(capacity: 2 * count)
            for index in keys.indices {
                keys[index].first = ends.append(unsorted[index].source)
                keys[index].second = ends.append(unsorted[index].target)
            }
            keys.sort { a, b in
                let source = ends.compare(a.first, 2 * a.index, b.first, 2 * b.index)
                if source != 0 { return source < 0 }
                let target = ends.compare(a.second, 2 * a.index + 1, b.second, 2 * b.index + 1)
                if target != 0 { return target < 0 }
                return a.rank < b.rank
            }
        }
        return Self.moving(from: unsorted, order: keys)
    }

    /// The initialized elements of `source`, moved out in the order of `keys` (whose indices are
    /// a permutation of the source's).
    private static func moving<Element>(from source: UnsafeMutableBufferPointer<Element>, order keys: [SortKey]) -> [Element] {
        Array(unsafeUninitializedCapacity: keys.count) { buffer, initialized in
            for (position, key) in keys.enumerated() {
                (buffer.baseAddress! + position).initialize(to: (source.baseAddress! + key.index).move())
            }
            initialized = keys.count
        }
    }

    /// Each kind with the rank of its name in string order.
    private static func ranks<Kind: RawRepresentable>(of kinds: [Kind]) -> [(Kind, Int)] where Kind.RawValue == String {
        kinds.sorted { $0.rawValue < $1.rawValue }.enumerated().map { ($0.element, $0.offset) }
    }

    @inline(__always)
    private static func rank<Kind: Equatable>(of kind: Kind, in ranks: [(Kind, Int)]) -> Int {
        for (candidate, rank) in ranks where candidate == kind { return rank }
        return ranks.count
    }

    /// `Entity.sortedAliases`: the aliases without the name, sorted.
    private static func aliases(of entity: Entity) -> [String] {
        var result: [String] = []
        result.reserveCapacity(entity.aliases.count)
        for alias in entity.aliases where alias != entity.name { result.append(alias) }
        if result.count > 1 { result.sort() }
        return result
    }

    private static func sorted(_ set: Set<String>) -> [String] {
        set.count < 2 ? Array(set) : set.sorted()
    }

    /// `RelationKey.id`: `kind__source__target`, its bytes copied once.
    private static func id(of key: RelationKey) -> String {
        Escaping.withUTF8(key.kind.rawValue) { kind in
            Escaping.withUTF8(key.source) { source in
                Escaping.withUTF8(key.target) { target in
                    String(unsafeUninitializedCapacity: kind.count + source.count + target.count + 4) { buffer in
                        var position = 0
                        func put(_ bytes: UnsafeBufferPointer<UInt8>) {
                            guard let base = bytes.baseAddress else { return }
                            (buffer.baseAddress! + position).update(from: base, count: bytes.count)
                            position += bytes.count
                        }
                        func separator() {
                            buffer[position] = 0x5F
                            buffer[position + 1] = 0x5F
                            position += 2
                        }
                        put(kind)
                        separator()
                        put(source)
                        separator()
                        put(target)
                        return position
                    }
                }
            }
        }
    }

    /// `Relation.sources`: how many documents, counted without making their list.
    private static func sources(of relation: Relation) -> Int {
        var count = 0
        var last: String?
        for item in relation.evidence where last != item.document {
            count += 1
            last = item.document
        }
        return count + relation.unlistedDocuments.count
    }

    /// `Relation.date`: the date most evidence gives, ties to the earlier one.
    private static func date(of relation: Relation) -> NewsDate? {
        let evidence = relation.evidence
        if evidence.count == 1 { return evidence[0].date }
        guard evidence.count <= 16 else { return relation.date }
        var best: NewsDate?, bestCount = 0
        for (index, item) in evidence.enumerated() {
            guard let date = item.date else { continue }
            // Count each date once, at its first occurrence.
            if evidence[..<index].contains(where: { $0.date == date }) { continue }
            var count = 0
            for other in evidence[index...] where other.date == date { count += 1 }
            if count > bestCount || (count == bestCount && best.map { date < $0 } ?? true) {
                best = date
                bestCount = count
            }
        }
        return best
    }

    /// `Relation.triggers`: every trigger, once, sorted.
    private static func triggers(of relation: Relation) -> [String] {
        let evidence = relation.evidence
        if evidence.count == 1, evidence[0].triggers.count < 2 { return evidence[0].triggers }
        // Sorted insertion; of equal strings the first stays, as in a Set built from the list.
        var result: [String] = []
        for item in evidence {
            for trigger in item.triggers {
                var position = result.count
                while position > 0, trigger < result[position - 1] { position -= 1 }
                if position > 0, result[position - 1] == trigger { continue }
                result.insert(trigger, at: position)
            }
        }
        return result
    }

    /// `NewsDate.description`, without the padding Strings.
    static func text(of date: NewsDate) -> String {
        guard (0...9999).contains(date.year), (0...99).contains(date.month), (0...99).contains(date.day) else {
            return date.description
        }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ value: Int, _ digits: Int, at offset: Int) {
                var value = value
                for position in stride(from: offset + digits - 1, through: offset, by: -1) {
                    buffer[position] = 0x30 + UInt8(value % 10)
                    value /= 10
                }
            }
            put(date.year, 4, at: 0)
            buffer[4] = 0x2D
            put(date.month, 2, at: 5)
            buffer[7] = 0x2D
            put(date.day, 2, at: 8)
            return 10
        }
    }
}

/// What a record sorts on: a rank (of its kind) and the first sixteen bytes of one or two strings,
/// compared as integers; the strings themselves only when those are equal.
private struct SortKey {
    var index: Int
    var rank: Int
    var first: StringPrefix
    var second: StringPrefix
}

/// The first sixteen UTF-8 bytes of a string as two big-endian integers (zero-padded): their
/// order is the bytes' order, except that a shorter string and one padded with NULs tie.
private struct StringPrefix: Equatable {
    var high: UInt64
    var low: UInt64

    static let zero = StringPrefix(high: 0, low: 0)

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var padded: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &padded) { raw in
            if let base = bytes.baseAddress { raw.baseAddress!.copyMemory(from: base, byteCount: min(bytes.count, 16)) }
        }
        high = UInt64(bigEndian: padded.0)
        low = UInt64(bigEndian: padded.1)
    }
}

/// Strings compared as `String.<` compares them: first on their prefixes, then on their bytes,
/// kept in one block; byte-wise while all are ASCII (where the two orders agree), else as Strings.
private struct SortKeys {
    private var strings: [String] = []
    private var bytes: [UInt8] = []
    private var offsets: [Int] = [0]
    private var ascii = true

    init(capacity: Int) {
        offsets.reserveCapacity(capacity + 1)
        bytes.reserveCapacity(capacity * 24)
    }

    /// Adds string number `count`; returns its prefix.
    mutating func append(_ string: String) -> StringPrefix {
        if !ascii {
            strings.append(string)
            return .zero
        }
        let prefix = Escaping.withUTF8(string) { utf8 -> StringPrefix in
            bytes.append(contentsOf: utf8)
            if !utf8.allSatisfy({ $0 < 0x80 }) { ascii = false }
            return StringPrefix(utf8)
        }
        offsets.append(bytes.count)
        if !ascii {
            // Keep Strings from now on; the ones before come back from their bytes.
            strings = (0..<offsets.count - 1).map { index in
                String(decoding: bytes[offsets[index]..<offsets[index + 1]], as: UTF8.self)
            }
            bytes = []
        }
        return prefix
    }

    /// Negative, zero or positive as string `a` (with prefix `prefixA`) sorts before, with, or
    /// after string `b`.
    @inline(__always)
    func compare(_ prefixA: StringPrefix, _ a: Int, _ prefixB: StringPrefix, _ b: Int) -> Int {
        guard ascii else { return strings[a] == strings[b] ? 0 : strings[a] < strings[b] ? -1 : 1 }
        if prefixA.high != prefixB.high { return prefixA.high < prefixB.high ? -1 : 1 }
        if prefixA.low != prefixB.low { return prefixA.low < prefixB.low ? -1 : 1 }
        return bytes.withUnsafeBufferPointer { base in
            let startA = offsets[a], lengthA = offsets[a + 1] - startA
            let startB = offsets[b], lengthB = offsets[b + 1] - startB
            let common = min(lengthA, lengthB)
            if common > 0 {
                let order = memcmp(base.baseAddress! + startA, base.baseAddress! + startB, common)
                if order != 0 { return Int(order) }
            }
            return lengthA - lengthB
        }
    }
}
