import Foundation
import GraphCore

/// Betweenness estimated from a sample of pivot sources, with its error bound.
public struct SampledBetweenness: Sendable, Equatable {
    /// Estimated betweenness per node (normalised or not, as asked).
    public var scores: [Double]
    /// The pivot sources used, ascending.
    public var pivots: [Int32]
    /// Whether the scores are exact (the sample covered every node).
    public var isExact: Bool
    /// Confidence of the bounds (e.g. 0.95).
    public var confidence: Double
    /// Per-node bound ε on the NORMALISED score: for each node v,
    /// P(|estimate(v) − exact(v)| ≥ ε) ≤ 1 − confidence.
    public var errorBound: Double
    /// Bound ε that holds for all nodes at once with the given confidence (union
    /// bound over the n nodes), on the normalised score.
    public var uniformErrorBound: Double
}

extension Influence {
    /// Betweenness estimated from `pivots` source nodes drawn uniformly without
    /// replacement by a seeded generator (deterministic for a given seed), scaled
    /// as networkx's `betweenness_centrality(G, k=pivots, weight='distance')`
    /// (networkx 3.6.1's `_rescale`): with N = n − 1, a pivot's own score is scaled by
    /// 1/((k − 1)(N − 1)) and every other node's by 1/(k(N − 1)) when normalised
    /// (N/((k − 1)·c) and N/(k·c), c = 2 undirected, 1 directed, when not).
    /// Brandes & Pich 2007 ("Centrality estimation in large networks").
    ///
    /// Error bound. For a node v, the normalised score is the mean over the n − 1
    /// sources s ≠ v of X_s(v) = δ_s(v)/(n − 2) ∈ [0, 1]; the estimate is the mean of
    /// X_s(v) over the m sampled sources other than v (m = k, or k − 1 for a pivot),
    /// a sample without replacement from those n − 1 values, hence unbiased. By
    /// Hoeffding's inequality (which holds for sampling without replacement,
    /// Hoeffding 1963 §6), P(|est − exact| ≥ ε) ≤ 2·exp(−2mε²). With δ = 1 − confidence:
    ///
    ///     errorBound        ε  = sqrt( ln(2/δ)  / (2(k − 1)) )   (each node)
    ///     uniformErrorBound ε' = sqrt( ln(2n/δ) / (2(k − 1)) )   (all nodes at once)
    ///
    /// e.g. k = 500 at 95 %: ε ≈ 0.061. Both bounds are on the normalised scale even
    /// when `normalized` is false. If `pivots` ≥ n the exact scores are returned
    /// with bounds 0; `pivots` below 2 is raised to 2.
    ///
    /// - Complexity: O(k·(m + n log n)) time.
    public static func sampledBetweenness(_ graph: CSRGraph, pivots: Int, seed: UInt64,
                                          normalized: Bool = true,
                                          confidence: Double = 0.95) -> SampledBetweenness {
        let n = graph.nodeCount
        let conf = (confidence > 0 && confidence < 1) ? confidence : 0.95
        if pivots >= n || n <= 2 {
            return SampledBetweenness(scores: betweenness(graph, normalized: normalized),
                                      pivots: (0 ..< n).map { Int32($0) }, isExact: true,
                                      confidence: conf, errorBound: 0, uniformErrorBound: 0)
        }
        let k = max(2, pivots)
        let (chosen, isPivot) = seededPivots(k, of: n, seed: seed)
        var scores = brandesRawScores(graph, sources: chosen)
        let big = Double(n - 1)
        let c = graph.isDirected ? 1.0 : 2.0
        let kk = Double(k)
        let scalePivot = normalized ? 1 / ((kk - 1) * (big - 1)) : big / ((kk - 1) * c)
        let scaleOther = normalized ? 1 / (kk * (big - 1)) : big / (kk * c)
        for v in 0 ..< n { scores[v] *= isPivot[v] ? scalePivot : scaleOther }
        let delta = 1 - conf
        let eps = (log(2 / delta) / (2 * (kk - 1))).squareRoot()
        let epsAll = (log(2 * Double(n) / delta) / (2 * (kk - 1))).squareRoot()
        return SampledBetweenness(scores: scores, pivots: chosen, isExact: false, confidence: conf,
                                  errorBound: min(1, eps), uniformErrorBound: min(1, epsAll))
    }
}
