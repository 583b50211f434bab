@testable import Analysis
import Phrasing
import Testing
import TrustModel

/// The sentences of a finding in one language.
func text(_ finding: Finding, _ network: TrustNetwork, _ language: Language) -> (explanation: String, action: String) {
    FindingPhrasing(NodeNames(network, language: language, anonymize: false)).sentences(finding)
}

/// For every finding, a small network where the right answer is known by hand, and the same
/// network with the gap mended, which yields none of that kind.
@Suite struct FindingTests {
    // MARK: 1 untapped resource

    static let untappedNodes = """
        id,kind,resources,capacity,size
        ST,station,,,
        C1,committee,,,
        B1,business,资金,10000,
        K1,client,,,4

        """

    @Test func untappedResource() throws {
        let net = try network(Self.untappedNodes, """
            source,target,relation,trust
            ST,K1,service,0.9
            ST,C1,cooperation,0.8
            B1,C1,cooperation,0.4

            """)
        let found = try findings(.untappedResource, in: net)
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(ids(finding, in: net) == ["B1", "C1", "ST"])
        #expect(finding.severity == .high)
        // Nobody needs funding: the lowest relevance, capacity still counts.
        #expect(abs(finding.score - 10000 * (1 - 0.32)) < 1e-6)
        #expect(text(finding, net, .zh).action == "请C1（信任 0.80）引荐B1（0.40），路径信任 0.32。")
        #expect(text(finding, net, .en).action == "Ask C1 (trust 0.80) to introduce B1 (0.40): path trust 0.32.")

        let mended = try network(Self.untappedNodes, """
            source,target,relation,trust
            ST,K1,service,0.9
            ST,C1,cooperation,0.8
            B1,C1,cooperation,0.8
            B1,K1,resource,0.8

            """)
        #expect(try findings(.untappedResource, in: mended).isEmpty)
    }

    @Test func idleButTrustedIsMediumAndGivingButUntrustedIsLow() throws {
        let net = try network("""
            id,kind,resources,capacity
            ST,station,,
            C1,committee,,
            B1,business,优惠,100
            B2,business,物资,100
            K1,client,,

            """, """
            source,target,relation,trust
            ST,K1,service,0.9
            ST,C1,cooperation,0.9
            B1,C1,cooperation,0.8
            B2,K1,resource,0.4

            """)
        let found = try findings(.untappedResource, in: net)
        #expect(found.map { ids($0, in: net)[0] } == ["B1", "B2"])
        #expect(found.map(\.severity) == [.medium, .low])
    }

    // MARK: 2 unmet need

    static let needNodes = """
        id,kind,resources,needs,size
        ST,station,,,
        CL,federation,康复,,
        K1,client,,法律,6
        K2,client,,康复,9

        """

    @Test func unmetNeed() throws {
        let ties = """
            source,target,relation,trust
            ST,K1,service,0.8
            ST,K2,service,0.8
            ST,CL,cooperation,0.8

            """
        let net = try network(Self.needNodes, ties)
        let found = try findings(.unmetNeed, in: net)
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(ids(finding, in: net) == ["K1", "ST"])  // the client, then who serves it
        #expect(finding.severity == .high)  // nobody holds 法律
        #expect(finding.score == 6)
        #expect(finding.unmet?.needs.map(\.held) == [false])
        #expect(text(finding, net, .zh).action.contains("律师事务所"))

        let analysis = try GapAnalysis.analyse(net)
        let coverage = analysis.needCoverage.map { ($0.tag.keyword, $0.peopleNeeding, $0.peopleCovered) }
        #expect(coverage.map(\.0) == ["rehabilitation", "legal"])
        #expect(coverage.map(\.1) == [9, 6] && coverage.map(\.2) == [9, 0])

        let mended = try network(Self.needNodes + "L1,business,法律,,\n", ties + "ST,L1,cooperation,0.7\n")
        #expect(try findings(.unmetNeed, in: mended).isEmpty)
    }

    // MARK: 3 coverage imbalance

    static let coverageNodes = """
        id,kind,area,size
        ST,station,,
        C1,committee,,
        C2,committee,,
        C3,committee,,
        K1,client,C1,10
        K2,client,C2,10
        K3,client,C3,20
        K4,client,C3,5

        """

    @Test func coverageImbalance() throws {
        let net = try network(Self.coverageNodes, """
            source,target,relation,trust
            ST,K1,service,0.9
            ST,K2,service,0.8
            ST,K3,service,0.125
            ST,C1,cooperation,0.8
            ST,C2,cooperation,0.8
            ST,C3,cooperation,0.8

            """)
        let analysis = try GapAnalysis.analyse(net, options: .init(only: [.coverageImbalance]))
        let table = analysis.communityCoverage
        #expect(table.communities.map(\.area) == ["C1", "C2", "C3"])
        #expect(table.communities.map(\.coverage) == [0.9, 0.8, 0.1])  // C3: 20 × 0.125 / 25
        #expect(abs(table.medianCoverage - 0.8) < 1e-12)
        #expect(abs(table.gini - 1.6 / 5.4) < 1e-12)
        let finding = try #require(analysis.findings.first)
        #expect(analysis.findings.count == 1)
        #expect(ids(finding, in: net) == ["C3", "K4"])
        #expect(finding.severity == .high)  // 0.1 < half of 0.4
        #expect(abs(finding.score - 0.7 * 25) < 1e-9)

        let mended = try network(Self.coverageNodes, """
            source,target,relation,trust
            ST,K1,service,0.9
            ST,K2,service,0.8
            ST,K3,service,0.8
            ST,K4,service,0.8

            """)
        #expect(try findings(.coverageImbalance, in: mended).isEmpty)
    }

    @Test func giniOfKnownLists() {
        #expect(CoverageImbalance.gini([1, 1, 1, 1]) == 0)
        #expect(abs(CoverageImbalance.gini([0, 0, 0, 1]) - 0.75) < 1e-12)
        #expect(CoverageImbalance.gini([]) == 0 && CoverageImbalance.gini([0, 0]) == 0)
    }

    // MARK: 4 五社联动

    static let linkageNodes = """
        id,kind
        ST,station
        C1,committee
        SG1,social-org
        V1,volunteer
        F1,charity

        """

    @Test func fiveLinkage() throws {
        let net = try network(Self.linkageNodes, """
            source,target,relation,trust
            ST,C1,cooperation,0.8
            ST,SG1,incubation,0.7
            V1,C1,volunteering,0.3
            F1,C1,funding,0.2

            """)
        let analysis = try GapAnalysis.analyse(net, options: .init(only: [.fiveLinkage]))
        let row = try #require(analysis.fiveLinkage.first)
        #expect(row.score == 3)
        #expect(row.missing == [.volunteer, .charity])
        let finding = try #require(analysis.findings.first)
        #expect(analysis.findings.count == 1)
        #expect(finding.severity == .high && finding.score == 2)
        #expect(ids(finding, in: net) == ["ST", "V1", "F1"])

        let mended = try network(Self.linkageNodes, """
            source,target,relation,trust
            ST,C1,cooperation,0.8
            ST,SG1,incubation,0.7
            V1,ST,volunteering,0.8
            F1,ST,funding,0.9

            """)
        #expect(try findings(.fiveLinkage, in: mended).isEmpty)
        #expect(try GapAnalysis.analyse(mended).fiveLinkage.first?.score == 5)
    }

    // MARK: 5 weak and one-sided trust

    @Test func weakTrust() throws {
        let nodes = "id,kind\nST,station\nSO,street-office\nB1,business\nC1,committee\n"
        let net = try network(nodes, """
            source,target,relation,trust
            SO,ST,support,0.4
            B1,ST,resource,0.2
            ST,C1,cooperation,0.45

            """)
        let found = try findings(.weakTrust, in: net)
        #expect(found.map { ids($0, in: net) } == [["B1", "ST"], ["SO", "ST"], ["ST", "C1"]])
        #expect(found.map(\.severity) == [.high, .medium, .low])
        #expect(text(found[1], net, .zh).action.contains("分管领导"))

        let mended = try network(nodes, "source,target,relation,trust\nSO,ST,support,0.6\nB1,ST,resource,0.7\nST,C1,cooperation,0.5\n")
        #expect(try findings(.weakTrust, in: mended).isEmpty)
    }

    @Test func weakTrustThresholdsPerRelation() throws {
        var thresholds = Thresholds()
        thresholds.weakTrust[.support] = 0.7
        let net = try network("id,kind\nST,station\nSO,street-office\n", "source,target,relation,trust\nSO,ST,support,0.6\n")
        let analysis = try GapAnalysis.analyse(net, options: .init(only: [.weakTrust], thresholds: thresholds))
        #expect(analysis.findings.count == 1)
    }

    @Test func oneSidedTrust() throws {
        let nodes = "id,kind\nST,station\nSO,street-office\n"
        let net = try network(nodes, "source,target,relation,trust\nSO,ST,support,0.9\nST,SO,support,0.5\n")
        let found = try findings(.oneSidedTrust, in: net)
        #expect(found.count == 1)
        #expect(ids(found[0], in: net) == ["ST", "SO"])  // the side that trusts less first
        #expect(found[0].severity == .high)
        #expect(abs(found[0].score - 0.4) < 1e-12)
        let mended = try network(nodes, "source,target,relation,trust\nSO,ST,support,0.9\nST,SO,support,0.8\n")
        #expect(try findings(.oneSidedTrust, in: mended).isEmpty)
    }

    // MARK: 6 single point of failure

    static let failureNodes = """
        id,kind,resources,size
        ST,station,,
        C1,committee,,
        CL,federation,康复,
        B3,business,设备,
        K5,client,,12

        """

    @Test func singlePointOfFailure() throws {
        let ties = """
            source,target,relation,trust
            ST,C1,cooperation,0.8
            ST,CL,cooperation,0.8
            B3,CL,resource,0.7
            CL,K5,referral,0.7

            """
        let net = try network(Self.failureNodes, ties)
        let found = try findings(.singlePointOfFailure, in: net)
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(ids(finding, in: net) == ["CL", "ST", "B3", "K5"])
        #expect(finding.severity == .high && finding.score == 13)
        #expect(text(finding, net, .en).explanation.contains("12 people"))

        let mended = try network(Self.failureNodes, ties + "ST,B3,cooperation,0.6\nST,K5,service,0.8\n")
        #expect(try findings(.singlePointOfFailure, in: mended).isEmpty)
    }

    /// An office reached only through its committee: the action is to guide the office
    /// directly, not "the community's office ties with" that office (found in the QA round).
    @Test func anOfficeCutOffIsToBeGuidedDirectly() throws {
        let net = try network("id,kind,name,size\nST,station,新塘镇社工站,\nC1,committee,新塘村村委会,\nO1,office,新塘村社工室,\nK1,client,留守儿童,12\n",
                              "source,target,relation,trust\nST,C1,cooperation,0.8\nC1,O1,support,0.8\nO1,K1,service,0.9\n")
        let finding = try #require(try findings(.singlePointOfFailure, in: net).first)
        #expect(ids(finding, in: net).prefix(2) == ["C1", "ST"])
        let zh = text(finding, net, .zh).action, en = text(finding, net, .en).action
        #expect(zh == "建立第二条联系：由新塘镇社工站直接联系和指导新塘村社工室，不再只依赖新塘村村委会。", "\(zh)")
        #expect(en.contains("have 新塘镇社工站 guide 新塘村社工室 directly") && !en.contains("office tie directly with"), "\(en)")
    }

    @Test func postsAreNotReportedAsPartnersToLose() throws {
        let net = try network("id,kind,size\nST,station,\nO1,office,\nK1,client,30\n",
                              "source,target,relation,trust\nST,O1,guidance,0.9\nO1,K1,service,0.9\n")
        #expect(try findings(.singlePointOfFailure, in: net).isEmpty)
    }

    // MARK: 7 mutual aid

    static let aidNodes = """
        id,kind,area,needs,size
        O1,office,C1,,
        K1,client,C1,康复,5
        K2,client,C1,康复;心理,7
        K3,client,C1,康复,4
        K4,client,C2,康复,9

        """

    @Test func mutualAid() throws {
        let ties = "source,target,relation,trust\nO1,K1,service,0.8\nO1,K2,service,0.8\nO1,K3,service,0.8\nO1,K4,service,0.8\n"
        let net = try network(Self.aidNodes, ties)
        let found = try findings(.mutualAid, in: net)
        #expect(found.count == 1)
        #expect(ids(found[0], in: net) == ["K1", "K2", "K3", "O1"])
        #expect(found[0].severity == .high && found[0].score == 16)
        #expect(text(found[0], net, .zh).action.hasPrefix("由O1牵头，组建“康复”互助小组"))

        let partly = try network(Self.aidNodes, ties + "K1,K2,mutual-aid,0.8\n")
        #expect(try findings(.mutualAid, in: partly).map(\.severity) == [.low])
        let mended = try network(Self.aidNodes, ties + "K1,K2,mutual-aid,0.8\nK2,K3,互助,0.7\n")
        #expect(try findings(.mutualAid, in: mended).isEmpty)
    }

    // MARK: 8 introduction

    @Test func introduction() throws {
        let nodes = "id,kind,resources,needs\nST,station,,\nC1,committee,,\nB1,business,资金,\nK1,client,,资金\n"
        let ties = "source,target,relation,trust\nST,C1,cooperation,0.8\nC1,B1,cooperation,0.6\nST,K1,service,0.9\n"
        let net = try network(nodes, ties)
        let found = try findings(.introduction, in: net)
        #expect(found.count == 1)
        #expect(ids(found[0], in: net) == ["B1", "ST", "C1"])
        #expect(abs(found[0].score - 0.48) < 1e-12)
        // B1 offers the 资金 that K1 lacks (0.48 is below the 0.5 a trusted path needs).
        #expect(found[0].severity == .medium)
        #expect(text(found[0], net, .zh).action == "请C1（信任 0.80）引荐B1（0.60），路径信任 0.48。")

        let mended = try network(nodes, ties + "ST,B1,cooperation,0.6\n")
        #expect(try findings(.introduction, in: mended).isEmpty)
    }

    // MARK: 9 broken hierarchy

    static let hierarchyNodes = "id,kind,area,size\nHS,head-station,,\nAG,agency,,\nST,station,,\nO1,office,C1,\nC1,committee,,\nK1,client,C1,8\n"

    @Test func brokenHierarchy() throws {
        let net = try network(Self.hierarchyNodes, "source,target,relation,trust\nST,C1,cooperation,0.8\nC1,O1,support,0.8\nHS,AG,cooperation,0.8\nK1,C1,cooperation,0.8\n")
        let found = try findings(.brokenHierarchy, in: net)
        #expect(found.map { ids($0, in: net)[0] } == ["K1", "ST", "ST", "O1"])
        #expect(found.map(\.severity) == [.high, .medium, .medium, .medium])
        let mended = try network(Self.hierarchyNodes, """
            source,target,relation,trust
            HS,ST,guidance,0.8
            AG,ST,management,0.8
            ST,O1,guidance,0.8
            O1,K1,service,0.8
            ST,C1,cooperation,0.8

            """)
        #expect(try findings(.brokenHierarchy, in: mended).isEmpty)
    }

    // MARK: 10 focus

    static let focusNodes = """
        id,kind,resources,needs,size
        ST,station,,,
        CL,federation,康复,,
        U1,university,心理,,
        K1,client,,康复,20
        K2,client,,心理,5

        """

    @Test func focus() throws {
        let ties = "source,target,relation,trust\nST,CL,cooperation,0.9\nST,U1,cooperation,0.6\nK1,CL,cooperation,0.5\nK2,U1,cooperation,0.5\n"
        let net = try network(Self.focusNodes, ties)
        let found = try findings(.focus, in: net)
        #expect(found.count == 1)
        #expect(ids(found[0], in: net) == ["ST", "CL"])
        #expect(abs(found[0].score - 18) < 1e-9)  // 20 people × 0.9
        let options = try #require(found[0].focus?.options)
        #expect(options.map(\.need.keyword) == ["rehabilitation", "psychological"])
        #expect(abs(options[1].score - 3) < 1e-9)

        let mended = try network(Self.focusNodes, ties + "ST,K1,service,1\nST,K2,service,1\n")
        #expect(try findings(.focus, in: mended).isEmpty)
    }

    // MARK: options

    @Test func stationFilterAndUnknownStation() throws {
        let net = try network(Self.hierarchyNodes, "source,target,relation,trust\nST,C1,cooperation,0.8\nC1,O1,support,0.8\nHS,AG,cooperation,0.8\nK1,C1,cooperation,0.8\n")
        #expect(throws: GapAnalysis.Failure.unknownStation("XX")) { try GapAnalysis.analyse(net, options: .init(station: "XX")) }
        #expect(throws: GapAnalysis.Failure.notAStation("C1", .committee)) { try GapAnalysis.analyse(net, options: .init(station: "C1")) }
        let filtered = try GapAnalysis.analyse(net, options: .init(station: "ST"))
        #expect(filtered.findings.allSatisfy { $0.nodes.contains(2) || $0.nodes.first.map { _ in true } == true })
    }

    @Test func emptyAndTinyNetworksGiveNoFindingsAndNoCrash() throws {
        let empty = try TrustNetwork(nodes: [], ties: [])
        #expect(try GapAnalysis.analyse(empty).findings.isEmpty)
        let one = try TrustNetwork(nodes: [Node(id: "ST", kind: .station)], ties: [])
        let analysis = try GapAnalysis.analyse(one)
        #expect(analysis.findings.allSatisfy { $0.score.isFinite })
    }
}
