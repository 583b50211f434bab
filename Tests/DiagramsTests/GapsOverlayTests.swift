import Foundation
import TestSupport
import Testing
import Guanxi

/// The gaps view draws what the gap analysis found on the demo.
@Suite struct GapsOverlayTests {
    @Test func theDemosFindingsBecomeMarks() throws {
        let network = try Guanxi.load(repositoryRoot + "/Datasets/ximarket").network
        let gaps = try Guanxi.gaps(network)
        let overlay = DiagramOverlay(gaps, network: network, language: .zh)
        // One mark per finding, the most severe first, each on the finding's own nodes.
        #expect(overlay.marks.count == gaps.findings.count)
        let severities = overlay.marks.map { $0.severity ?? "" }
        #expect(severities == severities.sorted { ["high", "medium", "low"].firstIndex(of: $0)! < ["high", "medium", "low"].firstIndex(of: $1)! })
        let untapped = try #require(overlay.marks.first { $0.kind == "untapped-resource" && $0.nodes.first == "B4" })
        #expect(untapped.label == "闲置资源：资金、优惠" && untapped.severity == "high")
        #expect(Set(overlay.marks.filter { $0.kind == "single-point-of-failure" }.map { $0.nodes[0] }) == ["CL", "C7"])
        let group = try #require(overlay.marks.first { $0.kind == "mutual-aid" })
        #expect(Array(group.nodes.prefix(3)) == ["K10", "K11", "K12"] && group.label == "可组康复互助小组（36 人）")
        let introductions = overlay.marks.filter { $0.kind == "introduction" }
        #expect(introductions.count == 3 && introductions.allSatisfy { $0.nodes[1] == "ST" })
        #expect(introductions.map(\.label).contains("建议经残联引荐（0.60）"))
        let dot = try Diagram(network, view: .gaps(overlay), options: DiagramOptions(language: .zh)).dot
        #expect(dot.contains("闲置资源：资金、优惠") && dot.contains("可组康复互助小组"))
    }

    /// The earlier overlay layout (three lists) still reads, as marks.
    @Test func earlierOverlayFilesStillRead() throws {
        let json = """
            {"untappedResources": [{"node": "B3", "label": "idle"}],
             "suggestions": [{"kind": "introduction", "nodes": ["ST", "B3"], "label": "via CL"},
                             {"kind": "mutual-aid-group", "nodes": ["K14", "K15"], "label": "group"}],
             "singlePointsOfFailure": [{"node": "O6", "label": "only way"}]}
            """
        let overlay = try JSONDecoder().decode(DiagramOverlay.self, from: Data(json.utf8))
        #expect(overlay.marks.map(\.kind) == ["untapped-resource", "introduction", "mutual-aid", "single-point-of-failure"])
        #expect(overlay.marks[1].nodes == ["B3", "ST"])
        let again = try JSONDecoder().decode(DiagramOverlay.self, from: JSONEncoder().encode(overlay))
        #expect(again == overlay)
    }

    @Test func anonymizedLabelsNameNoClient() throws {
        let network = try Guanxi.load(repositoryRoot + "/Datasets/ximarket").network
        let overlay = DiagramOverlay(try Guanxi.gaps(network), network: network, language: .en)
        let dot = try Diagram(network, view: .gaps(overlay), options: DiagramOptions(language: .en, anonymize: true)).dot
        for client in network.nodes where client.kind == .client {
            #expect(!dot.contains(client.name), "\(client.name)")
        }
    }

    /// `--k` reaches the drawings too: with k = 40 no label or count in the drawing gives an
    /// exact head count under 40 (the report's tables already hid them; its drawing did not).
    @Test func anonymizedHeadCountsFollowK() throws {
        let network = try Guanxi.load(repositoryRoot + "/Datasets/ximarket").network
        let overlay = DiagramOverlay(try Guanxi.gaps(network), network: network, language: .zh, anonymize: true, k: 40)
        let group = try #require(overlay.marks.first { $0.kind == "mutual-aid" })
        #expect(group.label == "可组康复互助小组（<40 人）")
        var options = DiagramOptions(language: .zh, anonymize: true)
        options.k = 40
        let dot = try Diagram(network, view: .gaps(overlay), options: options).dot
        let counts = dot.matches(of: /(^|[^<;\d.])(\d+) 人/).compactMap { Int($0.output.2) }
        #expect(counts.allSatisfy { $0 >= 40 }, "\(counts)")
        #expect(dot.contains("<40 人") || dot.contains("&lt;40 人"))
    }
}
