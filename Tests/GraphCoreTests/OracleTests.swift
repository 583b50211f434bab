import OracleSupport
import Foundation
import Testing
@testable import GraphCore

/// GraphCore against networkx (fixtures from `Scripts/networkx_oracle.py`).
@Suite("GraphCore vs networkx")
struct GraphCoreOracleTests {
    @Test(arguments: Oracle.names)
    func componentsMatch(name: String) throws {
        let o = try Oracle.load(name)
        let g = try o.structural()
        let c = g.connectedComponents()
        #expect(c.count == o.components)
        #expect(c.sizes.reduce(0, +) == o.nodeCount)
        // Weak components of the flow graph are the structural components.
        #expect(try o.flow().connectedComponents().label == c.label)
    }

    @Test(arguments: Oracle.names)
    func articulationPointsAndBridgesMatch(name: String) throws {
        let o = try Oracle.load(name)
        let cuts = try o.structural().cutStructure()
        #expect(cuts.articulationPoints == o.articulationPoints)
        #expect(cuts.bridges.map { [$0.u, $0.v] } == o.bridges)
        // The flow graph gives the same cuts (taken as undirected).
        #expect(try o.flow().cutStructure() == cuts)
    }

    @Test(arguments: Oracle.names)
    func dijkstraDistancesMatch(name: String) throws {
        let o = try Oracle.load(name)
        let d = try o.structural().shortestDistances(from: 0)
        for v in 0 ..< o.nodeCount {
            if let want = o.distanceFrom0[v] {
                #expect(close(d[v], want), "\(name) node \(v): \(d[v]) vs \(want)")
            } else {
                #expect(d[v] == .infinity)
            }
        }
    }

    @Test(arguments: Oracle.names)
    func mostTrustedPathsMatch(name: String) throws {
        let o = try Oracle.load(name)
        let flow = try o.flow()
        for v in 0 ..< o.nodeCount {
            let want = o.flowTrustFrom0[v]
            if let p = flow.mostTrustedPath(from: 0, to: v) {
                #expect(close(p.trust, want), "\(name) node \(v)")
                #expect(p.nodes.first == 0 && p.nodes.last == Int32(v))
                // The path's product, recomputed from its arcs.
                var product = 1.0
                for (a, b) in zip(p.nodes, p.nodes.dropFirst()) {
                    product *= try #require(flow.trust(from: Int(a), to: Int(b)))
                }
                #expect(close(product, p.trust, 1e-12))
            } else {
                #expect(want == 0)
            }
        }
        // The bounded search finds exactly the nodes at trust ≥ 0.5 (except 0).
        let reached = flow.trustFrom(0, threshold: 0.5)
        let expected = (1 ..< o.nodeCount).filter { o.flowTrustFrom0[$0] >= 0.5 - 1e-12 }
        #expect(reached.map { Int($0.node) }.sorted() == expected)
        for r in reached { #expect(close(r.trust, o.flowTrustFrom0[Int(r.node)])) }
        #expect(zip(reached, reached.dropFirst()).allSatisfy { $0.trust >= $1.trust })
    }

    @Test func kiteShortestPath() throws {
        // Krackhardt kite: Andre(0) to Jane(9) runs through Heather(7) and Ike(8).
        let o = try Oracle.load("kite")
        let p = try #require(try o.structural().shortestPath(from: 0, to: 9))
        #expect(p.length == 4)
        #expect(p.nodes.count == 5 && p.nodes.suffix(3) == [7, 8, 9])
        #expect(try o.structural().hopDistances(from: 0)[9] == 4)
    }
}
