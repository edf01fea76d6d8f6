/// A greedy left-to-right part-of-speech tagger: an averaged perceptron over `TaggerFeatures`,
/// with the words the training data always tags the same way tagged from a table.
package struct PartOfSpeechTagger: Sendable {
    package let weights: LinearModel
    /// Word (`WordAtoms.norm`) → bit set of the tags it was seen with (frequent words only).
    package let ambiguity: PackedMap
    /// Word → tag, for frequent words the training data never tags otherwise.
    package let unambiguous: PackedMap

    package init(weights: LinearModel, ambiguity: PackedMap, unambiguous: PackedMap) {
        self.weights = weights
        self.ambiguity = ambiguity
        self.unambiguous = unambiguous
    }

    /// The atom of a word's possible tags (0: not a frequent word).
    @inline(__always)
    package func ambiguityAtom(_ word: WordAtoms) -> UInt64 {
        ambiguity[word.norm].map { UInt64($0) &+ 0x100 } ?? 0
    }

    /// The tags of a sentence's words.
    package func tag(_ sentence: SyntaxSentence) -> [UniversalTag] {
        let n = sentence.count
        guard n > 0 else { return [] }
        var ambiguities = [UInt64](repeating: 0, count: n + 4)
        for i in 0..<n { ambiguities[i + 2] = ambiguityAtom(sentence.padded[i + 2]) }
        var tags: [UniversalTag] = []
        tags.reserveCapacity(n)
        var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var scores = [Int32](repeating: 0, count: UniversalTag.allCases.count)
        sentence.padded.withUnsafeBufferPointer { padded in
            ambiguities.withUnsafeBufferPointer { amb in
                features.withUnsafeMutableBufferPointer { f in
                    scores.withUnsafeMutableBufferPointer { s in
                        let words = padded.baseAddress! + 2
                        let ambiguity = amb.baseAddress! + 2
                        var t1 = TaggerFeatures.noTag, t2 = TaggerFeatures.noTag
                        for i in 0..<n {
                            let tag: UniversalTag
                            if let known = unambiguous[words[i].norm], let fixed = UniversalTag(rawValue: UInt8(known)) {
                                tag = fixed
                            } else {
                                TaggerFeatures.extract(words, ambiguity: ambiguity, i: i, previous: t1, beforePrevious: t2,
                                                       into: f.baseAddress!)
                                weights.score(UnsafeBufferPointer(f), into: s.baseAddress!)
                                var best = 0
                                for c in 1..<weights.classCount where s[c] > s[best] { best = c }
                                tag = UniversalTag(rawValue: UInt8(best)) ?? .x
                            }
                            tags.append(tag)
                            t2 = t1
                            t1 = TaggerFeatures.tagAtom(tag)
                        }
                    }
                }
            }
        }
        return tags
    }
}
