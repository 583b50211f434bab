import GraphCore
import TrustModel

/// The graph every gap search walks (DESIGN §4): the partners — every node but clients —
/// with one arc each way between two partners tied in any relation and either direction
/// (trust > 0). A client is an end point, never a channel: clients are left out of the
/// arcs and hang off the partners they are tied to (``clientLinks``).
///
/// Each arc carries the trust of the one who asks: the arc u → v carries u's own trust in
/// v — the highest trust written from u to v in any relation — or, when u wrote none, v's
/// trust in u (the only one known). So a route from a station starts with the station's own
/// trust in its first partner, and a go-between is trusted as the station rates it, not as
/// it rates the station.
///
/// - Complexity: O(n + m log d) to build (the written trust of each pair looked up by
///   binary search); about 20 bytes per partner arc and 12 per client link.
struct PartnerGraph: Sendable {
    let nodeCount: Int
    /// Arcs of partner `u`: `offsets[u] ..< offsets[u + 1]`; none for clients.
    let offsets: [Int]
    let neighbours: [Int32]
    /// `trustOut[a]`: the trust of `u` in `neighbours[a]` for the arc `a` leaving `u`.
    let trustOut: [Double]
    /// `trustIn[a]`: the trust of `neighbours[a]` in `u`, for searches run backwards.
    let trustIn: [Double]
    /// Partners tied to each client: `clientOffsets[k] ..< clientOffsets[k + 1]` (empty for
    /// partners), with the partner's trust in the client (or the client's, as above).
    let clientOffsets: [Int]
    let clientPartners: [Int32]
    let clientTrust: [Double]
    /// Unordered pairs tied only by ties of trust 0: recorded, carrying nothing, but tied.
    let zeroTrustPairs: Set<UInt64>

    init(_ network: TrustNetwork) {
        let n = network.nodes.count
        nodeCount = n
        // Written trust per ordered pair (source → target), any relation, highest.
        let written = network.ties.withUnsafeBufferPointer { ties in
            CSRGraph.build(nodeCount: n, directed: true, edgeCount: ties.count) { i in
                GraphEdge(source: ties[i].source, target: ties[i].target, trust: ties[i].trust)
            }
        }
        let pairs = written.undirected()
        let isClient = network.nodes.map { $0.kind == .client }
        func own(_ u: Int, _ v: Int) -> Double {
            written.trust(from: u, to: v) ?? written.trust(from: v, to: u) ?? 0
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        var clientOffsets = [Int](repeating: 0, count: n + 1)
        for u in 0 ..< n {
            var partnersOf = 0
            for a in pairs.arcs(of: u) where !isClient[Int(pairs.neighbours[a])] { partnersOf += 1 }
            offsets[u + 1] = offsets[u] + (isClient[u] ? 0 : partnersOf)
            clientOffsets[u + 1] = clientOffsets[u] + (isClient[u] ? partnersOf : 0)
        }
        var neighbours = [Int32](repeating: 0, count: offsets[n])
        var trustOut = [Double](repeating: 0, count: offsets[n])
        var trustIn = [Double](repeating: 0, count: offsets[n])
        var clientPartners = [Int32](repeating: 0, count: clientOffsets[n])
        var clientTrust = [Double](repeating: 0, count: clientOffsets[n])
        for u in 0 ..< n {
            var k = isClient[u] ? clientOffsets[u] : offsets[u]
            for a in pairs.arcs(of: u) {
                let v = Int(pairs.neighbours[a])
                guard !isClient[v] else { continue }
                if isClient[u] {
                    clientPartners[k] = Int32(v)
                    clientTrust[k] = own(v, u)
                } else {
                    neighbours[k] = Int32(v)
                    trustOut[k] = own(u, v)
                    trustIn[k] = own(v, u)
                }
                k += 1
            }
        }
        self.offsets = offsets
        self.neighbours = neighbours
        self.trustOut = trustOut
        self.trustIn = trustIn
        self.clientOffsets = clientOffsets
        self.clientPartners = clientPartners
        self.clientTrust = clientTrust
        var zero = Set<UInt64>()
        for tie in network.ties where tie.trust <= 0 && tie.source != tie.target {
            if written.trust(from: Int(tie.source), to: Int(tie.target)) == nil,
               written.trust(from: Int(tie.target), to: Int(tie.source)) == nil {
                zero.insert(PartnerGraph.pairKey(tie.source, tie.target))
            }
        }
        zeroTrustPairs = zero
    }

    @inline(__always)
    func arcs(of u: Int) -> Range<Int> { offsets[u] ..< offsets[u + 1] }

    @inline(__always)
    func clientArcs(of k: Int) -> Range<Int> { clientOffsets[k] ..< clientOffsets[k + 1] }

    /// Partners tied to partner `u`.
    func degree(_ u: Int) -> Int { offsets[u + 1] - offsets[u] }

    /// `u`'s trust in `v` as the arc carries it, if the two partners are tied.
    func trust(from u: Int32, to v: Int32) -> Double? {
        var lo = offsets[Int(u)], hi = offsets[Int(u) + 1]
        while lo < hi {
            let mid = (lo + hi) >> 1
            let x = neighbours[mid]
            if x == v { return trustOut[mid] }
            if x < v { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// Whether two nodes are tied at all, in any relation, either direction, any trust
    /// (a partner and a client included).
    func areTied(_ a: Int32, _ b: Int32) -> Bool {
        if zeroTrustPairs.contains(PartnerGraph.pairKey(a, b)) { return true }
        if clientOffsets[Int(a) + 1] > clientOffsets[Int(a)] { return clientArcs(of: Int(a)).contains { clientPartners[$0] == b } }
        if clientOffsets[Int(b) + 1] > clientOffsets[Int(b)] { return clientArcs(of: Int(b)).contains { clientPartners[$0] == a } }
        return trust(from: a, to: b) != nil
    }

    static func pairKey(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b)))
    }
}
