import Testing
import GraphCore
import OracleSupport
@testable import Analysis

/// Groups of consecutive nodes (sizes 20–119), dense inside, a few random ties
/// between; the nodes of each group are numbered together, like the stations of a
/// generated city, so the block order has locality to work with.
private func plantedGraph(groups: Int, seed: UInt64) throws -> (graph: CSRGraph, planted: [Int32]) {
    var rng = TestRNG(seed: seed)
    var planted: [Int32] = []
    for c in 0 ..< groups { planted += [Int32](repeating: Int32(c), count: 20 + rng.below(100)) }
    let n = planted.count
    var edges: [GraphEdge] = []
    var lo = 0
    while lo < n {
        var hi = lo
        while hi < n, planted[hi] == planted[lo] { hi += 1 }
        for _ in 0 ..< 3 * (hi - lo) {
            let u = lo + rng.below(hi - lo), v = lo + rng.below(hi - lo)
            edges.append(GraphEdge(source: Int32(u), target: Int32(v), trust: 0.3 + 0.7 * rng.unit()))
        }
        lo = hi
    }
    for _ in 0 ..< n / 10 {
        edges.append(GraphEdge(source: Int32(rng.below(n)), target: Int32(rng.below(n)),
                               trust: 0.1 + 0.4 * rng.unit()))
    }
    return (try CSRGraph.structural(nodeCount: n, edges: edges), planted)
}

@Suite("Louvain")
struct LouvainTests {
    /// The modularity Louvain reports is accumulated (level by level, move by move),
    /// never recomputed from the ties: it must still be the partition's.
    @Test(arguments: [(1, 0), (2, 0), (3, LouvainLevel.cacheBytes)] as [(UInt64, Int)])
    func reportedModularityIsThePartitions(seed: UInt64, cacheBytes: Int) throws {
        let (g, planted) = try plantedGraph(groups: 60, seed: seed)
        let c = Influence.louvain(g, resolution: 1, threshold: 1e-7, seed: seed, cacheBytes: cacheBytes)
        let q = try Influence.modularity(g, community: c.label)
        #expect(abs(c.modularity - q) <= 1e-9, "reported \(c.modularity), recomputed \(q)")
        #expect(c.levels >= 2)
        // At least as good as the planted groups.
        let plantedQ = try Influence.modularity(g, community: planted)
        #expect(c.modularity >= plantedQ - 1e-9, "\(c.modularity) vs planted \(plantedQ)")
        // Deterministic for a seed.
        #expect(Influence.louvain(g, resolution: 1, threshold: 1e-7, seed: seed, cacheBytes: cacheBytes) == c)
    }

    /// Labels are `0..<count`, numbered in order of each community's smallest node.
    @Test(arguments: [0, LouvainLevel.cacheBytes])
    func labelsAreCanonical(cacheBytes: Int) throws {
        let (g, _) = try plantedGraph(groups: 40, seed: 7)
        for seed: UInt64 in [0, 5, 42] {
            let c = Influence.louvain(g, resolution: 1, threshold: 1e-7, seed: seed, cacheBytes: cacheBytes)
            var next: Int32 = 0
            for l in c.label {
                #expect(l <= next)
                if l == next { next += 1 }
            }
            #expect(Int(next) == c.count)
        }
    }

    /// The resolution is honoured on every level and in the refinement: a larger γ
    /// gives smaller communities, and each reported Q is the partition's at that γ.
    @Test func resolution() throws {
        let (g, _) = try plantedGraph(groups: 30, seed: 11)
        var counts: [Int] = []
        for gamma in [0.5, 1, 4] {
            let c = Influence.louvain(g, resolution: gamma, seed: 3)
            let q = try Influence.modularity(g, community: c.label, resolution: gamma)
            #expect(abs(c.modularity - q) <= 1e-9)
            counts.append(c.count)
        }
        #expect(counts[0] <= counts[1] && counts[1] <= counts[2], "\(counts)")
    }
}
