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
        return edges.withUnsafeBufferPointer { e in
            build(nodeCount: nodeCount, directed: true, edgeCount: e.count) { e[$0] }
        }
    }

    /// The undirected structural graph: every edge as an unordered pair; parallel
    /// edges (in either direction) merge into one with the highest trust, stored from
    /// both ends. Same dropping rules as ``flow(nodeCount:edges:)``.
    ///
    /// - Throws: ``GraphError`` as ``flow(nodeCount:edges:)``.
    /// - Complexity: O(n + m).
    public static func structural(nodeCount: Int, edges: [GraphEdge]) throws(GraphError) -> CSRGraph {
        try validate(nodeCount: nodeCount, edges: edges)
        return edges.withUnsafeBufferPointer { e in
            build(nodeCount: nodeCount, directed: false, edgeCount: e.count) { e[$0] }
        }
    }

    /// The flow (`directed`) or structural graph of `edgeCount` edges given one at a time by
    /// `edge`, whose endpoints must lie in `0..<nodeCount` (the public builders check; a
    /// `TrustNetwork` guarantees it). Package access: unchecked endpoints would index out of
    /// bounds, so the public API builds through the checked builders only. Same rules as ``flow(nodeCount:edges:)`` and
    /// ``structural(nodeCount:edges:)``.
    ///
    /// Built in place, reading the edges twice: count the arcs per source, scatter them into
    /// their buckets, then sort each bucket by target and merge repeats (highest trust). No
    /// edge list, arc list or permutation is materialised, so a million ties need only the
    /// graph itself (about 20 bytes an arc) and one bucket of scratch.
    ///
    /// - Complexity: O(n + m + Σ d log d) over the degrees d.
    package static func build(nodeCount n: Int, directed: Bool, edgeCount: Int,
                             edge: (Int) -> GraphEdge) -> CSRGraph {
        var offsets = [Int](repeating: 0, count: n + 1)
        for i in 0 ..< edgeCount {
            let e = edge(i)
            guard carries(e) else { continue }
            offsets[Int(e.source) + 1] += 1
            if !directed || e.mutual { offsets[Int(e.target) + 1] += 1 }
        }
        for v in 0 ..< n { offsets[v + 1] += offsets[v] }
        let m = offsets[n]
        var nb = [Int32](repeating: 0, count: m)
        var tr = [Double](repeating: 0, count: m)
        var fill = Array(offsets[0 ..< n])
        for i in 0 ..< edgeCount {
            let e = edge(i)
            guard carries(e) else { continue }
            let s = Int(e.source), t = Int(e.target)
            nb[fill[s]] = e.target; tr[fill[s]] = e.trust; fill[s] += 1
            if !directed || e.mutual {
                nb[fill[t]] = e.source; tr[fill[t]] = e.trust; fill[t] += 1
            }
        }
        fill = []
        // Sort each bucket by target, merge repeats, and compact towards the front.
        var scratch: [(target: Int32, trust: Double)] = []
        var write = 0
        nb.withUnsafeMutableBufferPointer { nb in
            tr.withUnsafeMutableBufferPointer { tr in
                var start = offsets[0]
                for u in 0 ..< n {
                    let end = offsets[u + 1]
                    offsets[u] = write
                    var sorted = true
                    var k = start + 1
                    while k < end { if nb[k - 1] >= nb[k] { sorted = false; break }; k += 1 }
                    if sorted {
                        for a in start ..< end { nb[write] = nb[a]; tr[write] = tr[a]; write += 1 }
                    } else {
                        scratch.removeAll(keepingCapacity: true)
                        for a in start ..< end { scratch.append((nb[a], tr[a])) }
                        scratch.sort { $0.target < $1.target }
                        var j = 0
                        while j < scratch.count {
                            let v = scratch[j].target
                            var best = scratch[j].trust
                            j += 1
                            while j < scratch.count, scratch[j].target == v {
                                best = Swift.max(best, scratch[j].trust)
                                j += 1
                            }
                            nb[write] = v; tr[write] = best; write += 1
                        }
                    }
                    start = end
                }
                offsets[n] = write
            }
        }
        if write < m {
            nb.removeLast(m - write)
            tr.removeLast(m - write)
        }
        return CSRGraph(nodeCount: n, isDirected: directed, offsets: offsets, neighbours: nb, trust: tr)
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
        var source = [Int32](repeating: 0, count: arcCount)
        for u in 0 ..< nodeCount { for a in offsets[u] ..< offsets[u + 1] { source[a] = Int32(u) } }
        return CSRGraph.build(nodeCount: nodeCount, directed: false, edgeCount: arcCount) { a in
            GraphEdge(source: source[a], target: neighbours[a], trust: trust[a])
        }
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
}
