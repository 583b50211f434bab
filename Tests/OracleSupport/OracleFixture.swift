import Foundation
import GraphCore

/// One networkx oracle file from `Tests/Fixtures/oracle/` (written by
/// `Scripts/networkx_oracle.py`).
public struct Oracle: Decodable {
    public struct Edge: Decodable {
        public let source: Int32, target: Int32, trust: Double, mutual: Bool
        public init(from decoder: Decoder) throws {
            var c = try decoder.unkeyedContainer()
            source = try c.decode(Int32.self)
            target = try c.decode(Int32.self)
            trust = try c.decode(Double.self)
            mutual = try c.decode(Bool.self)
        }
    }

    public let name: String
    public let networkx: String
    public let nodes: [String]
    public let edges: [Edge]
    /// The networkx call that made the PageRank columns.
    public let pagerankOracle: String
    public let pagerankReversedFlow: [Double]
    public let betweenness: [Double]
    public let harmonic: [Double]
    /// Every third node: the sources of the two columns below.
    public let harmonicSources: [Int32]
    /// networkx `harmonic_centrality(sources=harmonicSources)` on the structural and flow graphs.
    public let harmonicFromSources: [Double]
    public let flowHarmonicFromSources: [Double]
    public let betweennessUnnormalized: [Double]
    public let flowPagerank: [Double]
    public let flowBetweenness: [Double]
    public let flowBetweennessUnnormalized: [Double]
    public let flowHarmonic: [Double]
    public let flowModularityOfLouvain: Double?
    public let eigenvector: [Double]
    public let eigenvectorOracle: String
    public let constraint: [Double?]
    public let effectiveSize: [Double?]
    public let coreNumber: [Int]
    public let degree: [Int]
    public let strength: [Double]
    public let inDegree: [Int]
    public let outDegree: [Int]
    public let inStrength: [Double]
    public let outStrength: [Double]
    public let louvainSeed: Int
    public let louvainCommunities: [[Int]]
    public let louvainModularity: Double?
    public let singletonModularity: Double?
    public let components: Int
    public let articulationPoints: [Int32]
    public let bridges: [[Int32]]
    public let distanceFrom0: [Double?]
    public let flowTrustFrom0: [Double]
    public let trustReach05: [Double]

    public var nodeCount: Int { nodes.count }
    public var graphEdges: [GraphEdge] {
        edges.map { GraphEdge(source: $0.source, target: $0.target, trust: $0.trust, mutual: $0.mutual) }
    }
    public func structural() throws -> CSRGraph { try CSRGraph.structural(nodeCount: nodeCount, edges: graphEdges) }
    public func flow() throws -> CSRGraph { try CSRGraph.flow(nodeCount: nodeCount, edges: graphEdges) }

    public static let names = ["karate", "karate_weighted", "lesmis", "kite", "stations", "single", "ximarket"]

    public static var directory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()          // OracleSupport/
            .deletingLastPathComponent()          // Tests/
            .appendingPathComponent("Fixtures/oracle", isDirectory: true)
    }

    public static func load(_ name: String) throws -> Oracle {
        let data = try Data(contentsOf: directory.appendingPathComponent(name + ".json"))
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Oracle.self, from: data)
    }
}

/// Compares with an absolute tolerance scaled for large magnitudes.
public func close(_ a: Double, _ b: Double, _ tol: Double = 1e-6) -> Bool {
    abs(a - b) <= tol * max(1, abs(b))
}
