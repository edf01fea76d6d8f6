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

    /// Prepares the export of a graph built from articles or merged from earlier runs, with what
    /// resolution joined (so that its `graph.json` can be merged again).
    ///
    /// - Throws: `ExitStatus.usage` (after printing why) when the filter does not fit the graph.
    init(graph: ResolvedGraph, maxEvidence: Int?, filter: FilterArguments, formats: [OutputFormat],
         render: RenderArguments, console: Console) throws {
        try self.init(graph: ExportGraph(graph, maxEvidence: maxEvidence), filter: filter, formats: formats,
                      render: render, console: console)
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
    ///
    /// Each file goes to a temporary file as soon as it is made (JSON and GraphML stream there,
    /// never whole in memory); once all are written, they are renamed over the old ones.
    func write(to folder: OutputFolder) throws -> [String] {
        let staged = OutputFolder.StagedFiles()
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
            let started = Date()
            let file: OutputFolder.Temporary
            do {
                switch format {
                case .json:
                    let encoder = JSONGraphEncoder(flavor: render.json)
                    file = try folder.stage(format.fileName) { try encoder.write(graph, to: $0) }
                case .graphml:
                    let encoder = graphMLEncoder()
                    file = try folder.stage(format.fileName) { try encoder.write(graph, to: $0) }
                case .dot:
                    file = try folder.stage(Data(dot.utf8), as: format.fileName)
                case .svg, .png, .pdf:
                    if images == nil {
                        images = try renderImages(imageFormats, dot: dot, layout: layout)
                    }
                    file = try folder.stage(images?[format.image!] ?? Data(), as: format.fileName)
                }
                staged.add(file)
            } catch let error as OutputFolder.Failure {
                console.error(error.localizedDescription)
                throw ExitStatus.cannotCreate
            } catch let status as ExitCode {
                throw status
            } catch {
                // An encoder's own failure (yEd's layout through Graphviz), not the file's.
                console.error("\(format.fileName): \(error.localizedDescription)")
                throw ExitStatus.software
            }
            let seconds = Date().timeIntervalSince(started)
            console.info("\(format.fileName): \(file.size) bytes in \(String(format: "%.2f", seconds)) s"
                + (format.image == nil ? "" : format.image == imageFormats.first
                    ? " (one \(layout.engine) layout for \(imageFormats.map(\.description).joined(separator: ", ")))" : ""))
        }
        do {
            // Every temporary file first, then the renames: a full disk leaves all earlier outputs as they were.
            try staged.commit()
        } catch {
            console.error(error.localizedDescription)
            throw ExitStatus.cannotCreate
        }
        return formats.map(\.fileName)
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

    /// The GraphML encoder: plain, or yEd's flavour with the nodes where Graphviz lays them out.
    private func graphMLEncoder() -> GraphMLEncoder {
        render.graphMLFlavor == "yed" ? GraphMLEncoder(flavor: .yed(GraphvizNodePositions(encoder: render.dotEncoder(for: graph))))
                                      : GraphMLEncoder()
    }
}
