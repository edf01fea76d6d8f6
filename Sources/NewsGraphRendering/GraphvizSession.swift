import CGraphviz
import Foundation

/// What went wrong in a Graphviz call, before Graphviz's messages are attached.
enum GraphvizFailure: Error, Equatable {
    /// `gvContext()` returned no context.
    case noContext
    /// `agmemread` returned no graph and reported nothing: the text holds no graph.
    case noGraph
    /// `agmemread` returned no graph with an error: the DOT text does not parse.
    case syntax
    /// `gvLayout` failed.
    case layout
    /// `gvRenderData` failed.
    case render
}

/// The process's one serial point for Graphviz, and owner of its one `gvContext()`.
///
/// Graphviz's libraries keep global state and are not thread-safe, even with one context per
/// thread: two threads rendering at once crash in libcgraph. Every Graphviz call in this module
/// runs inside ``perform(_:)``, under one lock. Each call also resets Graphviz's error state and
/// collects its messages (error function and stderr), so nothing reaches the user's terminal.
final class GraphvizSession: @unchecked Sendable {
    /// The session every renderer uses.
    static let shared = GraphvizSession()

    private let lock = NSLock()
    // Guarded by `lock`.
    private var context: OpaquePointer?
    private var contextFailed = false
    private var stderrCapture: StandardErrorCapture?
    private var didSetUp = false

    private init() {}

    /// Runs `body` with the Graphviz context, holding the lock, and collects Graphviz's messages.
    ///
    /// - Parameters:
    ///   - body: Graphviz calls. It receives the context (`GVC_t *`); it must free everything
    ///     it allocates and must not call back into the session.
    /// - Returns: What `body` returned or threw, and the messages Graphviz produced meanwhile.
    func perform<T>(
        _ body: (OpaquePointer) throws(GraphvizFailure) -> T
    ) -> (result: Result<T, GraphvizFailure>, diagnostics: GraphvizDiagnostics) {
        lock.lock()
        defer { lock.unlock() }
        setUpOnce()
        _ = GraphvizMessageBuffer.shared.take()
        _ = agreseterrors()
        let (result, printed): (Result<T, GraphvizFailure>, String)
        if let stderrCapture {
            (result, printed) = stderrCapture.capture { run(body) }
        } else {
            (result, printed) = (run(body), "")
        }
        let reported = GraphvizMessageBuffer.shared.take()
        return (result, GraphvizDiagnostics(reported: reported, printed: printed))
    }

    /// Runs `body` with the context, creating the context first if needed.
    private func run<T>(
        _ body: (OpaquePointer) throws(GraphvizFailure) -> T
    ) -> Result<T, GraphvizFailure> {
        guard let context = contextCreatingIfNeeded() else { return .failure(.noContext) }
        do throws(GraphvizFailure) {
            return .success(try body(context))
        } catch {
            return .failure(error)
        }
    }

    /// Installs the error function before anything else touches Graphviz.
    private func setUpOnce() {
        guard !didSetUp else { return }
        didSetUp = true
        _ = agseterrf(graphvizErrorFunction)
        _ = agseterr(AGWARN)
        stderrCapture = StandardErrorCapture()
    }

    /// The context, created on first use (it reads the plugin list; 4 ms measured) and never freed.
    private func contextCreatingIfNeeded() -> OpaquePointer? {
        if let context { return context }
        if contextFailed { return nil }
        context = gvContext()
        contextFailed = context == nil
        return context
    }
}
