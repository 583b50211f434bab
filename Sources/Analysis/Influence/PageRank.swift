import GraphCore

extension Influence {
    /// Trust-weighted PageRank (Page, Brin, Motwani & Winograd 1999; Langville &
    /// Meyer 2005), matching networkx `pagerank(G, alpha, weight='trust')`.
    ///
    /// Rank flows along the arcs as given. In Guanxi, PageRank measures being
    /// relied upon: pass the REVERSED flow graph (or use ``relianceRank(flow:)``).
    ///
    ///     x ← α (x P + (Σ_{d dangling} x_d) / n · 1) + (1 − α)/n · 1
    ///
    /// where P_uv = t_uv / Σ_w t_uw and dangling nodes (no out-arcs) spread their
    /// rank uniformly. Starts from x = 1/n, stops when Σ_v |x_v − x'_v| < n · tolerance
    /// (networkx's rule). The scores sum to 1. An empty graph gives no scores.
    ///
    /// - Complexity: O(m + n) per iteration, at most `maxIterations` iterations.
    public static func pageRank(_ graph: CSRGraph, alpha: Double = 0.85,
                                tolerance: Double = 1e-6,
                                maxIterations: Int = 100) -> PowerIterationResult {
        let n = graph.nodeCount
        guard n > 0 else { return PowerIterationResult(scores: [], iterations: 0, converged: true) }
        let nd = Double(n)
        // Row-normalised transition weights per arc, as networkx's Q @ A.
        var p = [Double](repeating: 0, count: graph.arcCount)
        var dangling: [Int32] = []
        for u in 0 ..< n {
            var s = 0.0
            for a in graph.arcs(of: u) { s += graph.trust[a] }
            if s == 0 { dangling.append(Int32(u)); continue }
            let inv = 1.0 / s
            for a in graph.arcs(of: u) { p[a] = graph.trust[a] * inv }
        }
        var x = [Double](repeating: 1.0 / nd, count: n)
        var next = [Double](repeating: 0, count: n)
        let teleport = (1 - alpha) * (1.0 / nd)
        var iterations = 0
        while iterations < max(0, maxIterations) {
            iterations += 1
            var danglingSum = 0.0
            for d in dangling { danglingSum += x[Int(d)] }
            var err = 0.0
            graph.offsets.withUnsafeBufferPointer { off in
                graph.neighbours.withUnsafeBufferPointer { nb in
                    p.withUnsafeBufferPointer { pw in
                        x.withUnsafeBufferPointer { xs in
                            next.withUnsafeMutableBufferPointer { nx in
                                nx.update(repeating: 0)
                                for u in 0 ..< n {
                                    let xu = xs[u]
                                    for a in off[u] ..< off[u + 1] { nx[Int(nb[a])] += xu * pw[a] }
                                }
                                let spread = danglingSum * (1.0 / nd)
                                for v in 0 ..< n {
                                    let value = alpha * (nx[v] + spread) + teleport
                                    err += abs(value - xs[v])
                                    nx[v] = value
                                }
                            }
                        }
                    }
                }
            }
            swap(&x, &next)
            if err < nd * tolerance {
                return PowerIterationResult(scores: x, iterations: iterations, converged: true)
            }
        }
        return PowerIterationResult(scores: x, iterations: iterations, converged: false)
    }

    /// Reliance rank: PageRank on the reversed flow graph, so rank flows from each
    /// tie's receiver to its giver (DESIGN §4: the head station, the street office,
    /// resource holders and busy stations rank high).
    ///
    /// - Complexity: O(n + m) to reverse, then as ``pageRank(_:alpha:tolerance:maxIterations:)``.
    public static func relianceRank(flow: CSRGraph, alpha: Double = 0.85,
                                    tolerance: Double = 1e-6,
                                    maxIterations: Int = 100) -> PowerIterationResult {
        pageRank(flow.reversed(), alpha: alpha, tolerance: tolerance, maxIterations: maxIterations)
    }
}
