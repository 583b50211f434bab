import GraphCore

extension Influence {
    /// k-core number: the largest k such that the node belongs to a subgraph in
    /// which every node has degree ≥ k (Seidman 1983), by the bin-sort algorithm of
    /// Batagelj & Zaversnik 2003 ("An O(m) algorithm for cores decomposition of
    /// networks"), matching networkx `core_number(G)`. Trust is ignored (a tie
    /// counts once whatever its trust; zero-trust ties were dropped). Computed on
    /// the undirected graph (a directed graph is first made undirected; networkx
    /// would count in + out degree there).
    ///
    /// - Complexity: O(n + m).
    public static func coreNumber(_ graph: CSRGraph) -> [Int] {
        let g = graph.undirected()
        let n = g.nodeCount
        guard n > 0 else { return [] }
        var deg = (0 ..< n).map { g.offsets[$0 + 1] - g.offsets[$0] }
        let maxDeg = deg.max() ?? 0
        var bin = [Int](repeating: 0, count: maxDeg + 1)
        for d in deg { bin[d] += 1 }
        var start = 0
        for d in 0 ... maxDeg {
            let c = bin[d]; bin[d] = start; start += c
        }
        var pos = [Int](repeating: 0, count: n)
        var vert = [Int](repeating: 0, count: n)
        for v in 0 ..< n {
            pos[v] = bin[deg[v]]; vert[pos[v]] = v; bin[deg[v]] += 1
        }
        for d in stride(from: maxDeg, to: 0, by: -1) { bin[d] = bin[d - 1] }
        bin[0] = 0
        for i in 0 ..< n {
            let v = vert[i]
            for a in g.arcs(of: v) {
                let u = Int(g.neighbours[a])
                if deg[u] > deg[v] {
                    let du = deg[u], pu = pos[u]
                    let pw = bin[du], w = vert[pw]
                    if u != w {
                        pos[u] = pw; vert[pu] = w
                        pos[w] = pu; vert[pw] = u
                    }
                    bin[du] += 1
                    deg[u] = du - 1
                }
            }
        }
        return deg
    }
}
