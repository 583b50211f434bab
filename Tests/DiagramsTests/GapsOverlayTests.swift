import TestSupport
import Testing
import Guanxi

/// The gaps view draws what the gap analysis found on the demo.
@Suite struct GapsOverlayTests {
    @Test func theDemosFindingsBecomeMarksAndSuggestions() throws {
        let network = try Guanxi.load(repositoryRoot + "/Datasets/ximarket").network
        let overlay = DiagramOverlay(try Guanxi.gaps(network), network: network, language: .zh)
        #expect(overlay.untappedResources.first == .init(node: "B4", label: "闲置：资金、优惠"))
        #expect(Set(overlay.singlePointsOfFailure.map(\.node)) == ["CL", "C7"])
        let groups = overlay.suggestions.filter { $0.kind == .mutualAidGroup }
        #expect(groups.map(\.nodes) == [["K10", "K11", "K12"]] && groups.first?.label == "康复互助小组")
        let introductions = overlay.suggestions.filter { $0.kind == .introduction }
        #expect(introductions.count == 3 && introductions.allSatisfy { $0.nodes.first == "ST" })
        let dot = try Diagram(network, view: .gaps(overlay), options: DiagramOptions(language: .zh)).dot
        #expect(dot.contains("闲置：资金、优惠") && dot.contains("康复互助小组"))
    }

    @Test func anonymizedLabelsNameNoClient() throws {
        let network = try Guanxi.load(repositoryRoot + "/Datasets/ximarket").network
        let overlay = DiagramOverlay(try Guanxi.gaps(network), network: network, language: .en)
        let dot = try Diagram(network, view: .gaps(overlay), options: DiagramOptions(language: .en, anonymize: true)).dot
        for client in network.nodes where client.kind == .client {
            #expect(!dot.contains(client.name), "\(client.name)")
        }
    }
}
