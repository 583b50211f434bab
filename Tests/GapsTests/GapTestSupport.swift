import TestSupport
@testable import Analysis
import Formats
import Testing
import TrustModel

/// A network from CSV text; the test fails if it has errors.
func network(_ nodes: String, _ ties: String) throws -> TrustNetwork {
    let outcome = NetworkReader.readCSV(nodes: Array(nodes.utf8), ties: Array(ties.utf8))
    #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics.map { $0.formatted(.en) })")
    return try #require(outcome.network)
}

/// A network from `Tests/GapsTests/Fixtures/<name>` (a folder or a `.json` file).
func fixture(_ name: String) throws -> TrustNetwork {
    let outcome = NetworkReader.read(path: repositoryRoot + "/Tests/GapsTests/Fixtures/" + name)
    #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics.map { $0.formatted(.en) })")
    return try #require(outcome.network)
}

/// The findings of one kind.
func findings(_ kind: FindingKind, in network: TrustNetwork) throws -> [Finding] {
    try GapAnalysis.analyse(network, options: .init(only: [kind])).findings
}

func ids(_ finding: Finding, in network: TrustNetwork) -> [String] {
    finding.nodes.map { network[$0].id }
}

func id(_ index: Int32?, _ network: TrustNetwork) -> String? {
    index.map { network[$0].id }
}

/// The main node's id of each finding.
func mains(_ findings: [Finding], _ network: TrustNetwork) -> [String] {
    findings.compactMap { id($0.main, network) }
}

extension TrustNetwork {
    /// The index of a node the test knows exists.
    func at(_ id: String) -> Int32 {
        index(of: id) ?? -1
    }
}

extension Finding {
    var untapped: UntappedResource.Facts? { if case let .untappedResource(f) = facts { f } else { nil } }
    var unmet: UnmetNeed.Facts? { if case let .unmetNeed(f) = facts { f } else { nil } }
    var coverage: CoverageImbalance.Facts? { if case let .coverageImbalance(f) = facts { f } else { nil } }
    var linkage: FiveLinkage.Facts? { if case let .fiveLinkage(f) = facts { f } else { nil } }
    var weak: WeakTrust.Facts? { if case let .weakTrust(f) = facts { f } else { nil } }
    var oneSided: OneSidedTrust.Facts? { if case let .oneSidedTrust(f) = facts { f } else { nil } }
    var failure: SinglePointOfFailure.Facts? { if case let .singlePointOfFailure(f) = facts { f } else { nil } }
    var mutualAid: MutualAidOpportunity.Facts? { if case let .mutualAid(f) = facts { f } else { nil } }
    var introduction: Introduction.Facts? { if case let .introduction(f) = facts { f } else { nil } }
    var hierarchy: BrokenHierarchy.Facts? { if case let .brokenHierarchy(f) = facts { f } else { nil } }
    var focus: Focus.Facts? { if case let .focus(f) = facts { f } else { nil } }
}

/// Two numbers equal to printing precision.
func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool { abs(a - b) <= tolerance }
