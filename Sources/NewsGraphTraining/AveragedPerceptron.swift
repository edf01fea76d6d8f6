import NewsGraph

/// The training side of a linear model: a multi-class perceptron whose weights are averaged over
/// every step of training (Collins 2002), with lazy averaging so an update costs only the weights
/// it touches. `model()` packs the averages into the `LinearModel` the library scores with.
package final class AveragedPerceptron {
    package let classCount: Int
    /// Feature → its first weight entry; entries of one feature are chained by `next`.
    private var index: [UInt64: Int32] = [:]
    private var classes: [UInt8] = []
    private var weights: [Float] = []
    /// Sum of the weight over the steps before `stamps`.
    private var totals: [Double] = []
    private var stamps: [Int64] = []
    private var next: [Int32] = []
    /// Training steps so far.
    package private(set) var steps: Int64 = 0

    package init(classCount: Int) {
        precondition(classCount <= 256)
        self.classCount = classCount
    }

    package var featureCount: Int { index.count }

    /// The current (not averaged) scores of `features`, one per class.
    package func score(_ features: UnsafeBufferPointer<UInt64>, into scores: inout [Float]) {
        for c in 0..<classCount { scores[c] = 0 }
        for feature in features {
            guard var k = index[feature] else { continue }
            while k >= 0 {
                scores[Int(classes[Int(k)])] += weights[Int(k)]
                k = next[Int(k)]
            }
        }
    }

    /// Ends a training step (one decision), whether or not it updated.
    package func tick() { steps += 1 }

    /// Rewards `truth` and penalizes `guess` for `features`.
    package func update(_ features: UnsafeBufferPointer<UInt64>, truth: Int, guess: Int) {
        guard truth != guess else { return }
        for feature in features {
            add(feature, class: truth, delta: 1)
            add(feature, class: guess, delta: -1)
        }
    }

    /// Adds `delta` to one feature's weight for one class (a structured update's transition).
    package func adjust(_ feature: UInt64, class c: Int, by delta: Float) { add(feature, class: c, delta: delta) }

    private func add(_ feature: UInt64, class c: Int, delta: Float) {
        var k: Int32
        if let first = index[feature] {
            k = first
            while classes[Int(k)] != UInt8(c) {
                let following = next[Int(k)]
                if following < 0 {
                    let made = newEntry(class: c)
                    next[Int(k)] = made
                    k = made
                    break
                }
                k = following
            }
        } else {
            k = newEntry(class: c)
            index[feature] = k
        }
        let i = Int(k)
        totals[i] += Double(steps - stamps[i]) * Double(weights[i])
        stamps[i] = steps
        weights[i] += delta
    }

    private func newEntry(class c: Int) -> Int32 {
        classes.append(UInt8(c))
        weights.append(0)
        totals.append(0)
        stamps.append(steps)
        next.append(-1)
        return Int32(classes.count - 1)
    }

    /// The averaged weights, packed. Weights whose average is below `threshold` in absolute value
    /// are dropped (pruning rare, weak features keeps the model small).
    package func model(threshold: Float = 0) -> LinearModel {
        let steps = Double(max(self.steps, 1))
        var features: [(feature: UInt64, weights: [(class: Int, weight: Float)])] = []
        features.reserveCapacity(index.count)
        for (feature, first) in index {
            var row: [(class: Int, weight: Float)] = []
            var k = first
            while k >= 0 {
                let i = Int(k)
                let total = totals[i] + Double(self.steps - stamps[i]) * Double(weights[i])
                let average = Float(total / steps)
                if abs(average) > threshold { row.append((Int(classes[i]), average)) }
                k = next[i]
            }
            if !row.isEmpty { features.append((feature, row)) }
        }
        return LinearModel(classCount: classCount, features: features)
    }
}
