import Dispatch
import GraphCore

extension Influence {
    /// Trust-weighted eigenvector centrality (Bonacich 1972, "Factoring and weighting
    /// approaches to status scores and clique identification"), matching networkx
    /// `eigenvector_centrality(G, weight='trust')`.
    ///
    /// Power iteration on A + I (the shift makes it converge on bipartite graphs):
    ///
    ///     x ← (x + Aᵀx) / ‖x + Aᵀx‖₂,   (Aᵀx)_v = Σ_{u→v} t_uv x_u
    ///
    /// from x = 1/n, stopping when Σ_v |x_v − x'_v| < n · tolerance. Scores are
    /// non-negative with Euclidean norm 1. On a directed graph a node's score comes
    /// from the nodes with arcs to it (networkx's left-eigenvector convention).
    /// An empty graph gives no scores (networkx raises). The default iteration limit
    /// is 1000 (networkx: 100), enough for the slow convergence of graphs with
    /// several components of similar leading eigenvalue.
    ///
    /// - Complexity: O(n + m) per iteration.
    public static func eigenvectorCentrality(_ graph: CSRGraph, tolerance: Double = 1e-6,
                                             maxIterations: Int = 1000) -> PowerIterationResult {
        let n = graph.nodeCount
        guard n > 0 else { return PowerIterationResult(scores: [], iterations: 0, converged: true) }
        let nd = Double(n)
        var x = [Double](repeating: 1.0 / nd, count: n)
        var next = [Double](repeating: 0, count: n)
        var iterations = 0
        while iterations < max(0, maxIterations) {
            iterations += 1
            graph.offsets.withUnsafeBufferPointer { off in
                graph.neighbours.withUnsafeBufferPointer { nb in
                    graph.trust.withUnsafeBufferPointer { tr in
                        x.withUnsafeBufferPointer { xs in
                            next.withUnsafeMutableBufferPointer { nx in
                                if graph.isDirected {
                                    for v in 0 ..< n { nx[v] = xs[v] }
                                    for u in 0 ..< n {
                                        let xu = xs[u]
                                        for a in off[u] ..< off[u + 1] { nx[Int(nb[a])] += xu * tr[a] }
                                    }
                                } else {
                                    // Undirected: every arc is stored from both ends with the
                                    // same trust, so each node gathers its own sum — no
                                    // scattered writes, and the two halves of a large graph
                                    // run on two threads (each node's sum is the same either way).
                                    let shared = SharedBuffers(off: off, nb: nb, tr: tr, xs: xs, nx: nx)
                                    let blocks = graph.arcCount > 200_000 ? 2 : 1
                                    DispatchQueue.concurrentPerform(iterations: blocks) { b in
                                        shared.gather(b * n / blocks ..< (b + 1) * n / blocks)
                                    }
                                }
                            }
                        }
                    }
                }
            }
            var sq = 0.0
            for v in 0 ..< n { sq += next[v] * next[v] }
            var norm = sq.squareRoot()
            if norm == 0 || !norm.isFinite { norm = 1 }
            var err = 0.0
            for v in 0 ..< n {
                next[v] /= norm
                err += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if err < nd * tolerance {
                return PowerIterationResult(scores: x, iterations: iterations, converged: true)
            }
        }
        return PowerIterationResult(scores: x, iterations: iterations, converged: false)
    }
}

/// The arrays of one eigenvector step, shared by the threads that each fill their own part
/// of `nx`.
private struct SharedBuffers: @unchecked Sendable {
    let off: UnsafeBufferPointer<Int>
    let nb: UnsafeBufferPointer<Int32>
    let tr: UnsafeBufferPointer<Double>
    let xs: UnsafeBufferPointer<Double>
    let nx: UnsafeMutableBufferPointer<Double>

    func gather(_ range: Range<Int>) {
        for v in range {
            var sum = xs[v]
            for a in off[v] ..< off[v + 1] { sum += xs[Int(nb[a])] * tr[a] }
            nx[v] = sum
        }
    }
}
