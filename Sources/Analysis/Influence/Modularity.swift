import GraphCore

extension Influence {
    /// Modularity of a partition (Newman & Girvan 2004; Newman 2006; resolution γ of
    /// Reichardt & Bornholdt 2006), trust-weighted, matching networkx
    /// `community.modularity(G, communities, weight='trust', resolution=γ)`:
    ///
    ///     undirected:  Q = Σ_c [ L_c / m − γ (D_c / 2m)² ]
    ///     directed:    Q = Σ_c [ L_c / m − γ D⁺_c D⁻_c / m² ]
    ///
    /// with L_c the total trust of ties inside c, D_c the summed strength of its
    /// nodes (D⁺, D⁻: out- and in-strength) and m the total trust of all ties.
    /// `community[v]` is any non-negative label. A graph without ties has Q = 0
    /// (networkx divides by zero).
    ///
    /// - Throws: ``AnalysisError`` when `community` does not have one label per
    ///   node or a label is negative.
    /// - Complexity: O(n + m).
    public static func modularity(_ graph: CSRGraph, community: [Int32],
                                  resolution: Double = 1) throws(AnalysisError) -> Double {
        let n = graph.nodeCount
        guard community.count == n else { throw .sizeMismatch(expected: n, actual: community.count) }
        var maxLabel: Int32 = -1
        for v in 0 ..< n {
            if community[v] < 0 { throw .negativeLabel(node: v) }
            maxLabel = max(maxLabel, community[v])
        }
        let k = Int(maxLabel) + 1
        var inside = [Double](repeating: 0, count: k)
        var outSum = [Double](repeating: 0, count: k)
        var inSum = [Double](repeating: 0, count: k)
        var total = 0.0
        for u in 0 ..< n {
            let cu = Int(community[u])
            for a in graph.arcs(of: u) {
                let v = Int(graph.neighbours[a])
                let t = graph.trust[a]
                total += t
                outSum[cu] += t
                inSum[Int(community[v])] += t
                if community[v] == community[u], graph.isDirected || u < v { inside[cu] += t }
            }
        }
        guard total > 0 else { return 0 }
        var q = 0.0
        if graph.isDirected {
            let m = total
            for c in 0 ..< k { q += inside[c] / m - resolution * outSum[c] * inSum[c] / (m * m) }
        } else {
            let degSum = total          // every tie stored from both ends: Σ strength
            let m = degSum / 2
            for c in 0 ..< k {
                q += inside[c] / m - resolution * outSum[c] * outSum[c] / (degSum * degSum)
            }
        }
        return q
    }
}
