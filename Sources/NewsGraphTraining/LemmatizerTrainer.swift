import NewsGraph

/// Builds the lemmatizer from a treebank: every (form, tag) seen keeps its most frequent lemma;
/// suffix rules for unseen words are learned from the word types of each tag.
package struct LemmatizerTrainer: Sendable {
    /// A suffix rule is kept when at least this many word types follow it.
    package var minimumSupport = 2

    package init() {}

    package func train(_ sentences: [TreebankSentence]) -> Lemmatizer {
        // (form, tag) → lemma → count, for forms as written and lower-cased.
        var exactCounts: [UInt64: [String: Int]] = [:]
        var loweredCounts: [UInt64: [String: Int]] = [:]
        var types = Set<[String]>()
        for sentence in sentences {
            for i in 0..<sentence.count where sentence.lemmas[i] != "_" {
                let form = sentence.forms[i], tag = sentence.tags[i], lemma = sentence.lemmas[i]
                let word = WordAtoms(form: form)
                exactCounts[Lemmatizer.exactKey(word, tag), default: [:]][lemma, default: 0] += 1
                if let key = Lemmatizer.loweredKey(word, tag) { loweredCounts[key, default: [:]][lemma, default: 0] += 1 }
                types.insert([form.lowercased(), tag.name, lemma.lowercased()])
            }
        }
        var lemmas: [String] = []
        var lemmaIndex: [String: UInt32] = [:]
        func table(_ counts: [UInt64: [String: Int]]) -> PackedMap {
            var pairs: [(key: UInt64, value: UInt32)] = []
            for (key, options) in counts.sorted(by: { $0.key < $1.key }) {
                // Most frequent, ties broken by the lemma itself: deterministic.
                let lemma = options.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
                pairs.append((key, index(of: lemma)))
            }
            return PackedMap(pairs)
        }
        func index(of lemma: String) -> UInt32 {
            if let known = lemmaIndex[lemma] { return known }
            lemmas.append(lemma)
            lemmaIndex[lemma] = UInt32(lemmas.count - 1)
            return UInt32(lemmas.count - 1)
        }
        let exact = table(exactCounts)
        let lowered = table(loweredCounts)

        // Suffix rules, from word types.
        var ruleCounts: [UInt64: [Lemmatizer.Rule: Int]] = [:]
        for type in types.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            guard let tag = UniversalTag(name: type[1]) else { continue }
            let form = Array(type[0].unicodeScalars)
            let rule = Lemmatizer.Rule(from: form, to: Array(type[2].unicodeScalars))
            for k in 0...min(Lemmatizer.longestSuffix, form.count) {
                ruleCounts[Lemmatizer.suffixKey(tag, form[(form.count - k)...]), default: [:]][rule, default: 0] += 1
            }
        }
        var rules: [Lemmatizer.Rule] = []
        var ruleIndex: [Lemmatizer.Rule: UInt32] = [:]
        var suffixRules: [(key: UInt64, value: UInt32)] = []
        for (key, options) in ruleCounts.sorted(by: { $0.key < $1.key }) {
            let best = options.max { ($0.value, $1.key.strip, $1.key.append) < ($1.value, $0.key.strip, $0.key.append) }!
            guard best.value >= minimumSupport else { continue }
            let index: UInt32
            if let known = ruleIndex[best.key] {
                index = known
            } else {
                rules.append(best.key)
                index = UInt32(rules.count - 1)
                ruleIndex[best.key] = index
            }
            suffixRules.append((key, index))
        }
        return Lemmatizer(lemmas: lemmas, exact: exact, lowered: lowered, rules: rules, suffixRules: PackedMap(suffixRules))
    }
}
