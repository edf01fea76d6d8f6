/// A greedy left-to-right part-of-speech tagger: an averaged perceptron over `TaggerFeatures`,
/// predicting universal and fine-grained tags together, with the words the training data always
/// tags the same way tagged from a table.
package struct PartOfSpeechTagger: Sendable {
    /// Class index → part of speech.
    package let classes: [PartOfSpeech]
    package let weights: LinearModel
    /// Word (`WordAtoms.norm`) → bit set of the universal tags it was seen with (frequent words only).
    package let ambiguity: PackedMap
    /// Word → class, for frequent words the training data never tags otherwise.
    package let unambiguous: PackedMap

    package init(classes: [PartOfSpeech], weights: LinearModel, ambiguity: PackedMap, unambiguous: PackedMap) {
        self.classes = classes
        self.weights = weights
        self.ambiguity = ambiguity
        self.unambiguous = unambiguous
    }

    /// The atom of a word's possible tags (0: not a frequent word).
    @inline(__always)
    package func ambiguityAtom(_ word: WordAtoms) -> UInt64 {
        ambiguity[word.norm].map { UInt64($0) &+ 0x100 } ?? 0
    }

    /// The class of each of a sentence's words.
    package func tag(_ sentence: SyntaxSentence) -> [UInt8] { tagWithAlternatives(sentence).classes }

    /// The class of each word, with the runner-up class and how far behind it is.
    package func tagWithAlternatives(_ sentence: SyntaxSentence) -> TaggedSentence {
        let n = sentence.count
        guard n > 0 else { return TaggedSentence(classes: [], alternatives: []) }
        let ambiguities = UnsafeMutablePointer<UInt64>.allocate(capacity: n + 4)
        let f = UnsafeMutablePointer<UInt64>.allocate(capacity: TaggerFeatures.count)
        let s = UnsafeMutablePointer<Int32>.allocate(capacity: weights.classCount)
        defer { ambiguities.deallocate(); f.deallocate(); s.deallocate() }
        ambiguities.initialize(repeating: 0, count: n + 4)
        var tags = [UInt8](repeating: 0, count: n)
        var alternatives = [TaggedSentence.Alternative](repeating: .none, count: n)
        sentence.padded.withUnsafeBufferPointer { padded in
            let words = padded.baseAddress! + 2
            for i in 0..<n { ambiguities[i + 2] = ambiguityAtom(words[i]) }
            var t1 = TaggerFeatures.noTag, t2 = TaggerFeatures.noTag
            for i in 0..<n {
                let tag: UInt8
                if let known = unambiguous[words[i].norm] {
                    tag = UInt8(known)
                } else {
                    TaggerFeatures.extract(words, ambiguity: ambiguities + 2, i: i, previous: t1, beforePrevious: t2, into: f)
                    weights.score(UnsafeBufferPointer(start: f, count: TaggerFeatures.count), into: s)
                    var best = 0, second = 1
                    if s[1] > s[0] { best = 1; second = 0 }
                    for c in 2..<weights.classCount {
                        if s[c] > s[best] { second = best; best = c } else if s[c] > s[second] { second = c }
                    }
                    tag = UInt8(best)
                    alternatives[i] = TaggedSentence.Alternative(class: UInt8(second),
                                                                margin: Float(s[best] - s[second]) / weights.scale)
                }
                tags[i] = tag
                t2 = t1
                t1 = TaggerFeatures.tagAtom(tag)
            }
        }
        return TaggedSentence(classes: tags, alternatives: alternatives)
    }
}

/// A sentence's tag classes, each with the tagger's runner-up.
package struct TaggedSentence: Sendable {
    package struct Alternative: Sendable {
        /// The runner-up class (255: none, the word was tagged from the table).
        package var `class`: UInt8
        /// How far the best class scored above it, in perceptron units.
        package var margin: Float

        package static let none = Alternative(class: 255, margin: .infinity)

        package init(class c: UInt8, margin: Float) {
            self.class = c
            self.margin = margin
        }

        /// An atom of the runner-up and how close it came, for the parser's features: close
        /// calls tell the parser how far to trust the tag.
        package var atom: UInt64 {
            guard `class` != 255, margin.isFinite else { return 0x5E7E }
            let closeness = margin < 1 ? 0 : margin < 4 ? 1 : margin < 16 ? 2 : 3
            return closeness == 3 ? 0x5E7E : UInt64(`class`) << 8 | UInt64(closeness)
        }
    }

    package var classes: [UInt8]
    package var alternatives: [Alternative]

    package init(classes: [UInt8], alternatives: [Alternative]) {
        self.classes = classes
        self.alternatives = alternatives
    }
}
