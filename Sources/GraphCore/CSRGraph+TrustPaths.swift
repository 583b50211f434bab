import Foundation

/// A path with its trust: the product of the trust of its ties.
public struct TrustPath: Sendable, Equatable {
    /// The nodes from source to target, both included.
    public var nodes: [Int32]
    /// Product of the arcs' trust (1 for the empty path from a node to itself).
    public var trust: Double
}

/// A node reached by a trust search, with the trust of its most trusted path.
public struct TrustedNode: Sendable, Equatable {
    public var node: Int32
    public var trust: Double
}

extension CSRGraph {
    /// Arc lengths for trust paths: `−ln t`, so that a shortest path maximises the
    /// product of trust. Trust above 1 (outside Guanxi's range) is treated as 1, so
    /// every length is ≥ 0 and Dijkstra stays correct.
    ///
    /// - Complexity: O(m).
    public func trustCosts() -> [Double] {
        trust.map { $0 >= 1 ? 0 : -Foundation.log($0) }
    }

    /// The cost limit that corresponds to a trust threshold, with a relative slack of
    /// 1e-12 so that a path whose trust equals the threshold in exact arithmetic
    /// (e.g. 0.8 × 0.625 = 0.5) is not lost to rounding of the logarithms.
    static func costLimit(threshold: Double) -> Double {
        guard threshold > 0 else { return .infinity }   // includes NaN: no bound
        if threshold >= 1 { return 1e-12 }
        let c = -Foundation.log(threshold)
        return c + 1e-12 * Swift.max(1, c)
    }

    /// The most trusted path from `source` to `target`: the one that maximises the
    /// product of trust (Dijkstra on `−ln t`). `nil` when `target` cannot be reached
    /// or either is not a node.
    ///
    /// - Complexity: O((n + m) log n).
    public func mostTrustedPath(from source: Int, to target: Int) -> TrustPath? {
        guard contains(source), contains(target) else { return nil }
        let ws = SearchWorkspace(nodeCount: nodeCount)
        ws.run(self, lengths: trustCosts(), from: source, target: target)
        guard let nodes = ws.path(to: target), let arcs = ws.pathArcs(to: target) else { return nil }
        var product = 1.0
        for a in arcs { product *= Swift.min(1, trust[a]) }
        return TrustPath(nodes: nodes, trust: product)
    }

    /// Every node (other than `source`) whose most trusted path from `source` has
    /// trust ≥ `threshold`, in order of decreasing trust; a bounded Dijkstra on
    /// `−ln t` that stops at `−ln threshold`. A threshold ≤ 0 reaches everything
    /// reachable. Empty when `source` is not a node.
    ///
    /// - Complexity: O((n' + m') log n') for the part of the graph within reach.
    public func trustFrom(_ source: Int, threshold: Double) -> [TrustedNode] {
        TrustSearcher(graph: self).reach(from: source, threshold: threshold)
    }
}

/// Repeated trust searches on one graph, reusing the costs and the workspace.
/// Not thread-safe: give each worker its own searcher.
public final class TrustSearcher {
    public let graph: CSRGraph
    let costs: [Double]
    let workspace: SearchWorkspace

    /// - Parameter costs: the graph's ``CSRGraph/trustCosts()``, when the caller
    ///   already has them (e.g. shared by several searchers); computed otherwise.
    /// - Parameter recordsPaths: as ``SearchWorkspace/init(nodeCount:recordsPaths:)``; off
    ///   when only the nodes reached and their trust are wanted.
    public init(graph: CSRGraph, costs: [Double]? = nil, recordsPaths: Bool = true) {
        self.graph = graph
        if let costs, costs.count == graph.arcCount {
            self.costs = costs
        } else {
            self.costs = graph.trustCosts()
        }
        self.workspace = SearchWorkspace(nodeCount: graph.nodeCount, recordsPaths: recordsPaths)
    }

    /// See ``CSRGraph/trustFrom(_:threshold:)``.
    public func reach(from source: Int, threshold: Double) -> [TrustedNode] {
        var out: [TrustedNode] = []
        forEachReached(from: source, threshold: threshold) { v, t in
            out.append(TrustedNode(node: v, trust: t))
        }
        return out
    }

    /// Calls `body(node, trust)` for every node other than `source` whose best path
    /// trust from `source` is ≥ `threshold`, in order of decreasing trust; the trust
    /// passed is `exp(−cost)` of the best path. Allocates nothing once warmed up.
    public func forEachReached(from source: Int, threshold: Double,
                               _ body: (Int32, Double) -> Void) {
        guard graph.contains(source) else { return }
        workspace.run(graph, lengths: costs, from: source,
                      limit: CSRGraph.costLimit(threshold: threshold))
        for v in workspace.settled where Int(v) != source {
            body(v, Foundation.exp(-workspace.dist[Int(v)]))
        }
    }
}
