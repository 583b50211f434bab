import GraphCore

extension Influence {
    /// Burt's effective size (Burt 1992, "Structural Holes"; Borgatti 1997,
    /// "Structural holes: unpacking Burt's redundancy measures"), the trust-weighted
    /// form of networkx `effective_size(G, weight='trust')`:
    ///
    ///     es(v) = Σ_{u ∈ N(v)} ( 1 − Σ_{w ∈ N(v)} p_vw m_uw ),
    ///     p_vw = t_vw / Σ_x t_vx,   m_uw = t_uw / max_x t_ux
    ///
    /// The number of partners, less their redundancy with each other. With equal
    /// trust it reduces to Borgatti's n − 2t/n. Computed on the undirected graph (a
    /// directed graph is first made undirected).
    ///
    /// - Returns: `nil` for an isolated node, where effective size is undefined
    ///   (networkx gives NaN).
    /// - Complexity: O(Σ_v deg(v)²) time, O(n) extra memory per block; nodes run in
    ///   parallel blocks.
    public static func effectiveSize(_ graph: CSRGraph) -> [Double?] {
        let g = graph.undirected()
        let n = g.nodeCount
        guard n > 0 else { return [] }
        let total = Influence.strength(g)
        var strongest = [Double](repeating: 0, count: n)
        for v in 0 ..< n {
            for a in g.arcs(of: v) { strongest[v] = max(strongest[v], g.trust[a]) }
        }
        let maxTrust = strongest
        let parts: [[Double?]] = ParallelBlocks.map(count: n) { range in
            var pv = [Double](repeating: 0, count: n)
            var mark = [Int32](repeating: -1, count: n)
            var out = [Double?](repeating: nil, count: range.count)
            for v in range {
                let arcs = g.arcs(of: v)
                if arcs.isEmpty || total[v] <= 0 { continue }
                let inv = 1 / total[v]
                for a in arcs {
                    let u = Int(g.neighbours[a])
                    pv[u] = g.trust[a] * inv; mark[u] = Int32(v)
                }
                var es = 0.0
                for a in arcs {
                    let u = Int(g.neighbours[a])
                    let invMax = 1 / maxTrust[u]
                    var r = 0.0
                    for b in g.arcs(of: u) {
                        let w = Int(g.neighbours[b])
                        if mark[w] == Int32(v) { r += pv[w] * (g.trust[b] * invMax) }
                    }
                    es += 1 - r
                }
                out[v - range.lowerBound] = es
            }
            return out
        }
        return parts.flatMap { $0 }
    }
}
