import ArgumentParser
import NewsGraph
import NewsGraphRendering

/// A file `build` can write.
enum OutputFormat: String, CaseIterable, Comparable {
    case json, graphml, gexf, dot, svg, png, pdf, html

    /// `json,graphml,…`, for help texts.
    static let list = allCases.map(\.rawValue).joined(separator: ",")

    static let defaults: [OutputFormat] = [.json, .graphml, .dot, .svg, .png]

    var fileName: String { "graph.\(rawValue)" }

    var image: ImageFormat? { ImageFormat(rawValue: rawValue) }

    static func < (a: OutputFormat, b: OutputFormat) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Parses `json,graphml,png`.
    static func parseList(_ text: String) throws -> [OutputFormat] {
        var result: [OutputFormat] = []
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !part.isEmpty {
            guard let format = OutputFormat(rawValue: part) else {
                throw ValidationError("unknown format '\(part)'; use any of \(allCases.map(\.rawValue).joined(separator: ","))")
            }
            if !result.contains(format) { result.append(format) }
        }
        guard !result.isEmpty else { throw ValidationError("no format given to --format") }
        return result.sorted()
    }
}

import Foundation
