import Foundation
import Testing
import GraphCore
import OracleSupport
@testable import Analysis

/// Eigenvector centrality by Lanczos (undirected graphs): closed forms, the degenerate case
/// of several components sharing the top eigenvalue, graphs on which power iteration is
/// slow, the stopping rule, and the small eigen-solvers underneath.
@Suite("Eigenvector centrality (Lanczos)")
struct EigenvectorTests {
    static func edges(_ pairs: [(Int32, Int32)], trust: Double = 1) -> [GraphEdge] {
        pairs.map { GraphEdge(source: $0.0, target: $0.1, trust: trust) }
    }

    static func clique(_ nodes: Range<Int32>, trust: Double) -> [GraphEdge] {
        var out: [GraphEdge] = []
        for u in nodes { for v in nodes where v > u { out.append(GraphEdge(source: u, target: v, trust: trust)) } }
        return out
    }

    /// y = A x for an undirected graph, computed independently of the code under test.
    static func times(_ g: CSRGraph, _ x: [Double]) -> [Double] {
        (0 ..< g.nodeCount).map { v in g.arcs(of: v).reduce(0.0) { $0 + g.trust[$1] * x[Int(g.neighbours[$1])] } }
    }

    /// The L1 change of one networkx power step on A + I from x.
    static func powerStepChange(_ g: CSRGraph, _ x: [Double]) -> Double {
        let ax = times(g, x)
        let y = zip(ax, x).map { $0 + $1 }
        let norm = y.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return zip(y, x).reduce(0) { $0 + abs($1.0 / norm - $1.1) }
    }

    func expectClose(_ got: [Double], _ want: [Double], _ what: String, tol: Double = 1e-9) {
        #expect(got.count == want.count, "\(what): count")
        for (v, (g, w)) in zip(got, want).enumerated() {
            #expect(abs(g - w) <= tol, "\(what) node \(v): \(g) vs \(w)")
        }
    }

    // MARK: - Several components with the same top eigenvalue

    @Test func twoIdenticalTrianglesScoreAlike() throws {
        let g = try CSRGraph.structural(nodeCount: 6, edges: Self.edges([(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3)]))
        let r = Influence.eigenvectorCentrality(g)
        #expect(r.converged)
        expectClose(r.scores, [Double](repeating: 1 / (6.0).squareRoot(), count: 6), "triangles")
    }

    @Test func twoIdenticalStarsScoreAlike() throws {
        // Star K1,4 twice: λ = 2 twice; the uniform start's projection gives both the same.
        let pairs: [(Int32, Int32)] = [(0, 1), (0, 2), (0, 3), (0, 4), (5, 6), (5, 7), (5, 8), (5, 9)]
        let g = try CSRGraph.structural(nodeCount: 10, edges: Self.edges(pairs, trust: 0.5))
        let r = Influence.eigenvectorCentrality(g, tolerance: 1e-12)
        #expect(r.converged)
        // Each star: centre c = 2 l, leaves l, and 2 (c² + 4 l²) = 1.
        let l = 1 / (16.0).squareRoot(), c = 2 * l
        expectClose(r.scores, [c, l, l, l, l, c, l, l, l, l], "stars")
    }

    @Test func differentComponentsSharingTheTopEigenvalue() throws {
        // A star K1,4 and a 5-cycle both have λ = 2. From the uniform start u = 1/√10, the
        // projection onto the eigenspace is (3/√2) s + √5 c over √10, with s and c their unit
        // Perron vectors: centre 3/2, leaves 3/4, cycle 1, all over √9.5.
        var pairs: [(Int32, Int32)] = [(0, 1), (0, 2), (0, 3), (0, 4)]
        pairs += [(5, 6), (6, 7), (7, 8), (8, 9), (9, 5)]
        let g = try CSRGraph.structural(nodeCount: 10, edges: Self.edges(pairs))
        let r = Influence.eigenvectorCentrality(g, tolerance: 1e-12)
        #expect(r.converged)
        let s = (9.5).squareRoot()
        let want = [1.5 / s] + [Double](repeating: 0.75 / s, count: 4) + [Double](repeating: 1 / s, count: 5)
        expectClose(r.scores, want, "star and cycle")
        // Power iteration, from the same start, agrees.
        let p = Influence.powerIteration(g, tolerance: 1e-14, maxIterations: 10_000)
        #expect(p.converged)
        expectClose(p.scores, want, "power iteration", tol: 1e-9)
    }

    @Test func twoIdenticalCliquesAndAnIsolatedNode() throws {
        let e = Self.clique(0 ..< 5, trust: 0.7) + Self.clique(5 ..< 10, trust: 0.7)
        let g = try CSRGraph.structural(nodeCount: 11, edges: e)
        let r = Influence.eigenvectorCentrality(g, tolerance: 1e-12)
        #expect(r.converged)
        expectClose(r.scores, [Double](repeating: 1 / (10.0).squareRoot(), count: 10) + [0], "cliques")
    }

    // MARK: - Graphs on which power iteration is slow

    @Test func longPathMatchesTheClosedForm() throws {
        // Path of n nodes: λ = 2 cos(π/(n+1)), x_v ∝ sin((v+1)π/(n+1)). Power iteration on
        // A + I contracts the second eigenvector by (1 + 2cos(2π/(n+1)))/(1 + 2cos(π/(n+1))),
        // 0.9999 for n = 200: hundreds of thousands of steps.
        let n = 200
        let g = try CSRGraph.structural(nodeCount: n, edges: Self.edges((0 ..< Int32(n - 1)).map { ($0, $0 + 1) }))
        let r = Influence.eigenvectorCentrality(g, tolerance: 1e-12 / Double(n))
        #expect(r.converged)
        #expect(r.iterations < 1000)
        let raw = (0 ..< n).map { sin(Double($0 + 1) * .pi / Double(n + 1)) }
        let norm = raw.reduce(0) { $0 + $1 * $1 }.squareRoot()
        expectClose(r.scores, raw.map { $0 / norm }, "path", tol: 1e-7)
        let slow = Influence.powerIteration(g, tolerance: 1e-12 / Double(n), maxIterations: 1000)
        #expect(!slow.converged)
    }

    @Test func nearTwinClustersJoinedByAWeakTie() throws {
        // K6 at trust 1 and K6 at trust 0.995, joined by one tie of trust 0.001: the top two
        // eigenvalues are 5.000… and 4.975…, and the answer leans almost wholly on the first.
        var e = Self.clique(0 ..< 6, trust: 1) + Self.clique(6 ..< 12, trust: 0.995)
        e.append(GraphEdge(source: 5, target: 6, trust: 0.001))
        let g = try CSRGraph.structural(nodeCount: 12, edges: e)
        let r = Influence.eigenvectorCentrality(g, tolerance: 1e-14)
        #expect(r.converged)
        let reference = Influence.powerIteration(g, tolerance: 1e-16, maxIterations: 200_000)
        #expect(reference.iterations > 2000)
        expectClose(r.scores, reference.scores, "twin clusters", tol: 1e-9)
        #expect(r.scores[0] > 10 * r.scores[11])
    }

    // MARK: - The stopping rule and large graphs

    @Test(arguments: [(300, 900, 21), (12_000, 60_000, 22), (45_000, 30_000, 23)] as [(Int, Int, UInt64)])
    func meetsThePowerIterationTest(n: Int, m: Int, seed: UInt64) throws {
        // The last two run the product (> 100 000 arcs) and the sweeps (> 40 000 nodes) on two
        // threads.
        let g = try CSRGraph.structural(nodeCount: n, edges: randomEdges(n: n, m: m, seed: seed))
        #expect((g.arcCount > Lanczos.parallelArcs) == (n == 12_000))
        for tolerance in [1e-6, 1e-6 / Double(n)] {
            let r = Influence.eigenvectorCentrality(g, tolerance: tolerance)
            #expect(r.converged)
            #expect(r.scores.count == n && r.scores.allSatisfy { $0 >= 0 && $0.isFinite })
            #expect(abs(r.scores.reduce(0) { $0 + $1 * $1 } - 1) < 1e-12)
            #expect(Self.powerStepChange(g, r.scores) < Double(n) * tolerance, "n \(n) tol \(tolerance)")
            if tolerance == 1e-6 {
                #expect(Influence.eigenvectorCentrality(g, tolerance: tolerance) == r)   // deterministic
            }
        }
    }

    @Test func agreesWithTightPowerIterationOnAwkwardGraphs() throws {
        for (name, n, edges) in InfluencePropertyTests.awkward where n > 0 {
            let g = try CSRGraph.structural(nodeCount: n, edges: edges)
            let r = Influence.eigenvectorCentrality(g, tolerance: 1e-13)
            let p = Influence.powerIteration(g, tolerance: 1e-15, maxIterations: 100_000)
            #expect(r.converged, "\(name)")
            expectClose(r.scores, p.scores, name, tol: 1e-9)
        }
    }

    @Test func edgeCases() throws {
        let empty = try CSRGraph.structural(nodeCount: 0, edges: [])
        #expect(Influence.eigenvectorCentrality(empty) == PowerIterationResult(scores: [], iterations: 0, converged: true))
        // No ties: networkx's power iteration stays at 1/√n.
        let bare = try CSRGraph.structural(nodeCount: 4, edges: [])
        let r = Influence.eigenvectorCentrality(bare)
        #expect(r.converged && r.scores == [Double](repeating: 0.5, count: 4))
        let one = try CSRGraph.structural(nodeCount: 1, edges: [])
        #expect(Influence.eigenvectorCentrality(one).scores == [1])
        // One tie: 1/√2 each.
        let tie = try CSRGraph.structural(nodeCount: 2, edges: [GraphEdge(source: 0, target: 1, trust: 0.3)])
        expectClose(Influence.eigenvectorCentrality(tie).scores, [(0.5).squareRoot(), (0.5).squareRoot()], "tie")
        // No products allowed: uniform, not converged.
        let path = try CSRGraph.structural(nodeCount: 3, edges: Self.edges([(0, 1), (1, 2)]))
        let none = Influence.eigenvectorCentrality(path, maxIterations: 0)
        #expect(!none.converged && none.iterations == 0 && none.scores.allSatisfy { $0.isFinite })
        // Too few products: the best estimate so far, not converged, no NaN.
        let g = try CSRGraph.structural(nodeCount: 300, edges: randomEdges(n: 300, m: 900, seed: 5))
        let few = Influence.eigenvectorCentrality(g, tolerance: 1e-12, maxIterations: 3)
        #expect(!few.converged && few.iterations == 3 && few.scores.allSatisfy { $0 >= 0 && $0.isFinite })
        // Directed graphs keep power iteration.
        let flow = try CSRGraph.flow(nodeCount: 3, edges: Self.edges([(0, 1), (1, 2), (2, 0)]))
        #expect(Influence.eigenvectorCentrality(flow) == Influence.powerIteration(flow, tolerance: 1e-6, maxIterations: 1000))
    }

    // MARK: - The small eigen-solvers

    @Test func tridiagonalQLOnAPathMatrix() throws {
        let k = 12
        let d = [Double](repeating: 0, count: k), e = [Double](repeating: 1, count: k - 1)
        let full = try symmetricTridiagonalEigen(diagonal: d, offDiagonal: e, rows: 0 ..< k)
        let want = (1 ... k).map { 2 * cos(Double($0) * .pi / Double(k + 1)) }.sorted()
        expectClose(full.values.sorted(), want, "eigenvalues", tol: 1e-13)
        // T z = λ z and ZᵀZ = I.
        for c in 0 ..< k {
            for i in 0 ..< k {
                var tz = d[i] * full.vectors[i * k + c]
                if i > 0 { tz += e[i - 1] * full.vectors[(i - 1) * k + c] }
                if i < k - 1 { tz += e[i] * full.vectors[(i + 1) * k + c] }
                #expect(abs(tz - full.values[c] * full.vectors[i * k + c]) < 1e-13)
            }
            for c2 in 0 ..< k {
                let dot = (0 ..< k).reduce(0.0) { $0 + full.vectors[$1 * k + c] * full.vectors[$1 * k + c2] }
                #expect(abs(dot - (c == c2 ? 1 : 0)) < 1e-13)
            }
        }
        // One row only: the same entries of the same eigenvectors.
        let last = try symmetricTridiagonalEigen(diagonal: d, offDiagonal: e, rows: k - 1 ..< k)
        expectClose(last.values, full.values, "values (one row)", tol: 0)
        expectClose(last.vectors, Array(full.vectors[(k - 1) * k ..< k * k]), "last row", tol: 0)
    }

    @Test func tridiagonalQLOnRandomMatrices() throws {
        var rng = TestRNG(seed: 9)
        for k in [1, 2, 3, 7, 21] {
            let d = (0 ..< k).map { _ in rng.unit() * 4 - 2 }
            var e = (0 ..< max(0, k - 1)).map { _ in rng.unit() - 0.5 }
            if k > 4 { e[2] = 0 }   // a split matrix
            let r = try symmetricTridiagonalEigen(diagonal: d, offDiagonal: e, rows: 0 ..< k)
            #expect(abs(r.values.reduce(0, +) - d.reduce(0, +)) < 1e-12)   // trace
            for c in 0 ..< k {
                for i in 0 ..< k {
                    var tz = d[i] * r.vectors[i * k + c]
                    if i > 0 { tz += e[i - 1] * r.vectors[(i - 1) * k + c] }
                    if i < k - 1 { tz += e[i] * r.vectors[(i + 1) * k + c] }
                    #expect(abs(tz - r.values[c] * r.vectors[i * k + c]) < 1e-12, "k \(k)")
                }
            }
        }
        #expect(throws: SymmetricEigenError.self) {
            try symmetricTridiagonalEigen(diagonal: [0, .nan, 1], offDiagonal: [1, 1], rows: 0 ..< 3)
        }
    }

    @Test func householderKeepsTheFirstRowAndTridiagonalises() throws {
        var rng = TestRNG(seed: 11)
        let q = 6
        var a = [Double](repeating: 0, count: q * q)
        for i in 0 ..< q { for j in i ..< q { let x = rng.unit() - 0.5; a[i * q + j] = x; a[j * q + i] = x } }
        let r = householderTridiagonal(a, size: q)
        #expect(r.q[0] == 1 && (1 ..< q).allSatisfy { r.q[$0] == 0 && r.q[$0 * q] == 0 })
        // Qᵀ A Q = T.
        for i in 0 ..< q {
            for j in 0 ..< q {
                var s = 0.0
                for k in 0 ..< q { for l in 0 ..< q { s += r.q[k * q + i] * a[k * q + l] * r.q[l * q + j] } }
                let t = i == j ? r.diagonal[i] : (abs(i - j) == 1 ? r.offDiagonal[min(i, j)] : 0)
                #expect(abs(s - t) < 1e-13, "(\(i), \(j))")
            }
        }
    }
}
