// A small program using the NewsGraph library: read two sentences, extract, print, export.
//   swift run LibraryExample
import Foundation
import NewsGraph

let text = """
Russian President Vladimir Putin held a phone call with Iranian President Masoud Pezeshkian on Friday.
Pezeshkian accused the United States of interfering in Iran's affairs.
"""

do {
    let knowledge = try KnowledgeBase.builtIn
    let document = DocumentReader.makeDocument(id: "d1", path: "example.txt", content: text)
    let graph = Extractor(knowledge: knowledge).extract([document])

    for entity in graph.sortedEntities {
        print("\(entity.kind.rawValue): \(entity.name)")
    }
    for relation in graph.sortedRelations {
        let source = graph.entities[relation.source]?.name ?? relation.source
        let target = graph.entities[relation.target]?.name ?? relation.target
        print("\(source) —\(relation.kind.label)→ \(target): \"\(relation.evidence[0].text)\"")
    }
    let json = try JSONGraphEncoder().encode(graph)
    print("JSON: \(json.count) bytes")
} catch {
    print("error: \(error.localizedDescription)")
    exit(1)
}
