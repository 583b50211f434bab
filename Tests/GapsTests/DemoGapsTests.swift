import TestSupport
@testable import Analysis
import Formats
import Phrasing
import Testing
import TrustModel

/// The gaps planted in the demo dataset (Datasets/README.md, "Planted gaps") are all found,
/// and nothing absurd is reported.
@Suite struct DemoGapsTests {
    static func demo() throws -> TrustNetwork {
        try #require(NetworkReader.read(path: repositoryRoot + "/Datasets/ximarket").network)
    }

    func main(_ findings: [Finding], _ network: TrustNetwork) -> [String] {
        findings.compactMap { $0.nodes.first.map { network[$0].id } }
    }

    @Test func plantedGapsAreFound() throws {
        let network = try Self.demo()
        let analysis = try GapAnalysis.analyse(network)
        // (a) the idle business B4: untapped, high, to be introduced by committee C7.
        let untapped = analysis.findings(.untappedResource)
        let b4 = try #require(untapped.first)
        #expect(network[b4.nodes[0]].id == "B4" && b4.severity == .high)
        #expect(b4.nodes.map { network[$0].id } == ["B4", "C7", "ST"])
        // (b) the community with little service: C6 flagged, nothing else.
        #expect(main(analysis.findings(.coverageImbalance), network) == ["C6"])
        #expect(analysis.communityCoverage.communities.filter(\.flagged).map(\.area) == ["C6"])
        // (c) the one-sided street-office tie: ST trusts SO 0.4 against 0.9.
        let oneSided = analysis.findings(.oneSidedTrust)
        #expect(oneSided.count == 1 && oneSided.first?.nodes.map { network[$0].id } == ["ST", "SO"])
        #expect(oneSided.first?.severity == .high)
        // (d) the single point of failure: the federation CL (B3, K35, K36 behind it),
        // and committee C7, the only link to B4.
        let failures = analysis.findings(.singlePointOfFailure)
        #expect(Set(main(failures, network)) == ["CL", "C7"])
        let cl = try #require(failures.first { network[$0.nodes[0]].id == "CL" })
        #expect(Set(cl.nodes.map { network[$0].id }).isSuperset(of: ["B3", "K35", "K36"]))
        #expect(cl.score == 16)  // 15 people + 1 resource holder
        // (e) shared need, no mutual aid: K10, K11, K12 in C3 need rehabilitation.
        let aid = analysis.findings(.mutualAid)
        #expect(aid.count == 1)
        #expect(Set(aid.first?.nodes.map { network[$0].id } ?? []) == ["K10", "K11", "K12", "O3"])
        // (f) nobody offers legal help; K21 and K29 need it: one finding each, high.
        let legal = analysis.findings(.unmetNeed).filter { $0.unmet?.needs.contains { $0.tag == Tag(.legal) && !$0.held } == true }
        #expect(Set(main(legal, network)) == ["K21", "K29"] && legal.allSatisfy { $0.severity == .high })
        // The goods K33 needs come straight from the supermarket (0.70): met, not unmet.
        #expect(!main(analysis.findings(.unmetNeed), network).contains("K33"))
        #expect(analysis.needCoverage.first { $0.tag == Tag(.goods) }.map { $0.peopleCovered == $0.peopleNeeding } == true)
        // (f) the office under no station, and the clients served by nobody.
        let hierarchy = analysis.findings(.brokenHierarchy)
        #expect(main(hierarchy, network).contains("O8"))
        let unserved = Set(hierarchy.filter { $0.severity == .high }.flatMap(\.nodes).map { network[$0].id })
        #expect(unserved.isSuperset(of: ["K24", "K25", "K26", "K35", "K36"]))
    }

    @Test func nothingAbsurdIsReported() throws {
        let network = try Self.demo()
        let analysis = try GapAnalysis.analyse(network)
        let zh = FindingPhrasing(NodeNames(network, language: .zh, anonymize: false))
        let en = FindingPhrasing(NodeNames(network, language: .en, anonymize: false))
        for finding in analysis.findings {
            let zhText = zh.sentences(finding), enText = en.sentences(finding)
            #expect(finding.score.isFinite && finding.score >= 0)
            #expect(!finding.nodes.isEmpty)
            #expect(!zhText.explanation.isEmpty && !enText.explanation.isEmpty)
            #expect(!zhText.action.isEmpty && !enText.action.isEmpty)
            #expect(!enText.explanation.contains("nan") && !zhText.action.contains("nan"))
            // A finding names each node once.
            #expect(Set(finding.nodes).count == finding.nodes.count, "\(enText.explanation)")
        }
        // The demo's station reaches all five parties; its focus is a service need.
        #expect(analysis.fiveLinkage.map(\.score) == [5])
        let focus = try #require(analysis.findings(.focus).first?.focus)
        #expect(!focus.options.contains { Focus.isService($0.need) == false })
        // Every share is a share.
        #expect(analysis.needCoverage.allSatisfy { (0...1).contains($0.share) })
        #expect((0...1).contains(analysis.communityCoverage.gini))
        // Weak ties are few and each one really is below its threshold.
        #expect(analysis.findings(.weakTrust).count == 3)
    }

    @Test func sameInputSameFindings() throws {
        let network = try Self.demo()
        let first = try GapAnalysis.analyse(network).findings
        let second = try GapAnalysis.analyse(network).findings
        #expect(first == second)
    }
}
