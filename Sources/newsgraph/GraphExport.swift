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
    /// Each file goes to a temporary file as soon as it is made (JSON, GraphML and GEXF stream
    /// there, never whole in memory); once all are written, they are renamed over the old ones.
    /// Graphviz lays the diagram out once, when the first format that needs it is due: the
    /// images, the page's SVG and the GEXF's and yEd's positions all come from that layout.
    func write(to folder: OutputFolder) throws -> [String] {
        let staged = OutputFolder.StagedFiles()
        let dotEncoder = render.dotEncoder(for: graph)
        let layout = dotEncoder.resolvedLayout(for: graph)
        let plan = DiagramPlan(formats: formats, yed: render.graphMLFlavor == "yed")
        if let slow = render.slowLayoutWarning(nodes: graph.nodes.count), plan.isNeeded {
            console.warning(slow)
        }
        let dot = formats.contains(.dot) || plan.isNeeded ? dotEncoder.text(graph) : ""
        var drawn: RenderedImages?
        for format in formats {
            let started = Date()
            let file: OutputFolder.Temporary
            let wasDrawn = drawn != nil
            do {
                let diagram = {
                    if let drawn { return drawn }
                    drawn = try draw(plan, dot: dot, layout: layout, for: format)
                    return drawn!
                }
                file = try stage(format, in: folder, dot: dot, diagram: diagram)
                staged.add(file)
            } catch let error as OutputFolder.Failure {
                console.error(error.localizedDescription)
                throw ExitStatus.cannotCreate
            } catch let status as ExitCode {
                throw status
            } catch {
                // An encoder's own failure, not the file's.
                console.error("\(format.fileName): \(error.localizedDescription)")
                throw ExitStatus.software
            }
            let seconds = Date().timeIntervalSince(started)
            let drewHere = !wasDrawn && drawn != nil
            console.info("\(format.fileName): \(file.size) bytes in \(String(format: "%.2f", seconds)) s"
                + (drewHere ? " (one \(layout.engine) layout for \(plan.uses.joined(separator: ", ")))" : ""))
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

    /// Encodes one format into a temporary file in `folder`. `diagram` draws the diagram (once)
    /// for the formats that need it.
    private func stage(_ format: OutputFormat, in folder: OutputFolder, dot: String,
                       diagram: () throws -> RenderedImages) throws -> OutputFolder.Temporary {
        switch format {
        case .json:
            let encoder = JSONGraphEncoder(flavor: render.json)
            return try folder.stage(format.fileName) { try encoder.write(graph, to: $0) }
        case .graphml:
            let encoder = render.graphMLFlavor == "yed"
                ? GraphMLEncoder(flavor: .yed(FixedNodePositions(try positions(diagram())))) : GraphMLEncoder()
            return try folder.stage(format.fileName) { try encoder.write(graph, to: $0) }
        case .gexf:
            let encoder = GEXFEncoder(positions: FixedNodePositions(try positions(diagram())))
            return try folder.stage(format.fileName) { try encoder.write(graph, to: $0) }
        case .dot:
            return try folder.stage(Data(dot.utf8), as: format.fileName)
        case .svg, .png, .pdf:
            return try folder.stage(try diagram()[format.image!] ?? Data(), as: format.fileName)
        case .html:
            let svg = try diagram()[.svg].map { String(decoding: $0, as: UTF8.self) }
            let page = try HTMLBriefingEncoder().encode(graph, svg: svg)
            return try folder.stage(page, as: format.fileName)
        }
    }

    /// The positions of the nodes in the drawn layout.
    private func positions(_ drawn: RenderedImages) -> [String: NodePosition] {
        drawn.layout.map { GraphvizNodePositions.positions(of: graph, in: $0) } ?? [:]
    }

    /// What the formats asked need Graphviz to draw: the image formats (and the SVG for the
    /// page), and whether the layout itself is wanted (GEXF and yEd positions).
    struct DiagramPlan {
        /// In the order to draw them: SVG, PNG, PDF.
        let images: [ImageFormat]
        let layout: Bool
        /// The formats that use the drawing, for messages.
        let uses: [String]

        init(formats: [OutputFormat], yed: Bool) {
            let drawn = Set(formats.compactMap(\.image) + (formats.contains(.html) ? [.svg] : []))
            images = ImageFormat.allCases.filter(drawn.contains)
            layout = formats.contains(.gexf) || (yed && formats.contains(.graphml))
            uses = formats.filter { $0.image != nil || $0 == .html || $0 == .gexf || ($0 == .graphml && yed) }
                .map { $0.image?.description ?? ($0 == .graphml ? "yEd GraphML" : $0.rawValue.uppercased()) }
        }

        var isNeeded: Bool { !images.isEmpty || layout }
    }

    /// Lays the diagram out once and draws every image the plan names from it.
    private func draw(_ plan: DiagramPlan, dot: String, layout: DiagramLayout,
                      for format: OutputFormat) throws -> RenderedImages {
        do {
            let images = try GraphvizRenderer().render(dot: dot, formats: plan.images, layout: LayoutEngine(layout),
                                                       options: RenderOptions(dpi: render.dpi), includingLayout: plan.layout)
            for warning in images.warnings { console.info("Graphviz: \(warning)") }
            return images
        } catch {
            // The image that failed if it is one of the files asked, else the file that needed the drawing.
            let failed = (error as? RenderError)?.format.flatMap { image in formats.first { $0.image == image } } ?? format
            console.error("\(failed.fileName): \(error.localizedDescription)")
            throw ExitStatus.software
        }
    }
}
