import GraphCore

extension Influence {
    /// Burt's constraint (Burt 1992, "Structural Holes", ch. 2; Burt 2004), the
    /// trust-weighted form of networkx `constraint(G, weight='trust')`:
    ///
    ///     c(v) = Σ_{u ∈ N(v)} ( p_vu + Σ_{w ∈ N(v)} p_vw p_wu )²,
    ///     p_vu = t_vu / Σ_{x ∈ N(v)} t_vx
    ///
    /// (networkx's mutual weights a_vu + a_uv equal 2·t_vu on an undirected graph,
    /// and the factor 2 cancels in p). Low constraint means a broker between
    /// otherwise separate partners. Computed on the undirected graph (a directed
    /// graph is first made undirected with ``GraphCore/CSRGraph/undirected()``).
    ///
    /// - Returns: `nil` for an isolated node, where constraint is undefined
    ///   (networkx gives NaN).
    /// - Complexity: O(Σ_v deg(v)²) time, O(n) extra memory per block; nodes run
    ///   in parallel blocks.
    public static func constraint(_ graph: CSRGraph) -> [Double?] {
        let g = graph.undirected()
        let n = g.nodeCount
        guard n > 0 else { return [] }
        let total = Influence.strength(g)
        let parts: [[Double?]] = ParallelBlocks.map(count: n) { range in
            var pv = [Double](repeating: 0, count: n)
            var indirect = [Double](repeating: 0, count: n)
            var mark = [Int32](repeating: -1, count: n)
            var out = [Double?](repeating: nil, count: range.count)
            for v in range {
                let arcs = g.arcs(of: v)
                if arcs.isEmpty || total[v] <= 0 { continue }
                let inv = 1 / total[v]
                for a in arcs {
                    let u = Int(g.neighbours[a])
                    pv[u] = g.trust[a] * inv; indirect[u] = 0; mark[u] = Int32(v)
                }
                for a in arcs {
                    let w = Int(g.neighbours[a])
                    let pvw = pv[w]
                    let invW = 1 / total[w]
                    for b in g.arcs(of: w) {
                        let u = Int(g.neighbours[b])
                        if mark[u] == Int32(v) { indirect[u] += pvw * (g.trust[b] * invW) }
                    }
                }
                var c = 0.0
                for a in arcs {
                    let u = Int(g.neighbours[a])
                    let x = pv[u] + indirect[u]
                    c += x * x
                }
                out[v - range.lowerBound] = c
            }
            return out
        }
        return parts.flatMap { $0 }
    }
}
