import Foundation
import GraphCore

/// Harmonic closeness estimated from a sample of source nodes, with its error bound.
public struct SampledHarmonicCloseness: Sendable, Equatable {
    /// Estimated harmonic closeness per node, on the scale of the exact measure.
    public var scores: [Double]
    /// The sources used, ascending.
    public var pivots: [Int32]
    /// Whether the scores are exact (the sample covered every node).
    public var isExact: Bool
    /// Confidence of the bound (e.g. 0.95).
    public var confidence: Double
    /// Per-node bound ε on the score divided by n − 1 (the mean closeness to the others):
    /// for each node v, P(|estimate(v) − exact(v)| / (n − 1) ≥ ε) ≤ 1 − confidence.
    public var errorBound: Double
}

extension Influence {
    /// Harmonic closeness summed over the given sources only, as networkx
    /// `harmonic_centrality(G, sources=sources, distance='distance')`:
    ///
    ///     H_S(v) = Σ_{s ∈ S, s ≠ v, d(s, v) < ∞} 1 / d(s, v)
    ///
    /// One forward search from each source (d runs from s to v, as in
    /// ``harmonicCloseness(_:)``), in parallel over two blocks of sources whose sums are
    /// added in block order (`sumOverSearches`), so the result is deterministic.
    /// Out-of-range sources are ignored; a repeated source counts each time.
    ///
    /// - Complexity: O(|S|·(m + n log n)) time, O(n) memory per block.
    public static func harmonicCloseness(_ graph: CSRGraph, sources: [Int32]) -> [Double] {
        let n = graph.nodeCount
        let valid = sources.filter { graph.contains(Int($0)) }
        guard n > 0, !valid.isEmpty else { return [Double](repeating: 0, count: n) }
        return sumOverSearches(graph, reverse: graph, sources: valid) { worker, _, _, sums in
            for r in 1 ..< max(1, worker.reached) {
                let v = Int(worker.order[r])
                let d = worker.dist[v]
                if d > 0 { sums[v] += 1 / d }
            }
        }
    }

    /// Harmonic closeness estimated from `pivots` sources drawn uniformly without
    /// replacement by a seeded generator (the same draw as
    /// ``sampledBetweenness(_:pivots:seed:normalized:confidence:)`` for the same seed), for
    /// graphs too large for the exact all-pairs computation (Eppstein & Wang 2004, "Fast
    /// approximation of centrality", J. Graph Algorithms Appl. 8(1)):
    ///
    ///     Ĥ(v) = (n − 1) / m_v · Σ_{s ∈ S, s ≠ v} 1 / d(s, v)
    ///
    /// with m_v = k, or k − 1 when v is itself a pivot: (n − 1) times the mean of
    /// X_s(v) = 1/d(s, v) over a sample without replacement of the n − 1 other nodes,
    /// hence unbiased. Each X_s(v) lies in [0, t_max] (a path is at least one tie long, of
    /// length ≥ 1/t_max), so by Hoeffding's inequality (valid without replacement,
    /// Hoeffding 1963 §6) the per-node bound on Ĥ(v)/(n − 1) at confidence 1 − δ is
    ///
    ///     ε = t_max · sqrt( ln(2/δ) / (2(k − 1)) ).
    ///
    /// If `pivots` ≥ n the exact scores are returned with bound 0; `pivots` below 2 is
    /// raised to 2.
    ///
    /// - Complexity: O(k·(m + n log n)) time.
    public static func sampledHarmonicCloseness(_ graph: CSRGraph, pivots: Int, seed: UInt64,
                                                confidence: Double = 0.95) -> SampledHarmonicCloseness {
        let n = graph.nodeCount
        let conf = (confidence > 0 && confidence < 1) ? confidence : 0.95
        if pivots >= n || n <= 2 {
            return SampledHarmonicCloseness(scores: harmonicCloseness(graph), pivots: (0 ..< n).map { Int32($0) },
                                            isExact: true, confidence: conf, errorBound: 0)
        }
        let k = max(2, pivots)
        let (chosen, isPivot) = seededPivots(k, of: n, seed: seed)
        var scores = harmonicCloseness(graph, sources: chosen)
        let others = Double(n - 1)
        let kk = Double(k)
        for v in 0 ..< n { scores[v] *= others / (isPivot[v] ? kk - 1 : kk) }
        let largestTrust = graph.trust.max() ?? 0
        let eps = largestTrust * (log(2 / (1 - conf)) / (2 * (kk - 1))).squareRoot()
        return SampledHarmonicCloseness(scores: scores, pivots: chosen, isExact: false, confidence: conf,
                                        errorBound: eps)
    }
}
