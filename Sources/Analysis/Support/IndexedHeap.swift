/// An indexed 4-ary min-heap of nodes with their keys stored inline, with
/// decrease-key: each node is in the heap at most once, so a Dijkstra search pops
/// exactly the nodes it reaches. Equal keys are not ordered further (a tie-break
/// costs a branch per comparison); the pop order is still deterministic, since it
/// depends only on the sequence of operations. Storage is allocated once by the owner and reused.
///
/// Used by the all-sources kernels (betweenness, harmonic closeness), where it is
/// about twice as fast as a lazy-deletion heap (GraphCore's single-source searches
/// use swift-collections' `Heap`).
struct IndexedHeap {
    struct Item {
        var key: Double
        var node: Int32
    }

    let items: UnsafeMutableBufferPointer<Item>
    /// Position of each node in `items`, or -1.
    let position: UnsafeMutableBufferPointer<Int32>
    var count = 0

    init(capacity: Int) {
        // Left uninitialised (a trivial type, only `items[..<count]` is ever read): a search's
        // frontier is a small part of the graph, so most of this is never touched and, being
        // a large allocation, never made resident (1M ties: ~9 MB less per worker).
        items = .allocate(capacity: Swift.max(1, capacity))
        position = .allocate(capacity: Swift.max(1, capacity))
        position.initialize(repeating: -1)
    }

    func deallocate() {
        items.deallocate()
        position.deallocate()
    }

    @inline(__always)
    static func less(_ a: Item, _ b: Item) -> Bool {
        a.key < b.key
    }

    /// Inserts `v` (not in the heap) with `key`.
    @inline(__always)
    mutating func insert(_ v: Int, key: Double) {
        let i = count
        count += 1
        siftUp(Item(key: key, node: Int32(v)), from: i)
    }

    /// Lowers the key of `v` (in the heap) to `key`.
    @inline(__always)
    mutating func decrease(_ v: Int, to key: Double) {
        siftUp(Item(key: key, node: Int32(v)), from: Int(position[v]))
    }

    /// Removes the node with the smallest key; returns it and its key, or node -1
    /// when empty.
    @inline(__always)
    mutating func popMin() -> Item {
        guard count > 0 else { return Item(key: 0, node: -1) }
        let top = items[0]
        position[Int(top.node)] = -1
        count -= 1
        if count > 0 { siftDown(items[count]) }
        return top
    }

    @inline(__always)
    func siftUp(_ item: Item, from start: Int) {
        var i = start
        while i > 0 {
            let parent = (i - 1) >> 2
            let p = items[parent]
            if !IndexedHeap.less(item, p) { break }
            items[i] = p
            position[Int(p.node)] = Int32(i)
            i = parent
        }
        items[i] = item
        position[Int(item.node)] = Int32(i)
    }

    /// Places `item` at the root and sifts it down.
    @inline(__always)
    func siftDown(_ item: Item) {
        var i = 0
        while true {
            let first = 4 &* i &+ 1
            if first >= count { break }
            var best = first
            var bestItem = items[first]
            let end = Swift.min(first &+ 4, count)
            var c = first &+ 1
            while c < end {
                let x = items[c]
                if IndexedHeap.less(x, bestItem) { best = c; bestItem = x }
                c &+= 1
            }
            if !IndexedHeap.less(bestItem, item) { break }
            items[i] = bestItem
            position[Int(bestItem.node)] = Int32(i)
            i = best
        }
        items[i] = item
        position[Int(item.node)] = Int32(i)
    }
}
