import Analysis
import Phrasing
import TrustModel

/// The report as Markdown for pasting into documents, with the same sections as the HTML;
/// the diagrams are SVG files written beside it and linked.
public enum MarkdownReport {
    /// The Markdown text and the diagram files to write beside it (`<base>-<key>.svg`).
    public static func render(_ content: ReportContent, base: String) -> (markdown: String, files: [(name: String, bytes: [UInt8])]) {
        let l = content.language
        var out = "# \(Markup.markdown(content.title))\n\n_\(Markup.markdown(HTMLReport.metaLine(content)))_\n"
        var files: [(name: String, bytes: [UInt8])] = []
        func section(_ s: ReportSection) { out += "\n## \(Markup.markdown(s.title(l)))\n\n\(Markup.markdown(s.howToRead(l)))\n\n" }
        func table(_ headers: [String], _ rows: [[String]]) {
            out += "| " + headers.map(Markup.markdown).joined(separator: " | ") + " |\n"
            out += "|" + String(repeating: " --- |", count: headers.count) + "\n"
            for row in rows { out += "| " + row.map(Markup.markdown).joined(separator: " | ") + " |\n" }
            out += "\n"
        }
        func figure(_ f: ReportDiagrams.Figure) {
            let name = "\(base)-\(f.key).svg"
            files.append((name, Array(f.svg.utf8)))
            out += "![\(Markup.markdown(f.title))](\(name))\n\n"
        }

        let s = content.summary
        section(.overview)
        out += l.pick("- 节点 \(s.nodeCount) 个，关系 \(s.tieCount) 条，代表 \(s.peopleRepresented) 人\n",
                      "- \(s.nodeCount) nodes, \(s.tieCount) ties, \(s.peopleRepresented) people represented\n")
        if let trust = s.trust {
            out += l.pick("- 信任：最低 \(NumberText.fixed(trust.minimum, 2))，中位数 \(NumberText.fixed(trust.median, 2))，平均 \(NumberText.fixed(trust.mean, 2))，最高 \(NumberText.fixed(trust.maximum, 2))；低于 \(NumberText.fixed(trust.threshold, 2)) 的占 \(NumberText.percent(trust.shareBelow))\n",
                          "- Trust: min \(NumberText.fixed(trust.minimum, 2)), median \(NumberText.fixed(trust.median, 2)), mean \(NumberText.fixed(trust.mean, 2)), max \(NumberText.fixed(trust.maximum, 2)); \(NumberText.percent(trust.shareBelow)) below \(NumberText.fixed(trust.threshold, 2))\n")
        }
        out += l.pick("- 连通分量 \(s.components) 个，单向信任 \(s.oneSidedPairs.count) 对\n\n", "- \(s.components) components, \(s.oneSidedPairs.count) one-sided pairs\n\n")
        table([l.pick("类型", "Kind"), l.pick("数量", "Count")], s.nodesByKind.map { [$0.kind.name(l), String($0.count)] })
        table([l.pick("关系", "Relation"), l.pick("数量", "Count")], s.tiesByRelation.map { [$0.relation.name(l), String($0.count)] })

        out += changes(content)
        section(.diagrams)
        for f in [content.diagrams.network, content.diagrams.hierarchy].compactMap({ $0 }) { figure(f) }
        for note in content.diagrams.notes { out += "> \(Markup.markdown(note))\n\n" }
        section(.ecomaps)
        for f in content.diagrams.ecomaps { figure(f) }

        section(.influence)
        let measures: [InfluenceTable.Measure] = [.pagerank, .betweenness, .degree, .strength, .harmonic, .constraint, .core, .reach]
        let separators = content.separators
        table([l.pick("名称", "Name"), l.pick("类型", "Kind")] + measures.map { $0.title(l) } + [l.pick("单点依赖", "Single point")],
              content.mattersRows.map { node in
                  [content.names.name(Int32(node)), content.network.nodes[node].kind.name(l)] + measures.map { content.value($0, node) }
                      + [separators[Int32(node)].map { NumberText.fixed($0, 0) } ?? ""]
              })
        for measure in measures { out += "- **\(Markup.markdown(measure.title(l)))**: \(Markup.markdown(measure.meaning(l)))\n" }

        section(.gaps)
        if let f = content.diagrams.gaps { figure(f) }
        out += FindingsSection.markdown(content)

        section(.linkage)
        let parties = FiveLinkage.Party.allCases
        table([l.pick("社工站", "Station"), l.pick("得分", "Score")] + parties.map { $0.name(l) },
              content.gaps.fiveLinkage.map { row in
                  [content.names.name(row.station), "\(row.score)/5"] + parties.map { p in row.reached[p].map { "✓ " + content.names.name($0) } ?? "✗" }
              })

        section(.coverage)
        let coverage = content.gaps.communityCoverage
        out += l.pick("中位数 \(NumberText.percent(coverage.medianCoverage))，基尼系数 \(NumberText.fixed(coverage.gini, 2))\n\n",
                      "Median \(NumberText.percent(coverage.medianCoverage)), Gini \(NumberText.fixed(coverage.gini, 2))\n\n")
        table([l.pick("社区", "Community"), l.pick("登记人数", "Recorded"), l.pick("受服务（折算）", "Served"), l.pick("覆盖率", "Coverage")],
              coverage.communities.map { [$0.name + ($0.flagged ? " ⚠" : ""), content.names.count($0.peopleRecorded),
                                          content.names.hidesCount(Int($0.peopleServed.rounded())) ? content.names.count(Int($0.peopleServed.rounded()))
                                              : NumberText.fixed($0.peopleServed, 1), NumberText.percent($0.coverage)] })
        table([l.pick("需求", "Need"), l.pick("需要的人数", "People needing"), l.pick("已满足", "Met"), l.pick("覆盖率", "Share")],
              content.gaps.needCoverage.map { [$0.tag.name(l), content.names.count($0.peopleNeeding), content.names.count($0.peopleCovered), NumberText.percent($0.share)] })

        section(.method)
        for line in MethodNotes.lines(content) { out += "- \(Markup.markdown(line))\n" }
        return (out, files)
    }
}
