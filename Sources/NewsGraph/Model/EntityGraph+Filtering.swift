extension EntityGraph {
    /// The part of the graph a filter keeps: some relations, a neighbourhood, well-sourced edges.
    ///
    /// Documents all stay. See ``GraphFilter`` for what is kept; an inactive filter returns the
    /// graph unchanged.
    ///
    /// - Parameter filter: What to keep.
    /// - Returns: The filtered graph.
    /// - Throws: ``GraphFilterError`` for an unknown relation name, a focus name that matches no
    ///   entity or several, or an out-of-range depth or minimum.
    public func filtered(by filter: GraphFilter) throws -> EntityGraph {
        guard filter.isActive else { return self }
        let nodes = sortedEntities.map {
            GraphFilter.NodeFacts(id: $0.id, label: $0.name, aliases: $0.sortedAliases)
        }
        let edges = sortedRelations.map {
            GraphFilter.EdgeFacts(id: $0.id, source: $0.source, target: $0.target,
                                  relation: $0.kind.rawValue, sources: $0.sources)
        }
        let kept = try filter.select(nodes: nodes, edges: edges)
        var result = self
        result.removeRelations { !kept.edges.contains($0.id) }
        result.removeEntities { !kept.nodes.contains($0.id) }
        return result
    }
}
