/// A greedy arc-hybrid dependency parser: at each step an averaged perceptron over
/// `ParserFeatures` picks the transition, and a second one over `LabelFeatures` names the arc it
/// makes. Trained with a dynamic oracle (Goldberg and Nivre 2013), so it has learned to carry on
/// well after its own mistakes.
package struct DependencyParser: Sendable {
    package let transitions: LinearModel
    package let labeler: LinearModel
    /// Class index → dependency relation ("nsubj", "nmod:poss", …).
    package let labels: [String]
    package let rootLabel: UInt8

    /// Tag classes that are punctuation (the tagger's classes; features count punctuation).
    package let punctuationClasses: [Bool]

    package init(transitions: LinearModel, labeler: LinearModel, labels: [String], punctuationClasses: [Bool]) {
        self.punctuationClasses = punctuationClasses
        self.transitions = transitions
        self.labeler = labeler
        self.labels = labels
        rootLabel = UInt8(labels.firstIndex(of: "root") ?? 0)
    }

    /// Each word's head (0-based; -1 for the root's dependent) and label index.
    /// - Parameter lemmas: each word's lemma, hashed (`FeatureHash.string`).
    package func parse(_ sentence: SyntaxSentence, tags: TaggedSentence, lemmas: [UInt64]) -> (heads: [Int], labels: [UInt8]) {
        let n = sentence.count
        guard n > 0 else { return ([], []) }
        let input = ParserInput(sentence: sentence, tags: tags, lemmas: lemmas, isPunctuation: punctuationClasses)
        var state = ArcHybridState(count: n)
        let f = UnsafeMutablePointer<UInt64>.allocate(capacity: max(ParserFeatures.count, LabelFeatures.count))
        let s = UnsafeMutablePointer<Int32>.allocate(capacity: max(3, labeler.classCount))
        defer { f.deallocate(); s.deallocate() }
        while !state.isTerminal {
            let transition = bestTransition(state, input, f, s)
            var label = rootLabel
            if let (head, dependent) = state.arc(transition), head < n {
                label = bestLabel(state, head: head, dependent: dependent, input, f, s)
            }
            state.apply(transition, label: label)
        }
        return ((0..<n).map { state.heads[$0] == Int32(n) ? -1 : Int(state.heads[$0]) }, Array(state.labels.prefix(n)))
    }

    @inline(__always)
    private func bestTransition(_ state: ArcHybridState, _ input: ParserInput, _ f: UnsafeMutablePointer<UInt64>,
                                _ s: UnsafeMutablePointer<Int32>) -> ArcHybridState.Transition {
        ParserFeatures.extract(state, input, into: f)
        transitions.score(UnsafeBufferPointer(start: f, count: ParserFeatures.count), into: s)
        var best: ArcHybridState.Transition?
        for t in ArcHybridState.Transition.allCases where state.isValid(t) {
            if best == nil || s[t.rawValue] > s[best!.rawValue] { best = t }
        }
        return best!
    }

    @inline(__always)
    private func bestLabel(_ state: ArcHybridState, head: Int, dependent: Int, _ input: ParserInput,
                           _ f: UnsafeMutablePointer<UInt64>, _ s: UnsafeMutablePointer<Int32>) -> UInt8 {
        LabelFeatures.extract(state, head: head, dependent: dependent, input, into: f)
        labeler.score(UnsafeBufferPointer(start: f, count: LabelFeatures.count), into: s)
        var best = rootLabel == 0 ? 1 : 0
        for c in 0..<labeler.classCount where c != Int(rootLabel) && s[c] > s[best] { best = c }
        return UInt8(best)
    }
}
