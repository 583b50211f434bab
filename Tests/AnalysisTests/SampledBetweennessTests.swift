import Testing
import GraphCore
import OracleSupport
@testable import Analysis

@Suite("Sampled betweenness")
struct SampledBetweennessTests {
    @Test func allPivotsIsExact() throws {
        let g = try Oracle.load("lesmis").structural()
        let s = Influence.sampledBetweenness(g, pivots: g.nodeCount, seed: 1)
        #expect(s.isExact && s.errorBound == 0)
        #expect(s.scores == Influence.betweenness(g))
    }

    @Test func deterministicAndWithinBound() throws {
        let o = try Oracle.load("lesmis")
        let g = try o.structural()
        let a = Influence.sampledBetweenness(g, pivots: 40, seed: 9)
        let b = Influence.sampledBetweenness(g, pivots: 40, seed: 9)
        #expect(a == b)
        #expect(a.pivots.count == 40 && Set(a.pivots).count == 40)
        #expect(!a.isExact && a.errorBound > 0 && a.uniformErrorBound > a.errorBound)
        // ε = sqrt(ln(2/0.05) / (2·39)) ≈ 0.217 per node.
        #expect(abs(a.errorBound - (log(40.0) / 78).squareRoot()) < 1e-12)
        for (est, exact) in zip(a.scores, o.betweenness) {
            #expect(abs(est - exact) <= a.uniformErrorBound)
            #expect(!est.isNaN && est >= 0)
        }
        let c = Influence.sampledBetweenness(g, pivots: 40, seed: 10)
        #expect(c.pivots != a.pivots)
    }

    @Test func unbiasedOnAverage() throws {
        // Averaged over many seeds, the estimate approaches the exact value.
        let o = try Oracle.load("karate")
        let g = try o.structural()
        var mean = [Double](repeating: 0, count: g.nodeCount)
        let runs = 200
        for seed in 0 ..< runs {
            let s = Influence.sampledBetweenness(g, pivots: 10, seed: UInt64(seed))
            for v in 0 ..< g.nodeCount { mean[v] += s.scores[v] / Double(runs) }
        }
        for v in 0 ..< g.nodeCount { #expect(abs(mean[v] - o.betweenness[v]) < 0.03, "node \(v)") }
    }
}

import Foundation
