import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphRendering

/// Filters a graph, then encodes and renders it in every requested format and writes the files.
/// Everything is produced in memory first, so a failure in any format leaves the folder as it was.
struct GraphExport {
    /// The graph as written: filtered.
    let graph: ExportGraph
    let formats: [OutputFormat]
    let render: RenderArguments
    let console: Console
    /// What the filters left, e.g. "2 documents, 5 entities, 6 relations (of 15 entities, 23 relations)".
    let summary: String

    /// Prepares the export of a graph built from articles.
    ///
    /// - Throws: `ExitStatus.usage` (after printing why) when the filter does not fit the graph.
    init(graph: EntityGraph, filter: FilterArguments, formats: [OutputFormat], render: RenderArguments,
         console: Console) throws {
        try self.init(graph: ExportGraph(graph), filter: filter, formats: formats, render: render, console: console)
    }

    /// Prepares the export of a graph read from a file.
    ///
    /// - Throws: `ExitStatus.usage` (after printing why) when the filter does not fit the graph.
    init(graph: ExportGraph, filter: FilterArguments, formats: [OutputFormat], render: RenderArguments,
         console: Console) throws {
        let filtered: ExportGraph
        do {
            filtered = try graph.filtered(by: filter.filter)
        } catch {
            console.error(error.localizedDescription)
            throw ExitStatus.usage
        }
        self.graph = filtered
        self.formats = formats
        self.render = render
        self.console = console
        if filter.filter.isActive {
            summary = "\(filtered.summary) (of \(graph.nodes.count) entities, \(graph.edges.count) relations)"
            if filtered.edges.isEmpty { console.warning("the filters left no relations") }
        } else {
            summary = filtered.summary
        }
    }

    /// Writes the files; returns their names.
    func write(to folder: OutputFolder) throws -> [String] {
        var files: [(String, Data)] = []
        let dotEncoder = render.dotEncoder(for: graph)
        let layout = dotEncoder.resolvedLayout(for: graph)
        if let slow = render.slowLayoutWarning(nodes: graph.nodes.count), formats.contains(where: { $0.image != nil }) {
            console.warning(slow)
        }
        let needsDOT = formats.contains { $0 == .dot || $0.image != nil }
        let dot = needsDOT ? dotEncoder.text(graph) : ""
        // Every image from one layout, drawn in the order asked (SVG, PNG, PDF), when the first is due.
        let imageFormats = formats.compactMap(\.image)
        var images: RenderedImages?
        for format in formats {
            let data: Data
            let started = Date()
            switch format {
            case .json:
                data = try JSONGraphEncoder(flavor: render.json).encode(graph)
            case .graphml:
                data = try graphML(dotEncoder: dotEncoder, format: format)
            case .dot:
                data = Data(dot.utf8)
            case .svg, .png, .pdf:
                if images == nil {
                    images = try renderImages(imageFormats, dot: dot, layout: layout)
                }
                data = images?[format.image!] ?? Data()
            }
            let seconds = Date().timeIntervalSince(started)
            console.info("\(format.fileName): \(data.count) bytes in \(String(format: "%.2f", seconds)) s"
                + (format.image == nil ? "" : format.image == imageFormats.first
                    ? " (one \(layout.engine) layout for \(imageFormats.map(\.description).joined(separator: ", ")))" : ""))
            files.append((format.fileName, data))
        }
        do {
            // Every temporary file first, then the renames: a full disk leaves all earlier outputs as they were.
            try folder.write(files.map { (name: $0.0, data: $0.1) })
        } catch {
            console.error(error.localizedDescription)
            throw ExitStatus.cannotCreate
        }
        return files.map(\.0)
    }

    /// Lays the diagram out once and draws every image format from it.
    private func renderImages(_ formats: [ImageFormat], dot: String, layout: DiagramLayout) throws -> RenderedImages {
        do {
            let images = try GraphvizRenderer().render(dot: dot, formats: formats, layout: LayoutEngine(layout),
                                                       options: RenderOptions(dpi: render.dpi))
            for warning in images.warnings { console.info("Graphviz: \(warning)") }
            return images
        } catch {
            // The format that failed; for a failed layout, the first image (each image had its own before).
            let failed = (error as? RenderError)?.format ?? formats[0]
            console.error("graph.\(failed.fileExtension): \(error.localizedDescription)")
            throw ExitStatus.software
        }
    }

    private func graphML(dotEncoder: DOTEncoder, format: OutputFormat) throws -> Data {
        guard render.graphMLFlavor == "yed" else { return try GraphMLEncoder().encode(graph) }
        do {
            return try GraphMLEncoder(flavor: .yed(GraphvizNodePositions(encoder: dotEncoder))).encode(graph)
        } catch {
            console.error("\(format.fileName): \(error.localizedDescription)")
            throw ExitStatus.software
        }
    }
}
