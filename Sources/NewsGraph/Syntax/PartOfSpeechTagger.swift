/// A greedy left-to-right part-of-speech tagger: an averaged perceptron over `TaggerFeatures`,
/// predicting universal and fine-grained tags together, with the words the training data always
/// tags the same way tagged from a table.
package struct PartOfSpeechTagger: Sendable {
    /// Class index → part of speech.
    package let classes: [PartOfSpeech]
    package let weights: LinearModel
    /// The second pass, which reads the first pass's tags of the words ahead (nil: one pass).
    package var refiner: LinearModel?
    /// Word (`WordAtoms.norm`) → bit set of the universal tags it was seen with (frequent words only).
    package let ambiguity: PackedMap
    /// Word → class, for frequent words the training data never tags otherwise.
    package let unambiguous: PackedMap

    package init(classes: [PartOfSpeech], weights: LinearModel, refiner: LinearModel? = nil, ambiguity: PackedMap,
                 unambiguous: PackedMap) {
        self.classes = classes
        self.weights = weights
        self.refiner = refiner
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

    /// The class of each word, with the runner-up class and how far behind it is: the first
    /// pass, then (with a refiner) the second.
    package func tagWithAlternatives(_ sentence: SyntaxSentence) -> TaggedSentence {
        let first = tagPass(sentence, weights: weights, firstPass: nil)
        guard let refiner else { return first }
        return tagPass(sentence, weights: refiner, firstPass: first.classes)
    }

    /// One left-to-right pass: with `firstPass`, the features include its tags of the words ahead
    /// (`RefinerFeatures`).
    package func tagPass(_ sentence: SyntaxSentence, weights: LinearModel, firstPass: [UInt8]?) -> TaggedSentence {
        let n = sentence.count
        guard n > 0 else { return TaggedSentence(classes: [], alternatives: []) }
        let count = TaggerFeatures.count + (firstPass == nil ? 0 : RefinerFeatures.count)
        let ambiguities = UnsafeMutablePointer<UInt64>.allocate(capacity: n + 4)
        let ahead = UnsafeMutablePointer<UInt64>.allocate(capacity: n + 4)
        let f = UnsafeMutablePointer<UInt64>.allocate(capacity: count)
        let s = UnsafeMutablePointer<Int32>.allocate(capacity: weights.classCount)
        defer { ambiguities.deallocate(); ahead.deallocate(); f.deallocate(); s.deallocate() }
        ambiguities.initialize(repeating: 0, count: n + 4)
        ahead.initialize(repeating: RefinerFeatures.edge, count: n + 4)
        if let firstPass { for i in 0..<n { ahead[i + 2] = TaggerFeatures.tagAtom(firstPass[i]) } }
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
                    if firstPass != nil {
                        RefinerFeatures.extract(words, firstPass: ahead + 2, i: i, previous: t1,
                                                into: f + TaggerFeatures.count)
                    }
                    weights.score(UnsafeBufferPointer(start: f, count: count), into: s)
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

/// The second tagging pass's extra features: the first pass's tags of this word and the two
/// after it, which a left-to-right tagger cannot otherwise see ("that" before a noun or a clause).
package enum RefinerFeatures {
    package static let count = 6
    /// The atom past either end of the sentence.
    package static let edge: UInt64 = 0xED6E

    @inline(__always)
    package static func extract(_ words: UnsafePointer<WordAtoms>, firstPass p: UnsafePointer<UInt64>, i: Int,
                                previous t1: UInt64, into f: UnsafeMutablePointer<UInt64>) {
        typealias H = FeatureHash
        f[0] = H.feature(301, p[i])
        f[1] = H.feature(302, p[i + 1])
        f[2] = H.feature(303, p[i + 2])
        f[3] = H.feature(304, p[i + 1], p[i + 2])
        f[4] = H.feature(305, t1, p[i + 1])
        f[5] = H.feature(306, words[i].norm, p[i + 1])
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
