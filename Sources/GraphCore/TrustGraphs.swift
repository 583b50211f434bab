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

    private static func build(_ network: TrustNetwork, structural: Bool) -> CSRGraph {
        let edges = edges(network)
        do {
            return structural ? try CSRGraph.structural(nodeCount: network.nodes.count, edges: edges)
                : try CSRGraph.flow(nodeCount: network.nodes.count, edges: edges)
        } catch {
            // A TrustNetwork's ties always point at its own nodes with trust in [0, 1],
            // which is all the builders check; an empty graph keeps callers total.
            assertionFailure("TrustNetwork broke a graph invariant: \(error)")
            let n = network.nodes.count
            return CSRGraph(nodeCount: n, isDirected: !structural, offsets: [Int](repeating: 0, count: n + 1),
                            neighbours: [], trust: [])
        }
    }
}
