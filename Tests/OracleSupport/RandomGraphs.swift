import Analysis
import GraphCore

/// The seeded generator of the test graphs: Analysis's SplitMix64, with two draws the
/// tests use.
public typealias TestRNG = SplitMix64

extension SplitMix64 {
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

/// A seeded random edge list: `m` edges on `n` nodes, with self-loops, parallel
/// edges, zero-trust edges and mutual edges mixed in.
public func randomEdges(n: Int, m: Int, seed: UInt64, levels: Int = 10) -> [GraphEdge] {
    var rng = TestRNG(seed: seed)
    var out: [GraphEdge] = []
    guard n > 0 else { return out }
    for _ in 0 ..< m {
        let u = Int32(rng.below(n)), v = Int32(rng.below(n))
        let r = rng.below(20)
        let trust: Double = r == 0 ? 0 : Double(1 + rng.below(levels)) / Double(levels)
        out.append(GraphEdge(source: u, target: v, trust: trust, mutual: rng.below(3) == 0))
    }
    return out
}

/// A random permutation of `0..<n`.
public func randomPermutation(_ n: Int, seed: UInt64) -> [Int32] {
    var rng = TestRNG(seed: seed)
    var p = (0 ..< n).map { Int32($0) }
    var i = n - 1
    while i > 0 { p.swapAt(i, rng.below(i + 1)); i -= 1 }
    return p
}

public func relabel(_ edges: [GraphEdge], _ perm: [Int32]) -> [GraphEdge] {
    edges.map { GraphEdge(source: perm[Int($0.source)], target: perm[Int($0.target)],
                          trust: $0.trust, mutual: $0.mutual) }
}
