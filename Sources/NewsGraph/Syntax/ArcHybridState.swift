/// A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011),
/// with the root after the last word (Ballesteros and Nivre 2013): a stack, the next word of the
/// buffer, and the arcs made so far.
///
/// - SHIFT pushes the next word;
/// - LEFT makes the next word the head of the stack's top, and pops it;
/// - RIGHT makes the word under the top its head, and pops it.
///
/// A word gets its head only once it has all its dependents, so a parse is a tree with a single
/// root: the root (index `count`) takes one word, the last left on the stack.
package struct ArcHybridState: Sendable {
    package enum Transition: Int, Sendable, CaseIterable {
        case shift = 0, left = 1, right = 2
    }

    /// Number of words; the root is word `count`.
    package let count: Int
    package private(set) var stack: [Int32] = []
    /// The first word of the buffer (`count` when only the root is left).
    package private(set) var next = 0
    /// Each word's head (`count` for the root), or -1.
    package private(set) var heads: [Int32]
    package private(set) var labels: [UInt8]
    /// Each word's leftmost and second-leftmost, rightmost and second-rightmost dependents, or -1.
    package private(set) var left1: [Int32]
    package private(set) var left2: [Int32]
    package private(set) var right1: [Int32]
    package private(set) var right2: [Int32]
    package private(set) var leftCount: [UInt8]
    package private(set) var rightCount: [UInt8]
    /// The labels of each word's left and right dependents, as bit sets.
    package private(set) var leftLabels: [UInt64]
    package private(set) var rightLabels: [UInt64]

    package init(count: Int) {
        self.count = count
        stack.reserveCapacity(count)
        let none = [Int32](repeating: -1, count: count + 1)
        heads = none
        labels = [UInt8](repeating: 0, count: count + 1)
        left1 = none; left2 = none; right1 = none; right2 = none
        leftCount = [UInt8](repeating: 0, count: count + 1)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: count + 1)
        rightLabels = leftLabels
    }

    package var isTerminal: Bool { stack.isEmpty && next == count }

    @inline(__always)
    package func isValid(_ transition: Transition) -> Bool {
        switch transition {
        case .shift: return next < count
        // The root takes only the last word left.
        case .left: return !stack.isEmpty && (next < count || stack.count == 1)
        case .right: return stack.count >= 2
        }
    }

    /// The head and dependent of the arc a transition would make.
    @inline(__always)
    package func arc(_ transition: Transition) -> (head: Int, dependent: Int)? {
        switch transition {
        case .shift: return nil
        case .left: return (next, Int(stack[stack.count - 1]))
        case .right: return (Int(stack[stack.count - 2]), Int(stack[stack.count - 1]))
        }
    }

    package mutating func apply(_ transition: Transition, label: UInt8) {
        switch transition {
        case .shift:
            stack.append(Int32(next))
            next += 1
        case .left:
            let dependent = Int(stack.removeLast())
            attach(dependent, to: next, label: label)
        case .right:
            let dependent = Int(stack.removeLast())
            attach(dependent, to: Int(stack[stack.count - 1]), label: label)
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: UInt8) {
        heads[dependent] = Int32(head)
        labels[dependent] = label
        let bit: UInt64 = label < 64 ? 1 << UInt64(label) : 0
        if dependent < head {
            // Left dependents come nearest first: each new one is the leftmost.
            left2[head] = left1[head]
            left1[head] = Int32(dependent)
            leftCount[head] &+= leftCount[head] < 255 ? 1 : 0
            leftLabels[head] |= bit
        } else {
            right2[head] = right1[head]
            right1[head] = Int32(dependent)
            rightCount[head] &+= rightCount[head] < 255 ? 1 : 0
            rightLabels[head] |= bit
        }
    }

    /// The stack's word `depth` from the top (0 = top), or -1.
    @inline(__always)
    package func stack(_ depth: Int) -> Int {
        depth < stack.count ? Int(stack[stack.count - 1 - depth]) : -1
    }

    /// The buffer's word `offset` from its front (0 = next), or -1 past the root.
    @inline(__always)
    package func buffer(_ offset: Int) -> Int {
        next + offset <= count ? next + offset : -1
    }
}
