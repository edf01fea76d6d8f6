import Foundation

/// Why Graphviz could not render or lay out a graph.
///
/// Each message quotes Graphviz, names the engine and format where they matter, and says what
/// to try. Messages mention the `newsgraph` options (`--layout`, `--format`, `--dpi`).
public enum RenderError: LocalizedError, Sendable, Equatable {
    /// The DOT text contains no graph (it is empty or only comments).
    case emptyInput
    /// Graphviz could not parse the DOT text; `message` is Graphviz's, e.g.
    /// `syntax error in line 3 near ';'`.
    case invalidDOT(message: String)
    /// Graphviz has no layout engine of that name (or its layout plugins are not installed).
    case unknownLayoutEngine(LayoutEngine, message: String)
    /// The layout engine failed on this graph.
    case layoutFailed(engine: LayoutEngine, message: String)
    /// Graphviz cannot produce this format: the plugin (cairo for PNG and PDF) is missing.
    case unsupportedFormat(ImageFormat, engine: LayoutEngine, message: String)
    /// Graphviz laid the graph out but could not write the image.
    case renderFailed(format: ImageFormat, engine: LayoutEngine, message: String)
    /// A ``RenderOptions/dpi`` that is not a positive number.
    case invalidDPI(Double)
    /// `gvContext()` failed, so Graphviz is unusable in this process.
    case graphvizUnavailable(message: String)

    /// The image format that could not be written, for errors about one format.
    public var format: ImageFormat? {
        switch self {
        case .unsupportedFormat(let format, _, _), .renderFailed(let format, _, _): return format
        default: return nil
        }
    }

    /// The install command that provides Graphviz's libraries and plugins on Debian/Ubuntu.
    public static let installHint = "apt-get install -y libgraphviz-dev graphviz"

    /// A message that says what failed, quotes Graphviz, and says what to try.
    public var errorDescription: String? {
        switch self {
        case .emptyInput:
            return "Graphviz found no graph in the DOT text: it is empty or only comments. "
                + "DOT text starts with `graph {` or `digraph {`."
        case .invalidDOT(let message):
            return "Graphviz could not parse the DOT text: \(message). Check that line: inside "
                + "quoted strings a \" is written \\\" and a backslash \\\\; HTML-like labels <…> "
                + "must be well-formed XML (& written &amp;)."
        case .unknownLayoutEngine(let engine, let message):
            let known = LayoutEngine.standard.map(\.rawValue).joined(separator: ", ")
            return "Graphviz has no layout engine \"\(engine)\" (Graphviz: \(message)). "
                + "Use one of \(known), e.g. --layout sfdp. If Graphviz lists no engines, its "
                + "plugins are missing: \(Self.installHint), then run `dot -c` as root."
        case .layoutFailed(let engine, let message):
            let other = engine == .sfdp ? "--layout neato" : "--layout sfdp"
            return "The \(engine) layout failed (Graphviz: \(message)). Try another engine, "
                + "e.g. \(other); sfdp is the fast one for large graphs."
        case .unsupportedFormat(let format, let engine, let message):
            return "Graphviz cannot write \(format) (Graphviz: \(message)); the \(engine) layout "
                + "itself succeeded. PNG and PDF need Graphviz's cairo plugin: install it with "
                + "\(Self.installHint) (then `dot -c` as root), or use --format svg."
        case .renderFailed(let format, let engine, let message):
            return "Graphviz laid the graph out with \(engine) but could not write \(format) "
                + "(Graphviz: \(message)). Try --format svg, or a lower --dpi for PNG."
        case .invalidDPI(let dpi):
            return "The resolution must be a positive number of dots per inch, not \(dpi); "
                + "try --dpi \(Int(RenderOptions.defaultDPI))."
        case .graphvizUnavailable(let message):
            return "Graphviz could not start (Graphviz: \(message)). Reinstall it: "
                + "\(Self.installHint)."
        }
    }

    /// Turns a failed Graphviz call and its messages into a user-facing error.
    ///
    /// - Parameters:
    ///   - failure: The step that failed.
    ///   - diagnostics: Graphviz's messages from the call.
    ///   - format: The image format requested, or `nil` for a layout only.
    ///   - engine: The layout engine requested.
    init(
        _ failure: GraphvizFailure, diagnostics: GraphvizDiagnostics,
        format: ImageFormat?, engine: LayoutEngine
    ) {
        let message = diagnostics.failureMessage
        switch failure {
        case .noContext:
            self = .graphvizUnavailable(message: message)
        case .noGraph:
            self = .emptyInput
        case .syntax:
            self = .invalidDOT(message: message)
        case .layout where message.contains("not recognized"):
            self = .unknownLayoutEngine(engine, message: message)
        case .layout:
            self = .layoutFailed(engine: engine, message: message)
        case .render:
            guard let format else {
                self = .layoutFailed(engine: engine, message: message)
                return
            }
            let missingPlugin = message.contains("not recognized") || message.contains("unavailable")
            self =
                missingPlugin
                ? .unsupportedFormat(format, engine: engine, message: message)
                : .renderFailed(format: format, engine: engine, message: message)
        }
    }
}
