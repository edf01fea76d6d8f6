import NewsGraph

/// Trains the dependency parser with the arc-hybrid dynamic oracle (Goldberg and Nivre 2013):
/// at each step the transitions that lose no reachable gold arc are "correct"; the perceptron is
/// updated when its choice is not, and after the first epochs training follows the model's own
/// choices (mistakes included), so it learns to parse on after an error.
package struct ParserTrainer: Sendable {
    package var epochs = 15
    package var seed: UInt64 = 0xA4C
    /// From this epoch on, follow the model's choice with probability `exploreProbability`.
    package var exploreFrom = 2
    package var exploreProbability = 0.9
    package var pruning: Float = 0

    package init() {}

    /// - Parameters:
    ///   - sentences: the training trees (made projective here).
    ///   - tags: the tags to parse with, per sentence (predicted ones, as the parser will see).
    ///   - lemmas: the hashes of each word's lemma (`FeatureHash.string`), from those tags.
    ///   - epochEnded: sees each epoch's averaged parser.
    package func train(_ sentences: [TreebankSentence], tags: [TaggedSentence], lemmas: [[UInt64]], punctuationClasses: [Bool],
                       epochEnded: ((Int, DependencyParser) -> Void)? = nil,
                       finished: ((_ transitions: AveragedPerceptron, _ labeler: AveragedPerceptron, _ labels: [String]) -> Void)? = nil)
        -> DependencyParser {
        var labels = Array(Set(sentences.flatMap(\.relations))).sorted()
        if !labels.contains("root") { labels.append("root"); labels.sort() }
        precondition(labels.count <= 64, "more than 64 dependency relations")
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, UInt8($0)) })
        let rootLabel = labelIndex["root"]!
        let transitions = AveragedPerceptron(classCount: 3)
        let labeler = AveragedPerceptron(classCount: labels.count)
        let prepared = sentences.indices.map { s in
            ParserInput(sentence: SyntaxSentence(forms: sentences[s].forms), tags: tags[s], lemmas: lemmas[s], isPunctuation: punctuationClasses)
        }
        let gold = sentences.map { sentence -> [Int] in
            let n = sentence.count
            return Projectivizer.projectivize(sentence.heads).heads.map { $0 < 0 ? n : $0 }
        }
        let goldLabels = sentences.map { $0.relations.map { labelIndex[$0]! } }
        var order = Array(sentences.indices)
        var random = DeterministicRandom(seed: seed)
        let f = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: ParserFeatures.count)
        let lf = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: LabelFeatures.count)
        defer { f.deallocate(); lf.deallocate() }
        var scores = [Float](repeating: 0, count: 3)
        var labelScores = [Float](repeating: 0, count: labels.count)
        var result: DependencyParser?
        for epoch in 1...max(epochs, 1) {
            random.shuffle(&order)
            let explore = epoch >= exploreFrom
            for s in order {
                let heads = gold[s]
                var state = ArcHybridState(count: sentences[s].count)
                while !state.isTerminal {
                    ParserFeatures.extract(state, prepared[s], into: f.baseAddress!)
                    transitions.score(UnsafeBufferPointer(f), into: &scores)
                    var guess: ArcHybridState.Transition?
                    var bestCorrect: ArcHybridState.Transition?
                    var costs = [Int](repeating: .max, count: 3)
                    for t in ArcHybridState.Transition.allCases where state.isValid(t) {
                        costs[t.rawValue] = Self.cost(t, state, heads)
                    }
                    let least = costs.min()!
                    for t in ArcHybridState.Transition.allCases where state.isValid(t) {
                        if guess == nil || scores[t.rawValue] > scores[guess!.rawValue] { guess = t }
                        if costs[t.rawValue] == least,
                           bestCorrect == nil || scores[t.rawValue] > scores[bestCorrect!.rawValue] { bestCorrect = t }
                    }
                    if costs[guess!.rawValue] > least {
                        transitions.update(UnsafeBufferPointer(f), truth: bestCorrect!.rawValue, guess: guess!.rawValue)
                    }
                    transitions.tick()
                    let taken = explore && random.unit() < exploreProbability ? guess! : bestCorrect!
                    var label = rootLabel
                    if let (head, dependent) = state.arc(taken), head < state.count {
                        LabelFeatures.extract(state, head: head, dependent: dependent, prepared[s], into: lf.baseAddress!)
                        labeler.score(UnsafeBufferPointer(lf), into: &labelScores)
                        var best = rootLabel == 0 ? 1 : 0
                        for c in labelScores.indices where c != Int(rootLabel) && labelScores[c] > labelScores[best] {
                            best = c
                        }
                        label = UInt8(best)
                        if heads[dependent] == head {
                            let truth = goldLabels[s][dependent]
                            labeler.update(UnsafeBufferPointer(lf), truth: Int(truth), guess: best)
                            labeler.tick()
                            label = truth
                        }
                    }
                    state.apply(taken, label: label)
                }
            }
            if epochEnded != nil || epoch == epochs {
                let parser = DependencyParser(transitions: transitions.model(threshold: pruning),
                                              labeler: labeler.model(threshold: pruning), labels: labels,
                                              punctuationClasses: punctuationClasses)
                result = parser
                epochEnded?(epoch, parser)
            }
        }
        finished?(transitions, labeler, labels)
        return result!
    }

    /// The number of gold arcs, still reachable, that `transition` makes unreachable.
    /// `gold` holds every word's gold head, the root being `state.count`.
    static func cost(_ transition: ArcHybridState.Transition, _ state: ArcHybridState, _ gold: [Int]) -> Int {
        let n = state.count
        let b0 = state.next
        let stack = state.stack
        var cost = 0
        switch transition {
        case .shift:
            // b0 can no longer take a head below the top, nor any dependent on the stack.
            for (depth, item) in stack.reversed().enumerated() {
                let s = Int(item)
                if depth > 0, gold[b0] == s { cost += 1 }
                if gold[s] == b0 { cost += 1 }
            }
        case .left, .right:
            let s0 = Int(stack[stack.count - 1])
            let s1 = stack.count >= 2 ? Int(stack[stack.count - 2]) : -1
            let head = transition == .left ? b0 : s1
            if gold[s0] != head {
                // Its real head was still reachable: the word under it, or a word of the buffer.
                if transition == .left ? (gold[s0] == s1 || gold[s0] > b0) : gold[s0] >= b0 { cost += 1 }
            }
            // Its dependents still in the buffer lose their head.
            if b0 < n {
                for k in b0..<n where gold[k] == s0 { cost += 1 }
            }
        }
        return cost
    }
}
