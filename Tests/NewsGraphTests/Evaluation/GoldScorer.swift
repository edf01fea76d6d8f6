import Foundation
@testable import NewsGraph

/// A port of `../shared/eval/score.py` for the tests, which must run where `../shared` does not
/// exist: scores a JSON graph (JGF v1 or v2) against a gold file in the format of
/// `../shared/gold/seeds.json` and gives the same figures, computed the same way (see
/// `Evaluation/README.md`; `GoldScorerTests` compares the two).
///
/// Entities: a node matches the first gold entity one of whose normalised aliases is its
/// normalised label, or failing that one of its names (label and `metadata.aliases`). Relations:
/// only `call`, `accusation` and `agreement` edges count; an edge fits a gold relation of its
/// type whose ends it matches (either way round when undirected) and one of whose documents its
/// evidence comes from.
struct GoldScorer {
    static let scoredRelations: Set<String> = ["call", "accusation", "agreement"]
    static let relationSynonyms: [String: String] = [
        "phone_call": "call", "phonecall": "call", "telephone": "call", "consult": "call", "called": "call",
        "accuse": "accusation", "accused": "accusation", "blame": "accusation", "criticism": "accusation",
        "condemnation": "accusation", "agree": "agreement", "partnership": "agreement", "cooperation": "agreement",
        "threaten": "threat",
    ]

    let gold: JSONValue

    /// - Parameter gold: the gold file's JSON.
    init(gold data: Data) throws {
        gold = try JSONParser.parse(data)
    }

    /// The gold's entities, in file order.
    var entities: [JSONValue] { gold["entities"]?.array ?? [] }
    var relations: [JSONValue] { gold["relations"]?.array ?? [] }

    /// Scores a graph file's JSON; `documents` is the folder of its documents, to check that each
    /// evidence span holds its quoted text (score.py's `--docs`).
    func score(graph data: Data, documents: URL? = nil) throws -> GoldScore {
        let graph = try Graph(try JSONParser.parse(data))
        var score = GoldScore()
        let match = scoreEntities(graph, into: &score)
        scoreRelations(graph, match: match, into: &score)
        if let documents { try checkEvidence(graph, documents: documents, into: &score) }
        return score
    }

    /// The parts of a graph file score.py reads.
    struct Graph {
        var graph: JSONValue
        /// Nodes by id, in id order.
        var nodes: [(id: String, node: JSONValue)]
        var nodeByID: [String: JSONValue]
        var edges: [JSONValue]

        init(_ file: JSONValue) throws {
            // d.get("graph") or (d.get("graphs") or [{}])[0]
            graph = PythonText.or(file["graph"], (PythonText.or(file["graphs"]) ?? .null).array?.first) ?? .object([:])
            switch graph["nodes"] {
            case .array(let list)?:
                var byID: [String: JSONValue] = [:]
                for node in list { byID[PythonText.str(node["id"])] = node }
                nodeByID = byID
            case .object(let members)?: nodeByID = members
            default: nodeByID = [:]
            }
            nodes = nodeByID.sorted { $0.key < $1.key }.map { (id: $0.key, node: $0.value) }
            edges = graph["edges"]?.array ?? []
        }

        /// The graph's document list (`metadata.documents`).
        var documents: [JSONValue] { metadata(graph)["documents"]?.array ?? [] }
    }

    /// `x.get("metadata", {}) or {}`.
    static func metadata(_ value: JSONValue?) -> JSONValue {
        guard let metadata = value?["metadata"], PythonText.isTrue(metadata), metadata.object != nil else {
            return .object([:])
        }
        return metadata
    }

    /// The normalised names of a node: its label and aliases.
    static func names(of node: JSONValue) -> Set<String> {
        let aliases = PythonText.isTrue(metadata(node)["aliases"]) ? metadata(node)["aliases"]?.array ?? [] : []
        let names = [node["label"] ?? .string("")] + aliases
        return Set(names.compactMap(\.string).filter { !PythonText.strip($0).isEmpty }.map(PythonText.normalize))
    }

    /// Entity precision, recall and F1; returns the gold entity each matching node stands for.
    private func scoreEntities(_ graph: Graph, into score: inout GoldScore) -> [String: String] {
        let goldAliases: [(id: String, aliases: Set<String>)] = entities.map { entity in
            let aliases: [JSONValue] = entity["aliases"]?.array ?? []
            return (PythonText.str(entity["id"]), Set(aliases.compactMap { $0.string }.map(PythonText.normalize)))
        }
        var byID: [String: JSONValue] = [:]
        for entity in entities { byID[PythonText.str(entity["id"])] = entity }
        var match: [String: String] = [:]
        for (id, node) in graph.nodes {
            let names = Self.names(of: node)
            let label = PythonText.normalize(node["label"]?.string ?? "")
            if let hit = goldAliases.first(where: { $0.aliases.contains(label) })
                ?? goldAliases.first(where: { !$0.aliases.isDisjoint(with: names) }) {
                match[id] = hit.id
            }
        }
        let required = entities.filter { PythonText.isTrue($0["required"]) }
        let requiredIDs = Set(required.map { PythonText.str($0["id"]) })
        let found = Set(match.values)
        let truePositives = required.filter { found.contains(PythonText.str($0["id"])) }.count
        score.unmatchedNodes = graph.nodes.filter { match[$0.id] == nil }.map { $0.node["label"]?.string }
        var labelsByGold: [String: [String?]] = [:]
        for (id, node) in graph.nodes {
            guard let gid = match[id] else { continue }
            let label: String? = node["label"]?.string
            labelsByGold[gid, default: []].append(label)
        }
        score.duplicateNodes = labelsByGold.filter { $0.value.count > 1 }
        let onRequired = graph.nodes.filter { match[$0.id].map(requiredIDs.contains) ?? false }
        let typeRight = onRequired.filter { node in
            let type = Self.metadata(node.node)["type"]?.string ?? ""
            return PythonText.lowercased(type) == byID[match[node.id]!]?["type"]?.string
        }.count
        let forbidden = Set((gold["not_entities"]?.array ?? []).compactMap(\.string).map(PythonText.normalize))
        score.forbiddenNodes = graph.nodes.filter { forbidden.contains(PythonText.normalize($0.node["label"]?.string ?? "")) }
            .map { $0.node["label"]?.string }
        let extra = score.duplicateNodes.values.reduce(0) { $0 + $1.count - 1 }
        let precision = Double(match.count - extra) / Double(max(1, match.count + score.unmatchedNodes.count))
        let recall = Double(truePositives) / Double(max(1, required.count))
        score.entityPrecision = PythonText.round3(precision)
        score.entityRecall = PythonText.round3(recall)
        score.entityF1 = PythonText.round3(2 * precision * recall / max(1e-9, precision + recall))
        score.entityTypeAccuracy = PythonText.round3(Double(typeRight) / Double(max(1, onRequired.count)))
        score.missedEntities = required.map { PythonText.str($0["id"]) }.filter { !found.contains($0) }
        return match
    }
}
