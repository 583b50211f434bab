import Analysis
import Phrasing
import TrustModel

/// The station report as one self-contained HTML file: CSS inline, every diagram as inline
/// SVG, no font, script or image fetched from anywhere (government intranets are offline),
/// a small inline script only to sort tables, and a print stylesheet for A4.
///
/// Sections, in order, each with one sentence on how to read it: the network at a glance;
/// the network diagram and the hierarchy; an ecomap per station; who matters; the gaps;
/// 五社联动; coverage per community and per need; method notes.
public enum HTMLReport {
    /// - Complexity: linear in the network plus the findings and the diagrams' size.
    public static func render(_ content: ReportContent) -> String {
        let language = content.language
        var page = HTMLPage(language: language)
        page.raw("<header><h1>\(Markup.html(content.title))</h1><p class=\"meta\">")
        page.text(metaLine(content))
        page.raw("</p><nav>")
        for section in ReportSection.allCases {
            page.raw("<a href=\"#\(section.rawValue)\">\(Markup.html(section.title(language)))</a>")
            if section == .overview, content.changes != nil {
                page.raw("<a href=\"#\(ChangesSection.id)\">\(Markup.html(ChangesSection.title(language)))</a>")
            }
        }
        page.raw("</nav></header><main>")
        overview(content, &page)
        changes(content, &page)
        diagrams(content, &page)
        ecomaps(content, &page)
        influence(content, &page)
        gaps(content, &page)
        linkage(content, &page)
        coverage(content, &page)
        method(content, &page)
        page.raw("</main>")
        return page.document(title: content.title)
    }

    static func metaLine(_ c: ReportContent) -> String {
        let language = c.language
        var parts: [String] = []
        if let date = c.network.date { parts.append(language.pick("数据日期 \(date)", "data of \(date)")) }
        parts.append(language.pick("来源 \(c.source)", "source \(c.source)"))
        parts.append(language.pick("Guanxi \(c.version) 生成", "made by Guanxi \(c.version)"))
        if c.names.anonymize {
            parts.append(language.pick("服务对象已匿名", "clients anonymised"))
        }
        return parts.joined(separator: " · ")
    }

    // MARK: Sections

    static func overview(_ c: ReportContent, _ page: inout HTMLPage) {
        let language = c.language, s = c.summary
        page.section(.overview)
        page.raw("<div class=\"cards\">")
        page.card(language.pick("伙伴与服务对象", "nodes"), String(s.nodeCount))
        page.card(language.pick("关系", "ties"), String(s.tieCount))
        page.card(language.pick("代表人数", "people represented"), String(s.peopleRepresented))
        page.card(language.pick("连通分量", "components"), String(s.components))
        if let trust = s.trust { page.card(language.pick("信任中位数", "median trust"), NumberText.fixed(trust.median, 2)) }
        page.card(language.pick("单向信任", "one-sided pairs"), String(s.oneSidedPairs.count))
        page.raw("</div><div class=\"two\">")
        page.table(id: "kinds", headers: [language.pick("类型", "Kind"), language.pick("数量", "Count")],
                   rows: s.nodesByKind.map { [$0.kind.name(language), String($0.count)] }, numeric: [1])
        page.table(id: "relations", headers: [language.pick("关系", "Relation"), language.pick("数量", "Count")],
                   rows: s.tiesByRelation.map { [$0.relation.name(language), String($0.count)] }, numeric: [1])
        page.raw("</div>")
        if let trust = s.trust {
            page.paragraph(language.pick(
                "信任：最低 \(NumberText.fixed(trust.minimum, 2))，中位数 \(NumberText.fixed(trust.median, 2))，平均 \(NumberText.fixed(trust.mean, 2))，最高 \(NumberText.fixed(trust.maximum, 2))；低于 \(NumberText.fixed(trust.threshold, 2)) 的关系占 \(NumberText.percent(trust.shareBelow))。密度 \(NumberText.fixed(s.density, 3))，孤立节点 \(s.isolatedNodes.count) 个。",
                "Trust: min \(NumberText.fixed(trust.minimum, 2)), median \(NumberText.fixed(trust.median, 2)), mean \(NumberText.fixed(trust.mean, 2)), max \(NumberText.fixed(trust.maximum, 2)); \(NumberText.percent(trust.shareBelow)) of ties below \(NumberText.fixed(trust.threshold, 2)). Density \(NumberText.fixed(s.density, 3)), \(s.isolatedNodes.count) isolated nodes."))
            page.raw(trustHistogram(c).svg())
        }
        if !s.oneSidedPairs.isEmpty {
            page.table(id: "one-sided", headers: [language.pick("信任较高的一方", "Trusts more"), language.pick("另一方", "Other"),
                                                 language.pick("信任", "Trust"), language.pick("反向", "Back"), language.pick("相差", "Gap")],
                       rows: s.oneSidedPairs.map { pair in
                           [c.names.name(pair.truster), c.names.name(pair.other), NumberText.fixed(pair.trust, 2),
                            NumberText.fixed(pair.trustBack, 2), NumberText.fixed(pair.gap, 2)]
                       }, numeric: [2, 3, 4])
        }
        page.endSection()
    }

    static func trustHistogram(_ c: ReportContent) -> BarChart {
        var counts = [Int](repeating: 0, count: 10)
        for tie in c.network.ties { counts[min(9, Int(tie.trust * 10))] += 1 }
        let bars = counts.enumerated().map { i, count in
            BarChart.Bar(label: "\(NumberText.fixed(Double(i) / 10, 1))–\(NumberText.fixed(Double(i + 1) / 10, 1))",
                         value: Double(count), text: String(count), highlighted: Double(i + 1) / 10 <= c.network.thresholds.pathTrust)
        }
        return BarChart(bars: bars, maximum: nil, caption: c.language.pick("信任分布（关系条数）", "Trust distribution (ties)"))
    }

    static func diagrams(_ c: ReportContent, _ page: inout HTMLPage) {
        page.section(.diagrams)
        for figure in [c.diagrams.network, c.diagrams.hierarchy].compactMap({ $0 }) { page.figure(figure) }
        for note in c.diagrams.notes { page.paragraph(note, className: "note") }
        page.endSection()
    }

    static func ecomaps(_ c: ReportContent, _ page: inout HTMLPage) {
        page.section(.ecomaps)
        if c.diagrams.ecomaps.isEmpty {
            page.paragraph(c.language.pick("没有可画的社工站生态图。", "No station ecomap to draw."), className: "note")
        }
        for figure in c.diagrams.ecomaps { page.figure(figure) }
        page.endSection()
    }

    static func influence(_ c: ReportContent, _ page: inout HTMLPage) {
        let language = c.language
        page.section(.influence)
        let lenses: [(InfluenceTable.Measure, String)] = [
            (.pagerank, language.pick("影响力：被依赖最多的伙伴", "Influence: relied on the most")),
            (.betweenness, language.pick("桥梁：连接彼此不相识的伙伴", "Brokers: linking partners who do not know each other")),
        ]
        page.raw("<div class=\"two\">")
        for (measure, caption) in lenses {
            let bars = c.influence.ranking(by: measure, count: 10).map { node in
                BarChart.Bar(label: c.names.name(Int32(node)), value: c.influence.value(measure, node) ?? 0,
                             text: c.value(measure, node))
            }
            page.raw("<figure><figcaption>\(Markup.html(caption))</figcaption>")
            page.raw(BarChart(bars: bars, maximum: nil, caption: caption).svg())
            page.raw("<p class=\"read\">\(Markup.html(measure.meaning(language)))</p></figure>")
        }
        page.raw("</div>")
        let separators = c.separators
        if !separators.isEmpty {
            page.paragraph(language.pick("单点依赖：一旦失去就会切断联系的伙伴（见“差距与建议”）：", "Single points of failure — partners whose loss cuts people off (see the gaps):")
                + language.pick("", " ") + separators.keys.sorted().map { c.names.name($0) }.joined(separator: language.pick("、", ", ")))
        }
        let measures: [InfluenceTable.Measure] = [.pagerank, .betweenness, .degree, .strength, .harmonic, .constraint, .core, .reach]
        let rows = c.mattersRows.map { node in
            [c.names.name(Int32(node)), c.network.nodes[node].kind.name(language)] + measures.map { c.value($0, node) }
                + [separators[Int32(node)].map { NumberText.fixed($0, 0) } ?? ""]
        }
        page.table(id: "matters", headers: [language.pick("名称", "Name"), language.pick("类型", "Kind")]
                   + measures.map { $0.title(language) } + [language.pick("单点依赖（切断人数+伙伴）", "Single point (cut off)")],
                   rows: rows, numeric: Array(2..<(3 + measures.count)))
        page.raw("<dl class=\"meanings\">")
        for measure in measures {
            page.raw("<dt>\(Markup.html(measure.title(language)))</dt><dd>\(Markup.html(measure.meaning(language)))</dd>")
        }
        page.raw("</dl>")
        page.endSection()
    }

    static func gaps(_ c: ReportContent, _ page: inout HTMLPage) {
        page.section(.gaps)
        if let figure = c.diagrams.gaps { page.figure(figure) }
        FindingsSection.html(c, &page)
        page.endSection()
    }

    static func linkage(_ c: ReportContent, _ page: inout HTMLPage) {
        let language = c.language
        page.section(.linkage)
        if c.gaps.fiveLinkage.isEmpty {
            page.paragraph(language.pick("网络中没有街道社工站。", "The network has no street station."), className: "note")
        } else {
            let parties = FiveLinkage.Party.allCases
            let rows = c.gaps.fiveLinkage.map { row in
                [c.names.name(row.station), "\(row.score)/5"] + parties.map { party in
                    row.reached[party].map { "✓ " + c.names.name($0) } ?? "✗"
                }
            }
            page.table(id: "linkage", headers: [language.pick("社工站", "Station"), language.pick("得分", "Score")] + parties.map { $0.name(language) },
                       rows: rows, numeric: [])
        }
        page.endSection()
    }

    /// Communities charted at most (the table lists every one).
    static let chartedCommunities = 40

    static func coverage(_ c: ReportContent, _ page: inout HTMLPage) {
        let language = c.language
        let table = c.gaps.communityCoverage
        page.section(.coverage)
        if !table.communities.isEmpty {
            page.paragraph(language.pick(
                "各社区覆盖率的中位数 \(NumberText.percent(table.medianCoverage))，基尼系数 \(NumberText.fixed(table.gini, 2))。",
                "Median coverage across communities \(NumberText.percent(table.medianCoverage)), Gini coefficient \(NumberText.fixed(table.gini, 2))."))
            // A city's thousand communities make no chart: its lowest ones, flagged marked.
            let charted = table.communities.count > chartedCommunities
                ? Array(table.communities.sorted { ($0.coverage, $0.area) < ($1.coverage, $1.area) }.prefix(chartedCommunities))
                : table.communities
            let bars = charted.map { row in
                BarChart.Bar(label: row.name, value: row.coverage, text: NumberText.percent(row.coverage), highlighted: row.flagged)
            }
            let caption = charted.count < table.communities.count
                ? language.pick("覆盖率最低的 \(charted.count) 个社区（共 \(table.communities.count) 个，下表列出全部）",
                                "The \(charted.count) communities with the lowest coverage (of \(table.communities.count); the table lists all)")
                : language.pick("各社区覆盖率", "Coverage per community")
            page.raw(BarChart(bars: bars, maximum: 1, caption: caption).svg())
            page.table(id: "communities", headers: [language.pick("社区", "Community"), language.pick("服务对象", "Clients"),
                                                   language.pick("登记人数", "Recorded"), language.pick("受服务（折算）", "Served (weighted)"),
                                                   language.pick("覆盖率", "Coverage")],
                       rows: table.communities.map { [$0.name, String($0.clientGroups), c.names.count($0.peopleRecorded),
                                                      c.names.hidesCount(Int($0.peopleServed.rounded())) ? c.names.count(Int($0.peopleServed.rounded()))
                                                          : NumberText.fixed($0.peopleServed, 1), NumberText.percent($0.coverage)] },
                       numeric: [1, 2, 3, 4])
        }
        if !c.gaps.needCoverage.isEmpty {
            page.table(id: "needs", headers: [language.pick("需求", "Need"), language.pick("需要的人数", "People needing"),
                                             language.pick("已满足", "Met"), language.pick("覆盖率", "Share")],
                       rows: c.gaps.needCoverage.map { [$0.tag.name(language), c.names.count($0.peopleNeeding), c.names.count($0.peopleCovered),
                                                        NumberText.percent($0.share)] },
                       numeric: [1, 2, 3])
        }
        page.endSection()
    }

    static func method(_ c: ReportContent, _ page: inout HTMLPage) {
        page.section(.method)
        page.raw("<ul>")
        for line in MethodNotes.lines(c) { page.raw("<li>"); page.text(line); page.raw("</li>") }
        page.raw("</ul>")
        page.endSection()
    }
}
