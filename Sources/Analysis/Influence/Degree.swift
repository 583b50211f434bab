import GraphCore

extension Influence {
    /// Degree: the number of distinct partners tied to each node.
    ///
    /// On an undirected (structural) graph, deg(v) = |N(v)|; on a directed (flow)
    /// graph, deg(v) = in(v) + out(v), as networkx's `DiGraph.degree`. Parallel
    /// ties were merged and zero-trust ties dropped when the graph was built.
    ///
    /// - Complexity: O(n) undirected, O(n + m) directed.
    public static func degree(_ graph: CSRGraph) -> [Int] {
        var d = outDegree(graph)
        if graph.isDirected {
            for v in graph.neighbours { d[Int(v)] += 1 }
        }
        return d
    }

    /// Out-degree: arcs leaving each node (on a flow graph, the partners a node
    /// gives to). Equals ``degree(_:)`` on an undirected graph.
    ///
    /// - Complexity: O(n).
    public static func outDegree(_ graph: CSRGraph) -> [Int] {
        (0 ..< graph.nodeCount).map { graph.offsets[$0 + 1] - graph.offsets[$0] }
    }

    /// In-degree: arcs entering each node (on a flow graph, the partners a node
    /// receives from). Equals ``degree(_:)`` on an undirected graph.
    ///
    /// - Complexity: O(n + m).
    public static func inDegree(_ graph: CSRGraph) -> [Int] {
        guard graph.isDirected else { return outDegree(graph) }
        var d = [Int](repeating: 0, count: graph.nodeCount)
        for v in graph.neighbours { d[Int(v)] += 1 }
        return d
    }
}
