import GraphCore

extension Influence {
    /// Trust strength: the sum of the trust of a node's ties (Barrat et al. 2004,
    /// "The architecture of complex weighted networks", PNAS 101(11); Opsahl et al.
    /// 2010), networkx's `G.degree(weight='trust')`.
    ///
    /// s(v) = Σ_{u ∈ N(v)} t_vu on an undirected graph; on a directed graph
    /// s(v) = s_in(v) + s_out(v).
    ///
    /// - Complexity: O(n + m).
    public static func strength(_ graph: CSRGraph) -> [Double] {
        var s = outStrength(graph)
        if graph.isDirected {
            let inS = inStrength(graph)
            for v in 0 ..< graph.nodeCount { s[v] += inS[v] }
        }
        return s
    }

    /// Out-strength: s_out(v) = Σ_{v→u} t_vu, the trust a node gives out along the
    /// flow. Equals ``strength(_:)`` on an undirected graph.
    ///
    /// - Complexity: O(n + m).
    public static func outStrength(_ graph: CSRGraph) -> [Double] {
        var s = [Double](repeating: 0, count: graph.nodeCount)
        for v in 0 ..< graph.nodeCount {
            var sum = 0.0
            for a in graph.arcs(of: v) { sum += graph.trust[a] }
            s[v] = sum
        }
        return s
    }

    /// In-strength: s_in(v) = Σ_{u→v} t_uv, the trust a node receives along the
    /// flow. Equals ``strength(_:)`` on an undirected graph.
    ///
    /// - Complexity: O(n + m).
    public static func inStrength(_ graph: CSRGraph) -> [Double] {
        guard graph.isDirected else { return outStrength(graph) }
        var s = [Double](repeating: 0, count: graph.nodeCount)
        for a in 0 ..< graph.arcCount { s[Int(graph.neighbours[a])] += graph.trust[a] }
        return s
    }
}
