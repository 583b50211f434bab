import Foundation
import Guanxi
import TestSupport

/// A fixture of this target: `Tests/ChangeTests/Fixtures/<name>`.
func fixture(_ name: String) -> String {
    repositoryRoot + "/Tests/ChangeTests/Fixtures/" + name
}

/// A fixture network, loaded without errors.
func network(_ name: String) throws -> TrustNetwork {
    try Guanxi.load(fixture(name)).network
}

/// A network made in code: nodes `(id, kind)` and ties `(source, target, relation, trust)`.
func network(nodes: [(String, NodeKind)], ties: [(String, String, Relation, Double)],
             mutual: [Int: Bool] = [:]) throws -> TrustNetwork {
    let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.0, Int32($0)) })
    return try TrustNetwork(
        nodes: nodes.map { Node(id: $0.0, kind: $0.1) },
        ties: ties.enumerated().map { i, tie in
            Tie(source: index[tie.0] ?? -1, target: index[tie.1] ?? -1, relation: tie.2, trust: tie.3, mutual: mutual[i])
        })
}

/// `A→B relation` for a tie of a network: how the tests name ties.
func key(_ tie: Tie, _ network: TrustNetwork) -> String {
    "\(network[tie.source].id)→\(network[tie.target].id) \(tie.relation.keyword)"
}

/// A fresh temporary folder.
func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "guanxi-change-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
