import GraphCore

/// A partition of the nodes into communities.
public struct Communities: Sendable, Equatable {
    /// Community of each node, `0..<count`, numbered in order of each community's
    /// smallest node index.
    public var label: [Int32]
    /// Number of communities.
    public var count: Int
    /// Trust-weighted modularity of the partition (see
    /// ``Influence/modularity(_:community:resolution:)``).
    public var modularity: Double
    /// Aggregation levels performed.
    public var levels: Int

    /// The members of each community, ascending.
    public var members: [[Int32]] {
        var out = [[Int32]](repeating: [], count: count)
        for (v, c) in label.enumerated() { out[Int(c)].append(Int32(v)) }
        return out
    }
}

extension Influence {
    /// Louvain communities (Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast
    /// unfolding of communities in large networks", J. Stat. Mech. P10008), trust
    /// weighted, following networkx `community.louvain_communities(G,
    /// weight='trust', resolution, threshold=1e-7, seed)`:
    ///
    /// each level visits the nodes in a seeded random order and moves each to the
    /// neighbouring community with the largest positive gain
    ///
    ///     ΔQ = k_{v,C} / m − γ Σ_tot(C) k_v / (2m²)   (relative to v's own, without v)
    ///
    /// Unlike networkx, which sweeps all nodes until a sweep moves nothing (hundreds
    /// of sweeps of tiny gains on large sparse graphs), nodes are revisited through
    /// a queue: a node that moves re-queues its neighbours outside its new
    /// community (Traag, Waltman & van Eck 2019, "From Louvain to Leiden", fast
    /// local move), until the queue is empty. Communities then become nodes
    /// (internal trust as self-loops) and the next level starts, until a level
    /// raises modularity by no more than `threshold`. The random order comes from ``SeededGenerator`` (not
    /// Python's generator), so the partition is deterministic for a seed but need
    /// not equal networkx's; its modularity is comparable. A directed graph is
    /// first made undirected.
    ///
    /// - Complexity: O(m) for the first visit of every node in a level, then
    ///   O(deg) per revisit; typically O(log n) levels.
    public static func louvain(_ graph: CSRGraph, resolution: Double = 1,
                               threshold: Double = 1e-7, seed: UInt64 = 0) -> Communities {
        let g = graph.undirected()
        let n = g.nodeCount
        var labels = (0 ..< n).map { Int32($0) }
        let singletonQ = (try? modularity(g, community: labels, resolution: resolution)) ?? 0
        guard n > 0, g.arcCount > 0 else {
            return Communities(label: labels, count: n, modularity: singletonQ, levels: 0)
        }
        var rng = SeededGenerator(seed: seed)
        var level = LouvainLevel(graph: g)
        let m = level.totalWeight
        var mod = singletonQ
        var levels = 0
        while true {
            let (community, moved) = level.oneLevel(m: m, resolution: resolution, rng: &rng)
            levels += 1
            // Map original nodes to this level's communities.
            for v in 0 ..< n { labels[v] = community[Int(labels[v])] }
            let newMod = level.modularity(community: community, m: m, resolution: resolution)
            if !moved || newMod - mod <= threshold { break }
            mod = newMod
            level = level.aggregate(community: community)
        }
        let canonical = canonicalLabels(labels)
        let q = (try? modularity(g, community: canonical.label, resolution: resolution)) ?? 0
        return Communities(label: canonical.label, count: canonical.count, modularity: q, levels: levels)
    }

    /// Relabels communities 0, 1, … in order of their smallest node.
    static func canonicalLabels(_ labels: [Int32]) -> (label: [Int32], count: Int) {
        var map = [Int32: Int32]()
        var out = [Int32](repeating: 0, count: labels.count)
        for (v, c) in labels.enumerated() {
            if let x = map[c] { out[v] = x } else {
                let x = Int32(map.count); map[c] = x; out[v] = x
            }
        }
        return (out, map.count)
    }
}

/// One level of the Louvain hierarchy: a weighted undirected graph in CSR form
/// without self-loop arcs, plus each node's self-loop weight.
struct LouvainLevel {
    var offsets: [Int]
    var neighbours: [Int32]
    var weights: [Double]
    var selfLoop: [Double]
    /// k_v: Σ of arc weights + 2 × self-loop weight.
    var degree: [Double]

    var nodeCount: Int { selfLoop.count }
    /// m: total edge weight (Σ degree / 2).
    var totalWeight: Double { degree.reduce(0, +) / 2 }

    init(graph g: CSRGraph) {
        offsets = g.offsets
        neighbours = g.neighbours
        weights = g.trust
        selfLoop = [Double](repeating: 0, count: g.nodeCount)
        degree = Influence.strength(g)
    }

    init(offsets: [Int], neighbours: [Int32], weights: [Double], selfLoop: [Double]) {
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
        self.selfLoop = selfLoop
        var d = [Double](repeating: 0, count: selfLoop.count)
        for v in 0 ..< selfLoop.count {
            var s = 0.0
            for a in offsets[v] ..< offsets[v + 1] { s += weights[a] }
            d[v] = s + 2 * selfLoop[v]
        }
        degree = d
    }

    /// Local moving phase, with the queue of Traag, Waltman & van Eck 2019 (Leiden's
    /// "fast local move"): every node is queued once in a seeded random order; a
    /// node that moves re-queues its neighbours outside its new community; the phase
    /// ends when the queue is empty. Returns each node's community (renumbered
    /// 0..<k in node order) and whether any node moved.
    func oneLevel(m: Double, resolution: Double, rng: inout SeededGenerator) -> ([Int32], Bool) {
        let n = nodeCount
        var comm = (0 ..< n).map { Int32($0) }
        var stot = degree
        var queue = (0 ..< n).map { Int32($0) }
        rng.shuffle(&queue)
        var queued = [Bool](repeating: true, count: n)
        var head = 0, size = n           // ring buffer over `queue`
        var w2c = [Double](repeating: 0, count: n)
        var touched: [Int32] = []
        var improved = false
        let twoM2 = 2 * m * m
        var visits = 0
        let maxVisits = 1000 * max(1, n)   // safety cap; never reached in practice
        while size > 0, visits < maxVisits {
            let v = Int(queue[head])
            head = head + 1 == n ? 0 : head + 1
            size -= 1
            queued[v] = false
            visits += 1
            let own = Int(comm[v])
            let kv = degree[v]
            // Trust from v to each neighbouring community.
            touched.removeAll(keepingCapacity: true)
            for a in offsets[v] ..< offsets[v + 1] {
                let c = Int(comm[Int(neighbours[a])])
                if w2c[c] == 0 { touched.append(Int32(c)) }
                w2c[c] += weights[a]
            }
            stot[own] -= kv
            let removeCost = -w2c[own] / m + resolution * (stot[own] * kv) / twoM2
            var best = own
            var bestGain = 0.0
            for tc in touched {
                let c = Int(tc)
                let gain = removeCost + w2c[c] / m - resolution * (stot[c] * kv) / twoM2
                if gain > bestGain { bestGain = gain; best = c }
            }
            stot[best] += kv
            for tc in touched { w2c[Int(tc)] = 0 }
            if best != own {
                comm[v] = Int32(best)
                improved = true
                for a in offsets[v] ..< offsets[v + 1] {
                    let u = Int(neighbours[a])
                    if !queued[u], Int(comm[u]) != best {
                        queued[u] = true
                        var tail = head + size
                        if tail >= n { tail -= n }
                        queue[tail] = Int32(u)
                        size += 1
                    }
                }
            }
        }
        // Renumber communities 0..<k in node order.
        var newId = [Int32](repeating: -1, count: n)
        var next: Int32 = 0
        for v in 0 ..< n {
            let c = Int(comm[v])
            if newId[c] < 0 { newId[c] = next; next += 1 }
            comm[v] = newId[c]
        }
        return (comm, improved)
    }

    /// Modularity of `community` on this level's graph.
    func modularity(community: [Int32], m: Double, resolution: Double) -> Double {
        guard m > 0 else { return 0 }
        let k = Int(community.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: k)
        var tot = [Double](repeating: 0, count: k)
        for v in 0 ..< nodeCount {
            let c = Int(community[v])
            inside[c] += selfLoop[v]
            tot[c] += degree[v]
            for a in offsets[v] ..< offsets[v + 1] where Int(neighbours[a]) > v {
                if community[Int(neighbours[a])] == community[v] { inside[c] += weights[a] }
            }
        }
        var q = 0.0
        for c in 0 ..< k { q += inside[c] / m - resolution * (tot[c] / (2 * m)) * (tot[c] / (2 * m)) }
        return q
    }

    /// The graph of communities: one node per community, ties summed, internal
    /// trust kept as self-loop weight.
    func aggregate(community: [Int32]) -> LouvainLevel {
        let k = Int(community.max() ?? -1) + 1
        var loops = [Double](repeating: 0, count: k)
        // Arcs between communities, bucketed by source community.
        var count = [Int](repeating: 0, count: k + 1)
        for v in 0 ..< nodeCount {
            let c = Int(community[v])
            loops[c] += selfLoop[v]
            for a in offsets[v] ..< offsets[v + 1] {
                let u = Int(neighbours[a])
                if community[u] == community[v] {
                    if u > v { loops[c] += weights[a] }
                } else {
                    count[c + 1] += 1
                }
            }
        }
        for c in 0 ..< k { count[c + 1] += count[c] }
        var fill = count
        var tgt = [Int32](repeating: 0, count: count[k])
        var wt = [Double](repeating: 0, count: count[k])
        for v in 0 ..< nodeCount {
            let c = Int(community[v])
            for a in offsets[v] ..< offsets[v + 1] {
                let d = community[Int(neighbours[a])]
                if Int(d) != c { tgt[fill[c]] = d; wt[fill[c]] = weights[a]; fill[c] += 1 }
            }
        }
        // Merge duplicate targets within each community, summing weights.
        var newOffsets = [Int](repeating: 0, count: k + 1)
        var nb: [Int32] = []
        var ws: [Double] = []
        var slot = [Int](repeating: -1, count: k)
        for c in 0 ..< k {
            let base = nb.count
            for i in count[c] ..< count[c + 1] {
                let d = Int(tgt[i])
                if slot[d] >= base, slot[d] < nb.count, Int(nb[slot[d]]) == d {
                    ws[slot[d]] += wt[i]
                } else {
                    slot[d] = nb.count; nb.append(tgt[i]); ws.append(wt[i])
                }
            }
            newOffsets[c + 1] = nb.count
        }
        return LouvainLevel(offsets: newOffsets, neighbours: nb, weights: ws, selfLoop: loops)
    }
}
