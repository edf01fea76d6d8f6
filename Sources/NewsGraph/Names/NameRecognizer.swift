import Foundation

/// The trained name recognizer: a sequence labeller over BILOU tags for people, organizations and
/// locations, an averaged perceptron (`NameFeatures` per word, a learned weight for each pair of
/// successive tags) decoded by Viterbi search over the legal tag sequences only.
///
/// It proposes names; the knowledge base still decides what a name it knows is.
public struct NameRecognizer: Sendable {
    package let weights: LinearModel
    /// How the model was trained and what it scored.
    public let about: String
    /// Transition scores, `transitions[previous * NameTag.count + next]`, previous `NameTag.count`
    /// for the sentence's start; illegal pairs are `Int32.min / 4`.
    private let transitionScores: [Int32]

    static let magic = "NewsGraphNames/1"
    static let featureSignature = "names:\(NameFeatures.count) tags:\(NameTag.count)"

    package init(weights: LinearModel, about: String) {
        self.weights = weights
        self.about = about
        transitionScores = Self.transitionScores(weights)
    }

    private static let forbidden = Int32.min / 4

    private static func transitionScores(_ weights: LinearModel) -> [Int32] {
        let n = NameTag.count
        var table = [Int32](repeating: 0, count: (n + 1) * n)
        var scores = [Int32](repeating: 0, count: max(weights.classCount, n))
        for previous in 0...n {
            scores.withUnsafeMutableBufferPointer { s in
                s.update(repeating: 0)
                weights.add(NameFeatures.transition(previous), to: s.baseAddress!)
            }
            for next in 0..<n {
                table[previous * n + next] = NameTag.transitions[previous * n + next] ? scores[next] : forbidden
            }
        }
        return table
    }

    /// The names in a sentence.
    package func recognize(_ sentence: NameSentence) -> [NameSpan] {
        NameTag.spans(of: tags(sentence))
    }

    /// The best legal tag sequence of a sentence.
    package func tags(_ sentence: NameSentence) -> [UInt8] {
        let n = sentence.count
        guard n > 0 else { return [] }
        let k = NameTag.count
        let f = UnsafeMutablePointer<UInt64>.allocate(capacity: NameFeatures.count)
        let emission = UnsafeMutablePointer<Int32>.allocate(capacity: max(weights.classCount, k))
        var best = [Int32](repeating: 0, count: k)
        var next = [Int32](repeating: 0, count: k)
        var back = [UInt8](repeating: 0, count: n * k)
        defer { f.deallocate(); emission.deallocate() }
        transitionScores.withUnsafeBufferPointer { trans in
            for i in 0..<n {
                NameFeatures.extract(sentence, i: i, into: f)
                weights.score(UnsafeBufferPointer(start: f, count: NameFeatures.count), into: emission)
                if i == 0 {
                    for y in 0..<k { best[y] = trans[k * k + y] &+ emission[y] }
                    continue
                }
                for y in 0..<k {
                    var top = Int32.min, arg = 0
                    for p in 0..<k {
                        let score = best[p] &+ trans[p * k + y]
                        if score > top { top = score; arg = p }
                    }
                    next[y] = top &+ emission[y]
                    back[i * k + y] = UInt8(arg)
                }
                swap(&best, &next)
            }
        }
        // The sentence cannot end inside a name.
        var last = 0
        var top = Int32.min
        for y in 0..<k where !NameTag.opens(UInt8(y)) && best[y] > top { top = best[y]; last = y }
        var tags = [UInt8](repeating: 0, count: n)
        tags[n - 1] = UInt8(last)
        if n > 1 {
            for i in stride(from: n - 1, to: 0, by: -1) { tags[i - 1] = back[i * k + Int(tags[i])] }
        }
        return tags
    }

    // MARK: Files

    package func encoded() -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(Self.magic)
        writer.write(Self.featureSignature)
        writer.write(about)
        weights.write(to: &writer)
        return writer.bytes
    }

    /// Reads a model file.
    ///
    /// - Throws: `ModelError` when the file is missing, of another format or damaged.
    public init(contentsOf path: String) throws {
        var (reader, about) = try ModelFiles.open(path, magic: Self.magic, signature: Self.featureSignature)
        let weights = try LinearModel(reading: &reader)
        guard weights.classCount == NameTag.count, reader.isAtEnd else {
            throw ModelError.corrupt(path: path, reason: "model parts do not fit together")
        }
        self.init(weights: weights, about: about)
    }

    /// The model file shipped with NewsGraph.
    public static let builtInFileName = "english.names"

    /// The model shipped with NewsGraph, loaded once per process.
    public static var builtIn: NameRecognizer {
        get throws { try builtInCache.get { Result { try NameRecognizer(contentsOf: try ModelFiles.path(builtInFileName)) } }.get() }
    }

    private static let builtInCache = Lazy<Result<NameRecognizer, any Error>>()
}
