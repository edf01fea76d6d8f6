extension ExportGraph {
    /// The part of the graph a filter keeps, in the same order; the same selection as
    /// ``EntityGraph/filtered(by:)`` makes on the graph this one was made from.
    ///
    /// - Parameter filter: What to keep.
    /// - Returns: The filtered graph; documents all stay.
    /// - Throws: ``GraphFilterError`` as ``EntityGraph/filtered(by:)`` does.
    public func filtered(by filter: GraphFilter) throws -> ExportGraph {
        guard filter.isActive else { return self }
        let kept = try filter.select(
            nodes: nodes.map { GraphFilter.NodeFacts(id: $0.id, label: $0.label, aliases: $0.aliases) },
            edges: edges.map {
                GraphFilter.EdgeFacts(id: $0.id, source: $0.source, target: $0.target,
                                      relation: $0.relation, sources: $0.sources)
            })
        var result = self
        result.restrict(nodes: kept.nodes, edges: kept.edges)
        return result
    }
}
