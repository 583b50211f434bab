import OracleSupport
import Testing
@testable import GraphCore

@Suite("GraphCore properties")
struct GraphCorePropertyTests {
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func dijkstraObeysTriangleInequality(seed: UInt64) throws {
        let n = 150
        let edges = randomEdges(n: n, m: 500, seed: seed)
        for g in [try CSRGraph.structural(nodeCount: n, edges: edges),
                  try CSRGraph.flow(nodeCount: n, edges: edges)] {
            let lengths = g.pathLengths()
            for s in [0, 17, 99] {
                let d = g.shortestDistances(from: s)
                #expect(d[s] == 0)
                #expect(!d.contains { $0.isNaN })
                for u in 0 ..< n where d[u].isFinite {
                    for a in g.arcs(of: u) {
                        let v = Int(g.neighbours[a])
                        #expect(d[v] <= d[u] + lengths[a] + 1e-12)
                    }
                }
                // Hop distances agree with reachability.
                let hops = g.hopDistances(from: s)
                for v in 0 ..< n { #expect((hops[v] >= 0) == d[v].isFinite) }
                // Trust search: best path trust is monotone along arcs too.
                let reached = Dictionary(uniqueKeysWithValues:
                    g.trustFrom(s, threshold: 0).map { ($0.node, $0.trust) })
                for (v, t) in reached { #expect(t > 0 && t <= 1 && !t.isNaN); _ = v }
                #expect(reached.count == d.filter { $0.isFinite }.count - 1)
            }
        }
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func cutsMatchBruteForce(seed: UInt64) throws {
        let n = 60
        let edges = randomEdges(n: n, m: 80, seed: seed)
        let g = try CSRGraph.structural(nodeCount: n, edges: edges)
        let base = g.connectedComponents().count
        let cuts = g.cutStructure()
        let kept = edges.filter { $0.source != $0.target && $0.trust > 0 }
        for v in 0 ..< n {
            // Remove v (keep it as an isolated node, so count one extra component).
            let without = kept.filter { Int($0.source) != v && Int($0.target) != v }
            let c = try CSRGraph.structural(nodeCount: n, edges: without).connectedComponents().count
            let isCut = g.outDegree(v) > 0 && c - 1 > base
            #expect(cuts.articulationPoints.contains(Int32(v)) == isCut, "node \(v)")
        }
        for u in 0 ..< n {
            for v in g.neighbours(of: u) where Int(v) > u {
                let pair = NodePair(Int32(u), v)
                let without = kept.filter { NodePair($0.source, $0.target) != pair }
                let c = try CSRGraph.structural(nodeCount: n, edges: without).connectedComponents().count
                #expect(cuts.bridges.contains(pair) == (c > base), "edge \(u)-\(v)")
            }
        }
    }

    @Test func deepPathNeedsNoRecursion() throws {
        // A 200 000-node path: every inner node is a cut point, every edge a bridge.
        let n = 200_000
        let edges = (0 ..< n - 1).map { GraphEdge(source: Int32($0), target: Int32($0 + 1), trust: 1) }
        let g = try CSRGraph.structural(nodeCount: n, edges: edges)
        let cuts = g.cutStructure()
        #expect(cuts.articulationPoints.count == n - 2)
        #expect(cuts.bridges.count == n - 1)
        #expect(g.shortestDistances(from: 0)[n - 1] == Double(n - 1))
    }

    @Test(arguments: [21, 22, 23, 24] as [UInt64])
    func strongComponentsMatchReachability(seed: UInt64) throws {
        // Sparse enough for many components of several sizes.
        let n = 90
        let g = try CSRGraph.flow(nodeCount: n, edges: randomEdges(n: n, m: 130, seed: seed))
        let scc = g.strongComponents()
        #expect(scc.members.sorted() == (0 ..< n).map { Int32($0) })
        var componentOf = [Int](repeating: -1, count: n)
        for c in 0 ..< scc.count { for v in scc.component(c) { componentOf[Int(v)] = c } }
        let reaches = (0 ..< n).map { s in g.hopDistances(from: s).map { $0 >= 0 } }
        for u in 0 ..< n {
            for v in 0 ..< n {
                #expect((componentOf[u] == componentOf[v]) == (reaches[u][v] && reaches[v][u]), "\(u) \(v)")
            }
            // Sinks first: an arc leaving a component points into an earlier one.
            for a in g.arcs(of: u) { #expect(componentOf[Int(g.neighbours[a])] <= componentOf[u]) }
        }
        #expect(scc.count > 10 && scc.count < n)
    }

    @Test func strongComponentsOfADeepCycleNeedNoRecursion() throws {
        // A 200 000-node cycle is one component; the same path without its closing arc,
        // 200 000 components listed from the far end.
        let n = 200_000
        let path = (0 ..< n - 1).map { GraphEdge(source: Int32($0), target: Int32($0 + 1), trust: 1) }
        let cycle = path + [GraphEdge(source: Int32(n - 1), target: 0, trust: 1)]
        #expect(try CSRGraph.flow(nodeCount: n, edges: cycle).strongComponents().count == 1)
        let chain = try CSRGraph.flow(nodeCount: n, edges: path).strongComponents()
        #expect(chain.count == n)
        #expect(chain.members.first == Int32(n - 1) && chain.members.last == 0)
    }
}
