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
                do {
                    let result = try GraphvizRenderer().render(dot: dot, format: format.image!, layout: LayoutEngine(layout),
                                                               options: RenderOptions(dpi: render.dpi))
                    for warning in result.warnings { console.info("Graphviz: \(warning)") }
                    data = result.data
                } catch {
                    console.error("\(format.fileName): \(error.localizedDescription)")
                    throw ExitStatus.software
                }
            }
            let seconds = Date().timeIntervalSince(started)
            console.info("\(format.fileName): \(data.count) bytes in \(String(format: "%.2f", seconds)) s"
                + (format.image != nil ? " (\(layout.engine) layout)" : ""))
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
