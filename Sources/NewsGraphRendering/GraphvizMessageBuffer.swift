import Foundation

/// Collects the text Graphviz passes to its error function (`agseterrf`).
///
/// The error function is a C function pointer and cannot capture state, so the text goes to
/// this process-wide buffer. Graphviz calls it only while ``GraphvizSession`` holds its lock,
/// but the buffer has its own lock so that its safety does not depend on that.
final class GraphvizMessageBuffer: @unchecked Sendable {
    /// The one buffer that ``graphvizErrorFunction(_:)`` appends to.
    static let shared = GraphvizMessageBuffer()

    private let lock = NSLock()
    private var text = ""

    /// Adds a fragment of a message.
    func append(_ fragment: String) {
        lock.lock()
        defer { lock.unlock() }
        text += fragment
    }

    /// Returns everything collected since the last call and empties the buffer.
    func take() -> String {
        // Not NSLocking.withLock: on Apple platforms that needs macOS 14, the package allows 13.
        lock.lock()
        defer { lock.unlock() }
        let taken = text
        text = ""
        return taken
    }
}

/// Graphviz's error function: receives every error and warning instead of stderr.
///
/// Installed with `agseterrf` before the context is created, together with `agseterr(AGWARN)`
/// so that warnings arrive here too rather than in Graphviz's hidden temporary file.
func graphvizErrorFunction(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let message {
        GraphvizMessageBuffer.shared.append(String(cString: message))
    }
    return 0
}
