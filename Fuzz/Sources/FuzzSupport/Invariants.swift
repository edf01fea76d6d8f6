import Foundation
import NewsGraph

/// What must hold for every graph, whatever the text.
public enum Invariants {
    /// Stops the fuzzer with `message` (libFuzzer saves the input as a crash).
    /// Stops the run: an invariant is broken.
    public static func fail(_ message: String) -> Never {
        fatalError("invariant broken: \(message)")
    }

    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("invariant broken: \(message())") }
    }

    public static func check(_ graph: EntityGraph, documents: [Document]) {
        let texts = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, Array($0.text.unicodeScalars)) })
        require(Set(graph.documents.keys) == Set(texts.keys), "documents \(graph.documents.keys.sorted()) ≠ \(texts.keys.sorted())")
        for entity in graph.entities.values {
            require(!entity.id.isEmpty && !entity.id.contains { $0.isWhitespace }, "entity id '\(entity.id)'")
            require(entity.documents.isSubset(of: texts.keys), "\(entity.id) in unknown documents \(entity.documents)")
            require(entity.mentions >= 0, "\(entity.id) has \(entity.mentions) mentions")
        }
        for relation in graph.relations.values {
            require(graph.entities[relation.source] != nil, "\(relation.id): no source entity")
            require(graph.entities[relation.target] != nil, "\(relation.id): no target entity")
            require(relation.source != relation.target, "\(relation.id): a relation of an entity with itself")
            require(!relation.evidence.isEmpty, "\(relation.id): no evidence")
            for evidence in relation.evidence {
                guard let text = texts[evidence.document] else {
                    require(false, "\(relation.id): evidence in unknown document \(evidence.document)")
                    return
                }
                require(evidence.start >= 0 && evidence.start <= evidence.end && evidence.end <= text.count,
                        "\(relation.id): evidence span \(evidence.start)..<\(evidence.end) outside 0..<\(text.count)")
                let slice = String(String.UnicodeScalarView(text[evidence.start..<evidence.end]))
                require(evidence.text == slice, "\(relation.id): evidence text is not the text at its span")
            }
        }
    }
}
