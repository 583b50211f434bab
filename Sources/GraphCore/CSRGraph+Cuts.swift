/// An undirected edge `{u, v}` with `u < v`.
public struct NodePair: Sendable, Hashable, Comparable {
    public var u: Int32
    public var v: Int32
    public init(_ a: Int32, _ b: Int32) { u = Swift.min(a, b); v = Swift.max(a, b) }
    public static func < (x: NodePair, y: NodePair) -> Bool { (x.u, x.v) < (y.u, y.v) }
}

/// Articulation points and bridges of an undirected graph.
public struct CutStructure: Sendable, Equatable {
    /// Nodes whose removal increases the number of components, ascending.
    public var articulationPoints: [Int32]
    /// Edges whose removal increases the number of components, ascending.
    public var bridges: [NodePair]
}

extension CSRGraph {
    /// Articulation points and bridges by Tarjan's low-link method (Tarjan 1972;
    /// Hopcroft & Tarjan 1973), iterative with an explicit stack, so graphs of any
    /// depth are safe. A directed graph is taken as its underlying undirected graph.
    /// Parallel ties were merged when the graph was built, so a pair joined by two
    /// ties is still a bridge (as in networkx's `bridges` on a simple `Graph`).
    ///
    /// - Complexity: O(n + m).
    public func cutStructure() -> CutStructure {
        let g = undirected()
        let n = g.nodeCount
        var disc = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var next = [Int](repeating: 0, count: n)
        var isCut = [Bool](repeating: false, count: n)
        var bridges: [NodePair] = []
        var stack: [Int32] = []
        var time: Int32 = 0
        for root in 0 ..< n where disc[root] < 0 {
            disc[root] = time; low[root] = time; time += 1
            next[root] = g.offsets[root]
            stack.append(Int32(root))
            var rootChildren = 0
            while let top = stack.last {
                let v = Int(top)
                if next[v] < g.offsets[v + 1] {
                    let w = Int(g.neighbours[next[v]])
                    next[v] += 1
                    if disc[w] < 0 {
                        parent[w] = Int32(v)
                        disc[w] = time; low[w] = time; time += 1
                        next[w] = g.offsets[w]
                        stack.append(Int32(w))
                        if v == root { rootChildren += 1 }
                    } else if w != Int(parent[v]) {
                        low[v] = Swift.min(low[v], disc[w])
                    }
                } else {
                    stack.removeLast()
                    let p = Int(parent[v])
                    if p >= 0 {
                        low[p] = Swift.min(low[p], low[v])
                        if low[v] > disc[p] { bridges.append(NodePair(Int32(p), Int32(v))) }
                        if p != root && low[v] >= disc[p] { isCut[p] = true }
                    }
                }
            }
            if rootChildren > 1 { isCut[root] = true }
        }
        var points: [Int32] = []
        for v in 0 ..< n where isCut[v] { points.append(Int32(v)) }
        bridges.sort()
        return CutStructure(articulationPoints: points, bridges: bridges)
    }

    /// Articulation points, ascending. See ``cutStructure()``.
    public func articulationPoints() -> [Int32] { cutStructure().articulationPoints }

    /// Bridges, ascending. See ``cutStructure()``.
    public func bridges() -> [NodePair] { cutStructure().bridges }
}
