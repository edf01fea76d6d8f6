/// Gives each word its lemma ("said" → "say", "countries" → "country"): the lemma the training
/// data gives the word with that tag, or — for words it never saw — the suffix rule its most
/// similar words follow ("-ies" → "-y" for plural nouns).
package struct Lemmatizer: Sendable {
    /// A rewrite of a word's end: drop `strip` scalars, add `append`.
    package struct Rule: Sendable, Hashable {
        package var strip: Int
        package var append: String

        package init(strip: Int, append: String) {
            self.strip = strip
            self.append = append
        }

        /// The rule that turns `form` into `lemma` (both lower-cased).
        package init(from form: [Unicode.Scalar], to lemma: [Unicode.Scalar]) {
            var common = 0
            while common < form.count, common < lemma.count, form[common] == lemma[common] { common += 1 }
            strip = form.count - common
            append = String(String.UnicodeScalarView(lemma[common...]))
        }

        package func apply(_ form: [Unicode.Scalar]) -> String? {
            guard strip <= form.count else { return nil }
            return String(String.UnicodeScalarView(form[..<(form.count - strip)])) + append
        }
    }

    /// Longest word ending the rules look at.
    package static let longestSuffix = 5

    package let lemmas: [String]
    /// (form as written, tag) → lemma index.
    package let exact: PackedMap
    /// (lower-cased form, tag) → lemma index.
    package let lowered: PackedMap
    package let rules: [Rule]
    /// (tag, last k scalars of the lower-cased form, k) → rule index.
    package let suffixRules: PackedMap

    package init(lemmas: [String], exact: PackedMap, lowered: PackedMap, rules: [Rule], suffixRules: PackedMap) {
        self.lemmas = lemmas
        self.exact = exact
        self.lowered = lowered
        self.rules = rules
        self.suffixRules = suffixRules
    }

    /// The key of a word as written, with its tag.
    package static func exactKey(_ word: WordAtoms, _ tag: UniversalTag) -> UInt64 {
        FeatureHash.feature(0x1E44A, word.exact, UInt64(tag.rawValue))
    }

    /// The key of a word lower-cased, with its tag; nil for words with digits (whose lower-cased
    /// hash merges all digits: "23rd" and "43rd" are not one word).
    package static func loweredKey(_ word: WordAtoms, _ tag: UniversalTag) -> UInt64? {
        word.flags & 2 != 0 ? nil : FeatureHash.feature(0x1E44B, word.norm, UInt64(tag.rawValue))
    }

    package static func suffixKey(_ tag: UniversalTag, _ suffix: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0x5EF
        for s in suffix { h = FeatureHash.mix(h ^ UInt64(s.value)) }
        return FeatureHash.feature(0x5FF1, h, UInt64(tag.rawValue), UInt64(suffix.count))
    }

    /// The lemma of `form` (whose hashed views are `word`) used as `tag`.
    package func lemma(_ form: String, word: WordAtoms, tag: UniversalTag) -> String {
        if let index = exact[Self.exactKey(word, tag)] { return lemmas[Int(index)] }
        if let key = Self.loweredKey(word, tag), let index = lowered[key] { return lemmas[Int(index)] }
        let lower = form.lowercased()
        switch tag {
        case .propn, .num, .punct, .sym, .x: return form
        default: break
        }
        let scalars = Array(lower.unicodeScalars)
        for k in stride(from: min(Self.longestSuffix, scalars.count), through: 0, by: -1) {
            if let rule = suffixRules[Self.suffixKey(tag, scalars[(scalars.count - k)...])],
               let lemma = rules[Int(rule)].apply(scalars) {
                return lemma.isEmpty ? lower : lemma
            }
        }
        return lower
    }

    // MARK: Files

    package func write(to writer: inout BinaryWriter) {
        writer.write("Lemmatizer/1")
        writer.write(lemmas)
        exact.write(to: &writer)
        lowered.write(to: &writer)
        writer.write(UInt32(rules.count))
        for rule in rules {
            writer.write(UInt32(rule.strip))
            writer.write(rule.append)
        }
        suffixRules.write(to: &writer)
    }

    package init(reading reader: inout BinaryReader) throws {
        try reader.expect("Lemmatizer/1")
        lemmas = try reader.readStrings()
        exact = try PackedMap(reading: &reader)
        lowered = try PackedMap(reading: &reader)
        let count = Int(try reader.read(UInt32.self))
        var rules: [Rule] = []
        for _ in 0..<count {
            let strip = Int(try reader.read(UInt32.self))
            rules.append(Rule(strip: strip, append: try reader.readString()))
        }
        self.rules = rules
        suffixRules = try PackedMap(reading: &reader)
        let lemmaCount = lemmas.count
        guard exact.pairs.allSatisfy({ Int($0.value) < lemmaCount }), lowered.pairs.allSatisfy({ Int($0.value) < lemmaCount }),
              suffixRules.pairs.allSatisfy({ Int($0.value) < count })
        else { throw ModelError.corrupt(path: reader.path, reason: "lemma index out of range") }
    }
}
