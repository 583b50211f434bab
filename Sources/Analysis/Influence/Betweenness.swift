import GraphCore

extension Influence {
    /// Exact shortest-path betweenness, weighted by `distance` (= 1/trust).
    ///
    /// c_B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st, where σ_st is the number of shortest
    /// s–t paths and σ_st(v) the number through v (Freeman 1977), computed with
    /// Brandes' algorithm (Brandes 2001, "A faster algorithm for betweenness
    /// centrality", J. Math. Sociol. 25(2)), path lengths by Dijkstra (Newman 2001;
    /// Opsahl et al. 2010: distance = 1/trust). Equal path lengths are compared
    /// exactly, as networkx does. When every tie has the same trust a breadth-first
    /// search replaces Dijkstra (same result, faster).
    ///
    /// Scaling matches networkx `betweenness_centrality(G, weight='distance',
    /// normalized=…)`: sums are over ordered pairs; `normalized` divides by
    /// (n − 1)(n − 2); otherwise an undirected graph's sums are halved (each pair
    /// once). Graphs with fewer than 3 nodes give 0 everywhere.
    ///
    /// The sources are split into fixed blocks run concurrently on all cores
    /// (`DispatchQueue.concurrentPerform`), each with its own buffers and
    /// accumulator; the accumulators are summed in block order, so the result does
    /// not depend on the core count or on scheduling.
    ///
    /// - Complexity: O(n·m + n² log n) time (O(n·m) with uniform trust),
    ///   O(n + m) memory per block.
    public static func betweenness(_ graph: CSRGraph, normalized: Bool = true) -> [Double] {
        let n = graph.nodeCount
        let sources = (0 ..< n).map { Int32($0) }
        var raw = brandesRawScores(graph, sources: sources)
        let scale = betweennessScale(n: n, directed: graph.isDirected, normalized: normalized,
                                     sourceCount: n - 1)
        if scale != 1 { for v in 0 ..< n { raw[v] *= scale } }
        return raw
    }

    /// networkx's `_rescale` factor for an exact run: with N = n − 1 and k = N,
    /// 1/(k(N − 1)) when normalised, N/(k·c) otherwise (c = 2 undirected, 1 directed).
    /// Sampled runs scale per node; see
    /// ``sampledBetweenness(_:pivots:seed:normalized:confidence:)``.
    static func betweennessScale(n: Int, directed: Bool, normalized: Bool, sourceCount k: Int) -> Double {
        let big = n - 1                      // N in networkx (endpoints excluded)
        guard big >= 2, k >= 1 else { return 1 }
        if normalized { return 1 / (Double(k) * Double(big - 1)) }
        return Double(big) / (Double(k) * (directed ? 1 : 2))
    }
}
