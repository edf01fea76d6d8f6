import Foundation

/// Why the briefing page cannot be written.
public enum BriefingError: LocalizedError, Sendable, Equatable {
    /// The page's script, style or template is not among the library's resources.
    case missingResource(String, looked: [String])
    /// The diagram handed to the encoder holds active content (a script, a `foreignObject`, an
    /// event handler or a `javascript:` link), which Graphviz never writes.
    case unsafeDiagram(String)

    public var errorDescription: String? {
        switch self {
        case .missingResource(let name, let looked):
            return "the briefing page's \(name) is missing (looked in \(looked.joined(separator: ", "))); keep NewsGraph_NewsGraph.resources next to the newsgraph binary, or set NEWSGRAPH_RESOURCES to its path"
        case .unsafeDiagram(let what):
            return "the diagram holds \(what), which a briefing page must not run; draw it with Graphviz from DOTEncoder's DOT text"
        }
    }
}
