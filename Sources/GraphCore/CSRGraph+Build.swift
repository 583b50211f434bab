extension CSRGraph {
    /// The directed flow graph: each edge `source → target`, mutual edges both ways.
    ///
    /// Parallel arcs between one ordered pair merge into one with the highest trust.
    /// Edges whose trust is not finite and greater than zero are dropped (a tie of
    /// trust 0 is recorded but carries nothing), and so are self-loops.
    ///
    /// - Throws: ``GraphError`` when `nodeCount` is invalid or an edge names a node
    ///   outside `0..<nodeCount`.
    /// - Complexity: O(n + m): two stable counting-sort passes, no comparisons.
    public static func flow(nodeCount: Int, edges: [GraphEdge]) throws(GraphError) -> CSRGraph {
        try validate(nodeCount: nodeCount, edges: edges)
        var src: [Int32] = [], dst: [Int32] = [], tr: [Double] = []
        src.reserveCapacity(edges.count); dst.reserveCapacity(edges.count); tr.reserveCapacity(edges.count)
        for e in edges where carries(e) {
            src.append(e.source); dst.append(e.target); tr.append(e.trust)
            if e.mutual { src.append(e.target); dst.append(e.source); tr.append(e.trust) }
        }
        return assemble(nodeCount: nodeCount, directed: true, src: src, dst: dst, trust: tr)
    }

    /// The undirected structural graph: every edge as an unordered pair; parallel
    /// edges (in either direction) merge into one with the highest trust, stored from
    /// both ends. Same dropping rules as ``flow(nodeCount:edges:)``.
    ///
    /// - Throws: ``GraphError`` as ``flow(nodeCount:edges:)``.
    /// - Complexity: O(n + m).
    public static func structural(nodeCount: Int, edges: [GraphEdge]) throws(GraphError) -> CSRGraph {
        try validate(nodeCount: nodeCount, edges: edges)
        var src: [Int32] = [], dst: [Int32] = [], tr: [Double] = []
        src.reserveCapacity(2 * edges.count); dst.reserveCapacity(2 * edges.count); tr.reserveCapacity(2 * edges.count)
        for e in edges where carries(e) {
            src.append(e.source); dst.append(e.target); tr.append(e.trust)
            src.append(e.target); dst.append(e.source); tr.append(e.trust)
        }
        return assemble(nodeCount: nodeCount, directed: false, src: src, dst: dst, trust: tr)
    }

    /// The graph with every arc turned round (the transpose). An undirected graph is
    /// its own reverse and is returned unchanged.
    ///
    /// - Complexity: O(n + m).
    public func reversed() -> CSRGraph {
        guard isDirected else { return self }
        var newOffsets = [Int](repeating: 0, count: nodeCount + 1)
        for v in neighbours { newOffsets[Int(v) + 1] += 1 }
        for i in 0 ..< nodeCount { newOffsets[i + 1] += newOffsets[i] }
        var fill = newOffsets
        var nb = [Int32](repeating: 0, count: arcCount)
        var tr = [Double](repeating: 0, count: arcCount)
        for u in 0 ..< nodeCount {
            for a in offsets[u] ..< offsets[u + 1] {
                let v = Int(neighbours[a])
                let p = fill[v]
                nb[p] = Int32(u); tr[p] = trust[a]
                fill[v] = p + 1
            }
        }
        return CSRGraph(nodeCount: nodeCount, isDirected: true, offsets: newOffsets, neighbours: nb, trust: tr)
    }

    /// The undirected graph underlying this one: each arc as an unordered pair,
    /// merged with the highest trust. Returns `self` when already undirected.
    ///
    /// - Complexity: O(n + m).
    public func undirected() -> CSRGraph {
        guard isDirected else { return self }
        var src: [Int32] = [], dst: [Int32] = [], tr: [Double] = []
        src.reserveCapacity(2 * arcCount); dst.reserveCapacity(2 * arcCount); tr.reserveCapacity(2 * arcCount)
        for u in 0 ..< nodeCount {
            for a in offsets[u] ..< offsets[u + 1] {
                src.append(Int32(u)); dst.append(neighbours[a]); tr.append(trust[a])
                src.append(neighbours[a]); dst.append(Int32(u)); tr.append(trust[a])
            }
        }
        return CSRGraph.assemble(nodeCount: nodeCount, directed: false, src: src, dst: dst, trust: tr)
    }

    // MARK: - Internals

    @inline(__always)
    static func carries(_ e: GraphEdge) -> Bool {
        e.source != e.target && e.trust.isFinite && e.trust > 0
    }

    static func validate(nodeCount: Int, edges: [GraphEdge]) throws(GraphError) {
        guard nodeCount >= 0, nodeCount <= Int(Int32.max) else { throw .invalidNodeCount(nodeCount) }
        for (i, e) in edges.enumerated() {
            if e.source < 0 || Int(e.source) >= nodeCount {
                throw .nodeOutOfRange(edge: i, node: e.source, nodeCount: nodeCount)
            }
            if e.target < 0 || Int(e.target) >= nodeCount {
                throw .nodeOutOfRange(edge: i, node: e.target, nodeCount: nodeCount)
            }
        }
    }

    /// Sorts the arcs by (source, target) with two stable counting sorts and merges
    /// duplicates, keeping the highest trust.
    static func assemble(nodeCount n: Int, directed: Bool, src: [Int32], dst: [Int32], trust: [Double]) -> CSRGraph {
        let m = src.count
        // Pass 1: order arcs by target.
        var start = [Int](repeating: 0, count: n + 1)
        for v in dst { start[Int(v) + 1] += 1 }
        for i in 0 ..< n { start[i + 1] += start[i] }
        var byTarget = [Int](repeating: 0, count: m)
        for i in 0 ..< m {
            let t = Int(dst[i])
            byTarget[start[t]] = i
            start[t] += 1
        }
        // Pass 2: stable by source.
        var sStart = [Int](repeating: 0, count: n + 1)
        for v in src { sStart[Int(v) + 1] += 1 }
        for i in 0 ..< n { sStart[i + 1] += sStart[i] }
        var order = [Int](repeating: 0, count: m)
        for i in byTarget {
            let s = Int(src[i])
            order[sStart[s]] = i
            sStart[s] += 1
        }
        // Merge runs of equal (source, target).
        var offsets = [Int](repeating: 0, count: n + 1)
        var nb: [Int32] = []
        var tr: [Double] = []
        nb.reserveCapacity(m); tr.reserveCapacity(m)
        var k = 0
        for u in 0 ..< n {
            let end = sStart[u]  // after pass 2, sStart[u] is the end of u's bucket
            while k < end {
                let i = order[k]
                let v = dst[i]
                var best = trust[i]
                k += 1
                while k < end, dst[order[k]] == v {
                    best = Swift.max(best, trust[order[k]])
                    k += 1
                }
                nb.append(v); tr.append(best)
            }
            offsets[u + 1] = nb.count
        }
        return CSRGraph(nodeCount: n, isDirected: directed, offsets: offsets, neighbours: nb, trust: tr)
    }
}
