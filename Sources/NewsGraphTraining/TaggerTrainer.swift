import NewsGraph

/// Trains the part-of-speech tagger: greedy decoding over the training sentences, a perceptron
/// update at each mistake, weights averaged.
package struct TaggerTrainer: Sendable {
    package var epochs = 10
    package var seed: UInt64 = 0x7A66
    /// Words seen this often get their set of possible tags as a feature.
    package var ambiguityMinimum = 3
    /// Words seen this often, with one tag this large a share of the time, are tagged by table.
    package var unambiguousMinimum = 20
    package var unambiguousShare = 0.995
    package var pruning: Float = 0

    package init() {}

    /// The tagger trained on `sentences`; `epochEnded` sees each epoch's averaged tagger.
    package func train(_ sentences: [TreebankSentence],
                       epochEnded: ((Int, PartOfSpeechTagger) -> Void)? = nil) -> PartOfSpeechTagger {
        let (ambiguity, unambiguous) = wordTables(sentences)
        let perceptron = AveragedPerceptron(classCount: UniversalTag.allCases.count)
        let prepared = sentences.map { SyntaxSentence(forms: $0.forms) }
        var order = Array(sentences.indices)
        var random = DeterministicRandom(seed: seed)
        let shell = PartOfSpeechTagger(weights: LinearModel(classCount: UniversalTag.allCases.count, features: []),
                                       ambiguity: ambiguity, unambiguous: unambiguous)
        var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
        var scores = [Float](repeating: 0, count: UniversalTag.allCases.count)
        var result = shell
        for epoch in 1...max(epochs, 1) {
            random.shuffle(&order)
            for s in order {
                let sentence = prepared[s]
                let gold = sentences[s].tags
                var ambiguities = [UInt64](repeating: 0, count: sentence.count + 4)
                for i in 0..<sentence.count { ambiguities[i + 2] = shell.ambiguityAtom(sentence.atoms(i)) }
                var t1 = TaggerFeatures.noTag, t2 = TaggerFeatures.noTag
                sentence.padded.withUnsafeBufferPointer { padded in
                    ambiguities.withUnsafeBufferPointer { amb in
                        features.withUnsafeMutableBufferPointer { f in
                            for i in 0..<sentence.count {
                                var guess: UniversalTag
                                if let known = unambiguous[sentence.atoms(i).norm], let tag = UniversalTag(rawValue: UInt8(known)) {
                                    guess = tag
                                } else {
                                    TaggerFeatures.extract(padded.baseAddress! + 2, ambiguity: amb.baseAddress! + 2, i: i,
                                                           previous: t1, beforePrevious: t2, into: f.baseAddress!)
                                    perceptron.score(UnsafeBufferPointer(f), into: &scores)
                                    var best = 0
                                    for c in 1..<scores.count where scores[c] > scores[best] { best = c }
                                    guess = UniversalTag(rawValue: UInt8(best))!
                                    perceptron.update(UnsafeBufferPointer(f), truth: Int(gold[i].rawValue), guess: best)
                                    perceptron.tick()
                                }
                                t2 = t1
                                t1 = TaggerFeatures.tagAtom(guess)
                            }
                        }
                    }
                }
            }
            if epochEnded != nil || epoch == epochs {
                result = PartOfSpeechTagger(weights: perceptron.model(threshold: pruning), ambiguity: ambiguity,
                                            unambiguous: unambiguous)
                epochEnded?(epoch, result)
            }
        }
        return result
    }

    /// Each frequent word's possible tags, and the words that always take one tag.
    private func wordTables(_ sentences: [TreebankSentence]) -> (PackedMap, PackedMap) {
        var counts: [UInt64: [Int]] = [:]
        for sentence in sentences {
            for (form, tag) in zip(sentence.forms, sentence.tags) {
                counts[WordAtoms(form: form).norm, default: [Int](repeating: 0, count: UniversalTag.allCases.count)][Int(tag.rawValue)] += 1
            }
        }
        var ambiguity: [(key: UInt64, value: UInt32)] = []
        var unambiguous: [(key: UInt64, value: UInt32)] = []
        for (word, tagCounts) in counts {
            let total = tagCounts.reduce(0, +)
            guard total >= ambiguityMinimum else { continue }
            var mask: UInt32 = 0
            for (tag, count) in tagCounts.enumerated() where count * 100 >= total { mask |= 1 << UInt32(tag) }
            ambiguity.append((word, mask))
            let top = tagCounts.indices.max { tagCounts[$0] < tagCounts[$1] }!
            if total >= unambiguousMinimum, Double(tagCounts[top]) >= unambiguousShare * Double(total) {
                unambiguous.append((word, UInt32(top)))
            }
        }
        return (PackedMap(ambiguity), PackedMap(unambiguous))
    }
}
