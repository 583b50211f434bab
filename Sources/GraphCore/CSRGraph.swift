/// A compact, immutable graph in compressed sparse row (CSR) form.
///
/// The arcs leaving node `v` are the indices `offsets[v] ..< offsets[v + 1]` into
/// the flat arrays `neighbours` and `trust`. Within one node the neighbours are sorted
/// ascending and unique (parallel ties are merged, keeping the highest trust), there are
/// no self-loops, and every stored trust is finite and greater than zero, so every path
/// length (``pathLengths()``, 1 / trust) is finite and positive. Path lengths are not
/// stored: only the path measures need them, and at a city's 2M arcs they are 16 MB.
///
/// An undirected graph (``isDirected`` is `false`) stores every edge twice, once
/// from each end, with the same trust.
///
/// Offsets are `Int`, not `Int32`: the offsets array has only `nodeCount + 1`
/// entries, so 32-bit offsets would save at most 4 bytes per node (the per-arc arrays
/// dominate memory at 12 bytes per arc), while `Int` rules out any overflow once the
/// number of stored arcs passes 2³¹ and needs no conversions in the hot loops.
/// Node indices (`neighbours`) are `Int32`, which halves the largest index array.
public struct CSRGraph: Sendable {
    /// Number of nodes; nodes are `0..<nodeCount`.
    public let nodeCount: Int
    /// `true` for a flow graph (arcs point one way), `false` for a structural graph.
    public let isDirected: Bool
    /// `nodeCount + 1` entries; arcs of `v` are `offsets[v] ..< offsets[v + 1]`.
    public let offsets: [Int]
    /// Target node of each arc.
    public let neighbours: [Int32]
    /// Trust of each arc, in `(0, +∞)` (in `(0, 1]` for valid Guanxi data).
    public let trust: [Double]

    init(nodeCount: Int, isDirected: Bool, offsets: [Int], neighbours: [Int32], trust: [Double]) {
        self.nodeCount = nodeCount
        self.isDirected = isDirected
        self.offsets = offsets
        self.neighbours = neighbours
        self.trust = trust
    }

    /// The length of each arc for path measures, `1 / trust` (a trusted tie is a short
    /// step), computed afresh: keep the result for repeated searches.
    ///
    /// - Complexity: O(m) time and memory.
    public func pathLengths() -> [Double] { trust.map { 1.0 / $0 } }

    /// Number of stored arcs (`neighbours.count`).
    public var arcCount: Int { neighbours.count }

    /// Number of edges: arcs for a directed graph, arcs / 2 for an undirected one.
    public var edgeCount: Int { isDirected ? arcCount : arcCount / 2 }

    /// Whether `v` is a valid node index.
    @inlinable
    public func contains(_ v: Int) -> Bool { v >= 0 && v < nodeCount }

    /// The arc indices leaving `v`.
    @inlinable
    public func arcs(of v: Int) -> Range<Int> { offsets[v] ..< offsets[v + 1] }

    /// Out-degree of `v` (its number of distinct neighbours in an undirected graph).
    @inlinable
    public func outDegree(_ v: Int) -> Int { offsets[v + 1] - offsets[v] }

    /// The neighbours of `v` (targets of its arcs), ascending.
    public func neighbours(of v: Int) -> ArraySlice<Int32> { neighbours[arcs(of: v)] }

    /// The arc index from `u` to `v`, if there is one.
    ///
    /// - Complexity: O(log d(u)) by binary search.
    public func arc(from u: Int, to v: Int) -> Int? {
        guard contains(u), contains(v) else { return nil }
        var lo = offsets[u], hi = offsets[u + 1]
        let key = Int32(v)
        while lo < hi {
            let mid = (lo + hi) >> 1
            let x = neighbours[mid]
            if x == key { return mid }
            if x < key { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// The trust of the arc `u → v`, or `nil` when there is none.
    public func trust(from u: Int, to v: Int) -> Double? {
        arc(from: u, to: v).map { trust[$0] }
    }

    /// Every arc as `(source, target, trust)`, sources ascending, then targets.
    public var arcList: [(source: Int32, target: Int32, trust: Double)] {
        var out: [(source: Int32, target: Int32, trust: Double)] = []
        out.reserveCapacity(arcCount)
        for u in 0 ..< nodeCount {
            for a in arcs(of: u) { out.append((Int32(u), neighbours[a], trust[a])) }
        }
        return out
    }

    /// Whether every arc has the same trust (so unweighted breadth-first search gives
    /// the same shortest paths as Dijkstra on `distance`).
    public var hasUniformTrust: Bool {
        guard let first = trust.first else { return true }
        return trust.allSatisfy { $0 == first }
    }
}
