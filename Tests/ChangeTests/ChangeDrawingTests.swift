import Foundation
import Guanxi
import TestSupport
import Testing

/// `render NEW --previous OLD`: the removed nodes and ties put back into the drawing, and the
/// marks on what changed.
@Suite struct ChangeDrawingTests {
    @Test func mergingPutsBackWhatWasRemoved() throws {
        let q2 = try network("donghu-q2.xlsx"), q3 = try network("donghu-q3.json")
        let (drawn, changes) = DiagramChanges.merging(Guanxi.diff(q2, q3, options: .init(movers: 0, findings: false)))
        // Q3's 14 nodes and SG1 put back; Q3's 17 ties and SG1's two.
        #expect(drawn.nodes.map(\.id) == q3.nodes.map(\.id) + ["SG1"])
        #expect(drawn.ties.count == 19)
        let k4 = try #require(q3.index(of: "K4"))
        #expect(changes.removedNodes == [14] && changes.addedNodes == [k4])
        let statuses = changes.ties.sorted { $0.key < $1.key }.map { "\(key(drawn.ties[$0.key], drawn)) \($0.value)" }
        #expect(statuses == ["ST→SO support trust(from: 0.45)", "O1→K4 service added",
                             "SG1→K1 service removed", "ST→SG1 incubation removed"])
        #expect(changes.previous == "2024-06-30")
    }

    @Test func theDrawingMarksAddedRemovedAndMovedTrust() throws {
        let before = try Guanxi.load(repositoryRoot + "/Datasets/ximarket-2021q1").network
        let after = try Guanxi.load(repositoryRoot + "/Datasets/ximarket").network
        let (drawn, changes) = DiagramChanges.merging(Guanxi.diff(before, after, options: .init(movers: 0, findings: false)))
        var options = DiagramOptions(language: .zh, page: nil)
        options.changes = changes
        let dot = try Diagram(drawn, view: .community(area: "C6"), options: options).dot
        // SG4, closed since, faded and said to be removed; O6's service to K23 0.30 → 0.40;
        // the legend's three lines.
        #expect(dot.contains("心语心理咨询协会"))
        #expect(dot.contains("已删除"))
        #expect(dot.contains("0.30→0.40"))
        #expect(dot.contains("#117733"))
        #expect(dot.contains("2021-02-26 之后新增"))
        let plain = try Diagram(after, view: .community(area: "C6"), options: DiagramOptions(language: .zh, page: nil)).dot
        #expect(!plain.contains("已删除") && !plain.contains("→0.") && !plain.contains("#117733"))
    }
}
