import OracleSupport
import Testing
@testable import GraphCore

@Suite("CSR builders")
struct BuildTests {
    let edges: [GraphEdge] = [
        GraphEdge(source: 0, target: 1, trust: 0.5),
        GraphEdge(source: 0, target: 1, trust: 0.9),          // parallel: highest wins
        GraphEdge(source: 1, target: 0, trust: 0.3),          // other direction
        GraphEdge(source: 1, target: 2, trust: 0.4, mutual: true),
        GraphEdge(source: 2, target: 2, trust: 1.0),          // self-loop: dropped
        GraphEdge(source: 2, target: 3, trust: 0.0),          // zero trust: dropped
        GraphEdge(source: 3, target: 0, trust: -.infinity),   // not a trust: dropped
        GraphEdge(source: 3, target: 1, trust: .nan),         // not a trust: dropped
    ]

    @Test func flowMergesAndDrops() throws {
        let g = try CSRGraph.flow(nodeCount: 4, edges: edges)
        #expect(g.isDirected)
        #expect(g.arcCount == 4)
        #expect(g.trust(from: 0, to: 1) == 0.9)
        #expect(g.trust(from: 1, to: 0) == 0.3)
        #expect(g.trust(from: 1, to: 2) == 0.4)
        #expect(g.trust(from: 2, to: 1) == 0.4)
        #expect(g.trust(from: 2, to: 3) == nil)
        #expect(g.trust(from: 2, to: 2) == nil)
        #expect(g.outDegree(3) == 0)
        #expect(g.pathLengths()[try #require(g.arc(from: 0, to: 1))] == 1 / 0.9)
        #expect(g.offsets.count == 5)
    }

    @Test func reversedIsTranspose() throws {
        let g = try CSRGraph.flow(nodeCount: 4, edges: edges)
        let r = g.reversed()
        #expect(r.arcCount == g.arcCount)
        for (u, v, t) in g.arcList { #expect(r.trust(from: Int(v), to: Int(u)) == t) }
        let back = r.reversed()
        #expect(back.offsets == g.offsets && back.neighbours == g.neighbours && back.trust == g.trust)
    }

    @Test func structuralMergesBothDirections() throws {
        let g = try CSRGraph.structural(nodeCount: 4, edges: edges)
        #expect(!g.isDirected)
        #expect(g.edgeCount == 2)
        #expect(g.trust(from: 0, to: 1) == 0.9)
        #expect(g.trust(from: 1, to: 0) == 0.9)
        #expect(g.trust(from: 2, to: 1) == 0.4)
        #expect(g.outDegree(3) == 0)
        let u = try CSRGraph.flow(nodeCount: 4, edges: edges).undirected()
        #expect(u.offsets == g.offsets && u.neighbours == g.neighbours && u.trust == g.trust)
    }

    @Test func neighboursSortedUnique() throws {
        let g = try CSRGraph.structural(nodeCount: 200, edges: randomEdges(n: 200, m: 3000, seed: 7))
        for v in 0 ..< g.nodeCount {
            let nb = Array(g.neighbours(of: v))
            #expect(nb == nb.sorted() && Set(nb).count == nb.count && !nb.contains(Int32(v)))
        }
        #expect(g.trust.allSatisfy { $0 > 0 && $0.isFinite })
    }

    @Test func rejectsBadInput() {
        #expect(throws: GraphError.nodeOutOfRange(edge: 0, node: 5, nodeCount: 3)) {
            try CSRGraph.flow(nodeCount: 3, edges: [GraphEdge(source: 0, target: 5, trust: 1)])
        }
        #expect(throws: GraphError.nodeOutOfRange(edge: 1, node: -1, nodeCount: 3)) {
            try CSRGraph.structural(nodeCount: 3, edges: [GraphEdge(source: 0, target: 1, trust: 1),
                                                          GraphEdge(source: -1, target: 1, trust: 1)])
        }
        #expect(throws: GraphError.invalidNodeCount(-1)) {
            try CSRGraph.flow(nodeCount: -1, edges: [])
        }
    }

    @Test func emptyGraphs() throws {
        let g = try CSRGraph.structural(nodeCount: 0, edges: [])
        #expect(g.nodeCount == 0 && g.arcCount == 0 && g.offsets == [0])
        #expect(g.connectedComponents().count == 0)
        #expect(g.cutStructure().articulationPoints.isEmpty)
        let one = try CSRGraph.flow(nodeCount: 1, edges: [])
        #expect(one.shortestDistances(from: 0) == [0])
        #expect(one.mostTrustedPath(from: 0, to: 0) == TrustPath(nodes: [0], trust: 1))
        #expect(one.shortestDistances(from: 3) == [.infinity])
    }
}
