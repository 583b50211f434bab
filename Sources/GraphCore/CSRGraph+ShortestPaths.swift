/// A path with its total length (sum of `distance` over its arcs).
public struct WeightedPath: Sendable, Equatable {
    /// The nodes from source to target, both included.
    public var nodes: [Int32]
    /// Sum of the arc distances (`1 / trust`).
    public var length: Double
}

extension CSRGraph {
    /// Hop counts from `source` by breadth-first search; `-1` marks nodes that are
    /// not reachable (and every node when `source` is not a node).
    ///
    /// - Complexity: O(n + m).
    public func hopDistances(from source: Int) -> [Int32] {
        var hops = [Int32](repeating: -1, count: nodeCount)
        guard contains(source) else { return hops }
        var queue = [Int32](); queue.reserveCapacity(nodeCount)
        hops[source] = 0; queue.append(Int32(source))
        var head = 0
        while head < queue.count {
            let v = Int(queue[head]); head += 1
            for a in arcs(of: v) {
                let w = Int(neighbours[a])
                if hops[w] < 0 { hops[w] = hops[v] + 1; queue.append(Int32(w)) }
            }
        }
        return hops
    }

    /// The nodes reachable from `source` in breadth-first order (source first,
    /// neighbours in ascending index order); empty when `source` is not a node.
    ///
    /// - Complexity: O(n + m).
    public func breadthFirstOrder(from source: Int) -> [Int32] {
        guard contains(source) else { return [] }
        var mark = [Bool](repeating: false, count: nodeCount)
        var queue: [Int32] = [Int32(source)]
        mark[source] = true
        var head = 0
        while head < queue.count {
            let v = Int(queue[head]); head += 1
            for a in arcs(of: v) {
                let w = Int(neighbours[a])
                if !mark[w] { mark[w] = true; queue.append(Int32(w)) }
            }
        }
        return queue
    }

    /// Shortest-path lengths from `source` by Dijkstra on ``pathLengths()`` (1/trust);
    /// `+infinity` for nodes that cannot be reached (never NaN).
    ///
    /// - Complexity: O((n + m) log n), using `Heap` from swift-collections.
    public func shortestDistances(from source: Int) -> [Double] {
        var out = [Double](repeating: .infinity, count: nodeCount)
        let ws = SearchWorkspace(nodeCount: nodeCount)
        ws.run(self, lengths: pathLengths(), from: source)
        for v in ws.settled { out[Int(v)] = ws.dist[Int(v)] }
        return out
    }

    /// The shortest path from `source` to `target` by ``pathLengths()``, or `nil` when
    /// there is none (or either is not a node). Ties between equally short paths
    /// are broken deterministically.
    ///
    /// - Complexity: O((n + m) log n).
    public func shortestPath(from source: Int, to target: Int) -> WeightedPath? {
        guard contains(source), contains(target) else { return nil }
        let ws = SearchWorkspace(nodeCount: nodeCount)
        ws.run(self, lengths: pathLengths(), from: source, target: target)
        guard let nodes = ws.path(to: target) else { return nil }
        return WeightedPath(nodes: nodes, length: ws.dist[target])
    }
}
