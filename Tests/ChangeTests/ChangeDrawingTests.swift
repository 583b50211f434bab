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

/// `report NEW --previous OLD`: the "what changed" section, in both report forms.
@Suite struct ChangeReportTests {
    func content(anonymize: Bool = false, language: Language = .zh, previous: Bool = true) throws -> ReportContent {
        let q2 = try network("donghu-q2.xlsx"), q3 = try network("donghu-q3.json")
        var content = try Guanxi.reportContent(q3, source: "donghu-q3.json",
                                               options: .init(language: language, anonymize: anonymize),
                                               diagrams: { _, _, _ in ReportDiagrams() })
        if previous { content.changes = Guanxi.diff(q2, q3, options: .init(movers: 0, anonymize: anonymize)) }
        return content
    }

    @Test func theHTMLReportSaysWhatChanged() throws {
        let html = HTMLReport.render(try content())
        #expect(html.contains("<a href=\"#changes\">与上一期相比</a>"))
        #expect(html.contains("<section id=\"changes\"><h2>与上一期相比</h2>"))
        #expect(html.contains("与 2024-06-30 的数据相比"))
        #expect(html.contains("<td>新增</td><td>残障人士（湖滨社区）</td><td>服务对象</td>"))
        #expect(html.contains("<td>删除</td><td>阳光助老服务社</td><td>社会组织</td>"))
        #expect(html.contains("<td>变化</td><td>德康大药房</td><td>企业</td><td>社区 C1 → C2</td>"))
        #expect(html.contains("<td>东湖街道社工站</td><td>东湖街道办事处</td><td>支持</td><td class=\"num\">0.45</td><td class=\"num\">0.70</td><td class=\"num\">+0.25</td>"))
        #expect(html.contains("已解决的问题（"))
        // The section comes right after the overview.
        let overview = try #require(html.range(of: "<section id=\"overview\">"))
        let changes = try #require(html.range(of: "<section id=\"changes\">"))
        let diagrams = try #require(html.range(of: "<section id=\"diagrams\">"))
        #expect(overview.lowerBound < changes.lowerBound && changes.lowerBound < diagrams.lowerBound)
        let plain = HTMLReport.render(try content(previous: false))
        #expect(!plain.contains("#changes") && !plain.contains("与上一期相比"))
    }

    @Test func theMarkdownReportSaysWhatChanged() throws {
        let markdown = MarkdownReport.render(try content(language: .en), base: "report").markdown
        #expect(markdown.contains("\n## What changed\n"))
        #expect(markdown.contains("| trust moved |") == false)
        #expect(markdown.contains("| 东湖街道社工站 | 东湖街道办事处 | support | 0.45 | 0.70 | +0.25 |"))
        #expect(markdown.contains("| removed | 阳光助老服务社 | social organisation |  |"))
        #expect(markdown.contains("- nodes added / removed: +1 / −1\n"))
    }

    /// Anonymised, a client added keeps its pseudonym and its changes are named without values.
    @Test func anonymisedReportsHideClients() throws {
        let html = HTMLReport.render(try content(anonymize: true))
        #expect(!html.contains("残障人士（湖滨社区）"))
        #expect(html.contains("<td>新增</td><td>服务对象 04</td><td>服务对象</td>"))
    }
}
