import HeapModule

/// An entry of the Dijkstra priority queue: tentative distance, then node index
/// (so ties pop in a fixed order).
@usableFromInline
struct QueueEntry: Comparable {
    @usableFromInline var key: Double
    @usableFromInline var node: Int32

    @inlinable init(key: Double, node: Int32) { self.key = key; self.node = node }

    @inlinable static func < (a: QueueEntry, b: QueueEntry) -> Bool {
        a.key < b.key || (a.key == b.key && a.node < b.node)
    }
}

/// Reusable scratch space for repeated single-source Dijkstra searches on graphs of
/// one size: distances, parents and settled marks are reset lazily by an epoch
/// counter, so a search costs only what it visits, and nothing is allocated once
/// the buffers have grown.
///
/// Not thread-safe: give each worker its own workspace.
public final class SearchWorkspace {
    /// Number of nodes this workspace serves.
    public let nodeCount: Int
    var dist: [Double]
    var parent: [Int32]
    var parentArc: [Int]
    var seen: [UInt32]
    var done: [UInt32]
    var epoch: UInt32 = 0
    var heap = Heap<QueueEntry>()
    /// Nodes settled by the last search, in the order they were settled
    /// (non-decreasing distance), the source first.
    public private(set) var settled: [Int32] = []
    /// Whether searches remember each node's parent, for ``path(to:)``.
    public let recordsPaths: Bool

    /// - Parameter recordsPaths: keep parents so paths can be read back; without them a
    ///   workspace holds 12 bytes a node less (7 MB at a city's 580k nodes, per worker).
    public init(nodeCount: Int, recordsPaths: Bool = true) {
        self.nodeCount = max(0, nodeCount)
        self.recordsPaths = recordsPaths
        dist = [Double](repeating: .infinity, count: self.nodeCount)
        parent = [Int32](repeating: -1, count: recordsPaths ? self.nodeCount : 0)
        parentArc = [Int](repeating: -1, count: recordsPaths ? self.nodeCount : 0)
        seen = [UInt32](repeating: 0, count: self.nodeCount)
        done = [UInt32](repeating: 0, count: self.nodeCount)
    }

    /// Distance of `v` found by the last search (`+infinity` if not settled).
    public func distance(to v: Int) -> Double {
        guard v >= 0, v < nodeCount, done[v] == epoch else { return .infinity }
        return dist[v]
    }

    /// Whether the last search settled `v`.
    public func reached(_ v: Int) -> Bool { v >= 0 && v < nodeCount && done[v] == epoch }

    /// The node path source → `v` found by the last search, or `nil`.
    public func path(to v: Int) -> [Int32]? {
        guard recordsPaths, reached(v) else { return nil }
        var out: [Int32] = [Int32(v)]
        var x = v
        while parent[x] >= 0 {
            x = Int(parent[x]); out.append(Int32(x))
        }
        return out.reversed()
    }

    /// The arcs of the path source → `v` found by the last search, in order.
    func pathArcs(to v: Int) -> [Int]? {
        guard recordsPaths, reached(v) else { return nil }
        var out: [Int] = []
        var x = v
        while parent[x] >= 0 {
            out.append(parentArc[x]); x = Int(parent[x])
        }
        return out.reversed()
    }

    private func nextEpoch() {
        if epoch == UInt32.max {
            for i in 0 ..< nodeCount { seen[i] = 0; done[i] = 0 }
            epoch = 0
        }
        epoch += 1
    }

    /// Runs Dijkstra from `source` over `graph` with arc lengths `lengths` (one per
    /// arc, each ≥ 0), settling only nodes at distance ≤ `limit`; stops early once
    /// `target` (if given) is settled.
    ///
    /// - Precondition: `graph.nodeCount == nodeCount`, `lengths.count == graph.arcCount`.
    /// - Complexity: O((n' + m') log n') for the n' nodes and m' arcs it touches.
    public func run(_ graph: CSRGraph, lengths: [Double], from source: Int,
                    limit: Double = .infinity, target: Int? = nil) {
        nextEpoch()
        settled.removeAll(keepingCapacity: true)
        guard source >= 0, source < nodeCount, graph.nodeCount == nodeCount,
              lengths.count == graph.arcCount else { return }
        let ep = epoch
        // Work on local copies (moved out, so nothing is copied): class properties
        // would pay a dynamic exclusivity check on every access in the loop.
        var dist = [Double](), parent = [Int32](), parentArc = [Int](), seen = [UInt32]()
        var done = [UInt32](), settled = [Int32](), heap = Heap<QueueEntry>()
        swap(&dist, &self.dist); swap(&parent, &self.parent); swap(&parentArc, &self.parentArc)
        swap(&seen, &self.seen); swap(&done, &self.done); swap(&settled, &self.settled)
        swap(&heap, &self.heap)
        defer {
            swap(&dist, &self.dist); swap(&parent, &self.parent); swap(&parentArc, &self.parentArc)
            swap(&seen, &self.seen); swap(&done, &self.done); swap(&settled, &self.settled)
            swap(&heap, &self.heap)
        }
        let paths = recordsPaths
        dist[source] = 0; seen[source] = ep
        if paths { parent[source] = -1; parentArc[source] = -1 }
        heap.insert(QueueEntry(key: 0, node: Int32(source)))
        graph.offsets.withUnsafeBufferPointer { off in
        graph.neighbours.withUnsafeBufferPointer { nb in
        lengths.withUnsafeBufferPointer { len in
            while let top = heap.popMin() {
                let v = Int(top.node)
                if done[v] == ep || top.key > dist[v] { continue }
                done[v] = ep
                settled.append(top.node)
                if v == target { break }
                let dv = top.key
                for a in off[v] ..< off[v + 1] {
                    let w = Int(nb[a])
                    if done[w] == ep { continue }
                    let nd = dv + len[a]
                    if nd > limit { continue }
                    if seen[w] != ep || nd < dist[w] {
                        seen[w] = ep; dist[w] = nd
                        if paths { parent[w] = Int32(v); parentArc[w] = a }
                        heap.insert(QueueEntry(key: nd, node: Int32(w)))
                    }
                }
            }
        }}}
        // Drain leftovers (early stop): the heap keeps its capacity, not its entries.
        while heap.popMin() != nil {}
    }
}
