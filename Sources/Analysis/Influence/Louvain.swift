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

    /// The same partition numbered as `guanxi communities` lists it, so that every table
    /// names a community by one number: largest first; among equal sizes, the community
    /// whose strongest member (by `strength`, then lowest index) comes first in the network.
    /// - Complexity: O(n + c log c) for c communities.
    public func numberedBySize(strength: [Double]) -> Communities {
        var size = [Int](repeating: 0, count: count)
        var leader = [Int32](repeating: -1, count: count)
        for (v, c) in label.enumerated() {
            let c = Int(c)
            size[c] += 1
            let current = leader[c]
            if current < 0 || strength[v] > strength[Int(current)] { leader[c] = Int32(v) }
        }
        let order = (0..<count).sorted { (size[$0], leader[$1]) > (size[$1], leader[$0]) }
        var number = [Int32](repeating: 0, count: count)
        for (position, c) in order.enumerated() { number[c] = Int32(position) }
        return Communities(label: label.map { number[Int($0)] }, count: count, modularity: modularity, levels: levels)
    }
}

extension Influence {
    /// Louvain communities (Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast
    /// unfolding of communities in large networks", J. Stat. Mech. P10008), trust
    /// weighted, after networkx `community.louvain_communities(G, weight='trust',
    /// resolution, threshold=1e-7, seed)`:
    ///
    /// each level moves every node to the neighbouring community with the largest
    /// positive gain
    ///
    ///     ΔQ = k_{v,C} / m − γ Σ_tot(C) k_v / (2m²)   (relative to v's own, without v)
    ///
    /// Unlike networkx, which sweeps all nodes until a sweep moves nothing (hundreds
    /// of sweeps of tiny gains on large sparse graphs), only the nodes that may
    /// gain are visited again (Traag, Waltman & van Eck 2019, "From Louvain to
    /// Leiden", fast local move): a node that moves marks its neighbours outside
    /// its new community, and the marked nodes are visited in rounds until none is
    /// left. Communities then become nodes (internal trust as self-loops, Σ_tot as
    /// strength) and the next level starts, until a level raises modularity by no
    /// more than `threshold`.
    ///
    /// Then, unlike networkx, the partition is refined on the way back down
    /// (multilevel refinement, as networkit's PLM with `refine`; Rotta & Noack 2011,
    /// "Multilevel local search algorithms for modularity clustering", ACM J. Exp.
    /// Algorithmics 16): at each level below the top, the nodes with a neighbour
    /// in another community are moved the same way, so a node, or a small
    /// community of a lower level, that joined the wrong community early can
    /// still leave.
    ///
    /// Order: each level's first round visits its nodes in a seeded random order;
    /// on a level too large for the processor's cache, the nodes are cut into
    /// blocks of ``LouvainLevel/blockSize`` consecutive indices, and the blocks are
    /// shuffled and so are the nodes within each block (node indices of real
    /// networks, and the community numbers of later levels, are far from random,
    /// so most neighbours then sit in nearby memory). Later rounds go in index
    /// order. The seed drives ``SeededGenerator`` (not Python's generator), so the
    /// partition is deterministic for a seed but need not equal networkx's; its
    /// modularity is comparable.
    ///
    /// Modularity is never recomputed from the ties: the singleton partition has
    /// −γ Σ_v (k_v / 2m)²; a level's partition has the modularity of the singleton
    /// partition of the community graph built from it; each refining move adds its
    /// ΔQ. A directed graph is first made undirected.
    ///
    /// - Complexity: O(m) for the first round of a level, then O(deg) per revisit
    ///   and O(r log r) to order a round of r nodes (O(n) when r is large); O(n + m)
    ///   to aggregate and to find the border nodes. Typically O(log n) levels, each
    ///   on a much smaller graph than the one before.
    public static func louvain(_ graph: CSRGraph, resolution: Double = 1,
                               threshold: Double = 1e-7, seed: UInt64 = 0) -> Communities {
        louvain(graph, resolution: resolution, threshold: threshold, seed: seed,
                cacheBytes: LouvainLevel.cacheBytes)
    }

    /// ``louvain(_:resolution:threshold:seed:)`` with the cache size that decides
    /// between shuffling single nodes and blocks (tests use 0 to force blocks).
    static func louvain(_ graph: CSRGraph, resolution: Double, threshold: Double, seed: UInt64,
                        cacheBytes: Int) -> Communities {
        let g = graph.undirected()
        let n = g.nodeCount
        let base = LouvainLevel(graph: g)
        let m = base.totalWeight
        guard n > 0, m > 0 else {
            // No ties: every node alone, Q = 0 (as ``modularity(_:community:resolution:)``).
            return Communities(label: (0 ..< n).map { Int32($0) }, count: n, modularity: 0, levels: 0)
        }
        var rng = SeededGenerator(seed: seed)
        let workspace = LouvainWorkspace(capacity: n, cacheBytes: cacheBytes)
        var mod = base.singletonModularity(m: m, resolution: resolution)
        // Coarsening: graphs[j] is level j's graph, maps[j] the community of each of
        // its nodes (a node of level j + 1).
        var graphs = [base]
        var maps: [[Int32]] = []
        var count = n
        var levels = 0
        while let level = graphs.last {
            let moves = level.moveNodes(m: m, resolution: resolution, rng: &rng, workspace: workspace)
            levels += 1
            guard moves.moved else { break }
            let next = level.aggregate(community: moves.community, count: moves.count, workspace: workspace)
            maps.append(moves.community)
            count = moves.count
            let newMod = next.singletonModularity(m: m, resolution: resolution)
            let gain = newMod - mod
            mod = newMod
            if gain <= threshold { break }
            graphs.append(next)
        }
        // Communities are numbered at each level in order of their smallest node
        // there, which is the order of their smallest original node, so composed
        // labels are canonical.
        guard var label = maps.popLast() else {
            return Communities(label: (0 ..< n).map { Int32($0) }, count: n, modularity: mod, levels: levels)
        }
        // Refinement on the way down: the top partition is a local optimum of its
        // level; carried to each level below, it is improved there.
        while let map = maps.popLast() {
            label = label.withUnsafeBufferPointer { top in map.map { top[Int($0)] } }
            let refined = graphs[maps.count].moveNodes(m: m, resolution: resolution, rng: &rng,
                                                       workspace: workspace, from: label)
            if refined.moved {
                label = refined.community
                count = refined.count
                mod += refined.gain
            }
        }
        return Communities(label: label, count: count, modularity: mod, levels: levels)
    }
}

/// Per community during the moves: Σ_tot, and the trust from the node being
/// visited (zero between visits). Side by side: both are read for every candidate.
struct LouvainTally {
    var total: Double
    var weightTo: Double
}

/// Scratch arrays for one Louvain run, sized for the first level and reused by the
/// smaller ones.
final class LouvainWorkspace {
    /// Community of each node during the moves.
    let comm: UnsafeMutableBufferPointer<Int32>
    /// Σ_tot and trust from the current node (or community) of each community;
    /// `weightTo` is zero between uses.
    let tally: UnsafeMutableBufferPointer<LouvainTally>
    /// The nodes of this round, then of the next; afterwards renumbering and
    /// member lists.
    let round: UnsafeMutableBufferPointer<Int32>
    let nextRound: UnsafeMutableBufferPointer<Int32>
    /// Whether a node is in this round and not yet visited, or in the next round.
    let queued: UnsafeMutableBufferPointer<Bool>
    /// The communities whose `weightTo` is non-zero; the border nodes before a
    /// refinement.
    let touched: UnsafeMutableBufferPointer<Int32>
    /// See ``LouvainLevel/cacheBytes``.
    let cacheBytes: Int

    init(capacity n: Int, cacheBytes: Int) {
        self.cacheBytes = cacheBytes
        comm = .allocate(capacity: n)
        tally = .allocate(capacity: n)
        tally.initialize(repeating: LouvainTally(total: 0, weightTo: 0))
        round = .allocate(capacity: n)
        nextRound = .allocate(capacity: n)
        queued = .allocate(capacity: n)
        touched = .allocate(capacity: n)
    }

    deinit {
        comm.deallocate(); tally.deallocate(); round.deallocate(); nextRound.deallocate()
        queued.deallocate(); touched.deallocate()
    }
}

/// One level of the Louvain hierarchy: a weighted undirected graph in CSR form
/// without self-loop arcs, plus each node's self-loop weight.
struct LouvainLevel {
    /// Nodes per block of the first round's order on a level that does not fit in
    /// cache: a block's nodes, their arcs and most of their neighbours stay in
    /// cache while it is visited.
    static let blockSize = 256
    /// Bytes of node and arc arrays (about 48 per node, 12 per arc) up to which a
    /// level counts as fitting in cache and its nodes are shuffled one by one:
    /// half a typical server's last-level cache.
    static let cacheBytes = 16 << 20

    var offsets: [Int]
    var neighbours: [Int32]
    var weights: [Double]
    /// Self-loop weight of each node (internal trust of a community); empty at the
    /// first level, whose graph has none.
    var selfLoop: [Double]
    /// k_v: Σ of arc weights + 2 × self-loop weight.
    var degree: [Double]

    var nodeCount: Int { degree.count }
    /// m: total edge weight (Σ degree / 2).
    var totalWeight: Double { degree.reduce(0, +) / 2 }
    /// Bytes of the arrays read while moving this level's nodes, roughly.
    var workingBytes: Int { nodeCount * 48 + neighbours.count * 12 }

    init(graph g: CSRGraph) {
        offsets = g.offsets
        neighbours = g.neighbours
        weights = g.trust
        selfLoop = []
        degree = Influence.strength(g)
    }

    init(offsets: [Int], neighbours: [Int32], weights: [Double], selfLoop: [Double], degree: [Double]) {
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
        self.selfLoop = selfLoop
        self.degree = degree
    }

    /// Modularity of the partition into single nodes on this level's graph:
    /// Σ_v [ loop_v / m − γ (k_v / 2m)² ].
    func singletonModularity(m: Double, resolution: Double) -> Double {
        var inside = 0.0, spread = 0.0
        for l in selfLoop { inside += l }
        for k in degree { let x = k / (2 * m); spread += x * x }
        return inside / m - resolution * spread
    }

    /// Writes the seeded order of a first round of `count` nodes into `round`:
    /// position i stands for node `list[i]`, or node i without a list. The
    /// positions are shuffled; on a level that does not fit in cache, they are cut
    /// into blocks of ``blockSize``, and the blocks are shuffled and so are the
    /// positions within each block.
    func firstRound(_ count: Int, of list: UnsafeMutableBufferPointer<Int32>?,
                    into round: UnsafeMutableBufferPointer<Int32>, cacheBytes: Int,
                    rng: inout SeededGenerator) {
        let size = workingBytes <= cacheBytes ? 1 : Self.blockSize
        var blocks = Array(0 ..< (count + size - 1) / size)
        rng.shuffle(&blocks)
        var p = 0
        for b in blocks {
            let lo = b * size, len = Swift.min(size, count - lo)
            if let list {
                for i in 0 ..< len { round[p + i] = list[lo + i] }
            } else {
                for i in 0 ..< len { round[p + i] = Int32(lo + i) }
            }
            var i = len - 1
            while i > 0 {
                round.swapAt(p + i, p + rng.below(i + 1))
                i -= 1
            }
            p += len
        }
    }

    /// Local moving phase, in rounds: the first visits every node (or, with
    /// `start`, every border node) in the seeded order of
    /// ``firstRound(_:of:into:cacheBytes:rng:)``; a node that moves marks its neighbours
    /// outside its new community that are not already waiting; each later round
    /// visits the nodes marked during the one before, in index order (a sort of
    /// few, a scan of the marks for many); the phase ends when a round marks none
    /// (Traag, Waltman & van Eck 2019's fast local move, in rounds).
    ///
    /// Without `start`, every node starts alone. With `start` (a partition into
    /// labels below the node count, carried down from the level above), only the
    /// nodes with a neighbour in another community start the first round.
    ///
    /// Returns each node's community, renumbered 0..<count in order of its smallest
    /// node, whether any node moved, and the modularity gained (Σ of the moves'
    /// ΔQ).
    func moveNodes(m: Double, resolution: Double, rng: inout SeededGenerator,
                   workspace w: LouvainWorkspace, from start: [Int32]? = nil)
        -> (community: [Int32], count: Int, moved: Bool, gain: Double) {
        let n = nodeCount
        let comm = w.comm, tally = w.tally, queued = w.queued, touched = w.touched
        var round = w.round, nextRound = w.nextRound
        var moved = false
        var gain = 0.0                                  // m × ΔQ
        offsets.withUnsafeBufferPointer { off in
        neighbours.withUnsafeBufferPointer { nb in
        weights.withUnsafeBufferPointer { wt in
        degree.withUnsafeBufferPointer { deg in
            var size = n                                // nodes in this round
            if let start {
                for v in 0 ..< n { tally[v].total = 0 }
                for v in 0 ..< n { comm[v] = start[v]; tally[Int(start[v])].total += deg[v] }
                // The border nodes, ascending, in `touched`.
                size = 0
                for v in 0 ..< n {
                    let c = comm[v]
                    var border = false
                    for a in off[v] ..< off[v + 1] where comm[Int(nb[a])] != c { border = true; break }
                    queued[v] = border
                    if border { touched[size] = Int32(v); size += 1 }
                }
                firstRound(size, of: touched, into: round, cacheBytes: w.cacheBytes, rng: &rng)
            } else {
                for v in 0 ..< n { comm[v] = Int32(v); queued[v] = true; tally[v].total = deg[v] }
                firstRound(n, of: nil, into: round, cacheBytes: w.cacheBytes, rng: &rng)
            }
            let scale = resolution / (2 * m)
            var visits = 0
            let maxVisits = 1000 * n                    // safety cap; never reached in practice
            while size > 0, visits < maxVisits {
                var nextSize = 0
                for i in 0 ..< size {
                    let v = Int(round[i])
                    queued[v] = false
                    let own = Int(comm[v])
                    let kv = deg[v]
                    let lo = off[v], hi = off[v + 1]
                    // Trust from v to each neighbouring community.
                    var t = 0
                    for a in lo ..< hi {
                        let c = Int(comm[Int(nb[a])])
                        if tally[c].weightTo == 0 { touched[t] = Int32(c); t += 1 }
                        tally[c].weightTo += wt[a]
                    }
                    // Take v out; the best community maximises
                    // k_{v,C} − γ Σ_tot(C) k_v / 2m (m × the gain), v's own winning ties.
                    tally[own].total -= kv
                    let f = scale * kv
                    let ownScore = tally[own].weightTo - f * tally[own].total
                    var best = own
                    var bestScore = ownScore
                    for j in 0 ..< t {
                        let c = Int(touched[j])
                        let s = tally[c].weightTo - f * tally[c].total
                        if s > bestScore { bestScore = s; best = c }
                        tally[c].weightTo = 0
                    }
                    tally[best].total += kv
                    guard best != own else { continue }
                    comm[v] = Int32(best)
                    moved = true
                    gain += bestScore - ownScore
                    for a in lo ..< hi {
                        let u = Int(nb[a])
                        if !queued[u], Int(comm[u]) != best {
                            queued[u] = true
                            nextRound[nextSize] = Int32(u)
                            nextSize += 1
                        }
                    }
                }
                visits += size
                // The next round in index order: what is left marked is exactly it.
                if nextSize > n / 64 {
                    var p = 0
                    for u in 0 ..< n where queued[u] { nextRound[p] = Int32(u); p += 1 }
                } else {
                    nextRound[0 ..< nextSize].sort()
                }
                swap(&round, &nextRound)
                size = nextSize
            }
        }}}}
        // Renumber communities 0..<k in order of their smallest node.
        let newId = round
        newId.update(repeating: -1)
        var k: Int32 = 0
        let community = [Int32](unsafeUninitializedCapacity: n) { out, initialized in
            for v in 0 ..< n {
                let c = Int(comm[v])
                if newId[c] < 0 { newId[c] = k; k += 1 }
                out[v] = newId[c]
            }
            initialized = n
        }
        return (community, Int(k), moved, gain / m)
    }

    /// The graph of communities: one node per community, ties summed, internal
    /// trust kept as self-loop weight, strength the sum of the members' strengths.
    /// The members are grouped by a counting sort; each community's ties to the
    /// others are summed in the workspace (no sorting, no hashing).
    func aggregate(community: [Int32], count k: Int, workspace w: LouvainWorkspace) -> LouvainLevel {
        let tally = w.tally, touched = w.touched, members = w.round
        var start = [Int](repeating: 0, count: k + 1)
        var loops = [Double](repeating: 0, count: k)
        var strength = [Double](repeating: 0, count: k)
        var newOffsets = [Int](repeating: 0, count: k + 1)
        var nbOut: [Int32] = [], wOut: [Double] = []
        offsets.withUnsafeBufferPointer { off in
        neighbours.withUnsafeBufferPointer { nb in
        weights.withUnsafeBufferPointer { wt in
        degree.withUnsafeBufferPointer { deg in
        community.withUnsafeBufferPointer { comm in
        start.withUnsafeMutableBufferPointer { start in
            for c in comm { start[Int(c) + 1] += 1 }
            for c in 0 ..< k { start[c + 1] += start[c] }
            for v in 0 ..< nodeCount {
                let c = Int(comm[v])
                members[start[c]] = Int32(v)
                start[c] += 1
            }
            // `start[c]` has moved on to the end of c's members, the start of c + 1's.
            var lo = 0
            for c in 0 ..< k {
                var inside = 0.0, loop = 0.0, s = 0.0
                var t = 0
                for i in lo ..< start[c] {
                    let v = Int(members[i])
                    if !selfLoop.isEmpty { loop += selfLoop[v] }
                    s += deg[v]
                    for a in off[v] ..< off[v + 1] {
                        let d = Int(comm[Int(nb[a])])
                        if d == c { inside += wt[a]; continue }
                        if tally[d].weightTo == 0 { touched[t] = Int32(d); t += 1 }
                        tally[d].weightTo += wt[a]
                    }
                }
                lo = start[c]
                loops[c] = loop + inside / 2            // each internal tie seen from both ends
                strength[c] = s
                for j in 0 ..< t {
                    let d = Int(touched[j])
                    nbOut.append(Int32(d)); wOut.append(tally[d].weightTo)
                    tally[d].weightTo = 0
                }
                newOffsets[c + 1] = nbOut.count
            }
        }}}}}}
        return LouvainLevel(offsets: newOffsets, neighbours: nbOut, weights: wOut,
                            selfLoop: loops, degree: strength)
    }
}
