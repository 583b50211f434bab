import Analysis
import Phrasing
import TrustModel

extension ResultTables {
    /// `guanxi gaps`: the findings (station, kind, how many of that kind the station has,
    /// rank, severity, score, the nodes it concerns, what it means and what to do), then
    /// coverage per need, per community and 五社联动 per station. CSV holds the findings.
    ///
    /// One station: every finding, by kind. A city (findings under several stations): per
    /// station and kind the first `perKind` (3 unless given), each with its kind's total at
    /// that station (``FindingGroups``); the JSON keeps them all.
    public static func gaps(_ analysis: GapAnalysis, of network: TrustNetwork, names: NodeNames,
                            language: Language, perKind: Int? = nil) -> TableDocument {
        let zh = language == .zh
        let phrasing = FindingPhrasing(names)
        let city = FindingGroups(analysis, perKind: 0).isCityScale
        let groups = FindingGroups(analysis, perKind: perKind ?? (city ? GapsWriter.perKindCity : Int.max))
        var findings = TableSheet(name: zh ? "问题与建议" : "findings", columns: [
            TableColumn(zh ? "社工站" : "station"), TableColumn(zh ? "类别" : "kind"),
            TableColumn(zh ? "该站该类条数" : "of", .integer), TableColumn(zh ? "排名" : "rank", .integer),
            TableColumn(zh ? "严重程度" : "severity"), TableColumn(zh ? "分数" : "score", .score),
            TableColumn(zh ? "编号" : "nodes"), TableColumn(zh ? "名称" : "names"),
            TableColumn(zh ? "说明" : "explanation"), TableColumn(zh ? "建议" : "action"),
        ])
        for group in groups.groups {
            let station: TableValue = group.station.map { .text(names.name($0)) } ?? .empty
            for kind in group.kinds {
                for (rank, index) in kind.top.enumerated() {
                    let finding = analysis.findings[index]
                    let text = phrasing.sentences(finding)
                    findings.append([station, .text(zh ? finding.kind.title(.zh) : finding.kind.keyword), .integer(kind.total),
                                     .integer(rank + 1), .text(finding.severity.name(language)),
                                     .number(GapsWriter.score(finding, names)),
                                     .text(finding.nodes.map { names.id($0) }.joined(separator: zh ? "、" : ";")),
                                     .text(finding.nodes.map(names.name).joined(separator: zh ? "、" : "; ")),
                                     .text(text.explanation), .text(text.action)])
                }
            }
        }
        var needs = TableSheet(name: zh ? "按需求的覆盖" : "coverage per need", columns: [
            TableColumn(zh ? "需求" : "need"), TableColumn(zh ? "需要（人）" : "people needing", .integer),
            TableColumn(zh ? "已满足（人）" : "people met", .integer), TableColumn(zh ? "覆盖率" : "share", .percentage),
        ])
        for row in analysis.needCoverage {
            needs.append([.text(row.tag.name(language)), people(row.peopleNeeding, names), people(row.peopleCovered, names),
                          .number(row.share)])
        }
        let coverage = analysis.communityCoverage
        var communities = TableSheet(name: zh ? "按社区的覆盖" : "coverage per community", columns: [
            TableColumn(zh ? "社区" : "community"), TableColumn(zh ? "记录人数" : "people recorded", .integer),
            TableColumn(zh ? "服务人数（按信任加权）" : "people served (trust-weighted)", .decimals(1)),
            TableColumn(zh ? "覆盖率" : "coverage", .percentage), TableColumn(zh ? "偏低" : "low"),
        ], note: zh ? "中位数 \(NumberText.percent(coverage.medianCoverage))，基尼系数 \(NumberText.fixed(coverage.gini, 2))"
            : "median \(NumberText.percent(coverage.medianCoverage)), Gini \(NumberText.fixed(coverage.gini, 2))")
        for row in coverage.communities {
            let served = Int(row.peopleServed.rounded())
            communities.append([.text(row.name), people(row.peopleRecorded, names),
                                names.hidesCount(served) ? people(served, names) : .number(row.peopleServed),
                                .number(row.coverage), row.flagged ? .text(zh ? "是" : "yes") : .empty])
        }
        var linkage = TableSheet(name: zh ? "五社联动" : "five-party linkage", columns: [
            TableColumn(zh ? "社工站（编号）" : "station"), TableColumn(zh ? "名称" : "name"),
            TableColumn(zh ? "得分（0–5）" : "score (0-5)", .integer), TableColumn(zh ? "缺少" : "missing"),
        ])
        for row in analysis.fiveLinkage {
            linkage.append([.text(names.id(row.station)), .text(names.name(row.station)), .integer(row.score),
                            .text(row.missing.map { $0.name(language) }.joined(separator: zh ? "、" : ", "))])
        }
        let title = (network.title ?? (zh ? "未命名网络" : "Untitled network")) + (zh ? "：差距与建议" : ": gaps and what to do")
        return TableDocument(title: title, sheets: [findings, needs, communities, linkage])
    }
}
