import Analysis
import Dispatch
import Foundation
import GraphCore

/// Seeded random edges: `m` ties among `n` nodes, trust in {0.1, …, 1.0}.
func randomEdges(n: Int, m: Int, seed: UInt64, uniformTrust: Bool) -> [GraphEdge] {
    var rng = SeededGenerator(seed: seed)
    return (0 ..< m).map { _ in
        GraphEdge(source: Int32(rng.below(n)), target: Int32(rng.below(n)),
                  trust: uniformTrust ? 1 : Double(1 + rng.below(10)) / 10,
                  mutual: rng.below(3) == 0)
    }
}

/// CPU seconds used by the process so far (all threads).
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

/// Prints wall-clock and CPU time (the machine may be shared: CPU time shows the
/// work done whatever else runs).
func time<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpu0 = cpuSeconds()
    let result = try body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let cpu = cpuSeconds() - cpu0
    print(label.padding(toLength: 40, withPad: " ", startingAt: 0),
          String(format: "%8.3f s wall %8.3f s cpu", seconds, cpu))
    return result
}

let args = CommandLine.arguments
let m = args.count > 1 ? Int(args[1]) ?? 10_000 : 10_000
let n = args.count > 2 ? Int(args[2]) ?? 6_000 : 6_000
for uniform in [false, true] {
    let edges = randomEdges(n: n, m: m, seed: 2026, uniformTrust: uniform)
    let g = try time("build structural (\(uniform ? "trust 1" : "weighted"))") {
        try CSRGraph.structural(nodeCount: n, edges: edges)
    }
    let f = try time("build flow") { try CSRGraph.flow(nodeCount: n, edges: edges) }
    print("nodes \(g.nodeCount), edges \(g.edgeCount), flow arcs \(f.arcCount)")
    let allPairs = m <= 200_000   // exact all-sources measures are O(n·m)
    if allPairs {
        let b = time("betweenness exact (\(uniform ? "BFS" : "Dijkstra"))") { Influence.betweenness(g) }
        print("  max betweenness \(b.max() ?? 0)")
    }
    _ = time("betweenness sampled k=256") { Influence.sampledBetweenness(g, pivots: 256, seed: 1) }
    if allPairs { _ = time("harmonic closeness") { Influence.harmonicCloseness(g) } }
    _ = time("pagerank (reversed flow)") { Influence.relianceRank(flow: f) }
    _ = time("eigenvector") { Influence.eigenvectorCentrality(g) }
    _ = time("constraint") { Influence.constraint(g) }
    _ = time("effective size") { Influence.effectiveSize(g) }
    _ = time("core number") { Influence.coreNumber(g) }
    let c = time("louvain") { Influence.louvain(g, seed: 1) }
    print("  communities \(c.count), modularity \(c.modularity)")
    if allPairs || !uniform { _ = try time("trust reach ≥ 0.5") {
        try Influence.trustReach(f, people: [Double](repeating: 1, count: n), threshold: 0.5)
    } }
    _ = time("articulation points + bridges") { g.cutStructure() }
}
