/// Makes a dependency tree projective by lifting its crossing arcs (Nivre and Nilsson 2005,
/// without encoding the lifts in labels): a dependent whose arc crosses another is reattached to
/// its head's head until no arc crosses. The arc-hybrid system can only build projective trees,
/// and its dynamic oracle is exact only for them.
package enum Projectivizer {
    /// - Parameter heads: 0-based heads, -1 for the root's dependent.
    /// - Returns: the projective heads, and how many arcs were lifted.
    package static func projectivize(_ heads: [Int]) -> (heads: [Int], lifted: Int) {
        var heads = heads
        var lifted = 0
        while let arc = shortestCrossingArc(heads) {
            heads[arc] = heads[heads[arc]]
            lifted += 1
        }
        return (heads, lifted)
    }

    /// Whether `ancestor` dominates `word` (or is it).
    private static func dominates(_ ancestor: Int, _ word: Int, _ heads: [Int]) -> Bool {
        var w = word
        var steps = 0
        while w >= 0, steps <= heads.count {
            if w == ancestor { return true }
            w = heads[w]
            steps += 1
        }
        return false
    }

    /// The dependent of the shortest non-projective arc (one whose span holds a word its head
    /// does not dominate), or nil.
    private static func shortestCrossingArc(_ heads: [Int]) -> Int? {
        var best: (dependent: Int, length: Int)?
        for d in heads.indices where heads[d] >= 0 {
            let h = heads[d]
            let span = min(h, d) + 1..<max(h, d)
            guard span.contains(where: { !dominates(h, $0, heads) }) else { continue }
            let length = span.count
            if best == nil || length < best!.length { best = (d, length) }
        }
        return best?.dependent
    }
}
