import Foundation
import GraphCore

/// One networkx oracle file from `Tests/Fixtures/oracle/` (written by
/// `Scripts/networkx_oracle.py`).
struct Oracle: Decodable {
    struct Edge: Decodable {
        let source: Int32, target: Int32, trust: Double, mutual: Bool
        init(from decoder: Decoder) throws {
            var c = try decoder.unkeyedContainer()
            source = try c.decode(Int32.self)
            target = try c.decode(Int32.self)
            trust = try c.decode(Double.self)
            mutual = try c.decode(Bool.self)
        }
    }

    let name: String
    let networkx: String
    let nodes: [String]
    let edges: [Edge]
    let pagerankReversedFlow: [Double]
    let betweenness: [Double]
    let harmonic: [Double]
    let betweennessUnnormalized: [Double]
    let flowPagerank: [Double]
    let flowBetweenness: [Double]
    let flowBetweennessUnnormalized: [Double]
    let flowHarmonic: [Double]
    let flowModularityOfLouvain: Double?
    let eigenvector: [Double]
    let eigenvectorOracle: String
    let constraint: [Double?]
    let effectiveSize: [Double?]
    let coreNumber: [Int]
    let degree: [Int]
    let strength: [Double]
    let inDegree: [Int]
    let outDegree: [Int]
    let inStrength: [Double]
    let outStrength: [Double]
    let louvainSeed: Int
    let louvainCommunities: [[Int]]
    let louvainModularity: Double?
    let singletonModularity: Double?
    let components: Int
    let articulationPoints: [Int32]
    let bridges: [[Int32]]
    let distanceFrom0: [Double?]
    let flowTrustFrom0: [Double]
    let trustReach05: [Double]

    var nodeCount: Int { nodes.count }
    var graphEdges: [GraphEdge] {
        edges.map { GraphEdge(source: $0.source, target: $0.target, trust: $0.trust, mutual: $0.mutual) }
    }
    func structural() throws -> CSRGraph { try CSRGraph.structural(nodeCount: nodeCount, edges: graphEdges) }
    func flow() throws -> CSRGraph { try CSRGraph.flow(nodeCount: nodeCount, edges: graphEdges) }

    static let names = ["karate", "karate_weighted", "lesmis", "kite", "stations", "single", "ximarket"]

    static var directory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()          // <Target>Tests/
            .deletingLastPathComponent()          // Tests/
            .appendingPathComponent("Fixtures/oracle", isDirectory: true)
    }

    static func load(_ name: String) throws -> Oracle {
        let data = try Data(contentsOf: directory.appendingPathComponent(name + ".json"))
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Oracle.self, from: data)
    }
}

/// Compares with an absolute tolerance scaled for large magnitudes.
func close(_ a: Double, _ b: Double, _ tol: Double = 1e-6) -> Bool {
    abs(a - b) <= tol * max(1, abs(b))
}
