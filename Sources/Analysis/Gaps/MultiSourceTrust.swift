import GraphCore
import HeapModule

import Foundation

/// Most trusted paths from a set of sources at once: for every node, the highest path
/// trust (product of ties' trust) from any source, which source, and the previous node.
/// Dijkstra on `−ln t` seeded with every source at distance 0.
///
/// - Complexity: O((n + m) log n), however many sources.
struct MultiSourceTrust {
    var trust: [Double]
    var origin: [Int32]
    var previous: [Int32]

    init(_ graph: CSRGraph, sources: [Int32]) {
        let n = graph.nodeCount
        var cost = [Double](repeating: .infinity, count: n)
        origin = [Int32](repeating: -1, count: n)
        previous = [Int32](repeating: -1, count: n)
        var settled = [Bool](repeating: false, count: n)
        var heap = Heap<Entry>()
        for source in sources where Int(source) < n {
            cost[Int(source)] = 0
            origin[Int(source)] = source
            heap.insert(Entry(cost: 0, node: source))
        }
        while let entry = heap.popMin() {
            let u = Int(entry.node)
            guard !settled[u] else { continue }
            settled[u] = true
            for arc in graph.arcs(of: u) {
                let v = Int(graph.neighbours[arc])
                let t = graph.trust[arc]
                guard t > 0, !settled[v] else { continue }
                let candidate = entry.cost + (t >= 1 ? 0 : -log(t))
                // Ties broken by origin index so the result never depends on heap order.
                if candidate < cost[v] || (candidate == cost[v] && origin[u] < origin[v]) {
                    cost[v] = candidate
                    origin[v] = origin[u]
                    previous[v] = Int32(u)
                    heap.insert(Entry(cost: candidate, node: Int32(v)))
                }
            }
        }
        trust = cost.map { $0.isFinite ? exp(-$0) : 0 }
    }

    private struct Entry: Comparable {
        var cost: Double
        var node: Int32
        static func < (a: Entry, b: Entry) -> Bool { (a.cost, a.node) < (b.cost, b.node) }
    }
}
