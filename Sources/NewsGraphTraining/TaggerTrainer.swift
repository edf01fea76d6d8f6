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
    /// A (universal, fine) tag pair seen fewer times is learned as the most frequent pair with
    /// its universal tag: the rare pairs are mostly annotation noise.
    package var classMinimum = 10

    package init() {}

    /// The tagger trained on `sentences` (one pass); `epochEnded` sees each epoch's averaged tagger.
    package func train(_ sentences: [TreebankSentence],
                       epochEnded: ((Int, PartOfSpeechTagger) -> Void)? = nil) -> PartOfSpeechTagger {
        let (classes, classOf) = tagClasses(sentences)
        let gold = sentences.map { $0.parts.map { classOf[$0]! } }
        let (ambiguity, unambiguous) = wordTables(sentences, gold: gold, classCount: classes.count)
        let shell = PartOfSpeechTagger(classes: classes, weights: LinearModel(classCount: classes.count, features: []),
                                       ambiguity: ambiguity, unambiguous: unambiguous)
        return trainPass(sentences, gold: gold, shell: shell, firstPass: nil, everyEpoch: epochEnded != nil) { epoch, weights in
            let tagger = PartOfSpeechTagger(classes: classes, weights: weights, ambiguity: ambiguity, unambiguous: unambiguous)
            epochEnded?(epoch, tagger)
            return tagger
        }
    }

    /// `tagger` with a second pass trained on `sentences`, reading `firstPass` — the first pass's
    /// tags of each sentence, as a tagger that had not seen it gives them (jackknifed).
    package func refine(_ tagger: PartOfSpeechTagger, on sentences: [TreebankSentence], firstPass: [[UInt8]],
                        epochEnded: ((Int, PartOfSpeechTagger) -> Void)? = nil) -> PartOfSpeechTagger {
        let classOf = Dictionary(uniqueKeysWithValues: tagger.classes.enumerated().map { ($1, UInt8($0)) })
        let gold = sentences.map { $0.parts.map { part in
            classOf[part] ?? UInt8(tagger.classes.firstIndex { $0.upos == part.upos } ?? 0)
        } }
        return trainPass(sentences, gold: gold, shell: tagger, firstPass: firstPass, everyEpoch: epochEnded != nil) { epoch, weights in
            var refined = tagger
            refined.refiner = weights
            epochEnded?(epoch, refined)
            return refined
        }
    }

    /// Trains the weights of one pass; `made` turns each epoch's averaged weights into the tagger
    /// (called after every epoch when `epochEnded` is wanted, else after the last).
    private func trainPass(_ sentences: [TreebankSentence], gold: [[UInt8]], shell: PartOfSpeechTagger, firstPass: [[UInt8]]?,
                           everyEpoch: Bool, made: (Int, LinearModel) -> PartOfSpeechTagger) -> PartOfSpeechTagger {
        let classCount = shell.classes.count
        let perceptron = AveragedPerceptron(classCount: classCount)
        let prepared = sentences.map { SyntaxSentence(forms: $0.forms) }
        var order = Array(sentences.indices)
        var random = DeterministicRandom(seed: firstPass == nil ? seed : seed &+ 1)
        let count = TaggerFeatures.count + (firstPass == nil ? 0 : RefinerFeatures.count)
        let f = UnsafeMutablePointer<UInt64>.allocate(capacity: count)
        defer { f.deallocate() }
        var scores = [Float](repeating: 0, count: classCount)
        var result = shell
        for epoch in 1...max(epochs, 1) {
            random.shuffle(&order)
            for s in order {
                let sentence = prepared[s]
                let n = sentence.count
                var ambiguities = [UInt64](repeating: 0, count: n + 4)
                for i in 0..<n { ambiguities[i + 2] = shell.ambiguityAtom(sentence.atoms(i)) }
                var ahead = [UInt64](repeating: RefinerFeatures.edge, count: n + 4)
                if let firstPass { for i in 0..<n { ahead[i + 2] = TaggerFeatures.tagAtom(firstPass[s][i]) } }
                var t1 = TaggerFeatures.noTag, t2 = TaggerFeatures.noTag
                sentence.padded.withUnsafeBufferPointer { padded in
                    ambiguities.withUnsafeBufferPointer { amb in
                        ahead.withUnsafeBufferPointer { ahead in
                            for i in 0..<n {
                                var guess: UInt8
                                if let known = shell.unambiguous[sentence.atoms(i).norm] {
                                    guess = UInt8(known)
                                } else {
                                    TaggerFeatures.extract(padded.baseAddress! + 2, ambiguity: amb.baseAddress! + 2, i: i,
                                                           previous: t1, beforePrevious: t2, into: f)
                                    if firstPass != nil {
                                        RefinerFeatures.extract(padded.baseAddress! + 2, firstPass: ahead.baseAddress! + 2, i: i,
                                                                previous: t1, into: f + TaggerFeatures.count)
                                    }
                                    let features = UnsafeBufferPointer(start: f, count: count)
                                    perceptron.score(features, into: &scores)
                                    var best = 0
                                    for c in 1..<scores.count where scores[c] > scores[best] { best = c }
                                    guess = UInt8(best)
                                    perceptron.update(features, truth: Int(gold[s][i]), guess: best)
                                    perceptron.tick()
                                }
                                t2 = t1
                                t1 = TaggerFeatures.tagAtom(guess)
                            }
                        }
                    }
                }
            }
            if everyEpoch || epoch == epochs { result = made(epoch, perceptron.model(threshold: pruning)) }
        }
        return result
    }

    /// The tag classes: the (universal, fine) pairs seen `classMinimum` times, in order; every
    /// pair seen maps to one of them.
    private func tagClasses(_ sentences: [TreebankSentence]) -> ([PartOfSpeech], [PartOfSpeech: UInt8]) {
        var counts: [PartOfSpeech: Int] = [:]
        for sentence in sentences { for part in sentence.parts { counts[part, default: 0] += 1 } }
        var classes = counts.filter { $0.value >= classMinimum }.map(\.key)
        // Every universal tag keeps at least its most frequent pair.
        for tag in UniversalTag.allCases where !classes.contains(where: { $0.upos == tag }) {
            if let top = counts.filter({ $0.key.upos == tag }).max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
                classes.append(top.key)
            }
        }
        classes.sort()
        precondition(classes.count <= 256, "more than 256 tag classes")
        var classOf: [PartOfSpeech: UInt8] = [:]
        for (index, part) in classes.enumerated() { classOf[part] = UInt8(index) }
        for part in counts.keys where classOf[part] == nil {
            let sameTag = classes.indices.filter { classes[$0].upos == part.upos }
            classOf[part] = UInt8(sameTag.max { (counts[classes[$0]] ?? 0, classes[$1]) < (counts[classes[$1]] ?? 0, classes[$0]) }!)
        }
        return (classes, classOf)
    }

    /// Each frequent word's possible universal tags, and the words that always take one class.
    private func wordTables(_ sentences: [TreebankSentence], gold: [[UInt8]], classCount: Int) -> (PackedMap, PackedMap) {
        var counts: [UInt64: (tags: [Int], classes: [Int])] = [:]
        for (sentence, classes) in zip(sentences, gold) {
            for i in 0..<sentence.count {
                let word = WordAtoms(form: sentence.forms[i]).norm
                var entry = counts[word] ?? ([Int](repeating: 0, count: UniversalTag.allCases.count), [Int](repeating: 0, count: classCount))
                entry.tags[Int(sentence.tags[i].rawValue)] += 1
                entry.classes[Int(classes[i])] += 1
                counts[word] = entry
            }
        }
        var ambiguity: [(key: UInt64, value: UInt32)] = []
        var unambiguous: [(key: UInt64, value: UInt32)] = []
        for (word, entry) in counts {
            let total = entry.tags.reduce(0, +)
            guard total >= ambiguityMinimum else { continue }
            var mask: UInt32 = 0
            for (tag, count) in entry.tags.enumerated() where count * 100 >= total { mask |= 1 << UInt32(tag) }
            ambiguity.append((word, mask))
            let top = entry.classes.indices.max { entry.classes[$0] < entry.classes[$1] }!
            if total >= unambiguousMinimum, Double(entry.classes[top]) >= unambiguousShare * Double(total) {
                unambiguous.append((word, UInt32(top)))
            }
        }
        return (PackedMap(ambiguity), PackedMap(unambiguous))
    }
}
