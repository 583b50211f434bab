import GraphCore

extension Influence {
    /// Trust reach: for each node s, the people it reaches along the flow graph on
    /// paths whose trust (the product of the ties' trust) is at least `threshold`:
    ///
    ///     R(s) = Σ_{v ≠ s, T(s, v) ≥ threshold} people[v],
    ///     T(s, v) = max over paths s → v of Π t
    ///
    /// found by a Dijkstra on −ln t bounded at −ln threshold (with a relative slack
    /// of 1e-12 so a path whose trust equals the threshold exactly counts). Pass the
    /// directed flow graph; `people[v]` is how many people node v stands for (its
    /// `size`; 1 for an organisation, or 0 to count clients only). Non-finite or
    /// negative weights count as 0. A threshold ≤ 0 counts everything reachable.
    /// Trust above 1 is treated as 1. Sources run in parallel blocks.
    ///
    /// - Throws: ``AnalysisError/sizeMismatch(expected:actual:)`` when `people` does
    ///   not have one entry per node.
    /// - Complexity: O(n · (n' + m') log n'), n' and m' the nodes and arcs within
    ///   reach of a source.
    public static func trustReach(_ flow: CSRGraph, people: [Double],
                                  threshold: Double) throws(AnalysisError) -> [Double] {
        let n = flow.nodeCount
        guard people.count == n else { throw .sizeMismatch(expected: n, actual: people.count) }
        let weight = people.map { ($0.isFinite && $0 > 0) ? $0 : 0 }
        let costs = flow.trustCosts()
        // Two blocks, one searcher each: a searcher's workspace is several arrays of n.
        let parts: [[Double]] = ParallelBlocks.map(count: n, blocks: 2) { range in
            let searcher = TrustSearcher(graph: flow, costs: costs, recordsPaths: false)
            var out = [Double](repeating: 0, count: range.count)
            for s in range {
                var sum = 0.0
                searcher.forEachReached(from: s, threshold: threshold) { v, _ in
                    sum += weight[Int(v)]
                }
                out[s - range.lowerBound] = sum
            }
            return out
        }
        return parts.flatMap { $0 }
    }
}
