import GraphCore

/// Runs Brandes' accumulation from the given sources and returns the raw (unscaled)
/// dependency sums. See ``sumOverSearches(_:reverse:sources:_:)``.
func brandesRawScores(_ graph: CSRGraph, sources: [Int32]) -> [Double] {
    let reverse = graph.isDirected ? graph.reversed() : graph
    let uniform = graph.hasUniformTrust
    return sumOverSearches(graph, reverse: reverse, sources: sources) { worker, reversed, s, acc in
        worker.accumulate(reversed, source: s, uniform: uniform, into: acc)
    }
}

/// One shortest-path search from each source (breadth-first when every trust is the same,
/// Dijkstra on 1/trust otherwise), after which `visit(worker, reverse, source, sums)` adds
/// what the search found to per-node sums. Sources run in parallel over two fixed blocks
/// (one per core here, not the default eight: each block keeps a sum per node, 4.6 MB at a
/// city's 580k nodes), each with its own worker and sums; the blocks' sums are added in
/// block order, so the result is deterministic. `reverse` is handed to `visit` as a view
/// (Brandes' backward phase walks it; pass `graph` when unused).
///
/// - Complexity: O(|sources| · (m + n log n)) plus what `visit` does.
func sumOverSearches(_ graph: CSRGraph, reverse: CSRGraph, sources: [Int32],
                     _ visit: @escaping @Sendable (ShortestPathWorker, ArcView, Int, UnsafeMutableBufferPointer<Double>) -> Void)
    -> [Double] {
    let n = graph.nodeCount
    guard n > 0, !sources.isEmpty else { return [Double](repeating: 0, count: n) }
    let uniform = graph.hasUniformTrust
    let unit = graph.trust.first.map { 1 / $0 } ?? 1
    let partials: [[Double]] = ParallelBlocks.map(count: sources.count, blocks: 2) { range in
        let worker = ShortestPathWorker(nodeCount: n)
        var acc = [Double](repeating: 0, count: n)
        acc.withUnsafeMutableBufferPointer { accBuf in
            graph.withArcView { g in
                reverse.withArcView { r in
                    for i in range {
                        let s = Int(sources[i])
                        if uniform {
                            worker.forwardUniform(g, source: s, unit: unit)
                        } else {
                            worker.forwardWeighted(g, source: s)
                        }
                        visit(worker, r, s, accBuf)
                    }
                }
            }
        }
        return acc
    }
    var total = [Double](repeating: 0, count: n)
    for part in partials {
        for v in 0 ..< n { total[v] += part[v] }
    }
    return total
}

/// `k` of the nodes `0..<n`, drawn uniformly without replacement by ``SeededGenerator``
/// from `seed`, ascending, and a mark per node for whether it was drawn. Both sampled path
/// measures draw through here, so one seed gives both the same pivots.
///
/// - Complexity: O(n + k log k).
func seededPivots(_ k: Int, of n: Int, seed: UInt64) -> (pivots: [Int32], isPivot: [Bool]) {
    var rng = SeededGenerator(seed: seed)
    let pivots = rng.sample(k, from: n).sorted().map { Int32($0) }
    var isPivot = [Bool](repeating: false, count: n)
    for p in pivots { isPivot[Int(p)] = true }
    return (pivots, isPivot)
}
