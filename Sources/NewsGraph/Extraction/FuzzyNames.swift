/// Finds the country name or demonym a misspelt word most likely means ("Iraninan" → Iranian),
/// by edit distance: one edit for words of five to seven letters, two for longer ones, and only
/// when exactly one country is that close.
///
/// Misspellings rarely change a word's first letter, so names are indexed by it: a lookup
/// measures the distance to a few dozen names, not to all of them.
final class FuzzyNames: Sendable {
    private struct Name: Sendable {
        let scalars: [Unicode.Scalar]
        let country: Int
        let isName: Bool
    }
    private let byFirstLetter: [Unicode.Scalar: [Name]]

    init(_ knowledge: KnowledgeBase) {
        var index: [Unicode.Scalar: [Name]] = [:]
        for (country, record) in knowledge.countries.enumerated() {
            // Name and aliases, then demonyms: one-word forms of five characters or more.
            func add(_ form: String, isName: Bool) {
                guard !form.contains(" "), form.count >= 5 else { return }
                let scalars = Array(WordForm.normalize(form).unicodeScalars)
                index[scalars[0], default: []].append(Name(scalars: scalars, country: country, isName: isName))
            }
            add(record.name, isName: true)
            for alias in record.aliases { add(alias, isName: true) }
            for demonym in record.demonyms { add(demonym, isName: false) }
        }
        byFirstLetter = index
    }

    /// The country whose name or demonym is within the allowed distance of `word`, if exactly one is.
    ///
    /// - Parameter namesOnly: only country names, one edit away, for words of eight letters or
    ///   more ("Afganistan"): close enough to need no other support from the document.
    ///   - among: only these countries (those the document names), when given: a flag per country index.
    func country(near word: String, namesOnly: Bool = false, among: [Bool]? = nil) -> Int? {
        guard word.utf8.count >= (namesOnly ? 8 : 5), let first = word.unicodeScalars.first,
              let candidates = byFirstLetter[first] else { return nil }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= (namesOnly ? 8 : 5), scalars.allSatisfy(Self.isAlphabetic) else { return nil }
        let allowed = namesOnly ? 1 : scalars.count >= 8 ? 2 : 1
        var found: Int?
        for name in candidates where (!namesOnly || name.isName) && abs(name.scalars.count - scalars.count) <= allowed
            && (among?[name.country] ?? true) {
            if name.country != found, Self.distance(scalars, name.scalars, limit: allowed) <= allowed {
                // A second country as close: no answer.
                if found != nil { return nil }
                found = name.country
            }
        }
        return found
    }

    /// `Unicode.Scalar.Properties.isAlphabetic`, without the property lookup for ASCII.
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let lower = scalar.value | 0x20
            return lower >= 0x61 && lower <= 0x7A
        }
        return scalar.properties.isAlphabetic
    }

    /// Damerau-Levenshtein distance (optimal string alignment), giving up past `limit`.
    static func distance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], limit: Int = .max) -> Int {
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        let width = y.count + 1
        // The three rows of the matrix it needs, in one scratch buffer (on the stack for short words).
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { scratch in
            var previous2 = scratch.baseAddress!
            var previous = previous2 + width
            var current = previous + width
            for j in 0..<width {
                previous2[j] = 0
                previous[j] = j
                current[j] = 0
            }
            return x.withUnsafeBufferPointer { x in
                y.withUnsafeBufferPointer { y in
                    for i in 1...x.count {
                        current[0] = i
                        var rowMinimum = i
                        for j in 1...y.count {
                            let cost = x[i - 1] == y[j - 1] ? 0 : 1
                            var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                            if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d = min(d, previous2[j - 2] + 1) }
                            current[j] = d
                            rowMinimum = min(rowMinimum, d)
                        }
                        if rowMinimum > limit { return rowMinimum }
                        (previous2, previous, current) = (previous, current, previous2)
                    }
                    return previous[y.count]
                }
            }
        }
    }
}
