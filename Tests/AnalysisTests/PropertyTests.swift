import Foundation
import Testing
import GraphCore
import OracleSupport
@testable import Analysis

@Suite("Influence properties")
struct InfluencePropertyTests {
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func pageRankSumsToOne(seed: UInt64) throws {
        let n = 300
        let flow = try CSRGraph.flow(nodeCount: n, edges: randomEdges(n: n, m: 900, seed: seed))
        for g in [flow, flow.reversed(), flow.undirected()] {
            let r = Influence.pageRank(g)
            #expect(r.converged)
            #expect(abs(r.scores.reduce(0, +) - 1) < 1e-9)
            #expect(r.scores.allSatisfy { $0 > 0 && $0.isFinite })
        }
    }

    @Test(arguments: [8, 9, 10] as [UInt64])
    func pageRankIsTheFixedPoint(seed: UInt64) throws {
        // Dangling nodes, cycles of every size and one-node components: the solve by
        // components must land on x = α (x P + dangling / n) + (1 − α) / n.
        let n = 200, alpha = 0.85
        let flow = try CSRGraph.flow(nodeCount: n, edges: randomEdges(n: n, m: 320, seed: seed))
        for g in [flow, flow.reversed(), flow.undirected()] {
            let r = Influence.pageRank(g, alpha: alpha, tolerance: 1e-12)
            #expect(r.converged)
            var outTrust = [Double](repeating: 0, count: n)
            for u in 0 ..< n { for a in g.arcs(of: u) { outTrust[u] += g.trust[a] } }
            var danglingSum = 0.0
            for u in 0 ..< n where outTrust[u] == 0 { danglingSum += r.scores[u] }
            var image = [Double](repeating: alpha * danglingSum / Double(n) + (1 - alpha) / Double(n), count: n)
            for u in 0 ..< n {
                for a in g.arcs(of: u) {
                    image[Int(g.neighbours[a])] += alpha * r.scores[u] * g.trust[a] / outTrust[u]
                }
            }
            for v in 0 ..< n { #expect(abs(image[v] - r.scores[v]) < 1e-12, "node \(v)") }
        }
    }

    @Test func sampledClosenessIsUnbiasedAndWithinItsBound() throws {
        // Every pivot set of size k is equally likely, so averaging the estimate over many
        // seeds approaches the exact value; each single estimate sits within the bound for
        // nearly every node (95 % each, so far more than 80 % of them).
        let n = 150
        let g = try CSRGraph.structural(nodeCount: n, edges: randomEdges(n: n, m: 400, seed: 31))
        let exact = Influence.harmonicCloseness(g)
        var mean = [Double](repeating: 0, count: n)
        let seeds = 200
        for seed in 0 ..< seeds {
            let sample = Influence.sampledHarmonicCloseness(g, pivots: 30, seed: UInt64(seed))
            #expect(!sample.isExact && sample.pivots.count == 30 && sample.errorBound > 0)
            let within = (0 ..< n).filter { abs(sample.scores[$0] - exact[$0]) / Double(n - 1) <= sample.errorBound }
            #expect(within.count >= n * 8 / 10)
            for v in 0 ..< n { mean[v] += sample.scores[v] / Double(seeds) }
        }
        for v in 0 ..< n { #expect(abs(mean[v] - exact[v]) <= 0.05 * exact[v] + 1e-9, "node \(v)") }
        // All nodes as pivots: the exact values.
        let all = Influence.sampledHarmonicCloseness(g, pivots: n, seed: 1)
        #expect(all.isExact && all.scores == exact)
    }

    @Test(arguments: [5, 6, 7] as [UInt64])
    func relabellingChangesNoValue(seed: UInt64) throws {
        let n = 120
        let edges = randomEdges(n: n, m: 300, seed: seed)
        let perm = randomPermutation(n, seed: seed &+ 100)
        let moved = relabel(edges, perm)
        let g1 = try CSRGraph.structural(nodeCount: n, edges: edges)
        let g2 = try CSRGraph.structural(nodeCount: n, edges: moved)
        let f1 = try CSRGraph.flow(nodeCount: n, edges: edges)
        let f2 = try CSRGraph.flow(nodeCount: n, edges: moved)

        func same(_ a: [Double], _ b: [Double], _ what: String, tol: Double = 1e-9) {
            for v in 0 ..< n {
                #expect(close(a[v], b[Int(perm[v])], tol), "\(what) node \(v)")
            }
        }
        func sameOpt(_ a: [Double?], _ b: [Double?], _ what: String) {
            for v in 0 ..< n {
                switch (a[v], b[Int(perm[v])]) {
                case let (x?, y?): #expect(close(x, y, 1e-9), "\(what) node \(v)")
                case (nil, nil): break
                default: Issue.record("\(what) node \(v): defined in one labelling only")
                }
            }
        }
        same(Influence.pageRank(f1.reversed()).scores, Influence.pageRank(f2.reversed()).scores,
             "pagerank", tol: 1e-6)
        same(Influence.eigenvectorCentrality(g1).scores, Influence.eigenvectorCentrality(g2).scores,
             "eigenvector", tol: 1e-6)
        same(Influence.betweenness(g1), Influence.betweenness(g2), "betweenness")
        same(Influence.betweenness(f1), Influence.betweenness(f2), "directed betweenness")
        same(Influence.harmonicCloseness(g1), Influence.harmonicCloseness(g2), "harmonic")
        same(Influence.harmonicCloseness(f1), Influence.harmonicCloseness(f2), "directed harmonic")
        same(Influence.strength(g1), Influence.strength(g2), "strength")
        same(Influence.inStrength(f1), Influence.inStrength(f2), "in-strength")
        sameOpt(Influence.constraint(g1), Influence.constraint(g2), "constraint")
        sameOpt(Influence.effectiveSize(g1), Influence.effectiveSize(g2), "effective size")
        let c1 = Influence.coreNumber(g1), c2 = Influence.coreNumber(g2)
        #expect((0 ..< n).allSatisfy { c1[$0] == c2[Int(perm[$0])] })
        let d1 = Influence.degree(f1), d2 = Influence.degree(f2)
        #expect((0 ..< n).allSatisfy { d1[$0] == d2[Int(perm[$0])] })
        let people = (0 ..< n).map { Double($0 % 4) }
        var movedPeople = [Double](repeating: 0, count: n)
        for v in 0 ..< n { movedPeople[Int(perm[v])] = people[v] }
        same(try Influence.trustReach(f1, people: people, threshold: 0.3),
             try Influence.trustReach(f2, people: movedPeople, threshold: 0.3), "trust reach")
        // Modularity of a fixed partition (Louvain itself depends on node order).
        let part = (0 ..< n).map { Int32($0 % 5) }
        var movedPart = [Int32](repeating: 0, count: n)
        for v in 0 ..< n { movedPart[Int(perm[v])] = part[v] }
        #expect(close(try Influence.modularity(g1, community: part),
                      try Influence.modularity(g2, community: movedPart), 1e-12))
    }

    @Test(arguments: [8, 9, 10] as [UInt64])
    func coreNumberAtMostDegree(seed: UInt64) throws {
        let n = 400
        let g = try CSRGraph.structural(nodeCount: n, edges: randomEdges(n: n, m: 2000, seed: seed))
        let core = Influence.coreNumber(g), deg = Influence.degree(g)
        #expect((0 ..< n).allSatisfy { core[$0] <= deg[$0] && core[$0] >= 0 })
        // Each node with core k has at least k neighbours of core ≥ k.
        for v in 0 ..< n {
            let strong = g.neighbours(of: v).filter { core[Int($0)] >= core[v] }.count
            #expect(strong >= core[v])
        }
    }

    @Test func betweennessParallelIsDeterministic() throws {
        let n = 500
        let g = try CSRGraph.structural(nodeCount: n, edges: randomEdges(n: n, m: 1500, seed: 77))
        let a = Influence.betweenness(g)
        #expect(Influence.betweenness(g) == a)
        // Equal to a plain sequential sum of the same accumulations up to rounding.
        let raw = brandesRawScores(g, sources: [0, 1, 2])
        #expect(raw.allSatisfy { $0 >= 0 && $0.isFinite })
    }

    /// Graphs that are easy to get wrong: none of them may produce NaN.
    static let awkward: [(String, Int, [GraphEdge])] = [
        ("empty", 0, []),
        ("one node", 1, []),
        ("two isolated", 2, []),
        ("one tie", 2, [GraphEdge(source: 0, target: 1, trust: 0.5)]),
        ("only zero trust", 3, [GraphEdge(source: 0, target: 1, trust: 0),
                                GraphEdge(source: 1, target: 2, trust: 0, mutual: true)]),
        ("self-loops only", 2, [GraphEdge(source: 0, target: 0, trust: 1),
                                GraphEdge(source: 1, target: 1, trust: 0.3)]),
        ("disconnected with isolated", 7, [
            GraphEdge(source: 0, target: 1, trust: 0.9, mutual: true),
            GraphEdge(source: 1, target: 2, trust: 0.2),
            GraphEdge(source: 4, target: 5, trust: 1),
            GraphEdge(source: 5, target: 6, trust: 0),
        ]),
        ("star", 5, (1 ..< 5).map { GraphEdge(source: 0, target: Int32($0), trust: 0.5) }),
    ]

    @Test(arguments: 0 ..< awkward.count)
    func noNaN(index: Int) throws {
        let (name, n, edges) = Self.awkward[index]
        let g = try CSRGraph.structural(nodeCount: n, edges: edges)
        let f = try CSRGraph.flow(nodeCount: n, edges: edges)
        func finite(_ xs: [Double], _ what: String) {
            #expect(xs.count == n, "\(name) \(what) count")
            #expect(xs.allSatisfy { $0.isFinite }, "\(name) \(what): \(xs)")
        }
        finite(Influence.pageRank(f.reversed()).scores, "pagerank")
        if n > 0 { #expect(abs(Influence.pageRank(f).scores.reduce(0, +) - 1) < 1e-9) }
        finite(Influence.eigenvectorCentrality(g).scores, "eigenvector")
        finite(Influence.eigenvectorCentrality(f).scores, "directed eigenvector")
        finite(Influence.betweenness(g), "betweenness")
        finite(Influence.betweenness(f, normalized: false), "directed betweenness")
        finite(Influence.sampledBetweenness(g, pivots: 2, seed: 3).scores, "sampled")
        finite(Influence.harmonicCloseness(g), "harmonic")
        finite(Influence.harmonicCloseness(f), "directed harmonic")
        finite(Influence.strength(f), "strength")
        let con = Influence.constraint(g), eff = Influence.effectiveSize(g)
        #expect(con.count == n && eff.count == n)
        for v in 0 ..< n {
            let isolated = g.outDegree(v) == 0
            #expect((con[v] == nil) == isolated && (eff[v] == nil) == isolated, "\(name) node \(v)")
            #expect(con[v].map { $0.isFinite } ?? true)
            #expect(eff[v].map { $0.isFinite } ?? true)
        }
        #expect(Influence.coreNumber(g).count == n)
        let louvain = Influence.louvain(g, seed: 1)
        #expect(louvain.modularity.isFinite && louvain.label.count == n)
        #expect(try Influence.modularity(g, community: [Int32](repeating: 0, count: n)).isFinite)
        finite(try Influence.trustReach(f, people: [Double](repeating: .nan, count: n), threshold: 0.5),
               "trust reach")
        finite(try Influence.trustReach(f, people: [Double](repeating: 2, count: n), threshold: 0),
               "trust reach")
    }

    @Test func errorsAreTyped() throws {
        let g = try CSRGraph.flow(nodeCount: 3, edges: [])
        #expect(throws: AnalysisError.sizeMismatch(expected: 3, actual: 2)) {
            try Influence.trustReach(g, people: [1, 1], threshold: 0.5)
        }
        #expect(throws: AnalysisError.negativeLabel(node: 1)) {
            try Influence.modularity(g, community: [0, -1, 0])
        }
    }

    @Test func trustReachThresholdBoundary() throws {
        // 0.8 × 0.625 = 0.5 exactly: counts at threshold 0.5 despite rounding of logs.
        let f = try CSRGraph.flow(nodeCount: 4, edges: [
            GraphEdge(source: 0, target: 1, trust: 0.8),
            GraphEdge(source: 1, target: 2, trust: 0.625),
            GraphEdge(source: 2, target: 3, trust: 0.9),
        ])
        let r = try Influence.trustReach(f, people: [1, 10, 100, 1000], threshold: 0.5)
        // 0 reaches 1 (0.8) and 2 (0.5) but not 3 (0.45); 1 reaches 2 and 3 (0.5625).
        #expect(r == [110, 1100, 1000, 0])
    }
}
