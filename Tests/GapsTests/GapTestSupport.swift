import TestSupport
import Analysis
import Formats
import Testing
import TrustModel

/// A network from CSV text; the test fails if it has errors.
func network(_ nodes: String, _ ties: String) throws -> TrustNetwork {
    let outcome = NetworkReader.readCSV(nodes: Array(nodes.utf8), ties: Array(ties.utf8))
    #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics.map { $0.formatted(.en) })")
    return try #require(outcome.network)
}

/// The findings of one kind, as (main node id, severity) pairs and the full findings.
func findings(_ kind: FindingKind, in network: TrustNetwork) throws -> [Finding] {
    try GapAnalysis.analyse(network, options: .init(only: [kind])).findings
}

func ids(_ finding: Finding, in network: TrustNetwork) -> [String] {
    finding.nodes.map { network[$0].id }
}
