import Foundation
@testable import NewsGraph

extension GoldScorer {
    /// An edge's relation type, lower case, synonyms mapped (`relation`, else `metadata.type`, else `label`).
    static func relationType(_ edge: JSONValue) -> String {
        let type = PythonText.or(edge["relation"], metadata(edge)["type"], edge["label"])?.string ?? ""
        let lower = PythonText.lowercased(type)
        return relationSynonyms[lower] ?? lower
    }

    /// Relation precision, recall and F1, the relations that should be one edge and are not, and
    /// the pairs of actors with more than one edge of a kind.
    func scoreRelations(_ graph: Graph, match: [String: String], into score: inout GoldScore) {
        // graph document id -> index in the gold's document list (by file name)
        var goldDocuments: [String: Int] = [:]
        for (index, name) in (gold["documents"]?.array ?? []).enumerated() { goldDocuments[PythonText.str(name)] = index }
        var documentIndex: [String: Int] = [:]
        for document in graph.documents where document.object != nil && !isNone(document["id"]) {
            let base = PythonText.basename(PythonText.str(PythonText.or(document["path"], document["name"], document["id"])))
            if let index = goldDocuments[base], let key = PythonText.hashKey(document["id"]) { documentIndex[key] = index }
        }
        func evidenceDocuments(_ edge: JSONValue) -> Set<Int> {
            let evidence = Self.metadata(edge)["evidence"]
            let items = PythonText.isTrue(evidence) ? evidence?.array ?? [] : []
            return Set(items.compactMap { item in PythonText.hashKey(item["document"]).flatMap { documentIndex[$0] } })
        }
        func goldIDs(_ value: JSONValue?) -> [String?] { (value?.array ?? []).map { $0.string } }
        func endsFit(_ edge: JSONValue, _ relation: JSONValue) -> Bool {
            let source = edge["source"]?.string.flatMap { match[$0] }, target = edge["target"]?.string.flatMap { match[$0] }
            let sources = goldIDs(relation["source"]), targets = goldIDs(relation["target"])
            let forward = sources.contains(source) && targets.contains(target)
            let backward = !PythonText.isTrue(relation["directed"]) && targets.contains(source) && sources.contains(target)
            return forward || backward
        }
        func relationDocuments(_ relation: JSONValue) -> Set<Int> { Set((relation["docs"]?.array ?? []).compactMap(\.int)) }
        func compatible(_ edge: JSONValue, _ relation: JSONValue) -> Bool {
            Self.relationType(edge) == relation["type"]?.string && endsFit(edge, relation)
                && !evidenceDocuments(edge).isDisjoint(with: relationDocuments(relation))
        }

        let scored = graph.edges.filter { Self.scoredRelations.contains(Self.relationType($0)) }
        let label = { (id: JSONValue?) -> String in
            PythonText.str(id?.string.flatMap { graph.nodeByID[$0] }?["label"])
        }
        score.wrongRelations = scored.filter { edge in !relations.contains { compatible(edge, $0) } }
            .map { "\(Self.relationType($0)):\(label($0["source"]))->\(label($0["target"]))" }
        let required = relations.filter {
            PythonText.isTrue($0["required"]) && Self.scoredRelations.contains($0["type"]?.string ?? "")
        }
        let matched = Set(required.filter { relation in scored.contains { compatible($0, relation) } }
            .map { PythonText.str($0["id"]) })
        let precision = Double(scored.count - score.wrongRelations.count) / Double(max(1, scored.count))
        let recall = Double(matched.count) / Double(max(1, required.count))
        score.relationPrecision = PythonText.round3(precision)
        score.relationRecall = PythonText.round3(recall)
        score.relationF1 = PythonText.round3(2 * precision * recall / max(1e-9, precision + recall))
        score.missedRelations = required.map { PythonText.str($0["id"]) }.filter { !matched.contains($0) }
        // one event reported by several documents must be one edge with evidence from each
        score.unmergedEvents = required.filter { relation in
            PythonText.isTrue(relation["merge"]) && !scored.contains { edge in
                Self.relationType(edge) == relation["type"]?.string && endsFit(edge, relation)
                    && relationDocuments(relation).isSubset(of: evidenceDocuments(edge))
            }
        }.map { PythonText.str($0["id"]) }
        var pairs: [[String]: Int] = [:]
        for edge in scored {
            let type = Self.relationType(edge)
            let key: [String]
            if let directed = edge["directed"], !PythonText.isTrue(directed) {
                key = [type] + [PythonText.str(edge["source"]), PythonText.str(edge["target"])].sorted()
            } else {
                key = [type, rawKey(edge["source"]), rawKey(edge["target"])]
            }
            pairs[key, default: 0] += 1
        }
        score.parallelEdges = pairs.values.filter { $0 > 1 }.count
    }

    /// Counts the evidence items of every edge, and those whose span holds exactly their quoted text.
    func checkEvidence(_ graph: Graph, documents folder: URL, into score: inout GoldScore) throws {
        var texts: [String: [Unicode.Scalar]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let data = try Data(contentsOf: url)
            let text = String(decoding: data, as: UTF8.self)
            guard Data(text.utf8) == data else { throw CocoaError(.fileReadInapplicableStringEncoding) }
            texts[name] = Array(text.unicodeScalars)
        }
        var names: [String: String] = [:]
        for document in graph.documents where document.object != nil && !isNone(document["id"]) {
            if let key = PythonText.hashKey(document["id"]) {
                names[key] = PythonText.basename(PythonText.str(PythonText.or(document["path"], document["name"], document["id"])))
            }
        }
        for edge in graph.edges {
            let evidence = Self.metadata(edge)["evidence"]
            for item in PythonText.isTrue(evidence) ? evidence?.array ?? [] : [] {
                score.evidenceChecked += 1
                let name = PythonText.hashKey(item["document"]).flatMap { names[$0] }
                    ?? PythonText.basename(PythonText.str(item["document"]))
                guard let text = texts[name], let start = integer(item["start"]), let end = integer(item["end"]),
                      0 <= start, start < end, end <= text.count, let quote = item["text"]?.string else { continue }
                if text[start..<end].elementsEqual(quote.unicodeScalars) { score.evidenceValid += 1 }
            }
        }
    }

    /// A number written as an integer (`isinstance(x, int)`; a `5.0` is not one).
    private func integer(_ value: JSONValue?) -> Int? {
        if case .integer(let number)? = value { return number }
        return nil
    }

    private func isNone(_ value: JSONValue?) -> Bool {
        if case .null? = value { return true }
        return value == nil
    }

    /// A directed edge's end as score.py keys it: the raw value, which for a string id is the id.
    private func rawKey(_ value: JSONValue?) -> String {
        if let text = value?.string { return text }
        return "\u{0}" + PythonText.str(value)
    }
}
