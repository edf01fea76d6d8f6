import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NewsGraph
import NewsGraphRendering

/// Every encoder, with the reader that will read its output.
public enum Encoders {
    /// Render through Graphviz too (slower: a few milliseconds per input). Set
    /// `NEWSGRAPH_FUZZ_RENDER=1`; only graphs of at most `renderNodeLimit` nodes are drawn.
    public static let renders = ProcessInfo.processInfo.environment["NEWSGRAPH_FUZZ_RENDER"] == "1"
    public static let renderNodeLimit = 12

    public static func check(_ entityGraph: EntityGraph) {
        check(ExportGraph(entityGraph))
    }

    public static func check(_ graph: ExportGraph) {
        do {
            for flavor in JSONGraphEncoder.Flavor.allCases {
                let json = try JSONGraphEncoder(flavor: flavor).encode(graph)
                Invariants.require((try? JSONSerialization.jsonObject(with: json)) != nil, "\(flavor) JSON does not parse")
                if flavor == .jgf { try roundTrip(json, graph) }
            }
            let compact = try JSONGraphEncoder(prettyPrinted: false).encode(graph)
            Invariants.require((try? JSONSerialization.jsonObject(with: compact)) != nil, "compact JSON does not parse")

            let graphML = try GraphMLEncoder().encode(graph)
            Invariants.require(isWellFormedXML(graphML), "GraphML is not well-formed XML")

            let dotEncoder = DOTEncoder()
            let dot = dotEncoder.text(graph)
            Invariants.require(dot.hasPrefix("digraph") && dot.hasSuffix("}\n"), "DOT is not one digraph")
            Invariants.require(dot.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\n" }, "control characters in DOT")

            if renders, graph.nodes.count <= renderNodeLimit {
                try render(graph, encoder: dotEncoder)
            }
        } catch {
            Invariants.require(false, "an encoder threw: \(error)")
        }
    }

    /// A NewsGraph JGF file reads back to the graph it was written from.
    private static func roundTrip(_ json: Data, _ graph: ExportGraph) throws {
        let decoded = try JGFDecoder().decode(json)
        let again = try JSONGraphEncoder().encode(decoded.graph)
        Invariants.require(again == json, "JGF does not read back to the same bytes")
    }

    /// SVG through Graphviz (which must parse our DOT), with no markup from the text; yEd GraphML
    /// with the layout's positions.
    private static func render(_ graph: ExportGraph, encoder: DOTEncoder) throws {
        let result: RenderResult
        do {
            result = try GraphvizRenderer().render(graph, format: .svg, encoder: encoder)
        } catch let error as RenderError {
            if case .invalidDOT(let message) = error { Invariants.require(false, "Graphviz rejects our DOT: \(message)") }
            throw error
        }
        Invariants.require(isWellFormedXML(result.data), "SVG is not well-formed XML")
        let svg = String(decoding: result.data, as: UTF8.self)
        Invariants.require(!svg.contains("<script"), "a <script> element in the SVG")
        let yed = try GraphMLEncoder(flavor: .yed(GraphvizNodePositions(encoder: encoder))).encode(graph)
        Invariants.require(isWellFormedXML(yed), "yEd GraphML is not well-formed XML")
    }

    public static func isWellFormedXML(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        return parser.parse()
    }
}
