import ArgumentParser
import Foundation
import NewsGraph

/// Options that select part of the graph, shared by `build` and `render`; they apply to every
/// output (JSON and GraphML as well as the images). The filtering itself is ``GraphFilter``'s.
struct FilterArguments: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Keep only these relations, comma-separated: \(RelationKind.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "names"))
    var relations: String?

    @Option(name: .long, help: ArgumentHelp(
        "Keep the neighbourhood of this entity (name, alias or id, e.g. \"Vladimir Putin\"); repeatable.",
        valueName: "name"))
    var focus: [String] = []

    @Option(name: .long, help: "How many relations away from --focus to go.")
    var depth: Int = 1

    @Option(name: .customLong("min-sources"), help: ArgumentHelp(
        "Keep only relations reported by at least this many documents.", valueName: "n"))
    var minSources: Int = 1

    @Flag(name: .customLong("keep-isolated"), help: "With a filter, keep entities left without relations.")
    var keepIsolated = false

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if minSources < 1 { throw ValidationError("--min-sources must be 1 or more") }
        if focus.isEmpty, depth != 1 { throw ValidationError("--depth needs --focus") }
        if let relations, relationNames(relations).isEmpty { throw ValidationError("--relations needs at least one name") }
    }

    /// The filter the options describe.
    var filter: GraphFilter {
        GraphFilter(relations: relations.map { Set(relationNames($0)) }, focus: focus, depth: depth,
                    minSources: minSources, keepIsolated: keepIsolated)
    }

    private func relationNames(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
