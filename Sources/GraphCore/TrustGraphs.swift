import TrustModel

/// The two graph views of a ``TrustNetwork`` (DESIGN §4), built once:
/// - the **flow** graph: each tie from giver to receiver, mutual ties both ways, parallel
///   ties between one ordered pair merged to the highest trust;
/// - the **structural** graph: undirected, parallel ties between a pair merged to the
///   highest trust.
/// Ties of trust 0 are recorded but carry nothing, so neither view holds them.
///
/// - Complexity: O(n + m log m).
public enum TrustGraphs {
    /// The network's ties as graph edges, indices unchanged.
    public static func edges(_ network: TrustNetwork) -> [GraphEdge] {
        network.ties.map { GraphEdge(source: $0.source, target: $0.target, trust: $0.trust, mutual: $0.mutual) }
    }

    public static func flow(_ network: TrustNetwork) -> CSRGraph {
        build(network, structural: false)
    }

    public static func structural(_ network: TrustNetwork) -> CSRGraph {
        build(network, structural: true)
    }

    /// Straight from the ties, without an intermediate edge list: a `TrustNetwork`'s ties
    /// always point at its own nodes, which is all the builders check.
    private static func build(_ network: TrustNetwork, structural: Bool) -> CSRGraph {
        network.ties.withUnsafeBufferPointer { ties in
            CSRGraph.build(nodeCount: network.nodes.count, directed: !structural, edgeCount: ties.count) { i in
                let tie = ties[i]
                return GraphEdge(source: tie.source, target: tie.target, trust: tie.trust, mutual: tie.mutual)
            }
        }
    }
}
