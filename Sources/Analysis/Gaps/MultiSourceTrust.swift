import Foundation

/// Most trusted routes between a set of sources and every partner, in one search: for each
/// partner the highest route trust (product of its ties' trust) from or to any source,
/// which source, and the next node on that route. Dijkstra on `−ln t` over the
/// ``PartnerGraph``, seeded with every source at cost 0; clients are never passed through.
///
/// - `.fromSources` (stations looking outwards): routes source → … → v, each step
///   carrying the asker's own trust; `hop[v]` is the node before v (toward the source).
/// - `.toSources` (holders of a tag looked for from anywhere): routes v → … → source, run
///   backwards over the same arcs; `hop[v]` is the node after v (toward the source).
///
/// Ties between equally trusted routes go to the lower source index, so the result never
/// depends on heap order. The workspace is reused across searches.
///
/// - Complexity: O((n + m) log n) per search, however many sources.
struct MultiSourceTrust {
    enum Direction { case fromSources, toSources }

    private(set) var cost: [Double]
    private(set) var origin: [Int32]
    /// The neighbour on the route toward the source (−1 at a source or unreached).
    private(set) var hop: [Int32]
    /// The trust of the tie between a node and its `hop`, as the route uses it.
    private(set) var hopTrust: [Double]
    private var touched: [Int32] = []

    init(nodeCount n: Int) {
        cost = [Double](repeating: .infinity, count: n)
        origin = [Int32](repeating: -1, count: n)
        hop = [Int32](repeating: -1, count: n)
        hopTrust = [Double](repeating: 0, count: n)
    }

    /// Route trust from or to the nearest source (0 when none).
    @inline(__always)
    func trust(_ v: Int32) -> Double {
        let c = cost[Int(v)]
        return c.isFinite ? exp(-c) : 0
    }

    /// Runs one search, forgetting the previous one.
    mutating func run(_ graph: PartnerGraph, sources: [Int32], direction: Direction) {
        for v in touched { cost[Int(v)] = .infinity; origin[Int(v)] = -1; hop[Int(v)] = -1; hopTrust[Int(v)] = 0 }
        touched.removeAll(keepingCapacity: true)
        var heap = IndexedHeap(capacity: graph.nodeCount)
        defer { heap.deallocate() }
        var settled = [Bool](repeating: false, count: graph.nodeCount)
        for source in sources where cost[Int(source)] != 0 {
            cost[Int(source)] = 0
            origin[Int(source)] = source
            touched.append(source)
            heap.insert(Int(source), key: 0)
        }
        let trusts = direction == .fromSources ? graph.trustOut : graph.trustIn
        while true {
            let top = heap.popMin()
            let u = Int(top.node)
            guard u >= 0 else { break }
            settled[u] = true
            for a in graph.arcs(of: u) {
                let v = Int(graph.neighbours[a])
                let t = trusts[a]
                guard t > 0, !settled[v] else { continue }
                let candidate = top.key + (t >= 1 ? 0 : -log(t))
                let old = cost[v]
                if candidate < old || (candidate == old && origin[u] < origin[v]) {
                    if !old.isFinite { touched.append(Int32(v)) }
                    cost[v] = candidate
                    origin[v] = origin[u]
                    hop[v] = Int32(u)
                    hopTrust[v] = min(1, t)
                    if old.isFinite { heap.decrease(v, to: candidate) } else { heap.insert(v, key: candidate) }
                }
            }
        }
    }

    /// The route between `v` and its nearest source as a ``TrustRoute``: source first for
    /// `.fromSources`, `v` first for `.toSources`. Empty when `v` is unreached.
    func route(_ v: Int32, direction: Direction) -> TrustRoute {
        guard cost[Int(v)].isFinite else { return TrustRoute(nodes: [], trusts: []) }
        var nodes = [v]
        var trusts: [Double] = []
        var current = v
        while hop[Int(current)] >= 0 {
            trusts.append(hopTrust[Int(current)])
            current = hop[Int(current)]
            nodes.append(current)
        }
        if direction == .fromSources { nodes.reverse(); trusts.reverse() }
        return TrustRoute(nodes: nodes, trusts: trusts)
    }
}
