import GraphCore

/// Raw views of a graph's arrays for the hot loops.
struct ArcView {
    let offsets: UnsafeBufferPointer<Int>
    let neighbours: UnsafeBufferPointer<Int32>
    let trust: UnsafeBufferPointer<Double>
}

extension CSRGraph {
    /// Calls `body` with raw views of `offsets`, `neighbours` and `trust`. An arc's length
    /// is 1 / trust, divided where it is used rather than kept: the same double either way
    /// (so the same shortest paths and ties), and 16 MB less at a city's 2M arcs.
    func withArcView<R>(_ body: (ArcView) -> R) -> R {
        offsets.withUnsafeBufferPointer { off in
            neighbours.withUnsafeBufferPointer { nb in
                trust.withUnsafeBufferPointer { tr in
                    body(ArcView(offsets: off, neighbours: nb, trust: tr))
                }
            }
        }
    }
}

/// Per-worker scratch for single-source shortest paths with path counting (the
/// forward phase of Brandes 2001) and dependency accumulation (its backward phase).
/// Buffers are allocated once per worker and reset only where a search touched
/// them, so a search allocates nothing.
final class ShortestPathWorker {
    let n: Int
    let dist: UnsafeMutableBufferPointer<Double>
    let sigma: UnsafeMutableBufferPointer<Double>
    let delta: UnsafeMutableBufferPointer<Double>
    let hop: UnsafeMutableBufferPointer<Int32>
    let done: UnsafeMutableBufferPointer<Bool>
    /// Nodes reached, in non-decreasing distance; `order[0 ..< reached]`.
    let order: UnsafeMutableBufferPointer<Int32>
    var reached = 0
    var heap: IndexedHeap

    init(nodeCount: Int) {
        n = nodeCount
        dist = .allocate(capacity: n); dist.initialize(repeating: .infinity)
        sigma = .allocate(capacity: n); sigma.initialize(repeating: 0)
        delta = .allocate(capacity: n); delta.initialize(repeating: 0)
        hop = .allocate(capacity: n); hop.initialize(repeating: -1)
        done = .allocate(capacity: n); done.initialize(repeating: false)
        order = .allocate(capacity: n); order.initialize(repeating: 0)
        heap = IndexedHeap(capacity: n)
    }

    deinit {
        dist.deallocate(); sigma.deallocate(); delta.deallocate()
        hop.deallocate(); done.deallocate(); order.deallocate()
        heap.deallocate()
    }

    /// Clears what the last search touched.
    @inline(__always)
    func reset() {
        for i in 0 ..< reached {
            let v = Int(order[i])
            dist[v] = .infinity; sigma[v] = 0; delta[v] = 0; hop[v] = -1; done[v] = false
        }
        reached = 0
    }

    /// Dijkstra from `s` on arc lengths, counting shortest paths (`sigma`). Equal
    /// lengths are compared exactly, as networkx's `_single_source_dijkstra_path_basic`
    /// does, and lengths are summed along the path in the same order, so the same
    /// ties are found.
    func forwardWeighted(_ g: ArcView, source s: Int) {
        reset()
        dist[s] = 0; sigma[s] = 1
        var queue = heap
        defer { heap = queue }
        queue.insert(s, key: 0)
        while true {
            let top = queue.popMin()
            if top.node < 0 { break }
            let v = Int(top.node)
            done[v] = true
            order[reached] = top.node; reached += 1
            let dv = top.key, sv = sigma[v]
            for a in g.offsets[v] ..< g.offsets[v + 1] {
                let w = Int(g.neighbours[a])
                if done[w] { continue }
                let nd = dv + 1 / g.trust[a]
                let dw = dist[w]
                if nd < dw {
                    dist[w] = nd; sigma[w] = sv
                    if dw == .infinity { queue.insert(w, key: nd) } else { queue.decrease(w, to: nd) }
                } else if nd == dw {
                    sigma[w] += sv
                }
            }
        }
    }

    /// Breadth-first search from `s` for graphs whose arcs all have length `unit`;
    /// gives the same `order`, `sigma` and (bit-for-bit) `dist` as
    /// ``forwardWeighted(_:source:)`` would.
    func forwardUniform(_ g: ArcView, source s: Int, unit: Double) {
        reset()
        dist[s] = 0; sigma[s] = 1; hop[s] = 0
        order[0] = Int32(s); reached = 1
        var head = 0
        while head < reached {
            let v = Int(order[head]); head += 1
            let hv = hop[v], nh = hv + 1, dv = dist[v] + unit, sv = sigma[v]
            for a in g.offsets[v] ..< g.offsets[v + 1] {
                let w = Int(g.neighbours[a])
                let hw = hop[w]
                if hw < 0 {
                    hop[w] = nh; dist[w] = dv; sigma[w] = sv
                    order[reached] = Int32(w); reached += 1
                } else if hw == nh {
                    sigma[w] += sv
                }
            }
        }
    }

    /// Brandes' dependency accumulation after a forward pass from `s`: adds
    /// δ_s(w) to `acc[w]` for every reached `w ≠ s`. `rev` gives the arcs entering
    /// each node (the graph itself when undirected, its reverse when directed).
    func accumulate(_ rev: ArcView, source s: Int, uniform: Bool,
                    into acc: UnsafeMutableBufferPointer<Double>) {
        var i = reached - 1
        while i >= 1 {  // order[0] is the source: nothing to pass on
            let w = Int(order[i]); i -= 1
            let coeff = (1 + delta[w]) / sigma[w]
            if uniform {
                let want = hop[w] - 1
                for a in rev.offsets[w] ..< rev.offsets[w + 1] {
                    let v = Int(rev.neighbours[a])
                    if hop[v] == want { delta[v] += sigma[v] * coeff }
                }
            } else {
                let dw = dist[w]
                for a in rev.offsets[w] ..< rev.offsets[w + 1] {
                    let v = Int(rev.neighbours[a])
                    if done[v], dist[v] + 1 / rev.trust[a] == dw { delta[v] += sigma[v] * coeff }
                }
            }
            acc[w] += delta[w]
        }
    }
}
