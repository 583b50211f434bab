/// Connected components: a label per node.
public struct Components: Sendable, Equatable {
    /// Number of components (isolated nodes count, one each).
    public var count: Int
    /// Component of each node, `0..<count`, numbered in order of each component's
    /// smallest node index.
    public var label: [Int32]
    /// Number of nodes in each component.
    public var sizes: [Int]
}

extension CSRGraph {
    /// Connected components of the undirected graph (weakly connected components
    /// of a directed one), by union–find with path halving and union by size.
    ///
    /// - Complexity: O(n + m α(n)).
    public func connectedComponents() -> Components {
        let n = nodeCount
        var parent = [Int32](unsafeUninitializedCapacity: n) { buf, c in
            for i in 0 ..< n { buf[i] = Int32(i) }
            c = n
        }
        var size = [Int32](repeating: 1, count: n)
        func find(_ x: Int) -> Int {
            var x = x
            while Int(parent[x]) != x {
                let g = Int(parent[Int(parent[x])])
                parent[x] = Int32(g)
                x = g
            }
            return x
        }
        for u in 0 ..< n {
            for a in arcs(of: u) {
                var ru = find(u), rv = find(Int(neighbours[a]))
                if ru == rv { continue }
                if size[ru] < size[rv] { swap(&ru, &rv) }
                parent[rv] = Int32(ru); size[ru] += size[rv]
            }
        }
        var labelOfRoot = [Int32](repeating: -1, count: n)
        var label = [Int32](repeating: 0, count: n)
        var sizes: [Int] = []
        for v in 0 ..< n {
            let r = find(v)
            if labelOfRoot[r] < 0 { labelOfRoot[r] = Int32(sizes.count); sizes.append(0) }
            label[v] = labelOfRoot[r]
            sizes[Int(labelOfRoot[r])] += 1
        }
        return Components(count: sizes.count, label: label, sizes: sizes)
    }
}
