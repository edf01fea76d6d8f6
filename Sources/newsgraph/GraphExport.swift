import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphRendering

/// Encodes and renders a graph in every requested format, then writes the files. Everything is
/// produced in memory first, so a failure in any format leaves the folder as it was.
struct GraphExport {
    let graph: EntityGraph
    let formats: [OutputFormat]
    let render: RenderArguments
    let console: Console

    /// Writes the files; returns their names.
    func write(to folder: OutputFolder) throws -> [String] {
        var files: [(String, Data)] = []
        let dotEncoder = DOTEncoder()
        let dot = dotEncoder.text(graph)
        let engine = render.engine(nodeCount: graph.entities.count)
        for format in formats {
            let data: Data
            switch format {
            case .json: data = try JSONGraphEncoder().encode(graph)
            case .graphml: data = try GraphMLEncoder().encode(graph)
            case .dot: data = Data(dot.utf8)
            case .svg, .png, .pdf:
                do {
                    let result = try GraphvizRenderer().render(dot: dot, format: format.image!, layout: engine,
                                                               options: RenderOptions(dpi: render.dpi))
                    for warning in result.warnings { console.info("Graphviz: \(warning)") }
                    data = result.data
                } catch {
                    console.error("\(format.fileName): \(error.localizedDescription)")
                    throw ExitStatus.software
                }
            }
            files.append((format.fileName, data))
        }
        do {
            for (name, data) in files { try folder.write(data, to: name) }
        } catch {
            console.error(error.localizedDescription)
            throw ExitStatus.cannotCreate
        }
        return files.map(\.0)
    }
}
