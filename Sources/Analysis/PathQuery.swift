import GraphCore
import TrustModel

/// `guanxi path FROM TO`: the most trusted path between two nodes (the one maximising the
/// product of its ties' trust) and the shortest path by distance 1/trust when that differs,
/// both on the structural graph (relationships, either direction).
public struct PathQuery: Sendable {
    public struct Hop: Sendable, Equatable {
        public var from: Int32
        public var to: Int32
        public var trust: Double
    }

    public var mostTrusted: [Hop]
    /// Product of the hops' trust.
    public var trust: Double
    /// The shortest path by distance 1/trust, when its nodes differ from the most trusted.
    public var shortest: [Hop]?
    public var shortestLength: Double?

    public enum Failure: Error, Equatable, Sendable {
        case unknownNode(String)
        case sameNode(String)
        case unreachable(from: String, to: String)
    }

    /// - Complexity: two Dijkstra runs, O((n + m) log n).
    public static func find(in network: TrustNetwork, from: String, to: String) throws(Failure) -> PathQuery {
        guard let source = network.index(of: from) else { throw .unknownNode(from) }
        guard let target = network.index(of: to) else { throw .unknownNode(to) }
        guard source != target else { throw .sameNode(from) }
        let graph = TrustGraphs.structural(network)
        guard let best = graph.mostTrustedPath(from: Int(source), to: Int(target)) else {
            throw .unreachable(from: from, to: to)
        }
        let hops = hops(best.nodes, graph)
        var query = PathQuery(mostTrusted: hops, trust: best.trust)
        if let shortest = graph.shortestPath(from: Int(source), to: Int(target)), shortest.nodes != best.nodes {
            query.shortest = Self.hops(shortest.nodes, graph)
            query.shortestLength = shortest.length
        }
        return query
    }

    static func hops(_ nodes: [Int32], _ graph: CSRGraph) -> [Hop] {
        guard nodes.count >= 2 else { return [] }
        return (1..<nodes.count).map { i in
            Hop(from: nodes[i - 1], to: nodes[i], trust: graph.trust(from: Int(nodes[i - 1]), to: Int(nodes[i])) ?? 0)
        }
    }
}
