import Foundation

/// Maps a function over an array on several threads, keeping the order of the results.
enum ParallelMap {
    /// Results slots written by distinct indexes from distinct threads, then read once all are done.
    private final class Slots<T>: @unchecked Sendable {
        var values: [T?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }

    static func map<T, U>(_ items: [T], threads: Int, progress: (@Sendable (Int) -> Void)? = nil,
                          _ transform: @Sendable (T) -> U) -> [U] where T: Sendable {
        map(items, threads: threads, progress: progress, workerState: { () }, { _, item in transform(item) })
    }

    /// Like `map`, with a value each worker thread creates once and passes to every call it makes
    /// (a cache, a stemmer): never shared between threads, so it needs no lock.
    static func map<T, U, State>(_ items: [T], threads: Int, progress: (@Sendable (Int) -> Void)? = nil,
                                 workerState: @Sendable () -> State,
                                 _ transform: @Sendable (inout State, T) -> U) -> [U] where T: Sendable {
        let count = items.count
        guard threads > 1, count > 1 else {
            var state = workerState()
            return items.enumerated().map { index, item in
                let result = transform(&state, item)
                progress?(index + 1)
                return result
            }
        }
        let slots = Slots<U>(count: count)
        let done = Counter()
        let workers = min(threads, count)
        slots.values.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let base = buffer
            // Each worker takes the next item when it is free: documents of very different
            // lengths keep every core busy until the end, whatever their order.
            let next = Counter()
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                var state = workerState()
                while true {
                    let index = next.increment() - 1
                    guard index < count else { break }
                    base[index] = transform(&state, items[index])
                    let finished = done.increment()
                    progress?(finished)
                }
            }
        }
        return slots.values.map { $0! }
    }
}
