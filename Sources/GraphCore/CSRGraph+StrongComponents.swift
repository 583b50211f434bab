/// The strongly connected components of a directed graph, in dependency order.
public struct StrongComponents: Sendable, Equatable {
    /// The nodes, grouped by component: component `c` is
    /// `members[starts[c] ..< starts[c + 1]]`.
    public var members: [Int32]
    /// `count + 1` entries.
    public var starts: [Int]

    /// Number of components.
    public var count: Int { starts.count - 1 }

    /// The nodes of component `c`.
    public func component(_ c: Int) -> ArraySlice<Int32> { members[starts[c] ..< starts[c + 1]] }
}

extension CSRGraph {
    /// Strongly connected components by Tarjan's algorithm (Tarjan 1972, "Depth-first
    /// search and linear graph algorithms", SIAM J. Comput. 1(2)), iterative with an
    /// explicit stack so a graph of any depth is safe. Components come out in the order
    /// Tarjan completes them: every arc leaving a component points into one listed
    /// earlier (sinks first), so a computation in which each node needs the values at
    /// the ends of its arcs can go through them once, in order. Roots are tried in
    /// ascending index, arcs in stored order: the result is deterministic. An undirected
    /// graph gives its connected components.
    ///
    /// - Complexity: O(n + m) time, O(n) extra memory.
    public func strongComponents() -> StrongComponents {
        let n = nodeCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var nextArc = [Int](repeating: 0, count: n)
        var path: [Int32] = []        // the depth-first path
        var open: [Int32] = []        // Tarjan's stack of nodes not yet in a component
        var members: [Int32] = []
        members.reserveCapacity(n)
        var starts = [0]
        var counter: Int32 = 0
        for root in 0 ..< n where index[root] < 0 {
            index[root] = counter; low[root] = counter; counter += 1
            nextArc[root] = offsets[root]
            path.append(Int32(root)); open.append(Int32(root)); onStack[root] = true
            while let top = path.last {
                let v = Int(top)
                if nextArc[v] < offsets[v + 1] {
                    let w = Int(neighbours[nextArc[v]])
                    nextArc[v] += 1
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        nextArc[w] = offsets[w]
                        path.append(Int32(w)); open.append(Int32(w)); onStack[w] = true
                    } else if onStack[w] {
                        low[v] = Swift.min(low[v], index[w])
                    }
                    continue
                }
                path.removeLast()
                if let parent = path.last { low[Int(parent)] = Swift.min(low[Int(parent)], low[v]) }
                if low[v] == index[v] {
                    while let w = open.popLast() {
                        onStack[Int(w)] = false
                        members.append(w)
                        if Int(w) == v { break }
                    }
                    starts.append(members.count)
                }
            }
        }
        return StrongComponents(members: members, starts: starts)
    }
}
