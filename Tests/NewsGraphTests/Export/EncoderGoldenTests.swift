import Foundation
import Testing
@testable import NewsGraph

/// Each encoder's output on a small fixed graph, byte for byte.
@Suite("Encoder golden files")
struct EncoderGoldenTests {
    @Test func dot() throws {
        try GoldenFile.check(DOTEncoder().encode(SampleGraph.graph), name: "sample.dot")
    }

    @Test func dotWithSFDPSettings() throws {
        let layout = DiagramLayout.settings(engine: "sfdp", nodes: 2000, edges: 3000)
        try GoldenFile.check(DOTEncoder(layout: layout, legend: false).encode(SampleGraph.graph), name: "sample.sfdp.dot")
    }

    @Test func graphML() throws {
        try GoldenFile.check(GraphMLEncoder().encode(SampleGraph.graph), name: "sample.graphml")
    }

    @Test func graphMLForYEd() throws {
        let encoder = GraphMLEncoder(flavor: .yed(FixedNodePositions(SampleGraph.positions)))
        try GoldenFile.check(encoder.encode(SampleGraph.graph), name: "sample.yed.graphml")
    }

    @Test(arguments: JSONGraphEncoder.Flavor.allCases)
    func json(flavor: JSONGraphEncoder.Flavor) throws {
        let name = flavor == .jgf ? "sample.json" : "sample.\(flavor.rawValue).json"
        try GoldenFile.check(JSONGraphEncoder(flavor: flavor).encode(SampleGraph.graph), name: name)
    }

    @Test("encoding an EntityGraph and its ExportGraph gives the same bytes")
    func entityGraphConvenience() throws {
        let encoders: [any GraphEncoder] = [DOTEncoder(), GraphMLEncoder(), JSONGraphEncoder()]
        for encoder in encoders {
            #expect(try encoder.encode(SampleGraph.entityGraph) == encoder.encode(SampleGraph.graph))
        }
    }

    @Test("the same graph built in another order gives byte-identical files")
    func deterministic() throws {
        let original = SampleGraph.entityGraph
        var shuffled = EntityGraph()
        for relation in original.sortedRelations.reversed() { shuffled.add(relation) }
        for entity in original.sortedEntities.reversed() { shuffled.add(entity) }
        for document in original.sortedDocuments.reversed() { shuffled.add(document) }
        let encoders: [any GraphEncoder] = [DOTEncoder(), GraphMLEncoder(), JSONGraphEncoder(),
                                            JSONGraphEncoder(flavor: .cytoscape), JSONGraphEncoder(flavor: .networkx)]
        for encoder in encoders {
            #expect(try encoder.encode(original) == encoder.encode(shuffled))
        }
    }
}
