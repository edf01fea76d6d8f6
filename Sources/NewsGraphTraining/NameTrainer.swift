import NewsGraph

/// Trains the name recognizer: a structured averaged perceptron (Collins 2002). Each training
/// sentence is decoded with the current weights by the recognizer's own Viterbi search; where the
/// best sequence differs from the gold one, the gold tags' features (and transitions) are
/// rewarded and the predicted ones' penalized. Deterministic: a fixed shuffle per epoch.
package struct NameTrainer: Sendable {
    package var epochs = 8
    package var seed: UInt64 = 0x4E41_4D45
    /// Drop averaged weights smaller than this in absolute value (keeps the model small).
    package var pruning: Float = 1
    /// One training sentence in this many is also learned written in capitals (read case-blind),
    /// so headlines in capitals are read by their words, not their case (0: none).
    package var capitalsEvery = 6

    package init() {}

    /// A prepared training sentence: what the recognizer reads, and the gold tags.
    package struct Example: Sendable {
        package var sentence: NameSentence
        package var gold: [UInt8]
    }

    /// The examples of `sentences`, with (for training) a copy in capitals of every `capitalsEvery`-th.
    package func examples(_ sentences: [NamedSentence], knowledge: KnowledgeBase, syntax: SyntaxModel?,
                          forTraining: Bool = false) -> [Example] {
        let capitalsEvery = forTraining ? self.capitalsEvery : 0
        var result: [Example] = []
        result.reserveCapacity(sentences.count + (capitalsEvery > 0 ? sentences.count / capitalsEvery : 0))
        for (index, s) in sentences.enumerated() where !s.forms.isEmpty {
            let gold = NameTag.tags(of: s.spans, count: s.forms.count)
            result.append(Example(sentence: NameSentence(forms: s.forms, lexicon: knowledge.lexicon, tagger: syntax), gold: gold))
            if capitalsEvery > 0, index % capitalsEvery == capitalsEvery - 1 {
                let upper = s.forms.map { $0.uppercased() }
                result.append(Example(sentence: NameSentence(forms: upper, lexicon: knowledge.lexicon, tagger: syntax), gold: gold))
            }
        }
        return result
    }

    /// The recognizer trained on `examples`; `epochEnded` sees each epoch's averaged recognizer.
    package func train(_ examples: [Example], about: String,
                       epochEnded: ((Int, NameRecognizer) -> Void)? = nil) -> NameRecognizer {
        let k = NameTag.count
        let perceptron = AveragedPerceptron(classCount: k)
        var order = Array(examples.indices)
        var random = DeterministicRandom(seed: seed)
        let transitionFeatures = (0...k).map { NameFeatures.transition($0) }
        var result = NameRecognizer(weights: LinearModel(classCount: k, features: []), about: about)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: k)
        var transitions = [Float](repeating: 0, count: (k + 1) * k)
        for epoch in 1...max(epochs, 1) {
            random.shuffle(&order)
            for e in order {
                let example = examples[e]
                let n = example.sentence.count
                // Features of every word, then the current transition scores.
                features = [UInt64](repeating: 0, count: n * NameFeatures.count)
                features.withUnsafeMutableBufferPointer { f in
                    for i in 0..<n { NameFeatures.extract(example.sentence, i: i, into: f.baseAddress! + i * NameFeatures.count) }
                }
                transitionFeatures.withUnsafeBufferPointer { t in
                    for p in 0...k {
                        perceptron.score(UnsafeBufferPointer(rebasing: t[p..<(p + 1)]), into: &scores)
                        for y in 0..<k { transitions[p * k + y] = NameTag.transitions[p * k + y] ? scores[y] : -.infinity }
                    }
                }
                var emissions = [Float](repeating: 0, count: n * k)
                features.withUnsafeBufferPointer { f in
                    for i in 0..<n {
                        perceptron.score(UnsafeBufferPointer(rebasing: f[(i * NameFeatures.count)..<((i + 1) * NameFeatures.count)]),
                                         into: &scores)
                        for y in 0..<k { emissions[i * k + y] = scores[y] }
                    }
                }
                let guess = Self.viterbi(emissions: emissions, transitions: transitions, count: n)
                let gold = example.gold
                if guess != gold {
                    features.withUnsafeBufferPointer { f in
                        transitionFeatures.withUnsafeBufferPointer { t in
                            for i in 0..<n {
                                let wordFeatures = UnsafeBufferPointer(rebasing: f[(i * NameFeatures.count)..<((i + 1) * NameFeatures.count)])
                                perceptron.update(wordFeatures, truth: Int(gold[i]), guess: Int(guess[i]))
                                let goldPrevious = i == 0 ? k : Int(gold[i - 1])
                                let guessPrevious = i == 0 ? k : Int(guess[i - 1])
                                if goldPrevious != guessPrevious || gold[i] != guess[i] {
                                    perceptron.adjust(t[goldPrevious], class: Int(gold[i]), by: 1)
                                    perceptron.adjust(t[guessPrevious], class: Int(guess[i]), by: -1)
                                }
                            }
                        }
                    }
                }
                perceptron.tick()
            }
            if epochEnded != nil || epoch == epochs {
                result = NameRecognizer(weights: perceptron.model(threshold: pruning), about: about)
                epochEnded?(epoch, result)
            }
        }
        return result
    }

    /// The best legal tag sequence for real-valued scores (the training side of `NameRecognizer.tags`).
    static func viterbi(emissions: [Float], transitions: [Float], count n: Int) -> [UInt8] {
        let k = NameTag.count
        guard n > 0 else { return [] }
        var best = (0..<k).map { transitions[k * k + $0] + emissions[$0] }
        var next = best
        var back = [UInt8](repeating: 0, count: n * k)
        for i in 1..<n {
            for y in 0..<k {
                var top = -Float.infinity, arg = 0
                for p in 0..<k {
                    let score = best[p] + transitions[p * k + y]
                    if score > top { top = score; arg = p }
                }
                next[y] = top + emissions[i * k + y]
                back[i * k + y] = UInt8(arg)
            }
            swap(&best, &next)
        }
        var last = 0
        var top = -Float.infinity
        for y in 0..<k where !NameTag.opens(UInt8(y)) && best[y] > top { top = best[y]; last = y }
        var tags = [UInt8](repeating: 0, count: n)
        tags[n - 1] = UInt8(last)
        if n > 1 { for i in stride(from: n - 1, to: 0, by: -1) { tags[i - 1] = back[i * k + Int(tags[i])] } }
        return tags
    }
}

/// Span-level precision, recall and F1 per name type.
package struct NameScores: Sendable, CustomStringConvertible {
    package var found = [Int](repeating: 0, count: 3)
    package var gold = [Int](repeating: 0, count: 3)
    package var correct = [Int](repeating: 0, count: 3)

    package init() {}

    package mutating func add(predicted: [NameSpan], gold truth: [NameSpan]) {
        for s in predicted { found[Int(s.type.rawValue)] += 1 }
        for s in truth { gold[Int(s.type.rawValue)] += 1 }
        let truthSet = Set(truth)
        for s in predicted where truthSet.contains(s) { correct[Int(s.type.rawValue)] += 1 }
    }

    package static func f1(_ c: Int, _ f: Int, _ g: Int) -> (p: Double, r: Double, f: Double) {
        let p = f == 0 ? 0 : Double(c) / Double(f)
        let r = g == 0 ? 0 : Double(c) / Double(g)
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
    }

    package var overall: (p: Double, r: Double, f: Double) {
        Self.f1(correct.reduce(0, +), found.reduce(0, +), gold.reduce(0, +))
    }

    package func of(_ type: NameType) -> (p: Double, r: Double, f: Double) {
        let t = Int(type.rawValue)
        return Self.f1(correct[t], found[t], gold[t])
    }

    package var description: String {
        func text(_ s: (p: Double, r: Double, f: Double)) -> String {
            String(format: "P %.3f R %.3f F1 %.3f", s.p, s.r, s.f)
        }
        var parts = ["all \(text(overall))"]
        for type in NameType.allCases { parts.append("\(type) \(text(of(type))) (\(gold[Int(type.rawValue)]))") }
        return parts.joined(separator: "; ")
    }

    /// The recognizer's scores on prepared examples.
    package static func of(_ recognizer: NameRecognizer, on examples: [NameTrainer.Example]) -> NameScores {
        var scores = NameScores()
        for example in examples {
            scores.add(predicted: recognizer.recognize(example.sentence), gold: NameTag.spans(of: example.gold))
        }
        return scores
    }
}
