import CGraphviz
import Foundation

/// Renders DOT text to SVG, PNG or PDF, and computes layouts, in-process with Graphviz's libgvc.
///
/// The renderer is a value without state: all instances share the process's one Graphviz
/// context and one lock, because Graphviz is not thread-safe. Calls from many threads or tasks
/// are safe; they run one at a time, so each call blocks its thread until Graphviz is done.
/// Nothing Graphviz prints reaches stderr: warnings are returned, errors thrown as ``RenderError``.
///
/// ```swift
/// let renderer = GraphvizRenderer()
/// let png = try renderer.render(dot: "digraph { a -> b }", format: .png, layout: .dot)
/// try png.data.write(to: URL(fileURLWithPath: "graph.png"))
/// ```
public struct GraphvizRenderer: Sendable {
    /// Creates a renderer. Cheap: the Graphviz context is created once, on first use.
    public init() {}

    /// Lays out DOT text and encodes the drawing as an image.
    ///
    /// - Parameters:
    ///   - dot: The graph in the DOT language. Only the first graph in the text is used.
    ///   - format: The image format.
    ///   - layout: The layout engine; it overrides a `layout` attribute in the DOT text.
    ///   - options: Resolution and largest size for raster output.
    /// - Returns: The image bytes and Graphviz's warnings.
    /// - Throws: ``RenderError`` when the DOT text does not parse, the engine or format is not
    ///   available, or Graphviz fails.
    public func render(
        dot: String, format: ImageFormat, layout: LayoutEngine,
        options: RenderOptions = RenderOptions()
    ) throws -> RenderResult {
        if let dpi = options.dpi, !(dpi > 0 && dpi.isFinite) {
            throw RenderError.invalidDPI(dpi)
        }
        let dpiValue = format.isRaster ? options.dpi.map { String($0) } : nil
        let maxPixels = format.isRaster ? options.maxPixels.flatMap { $0 > 0 ? $0 : nil } : nil
        let (result, diagnostics) = GraphvizSession.shared.perform { context throws(GraphvizFailure) in
            let graph = try Self.parse(dot)
            defer { agclose(graph) }
            let object = UnsafeMutableRawPointer(graph)
            if let dpiValue {
                _ = cgv_safeset(object, "dpi", dpiValue, "")
            }
            if let maxPixels, Self.attribute(object, "size").isEmpty {
                // Graphviz scales a drawing larger than `size` (inches) down to it, and leaves smaller ones.
                let dpi = Double(Self.attribute(object, "dpi")) ?? 96
                let inches = String(Double(maxPixels) / (dpi > 0 ? dpi : 96))
                _ = cgv_safeset(object, "size", "\(inches),\(inches)", "")
            }
            try Self.layOut(graph, context: context, engine: layout)
            defer { gvFreeLayout(context, graph) }
            return try Self.renderData(graph, context: context, format: format.graphvizName)
        }
        switch result {
        case .success(let data):
            return RenderResult(data: data, warnings: diagnostics.messages)
        case .failure(let failure):
            throw RenderError(failure, diagnostics: diagnostics, format: format, engine: layout)
        }
    }

    /// Lays out DOT text and returns where the engine put each node and edge label.
    ///
    /// Coordinates are in points with the origin at the top left and y growing downward; see
    /// ``GraphLayout``.
    ///
    /// - Parameters:
    ///   - dot: The graph in the DOT language.
    ///   - engine: The layout engine.
    /// - Returns: Node centers and sizes keyed by node name, edge label positions, the bounds.
    /// - Throws: ``RenderError`` when the DOT text does not parse or the layout fails.
    public func layout(dot: String, engine: LayoutEngine) throws -> GraphLayout {
        let (result, diagnostics) = GraphvizSession.shared.perform { context throws(GraphvizFailure) in
            let graph = try Self.parse(dot)
            defer { agclose(graph) }
            try Self.layOut(graph, context: context, engine: engine)
            defer { gvFreeLayout(context, graph) }
            // Rendering to "dot" attaches pos, width, height, lp and bb as attributes.
            _ = try Self.renderData(graph, context: context, format: "dot")
            return LayoutReader(graph: graph).read()
        }
        switch result {
        case .success(var layout):
            layout.warnings = diagnostics.messages
            return layout
        case .failure(let failure):
            throw RenderError(failure, diagnostics: diagnostics, format: nil, engine: engine)
        }
    }

    /// The version of the Graphviz library in use, e.g. `"2.43.0"`, or `"unavailable"`.
    public func graphvizVersion() -> String {
        let (result, _) = GraphvizSession.shared.perform { context in
            gvcVersion(context).map { String(cString: $0) } ?? "unknown"
        }
        return (try? result.get()) ?? "unavailable"
    }

    // MARK: - Steps (called under the session's lock)

    /// A graph attribute's value, "" when not set.
    private static func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> String {
        cgv_get(object, name).map { String(cString: $0) } ?? ""
    }

    private static func parse(_ dot: String) throws(GraphvizFailure) -> UnsafeMutablePointer<Agraph_t> {
        guard let graph = cgv_memread(dot) else {
            throw agerrors() > 0 ? .syntax : .noGraph
        }
        return graph
    }

    private static func layOut(
        _ graph: UnsafeMutablePointer<Agraph_t>, context: OpaquePointer, engine: LayoutEngine
    ) throws(GraphvizFailure) {
        // Same initial positions as the `sfdp` command, however many layouts ran before.
        cgv_reset_random()
        guard cgv_layout(context, graph, engine.rawValue) == 0 else { throw .layout }
    }

    private static func renderData(
        _ graph: UnsafeMutablePointer<Agraph_t>, context: OpaquePointer, format: String
    ) throws(GraphvizFailure) -> Data {
        var buffer: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = cgv_render_data(context, graph, format, &buffer, &length)
        // Graphviz may allocate the buffer even when it fails.
        defer { gvFreeRenderData(buffer) }
        guard status == 0, let buffer else { throw .render }
        return Data(bytes: buffer, count: length)
    }
}
