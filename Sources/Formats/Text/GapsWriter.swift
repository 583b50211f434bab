import Analysis
import TrustModel

/// `guanxi gaps` as text grouped by kind (summary on top), or as JSON
/// `{"summary": {...}, "findings": [{"kind", "severity", "score", "nodes", "explanation":
/// {"zh","en"}, "action": {"zh","en"}}]}`. The workbook and CSV (one finding a row, texts in
/// the user's language) are ``ResultTables/gaps(_:of:names:language:)``.
public enum GapsWriter {
    /// - Parameter perKind: findings printed per kind; the rest are counted.
    public static func text(_ analysis: GapAnalysis, of network: TrustNetwork, language: Language,
                            perKind: Int = 15, names: NodeNames) -> String {
        let zh = language == .zh
        var out = ""
        let title = network.title ?? (zh ? "未命名网络" : "Untitled network")
        out += zh ? "\(title)：差距与建议\n\n" : "\(title): gaps and what to do\n\n"
        out += summary(analysis, language: language, names: names)
        if analysis.findings.isEmpty {
            out += zh ? "\n没有发现问题。\n" : "\nNo gaps found.\n"
            return out
        }
        for kind in FindingKind.allCases {
            let found = analysis.findings(kind)
            guard !found.isEmpty else { continue }
            out += "\n\(kind.title(language))（\(found.count)）\n".replacingParentheses(english: !zh)
            for finding in found.prefix(perKind) {
                out += "  [\(finding.severity.name(language))] \(finding.explanation.text(language))\n"
                out += (zh ? "      建议：" : "      Action: ") + finding.action.text(language) + "\n"
            }
            if found.count > perKind {
                out += zh ? "  ……另有 \(found.count - perKind) 条（--format json 或 csv 列出全部）\n"
                    : "  … and \(found.count - perKind) more (--format json or csv lists all)\n"
            }
        }
        return out
    }

    static func summary(_ analysis: GapAnalysis, language: Language, names: NodeNames) -> String {
        let zh = language == .zh
        var out = zh ? "概况\n" : "Summary\n"
        if !analysis.needCoverage.isEmpty {
            var table = TextTable(headers: zh ? ["需求", "需要（人）", "已覆盖（人）", "覆盖率"] : ["Need", "People needing", "Covered", "Share"],
                                  alignments: [.left, .right, .right, .right])
            for row in analysis.needCoverage {
                table.add([row.tag.name(language), String(row.peopleNeeding), String(row.peopleCovered), NumberText.percent(row.share)])
            }
            out += zh ? "  按需求的覆盖（从服务者出发，沿可信路径能找到提供者）：\n" : "  Coverage per need (a holder reachable along trusted paths from those serving):\n"
            out += table.render(indent: 4)
        }
        let coverage = analysis.communityCoverage
        if !coverage.communities.isEmpty {
            var table = TextTable(headers: zh ? ["社区", "记录人数", "服务人数", "覆盖率", ""] : ["Community", "Recorded", "Served", "Coverage", ""],
                                  alignments: [.left, .right, .right, .right, .left])
            for row in coverage.communities {
                table.add([row.name, String(row.peopleRecorded), NumberText.fixed(row.peopleServed, 0),
                           NumberText.percent(row.coverage), row.flagged ? (zh ? "← 偏低" : "← low") : ""])
            }
            out += zh
                ? "  按社区的覆盖（人数 × 服务关系的信任）：中位数 \(NumberText.percent(coverage.medianCoverage))，基尼系数 \(NumberText.fixed(coverage.gini, 2))\n"
                : "  Coverage per community (people × trust of their service ties): median \(NumberText.percent(coverage.medianCoverage)), Gini \(NumberText.fixed(coverage.gini, 2))\n"
            out += table.render(indent: 4)
        }
        if !analysis.fiveLinkage.isEmpty {
            out += zh ? "  五社联动（沿信任 ≥ \(NumberText.fixed(analysis.thresholds.pathTrust, 2)) 的路径）：\n"
                : "  五社联动, five-party linkage (along paths of trust ≥ \(NumberText.fixed(analysis.thresholds.pathTrust, 2))):\n"
            for row in analysis.fiveLinkage {
                let missing = row.missing.map { $0.name(language) }.joined(separator: zh ? "、" : ", ")
                out += "    \(names.name(row.station)) \(row.score)/5" + (missing.isEmpty ? "" : (zh ? "（缺：\(missing)）" : " (missing: \(missing))")) + "\n"
            }
        }
        return out
    }

    public static func json(_ analysis: GapAnalysis, of network: TrustNetwork, names: NodeNames) -> String {
        typealias V = JSONWriter.Value
        let coverage = analysis.communityCoverage
        let summary: V = .object([
            ("thresholds", .object([
                ("pathTrust", .double(analysis.thresholds.pathTrust)), ("asymmetry", .double(analysis.thresholds.asymmetry)),
                ("strained", .double(analysis.thresholds.strained)), ("coverageFlag", .double(analysis.thresholds.coverageFlag)),
            ])),
            ("needCoverage", .array(analysis.needCoverage.map { row in
                .object([("need", .string(row.tag.keyword)), ("peopleNeeding", .int(row.peopleNeeding)),
                         ("peopleCovered", .int(row.peopleCovered)), ("share", .double(row.share))])
            })),
            ("communityCoverage", .object([
                ("median", .double(coverage.medianCoverage)), ("gini", .double(coverage.gini)),
                ("communities", .array(coverage.communities.map { row in
                    .object([("area", .string(row.area)), ("name", .string(row.name)),
                             ("peopleRecorded", .int(row.peopleRecorded)), ("peopleServed", .double(row.peopleServed)),
                             ("coverage", .double(row.coverage)), ("flagged", .bool(row.flagged))])
                })),
            ])),
            ("fiveLinkage", .array(analysis.fiveLinkage.map { row in
                .object([("station", .string(names.id(row.station))), ("score", .int(row.score)),
                         ("missing", .array(row.missing.map { .string($0.rawValue) }))])
            })),
            ("counts", .object(FindingKind.allCases.map { ($0.keyword, .int(analysis.findings($0).count)) })),
        ])
        let findings: [V] = analysis.findings.map { finding in
            .object([
                ("kind", .string(finding.kind.keyword)), ("severity", .string(finding.severity.rawValue)),
                ("score", .double(finding.score)), ("nodes", .array(finding.nodes.map { .string(names.id($0)) })),
                ("explanation", .object([("zh", .string(finding.explanation.zh)), ("en", .string(finding.explanation.en))])),
                ("action", .object([("zh", .string(finding.action.zh)), ("en", .string(finding.action.en))])),
            ])
        }
        return JSONWriter.render(.object([("summary", summary), ("findings", .array(findings))]))
    }
}

extension String {
    fileprivate func replacingParentheses(english: Bool) -> String {
        english ? replacing("（", with: " (").replacing("）", with: ")") : self
    }
}
