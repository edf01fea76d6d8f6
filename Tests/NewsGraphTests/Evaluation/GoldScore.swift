import Foundation
@testable import NewsGraph

/// What ``GoldScorer`` reports: the fields of `score.py --json`, under the same names.
///
/// Figures are rounded to three places as score.py rounds them. Lists keep score.py's order
/// where it is defined by the gold or by the graph's edge list; node lists (`unmatchedNodes`,
/// `forbiddenNodes`, the labels of a duplicate) come in node-id order, where score.py keeps the
/// file's order — ``sameFigures(as:)`` compares them as multisets.
struct GoldScore: Equatable, CustomStringConvertible {
    var entityPrecision = 0.0, entityRecall = 0.0, entityF1 = 0.0, entityTypeAccuracy = 0.0
    var missedEntities: [String] = []
    /// Labels of nodes that match no gold entity (nil where a node has no string label).
    var unmatchedNodes: [String?] = []
    var duplicateNodes: [String: [String?]] = [:]
    var forbiddenNodes: [String?] = []
    var relationPrecision = 0.0, relationRecall = 0.0, relationF1 = 0.0
    var missedRelations: [String] = []
    var wrongRelations: [String] = []
    var unmergedEvents: [String] = []
    var parallelEdges = 0
    var evidenceChecked = 0
    var evidenceValid = 0

    /// score.py's last line.
    var description: String {
        "entity_f1=\(entityF1) relation_f1=\(relationF1) duplicates=\(duplicateNodes.count) "
            + "forbidden=\(forbiddenNodes.count) unmerged=\(unmergedEvents.count) parallel=\(parallelEdges) "
            + "evidence=\(evidenceValid)/\(evidenceChecked)"
    }

    /// The figures with precision and recall, for test messages.
    var figures: String {
        "entities P \(entityPrecision) R \(entityRecall) F1 \(entityF1); relations P \(relationPrecision) "
            + "R \(relationRecall) F1 \(relationF1)"
    }

    init() {}

    /// Reads the output of `score.py --json`.
    init(scorePyOutput data: Data) throws {
        self.init(scorePy: try JSONParser.parse(data))
    }

    /// Reads the output of `score.py --json`, parsed.
    init(scorePy value: JSONValue) {
        func number(_ key: String) -> Double { value[key]?.double ?? .nan }
        func strings(_ key: String) -> [String] { value[key]?.array?.compactMap(\.string) ?? [] }
        func labels(_ item: JSONValue?) -> [String?] { item?.array?.map(\.string) ?? [] }
        entityPrecision = number("entity_precision")
        entityRecall = number("entity_recall")
        entityF1 = number("entity_f1")
        entityTypeAccuracy = number("entity_type_accuracy")
        missedEntities = strings("missed_entities")
        unmatchedNodes = labels(value["unmatched_nodes"])
        duplicateNodes = (value["duplicate_nodes"]?.object ?? [:]).mapValues(labels)
        forbiddenNodes = labels(value["forbidden_nodes"])
        relationPrecision = number("relation_precision")
        relationRecall = number("relation_recall")
        relationF1 = number("relation_f1")
        missedRelations = strings("missed_relations")
        wrongRelations = strings("wrong_relations")
        unmergedEvents = strings("unmerged_events")
        parallelEdges = value["parallel_edges"]?.int ?? -1
        evidenceChecked = value["evidence_checked"]?.int ?? -1
        evidenceValid = value["evidence_valid"]?.int ?? -1
    }

    /// Whether every figure and list is the same, node lists compared without their order.
    func sameFigures(as other: GoldScore) -> Bool {
        normalizedForComparison == other.normalizedForComparison
    }

    /// The fields that differ from `other`'s, as "name: mine ≠ theirs", for test messages.
    func differences(from other: GoldScore) -> [String] {
        let mine = Mirror(reflecting: normalizedForComparison).children
        let theirs = Mirror(reflecting: other.normalizedForComparison).children
        return zip(mine, theirs).compactMap { left, right in
            let a = String(describing: left.value), b = String(describing: right.value)
            return a == b ? nil : "\(left.label ?? "?"): \(a) ≠ \(b)"
        }
    }

    private var normalizedForComparison: GoldScore {
        func sorted(_ labels: [String?]) -> [String?] { labels.sorted { ($0 ?? "") < ($1 ?? "") } }
        var copy = self
        copy.unmatchedNodes = sorted(unmatchedNodes)
        copy.forbiddenNodes = sorted(forbiddenNodes)
        copy.duplicateNodes = duplicateNodes.mapValues(sorted)
        return copy
    }
}
