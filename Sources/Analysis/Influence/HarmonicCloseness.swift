import GraphCore

extension Influence {
    /// Harmonic closeness (Marchiori & Latora 2000, "Harmony in the small-world";
    /// Boldi & Vigna 2014, "Axioms for centrality"), matching networkx
    /// `harmonic_centrality(G, distance='distance')`:
    ///
    ///     H(v) = Σ_{u ≠ v, d(u, v) < ∞} 1 / d(u, v),   d = shortest path on 1/trust
    ///
    /// Not normalised. Unreachable nodes add 0, so disconnected graphs and isolated
    /// nodes are well defined (an isolated node scores 0). On a directed graph
    /// d(u, v) runs from u to v (incoming paths), as in networkx.
    ///
    /// Sources run in parallel over fixed blocks, each with its own buffers.
    ///
    /// - Complexity: O(n·m + n² log n) time (O(n·m) with uniform trust).
    public static func harmonicCloseness(_ graph: CSRGraph) -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        // H(v) sums over paths into v: search from v on the reversed graph.
        let g = graph.isDirected ? graph.reversed() : graph
        let uniform = g.hasUniformTrust
        let unit = g.trust.first.map { 1 / $0 } ?? 1
        let parts: [[Double]] = ParallelBlocks.map(count: n) { range in
            let worker = ShortestPathWorker(nodeCount: n)
            var out = [Double](repeating: 0, count: range.count)
            g.withArcView { view in
                for s in range {
                    if uniform {
                        worker.forwardUniform(view, source: s, unit: unit)
                    } else {
                        worker.forwardWeighted(view, source: s)
                    }
                    var sum = 0.0
                    for i in 1 ..< max(1, worker.reached) {
                        let d = worker.dist[Int(worker.order[i])]
                        if d > 0 { sum += 1 / d }
                    }
                    out[s - range.lowerBound] = sum
                }
            }
            return out
        }
        return parts.flatMap { $0 }
    }
}
