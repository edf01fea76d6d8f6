/// The document's mentions of people who hold offices, indexed by office, so that a role
/// description ("the Russian leader") finds its holder without a pass over every mention.
///
/// `DocumentResolver.resolveRole` wants, among the person mentions whose offices match a query
/// (exact offices "RUS/president", any holder's "*/president", any office of "RUS/*"), the last
/// one in the list that starts before a position, else the first one that starts at or after it.
/// Scanning the list for every role description made a long document quadratic (a transcript
/// that says "the Russian leader" a thousand times). Here every mention is indexed once, under
/// each exact office, each suffix from a "/" and each prefix up to a "/" of its offices, and each
/// query is a few binary searches: the same answers, in O(log n).
///
/// The mention list may grow between queries (resolved role descriptions are appended to it), but
/// the mentions already in it must not change: `update(_:)` indexes only the new ones.
struct RoleHolders {
    private enum Key: Hashable {
        case exact(String)
        case suffix(String)
        case prefix(String)
    }

    /// One key's mentions (indices into the mention list, in list order), kept in the two forms
    /// its questions need.
    private struct Bucket {
        /// The candidates for "the last index whose start is below p": the entries no later entry
        /// starts at or before (a monotonic stack, starts increasing).
        var lastBelow: [(index: Int, start: Int)] = []
        /// The candidates for "the first index whose start is at least p": the entries that start
        /// after every earlier one (starts increasing).
        var firstAtLeast: [(index: Int, start: Int)] = []

        mutating func append(index: Int, start: Int) {
            while let top = lastBelow.last, top.start >= start { lastBelow.removeLast() }
            lastBelow.append((index, start))
            if firstAtLeast.last.map({ start > $0.start }) ?? true { firstAtLeast.append((index, start)) }
        }

        /// The last index in list order whose mention starts before `position`.
        func last(before position: Int) -> Int? {
            let count = Self.countBelow(lastBelow, position)
            return count > 0 ? lastBelow[count - 1].index : nil
        }

        /// The first index in list order whose mention starts at or after `position`.
        func first(atOrAfter position: Int) -> Int? {
            let count = Self.countBelow(firstAtLeast, position)
            return count < firstAtLeast.count ? firstAtLeast[count].index : nil
        }

        /// How many entries (sorted by start) start before `position`.
        private static func countBelow(_ entries: [(index: Int, start: Int)], _ position: Int) -> Int {
            var low = 0, high = entries.count
            while low < high {
                let mid = (low + high) / 2
                if entries[mid].start < position { low = mid + 1 } else { high = mid }
            }
            return low
        }
    }

    /// How many mentions of the list are indexed.
    private var indexed = 0
    private var buckets: [Key: Bucket] = [:]
    /// For organization ids ending in "-ministry": each suffix from a "-" → the last mention with it.
    private var ministries: [Substring: Int] = [:]

    /// Indexes the mentions added to the list since the last call.
    mutating func update(_ mentions: [Mention]) {
        while indexed < mentions.count {
            let referent = mentions[indexed].referent
            if referent.kind == .person, !referent.offices.isEmpty {
                var keys: Set<Key> = []
                for office in referent.offices {
                    keys.insert(.exact(office))
                    for slash in office.indices where office[slash] == "/" {
                        keys.insert(.suffix(String(office[slash...])))
                        keys.insert(.prefix(String(office[...slash])))
                    }
                }
                for key in keys {
                    buckets[key, default: Bucket()].append(index: indexed, start: mentions[indexed].tokens.lowerBound)
                }
            } else if referent.kind == .organization, referent.id.hasSuffix("-ministry") {
                let id = referent.id
                for dash in id.indices where id[dash] == "-" { ministries[id[dash...]] = indexed }
            }
            indexed += 1
        }
    }

    /// The index of the holder of one of `exact` offices, of an office ending in one of `suffixes`
    /// or beginning with one of `prefixes`: the last such mention in list order that starts before
    /// `position`, else the first that starts at or after it.
    func holder(exact: [String], suffixes: [String], prefixes: [String], position: Int) -> Int? {
        let found = exact.compactMap { buckets[.exact($0)] } + suffixes.compactMap { buckets[.suffix($0)] }
            + prefixes.compactMap { buckets[.prefix($0)] }
        if let nearest = found.compactMap({ $0.last(before: position) }).max() { return nearest }
        return found.compactMap { $0.first(atOrAfter: position) }.min()
    }

    /// The index of the last organization mention whose id ends with `suffix`, a ministry's
    /// ("-foreign-ministry": it starts with "-" and ends with "-ministry").
    func lastMinistry(endingWith suffix: String) -> Int? {
        guard suffix.hasPrefix("-"), suffix.hasSuffix("-ministry") else { return nil }
        return ministries[Substring(suffix)]
    }
}
