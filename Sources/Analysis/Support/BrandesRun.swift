import GraphCore

/// Runs Brandes' accumulation from the given sources, in parallel over fixed
/// blocks of the source list, each block with its own worker and accumulator; the
/// accumulators are summed in block order, so the result is deterministic.
/// Returns the raw (unscaled) dependency sums.
func brandesRawScores(_ graph: CSRGraph, sources: [Int32]) -> [Double] {
    let n = graph.nodeCount
    guard n > 0, !sources.isEmpty else { return [Double](repeating: 0, count: n) }
    let reverse = graph.isDirected ? graph.reversed() : graph
    let uniform = graph.hasUniformTrust
    let unit = graph.trust.first.map { 1 / $0 } ?? 1
    // Two blocks (one per core here), not the default eight: each block keeps a score per
    // node, 4.6 MB at a city's 580k nodes, so eight would hold 37 MB at once.
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
                        worker.accumulate(r, source: s, uniform: uniform, into: accBuf)
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
