/// Finds the country name or demonym a misspelt word most likely means ("Iraninan" → Iranian),
/// by edit distance: one edit for words of five to seven letters, two for longer ones, and only
/// when exactly one name is that close.
///
/// Uses a deletion index (SymSpell): every name is stored with its one- and two-letter deletions,
/// so a lookup is a few hash probes rather than a scan of every name.
final class FuzzyNames: Sendable {
    private let deletions: [String: Set<Int>]
    private let names: [(word: String, country: Int, isName: Bool)]

    init(_ knowledge: KnowledgeBase) {
        var deletions: [String: Set<Int>] = [:]
        var names: [(word: String, country: Int, isName: Bool)] = []
        for (index, country) in knowledge.countries.enumerated() {
            let forms = ([country.name] + country.aliases).map { ($0, true) } + country.demonyms.map { ($0, false) }
            for (name, isName) in forms where !name.contains(" ") && name.count >= 5 {
                let word = WordForm.normalize(name)
                let id = names.count
                names.append((word, index, isName))
                for variant in Self.variants(word, depth: 2) { deletions[variant, default: []].insert(id) }
            }
        }
        self.deletions = deletions
        self.names = names
    }

    /// The country whose name or demonym is within the allowed distance of `word`, if exactly one is.
    ///
    /// - Parameter namesOnly: only country names, one edit away, for words of eight letters or
    ///   more ("Afganistan"): close enough to need no other support from the document.
    func country(near word: String, namesOnly: Bool = false) -> Int? {
        guard word.count >= (namesOnly ? 8 : 5), word.allSatisfy({ $0.isLetter }) else { return nil }
        let allowed = namesOnly ? 1 : word.count >= 8 ? 2 : 1
        var found: Set<Int> = []
        for variant in Self.variants(word, depth: allowed) {
            for id in deletions[variant] ?? [] where !found.contains(names[id].country) && (!namesOnly || names[id].isName) {
                if Self.distance(word, names[id].word) <= allowed { found.insert(names[id].country) }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    private static func variants(_ word: String, depth: Int) -> Set<String> {
        var result: Set<String> = [word]
        var frontier: Set<String> = [word]
        for _ in 0..<depth {
            var next: Set<String> = []
            for w in frontier where w.count > 3 {
                let chars = Array(w)
                for i in chars.indices {
                    var copy = chars
                    copy.remove(at: i)
                    next.insert(String(copy))
                }
            }
            result.formUnion(next)
            frontier = next
        }
        return result
    }

    /// Damerau-Levenshtein distance (optimal string alignment).
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }
}
