import Testing
@testable import NewsGraph

/// Filters select the same part of an EntityGraph and of its ExportGraph.
@Suite("Graph filters")
struct GraphFilterTests {
    let graph = SampleGraph.entityGraph

    /// Applies the filter both ways, checks they agree, returns (node ids, relation names).
    func apply(_ filter: GraphFilter) throws -> (nodes: [String], relations: [String]) {
        let entities = try graph.filtered(by: filter)
        let exported = try SampleGraph.graph.filtered(by: filter)
        #expect(ExportGraph(entities) == exported)
        return (exported.nodes.map(\.id), exported.edges.map(\.relation))
    }

    @Test("an inactive filter keeps everything, entities without relations included")
    func inactive() throws {
        #expect(try graph.filtered(by: GraphFilter()) == graph)
        #expect(try apply(GraphFilter(keepIsolated: true)).nodes.count == 7)
    }

    @Test func relations() throws {
        let kept = try apply(GraphFilter(relations: ["call", "AGREEMENT"]))
        #expect(Set(kept.relations) == ["call", "agreement"])
        #expect(kept.nodes == ["country:rus", "person:masoud-pezeshkian", "person:vladimir-putin"])
    }

    @Test func minSources() throws {
        let kept = try apply(GraphFilter(minSources: 2))
        #expect(kept.relations == ["call"])
        #expect(kept.nodes == ["person:masoud-pezeshkian", "person:vladimir-putin"])
    }

    @Test func keepIsolated() throws {
        let kept = try apply(GraphFilter(minSources: 2, keepIsolated: true))
        #expect(kept.relations == ["call"])
        #expect(kept.nodes.count == 7)
    }

    @Test("focus by name, alias or id, with depth")
    func focus() throws {
        let one = try apply(GraphFilter(focus: ["Kremlin"]))
        #expect(one.nodes == ["country:rus", "organization:kremlin"])
        let two = try apply(GraphFilter(focus: ["kremlin"], depth: 2))
        #expect(two.nodes == ["country:rus", "country:usa", "organization:kremlin", "person:masoud-pezeshkian"])
        #expect(try apply(GraphFilter(focus: ["the russian leader"])).nodes.contains("person:vladimir-putin"))
        #expect(try apply(GraphFilter(focus: ["country:usa"], depth: 0)).nodes == ["country:usa"])
        #expect(try apply(GraphFilter(focus: ["Putin", "United Nations"], depth: 0, keepIsolated: true)).nodes
                == ["organization:united-nations", "person:vladimir-putin"])
    }

    @Test func focusAndRelationsCombine() throws {
        let kept = try apply(GraphFilter(relations: ["threat", "affiliation"], focus: ["Russia"]))
        #expect(Set(kept.relations) == ["threat", "affiliation"])
        #expect(kept.nodes == ["country:rus", "country:usa", "organization:kremlin"])
    }

    @Test func errors() {
        #expect(throws: GraphFilterError.self) { try graph.filtered(by: GraphFilter(relations: ["calls"])) }
        #expect(throws: GraphFilterError.focusNotFound("Putn", suggestions: [])) {
            try graph.filtered(by: GraphFilter(focus: ["Putn"]))
        }
        #expect(throws: GraphFilterError.focusNotFound("united", suggestions: ["United Nations", "United States"])) {
            try graph.filtered(by: GraphFilter(focus: ["united"]))
        }
        #expect(throws: GraphFilterError.invalidDepth(-1)) { try graph.filtered(by: GraphFilter(focus: ["Russia"], depth: -1)) }
        let message = (try? graph.filtered(by: GraphFilter(relations: ["calls"]))).map { _ in "" }
            ?? GraphFilterError.unknownRelation("calls", known: RelationKind.allCases.map(\.rawValue)).localizedDescription
        #expect(message.contains("use any of call, meeting"))
    }

    @Test func ambiguousFocus() throws {
        let graph = ExportGraph(nodes: [ExportGraph.Node(id: "a", label: "Smith", type: "person"),
                                        ExportGraph.Node(id: "b", label: "Smith", type: "person")])
        #expect(throws: GraphFilterError.ambiguousFocus("smith", candidates: ["a (Smith)", "b (Smith)"])) {
            try graph.filtered(by: GraphFilter(focus: ["smith"]))
        }
        #expect(try graph.filtered(by: GraphFilter(focus: ["b"], keepIsolated: true)).nodes.map(\.id) == ["b"])
    }

    @Test("relation names that only the graph uses are accepted")
    func foreignRelations() throws {
        let graph = ExportGraph(nodes: [ExportGraph.Node(id: "a", label: "A", type: "x"), ExportGraph.Node(id: "b", label: "B", type: "x")],
                                edges: [ExportGraph.Edge(id: "e", source: "a", target: "b", relation: "friend", directed: false, label: "")])
        #expect(try graph.filtered(by: GraphFilter(relations: ["friend"])).edges.count == 1)
        #expect(try graph.filtered(by: GraphFilter(relations: ["call"])).nodes.isEmpty)
    }
}
