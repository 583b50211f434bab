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
    /// of a directed one). Undirected: breadth-first search from each unlabelled node in
    /// ascending order, every arc read once (on a city this beat union–find, Rem's and
    /// Afforest's sampling alike, both measured). Directed: union–find over the arcs with
    /// path halving and union by size, then one labelling pass. Either way the labels are
    /// numbered by each component's smallest node.
    ///
    /// - Complexity: O(n + m) undirected; O(n + m α(n)) directed.
    public func connectedComponents() -> Components {
        let n = nodeCount
        var label = [Int32](repeating: -1, count: n)
        var sizes: [Int] = []
        offsets.withUnsafeBufferPointer { off in
            neighbours.withUnsafeBufferPointer { nb in
                label.withUnsafeMutableBufferPointer { lab in
                    if isDirected {
                        Self.labelWeakComponents(n: n, off: off, nb: nb, label: lab, sizes: &sizes)
                    } else {
                        Self.labelByBreadthFirstSearch(n: n, off: off, nb: nb, label: lab, sizes: &sizes)
                    }
                }
            }
        }
        return Components(count: sizes.count, label: label, sizes: sizes)
    }

    private static func labelByBreadthFirstSearch(n: Int, off: UnsafeBufferPointer<Int>,
                                                  nb: UnsafeBufferPointer<Int32>,
                                                  label: UnsafeMutableBufferPointer<Int32>,
                                                  sizes: inout [Int]) {
        let queue = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, n))
        defer { queue.deallocate() }
        for root in 0 ..< n where label[root] < 0 {
            let c = Int32(sizes.count)
            label[root] = c
            queue[0] = Int32(root)
            var head = 0, tail = 1
            while head < tail {
                let v = Int(queue[head]); head += 1
                for a in off[v] ..< off[v + 1] {
                    let w = Int(nb[a])
                    if label[w] < 0 { label[w] = c; queue[tail] = Int32(w); tail += 1 }
                }
            }
            sizes.append(tail)
        }
    }

    private static func labelWeakComponents(n: Int, off: UnsafeBufferPointer<Int>,
                                            nb: UnsafeBufferPointer<Int32>,
                                            label: UnsafeMutableBufferPointer<Int32>,
                                            sizes: inout [Int]) {
        let parent = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, n))
        let size = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, n))
        defer { parent.deallocate(); size.deallocate() }
        for i in 0 ..< n { parent[i] = Int32(i); size[i] = 1 }
        func find(_ v: Int) -> Int {
            var x = v
            while Int(parent[x]) != x {
                let g = parent[Int(parent[x])]
                parent[x] = g
                x = Int(g)
            }
            return x
        }
        for u in 0 ..< n {
            for a in off[u] ..< off[u + 1] {
                var ru = find(u), rv = find(Int(nb[a]))
                if ru == rv { continue }
                if size[ru] < size[rv] { swap(&ru, &rv) }
                parent[rv] = Int32(ru); size[ru] += size[rv]
            }
        }
        var labelOfRoot = [Int32](repeating: -1, count: n)
        for v in 0 ..< n {
            let r = find(v)
            if labelOfRoot[r] < 0 { labelOfRoot[r] = Int32(sizes.count); sizes.append(0) }
            label[v] = labelOfRoot[r]
            sizes[Int(labelOfRoot[r])] += 1
        }
    }
}
