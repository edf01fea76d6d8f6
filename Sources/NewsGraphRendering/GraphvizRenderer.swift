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
        try Self.check(options)
        let (result, diagnostics) = GraphvizSession.shared.perform { context throws(GraphvizFailure) in
            let graph = try Self.parse(dot)
            defer { agclose(graph) }
            if format.isRaster { Self.setRasterAttributes(graph, options) }
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

    /// Lays out DOT text once and encodes the drawing in each of several formats, as Graphviz's
    /// `dot -Tsvg -Tpng -Tpdf` does; each image has the bytes that one-format calls
    /// (``render(dot:format:layout:options:)``) made in the same order give.
    ///
    /// The resolution and largest size in `options` apply to raster formats only, as in the
    /// one-format call. Graphviz reads them when it lays a graph out (so `dot` on the command
    /// line applies `-Gdpi` to every output); here they are put in place after the layout for
    /// each raster format and taken back for the next format. Where they could change the layout
    /// itself (a DOT text that sets `ratio`, or nodes with images), raster formats get a layout
    /// of their own.
    ///
    /// Graphviz draws text a rounding step differently depending on what it drew just before
    /// (pango's and cairo's caches), so the order of `formats` can matter for the last bits.
    ///
    /// With `includingLayout`, the result also holds the layout every image was drawn from (as
    /// ``layout(dot:engine:)`` gives it), read after the last image: encoders that write
    /// coordinates (GEXF, yEd's GraphML) then match the images without a layout of their own.
    ///
    /// - Parameters:
    ///   - dot: The graph in the DOT language. Only the first graph in the text is used.
    ///   - formats: The image formats, in the order to draw them; each is drawn once. May be
    ///     empty when only the layout is wanted.
    ///   - layout: The layout engine; it overrides a `layout` attribute in the DOT text.
    ///   - options: Resolution and largest size for raster output.
    ///   - includingLayout: Whether to return the layout too.
    /// - Returns: The images by format, the layout if asked, and Graphviz's warnings for the
    ///   whole call.
    /// - Throws: ``RenderError`` for the first format that fails, or when the DOT text does not
    ///   parse or the layout fails.
    public func render(
        dot: String, formats: [ImageFormat], layout: LayoutEngine,
        options: RenderOptions = RenderOptions(), includingLayout: Bool = false
    ) throws -> RenderedImages {
        try Self.check(options)
        var unique: [ImageFormat] = []
        for format in formats where !unique.contains(format) { unique.append(format) }
        var failedFormat: ImageFormat?
        let (result, diagnostics) = GraphvizSession.shared.perform { context throws(GraphvizFailure) in
            var images: [ImageFormat: Data] = [:]
            let graph = try Self.parse(dot)
            defer { agclose(graph) }
            // Raster settings put in place after the layout give the raster images the layout
            // they would get set before it, unless they shape the layout (ratio, images).
            let shared = cgv_has_ratio(graph) == 0 && cgv_has_node_images(graph) == 0
            try Self.layOut(graph, context: context, engine: layout)
            defer { gvFreeLayout(context, graph) }
            // A layout of their own for raster formats, made when first needed.
            var rasterGraph: UnsafeMutablePointer<Agraph_t>?
            defer {
                if let rasterGraph {
                    gvFreeLayout(context, rasterGraph)
                    agclose(rasterGraph)
                }
            }
            for format in unique {
                failedFormat = nil
                guard format.isRaster else {
                    failedFormat = format
                    images[format] = try Self.renderData(graph, context: context, format: format.graphvizName)
                    continue
                }
                if shared, let previous = Self.setRasterResolution(graph, options) {
                    defer { Self.restoreResolution(graph, previous) }
                    failedFormat = format
                    images[format] = try Self.renderData(graph, context: context, format: format.graphvizName)
                    continue
                }
                if rasterGraph == nil {
                    let parsed = try Self.parse(dot)
                    Self.setRasterAttributes(parsed, options)
                    do throws(GraphvizFailure) {
                        try Self.layOut(parsed, context: context, engine: layout)
                    } catch {
                        agclose(parsed)
                        throw error
                    }
                    rasterGraph = parsed
                }
                failedFormat = format
                images[format] = try Self.renderData(rasterGraph!, context: context, format: format.graphvizName)
            }
            failedFormat = nil
            guard includingLayout else { return (images, GraphLayout?.none) }
            // Rendering to "dot" attaches pos, width, height, lp and bb as attributes; after the
            // images, so they are drawn exactly as without it.
            _ = try Self.renderData(graph, context: context, format: "dot")
            return (images, LayoutReader(graph: graph).read())
        }
        switch result {
        case .success(let (images, drawn)):
            var layout = drawn
            layout?.warnings = diagnostics.messages
            return RenderedImages(images: images, layout: layout, warnings: diagnostics.messages)
        case .failure(let failure):
            throw RenderError(failure, diagnostics: diagnostics, format: failure == .render ? failedFormat : nil,
                              engine: layout)
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

    /// The version of the Graphviz headers this module was compiled against (`PACKAGE_VERSION`),
    /// e.g. `"2.43.0"`; `nil` when the headers do not say. Free to ask: no Graphviz context is
    /// created. The library loaded at run time is normally the same release (a system package
    /// upgrade without recompiling could make them differ; ``graphvizVersion()`` asks the library).
    public static let headerVersion: String? = cgv_header_version().map { String(cString: $0) }

    /// ``headerVersion``, or where the headers do not say, the library's answer
    /// (``graphvizVersion()``, which creates the Graphviz context first: a few milliseconds).
    public static var version: String {
        headerVersion ?? GraphvizRenderer().graphvizVersion()
    }

    /// The version of the Graphviz library in use, e.g. `"2.43.0"`, or `"unavailable"`.
    public func graphvizVersion() -> String {
        let (result, _) = GraphvizSession.shared.perform { context in
            gvcVersion(context).map { String(cString: $0) } ?? "unknown"
        }
        return (try? result.get()) ?? "unavailable"
    }

    // MARK: - Steps (called under the session's lock)

    private static func check(_ options: RenderOptions) throws {
        if let dpi = options.dpi, !(dpi > 0 && dpi.isFinite) {
            throw RenderError.invalidDPI(dpi)
        }
    }

    /// The resolution and largest size raster output uses: `dpi` (nil: the DOT text's own) and
    /// the largest width and height in inches (nil: no limit, or the DOT text sets `size`).
    private static func rasterSettings(
        _ graph: UnsafeMutablePointer<Agraph_t>, _ options: RenderOptions
    ) -> (dpi: Double?, sizeInches: Double?) {
        let object = UnsafeMutableRawPointer(graph)
        guard let maxPixels = options.maxPixels, maxPixels > 0, attribute(object, "size").isEmpty else {
            return (options.dpi, nil)
        }
        // Graphviz scales a drawing larger than `size` (inches) down to it, and leaves smaller ones.
        let dpi = options.dpi ?? Double(attribute(object, "dpi")) ?? 96
        return (options.dpi, Double(maxPixels) / (dpi > 0 ? dpi : 96))
    }

    /// Sets `dpi` and `size` for raster output, before a layout.
    private static func setRasterAttributes(_ graph: UnsafeMutablePointer<Agraph_t>, _ options: RenderOptions) {
        let (dpi, inches) = rasterSettings(graph, options)
        let object = UnsafeMutableRawPointer(graph)
        if let dpi {
            _ = cgv_safeset(object, "dpi", String(dpi), "")
        }
        if let inches {
            _ = cgv_safeset(object, "size", "\(inches),\(inches)", "")
        }
    }

    /// The raster settings and attributes as they were before ``setRasterResolution(_:_:)``.
    private struct SavedResolution {
        var drawing: cgv_resolution
        var dpi: String?
        var size: String?
    }

    /// Sets `dpi` and `size` for raster output after the layout, where the layout had read them
    /// (values Graphviz parses back exactly: Swift writes doubles in their shortest exact form).
    /// Returns what to put back, or nil when this Graphviz does not allow it.
    private static func setRasterResolution(
        _ graph: UnsafeMutablePointer<Agraph_t>, _ options: RenderOptions
    ) -> SavedResolution? {
        let drawing = cgv_drawing_resolution(graph)
        guard drawing.available != 0 else { return nil }
        let object = UnsafeMutableRawPointer(graph)
        let saved = SavedResolution(drawing: drawing, dpi: cgv_get(object, "dpi").map { String(cString: $0) },
                                    size: cgv_get(object, "size").map { String(cString: $0) })
        let (dpi, inches) = rasterSettings(graph, options)
        guard cgv_set_drawing_resolution(graph, dpi ?? 0, inches ?? 0) != 0 else { return nil }
        setRasterAttributes(graph, options)
        return saved
    }

    /// Puts back what ``setRasterResolution(_:_:)`` changed.
    private static func restoreResolution(_ graph: UnsafeMutablePointer<Agraph_t>, _ saved: SavedResolution) {
        cgv_restore_drawing_resolution(graph, saved.drawing)
        let object = UnsafeMutableRawPointer(graph)
        // An attribute the raster settings declared stays declared, with its default ("").
        if cgv_get(object, "dpi") != nil { _ = cgv_safeset(object, "dpi", saved.dpi ?? "", "") }
        if cgv_get(object, "size") != nil { _ = cgv_safeset(object, "size", saved.size ?? "", "") }
    }

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
