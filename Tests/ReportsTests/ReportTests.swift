import TestSupport
import Analysis
import Formats
import Testing
import TrustModel
@testable import Reports

func demo() throws -> TrustNetwork {
    try #require(NetworkReader.read(path: repositoryRoot + "/Datasets/ximarket").network)
}

/// A report's content without diagrams (the diagram layer has its own tests); a stand-in
/// SVG checks that figures are inlined safely.
func content(_ network: TrustNetwork, language: Language = .zh, anonymize: Bool = false) throws -> ReportContent {
    let gaps = try GapAnalysis.analyse(network)
    let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg width=\"300pt\" height=\"200pt\" xmlns=\"http://www.w3.org/2000/svg\" id=\"graph0\"><g id=\"node1\"><title>节点</title></g><path fill=\"url(#grad)\"/></svg>"
    return ReportContent(network: network, summary: NetworkSummary(network), influence: InfluenceTable.compute(network),
                         gaps: gaps, diagrams: ReportDiagrams(network: .init(key: "network", title: "网络图", svg: svg),
                                                              hierarchy: .init(key: "hierarchy", title: "层级图", svg: svg)),
                         source: "Datasets/ximarket", version: "test", names: NodeNames(network, language: language, anonymize: anonymize))
}

@Suite struct ReportTests {
    @Test func sectionsComeInOrderEachWithHowToRead() throws {
        for language in Language.allCases {
            let html = HTMLReport.render(try content(try demo(), language: language))
            var last = html.startIndex
            for section in ReportSection.allCases {
                let heading = "<section id=\"\(section.rawValue)\"><h2>\(Markup.html(section.title(language)))</h2><p class=\"read\">"
                let found = try #require(html.range(of: heading), "\(section) missing in \(language)")
                #expect(found.lowerBound > last, "\(section) out of order")
                last = found.lowerBound
            }
        }
    }

    @Test func eachSectionHoldsItsContentOnTheDemo() throws {
        let html = HTMLReport.render(try content(try demo()))
        // At a glance.
        #expect(html.contains("<span class=\"value\">73</span><span class=\"label\">伙伴与服务对象</span>"))
        #expect(html.contains("<span class=\"value\">522</span><span class=\"label\">代表人数</span>"))
        #expect(html.contains("<td>西市场街道办事处</td><td>西市场街道社工站</td><td class=\"num\">0.90</td><td class=\"num\">0.40</td>"))
        // Diagrams inline at their size in points, their ids prefixed, no XML declaration inside the page.
        #expect(html.contains("<svg width=\"300pt\" height=\"200pt\" xmlns=\"http://www.w3.org/2000/svg\" id=\"f1-graph0\">"))
        #expect(html.contains("id=\"f2-node1\"") && html.contains("url(#f1-grad)"))
        #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg"))
        // Who matters: the station tops influence and brokerage; CL is a single point.
        #expect(html.contains("<figcaption>影响力：被依赖最多的伙伴</figcaption>"))
        #expect(html.contains("单点依赖：一旦失去就会切断联系的伙伴（见“差距与建议”）：西市场街道残联、桥头社区居委会"))
        // Gaps grouped and ranked, each with its action.
        #expect(html.contains("<h3>闲置资源 <span class=\"count\">2</span></h3>"))
        #expect(html.contains("请桥头社区居委会（信任 0.75）引荐鑫达置业有限公司（0.30），路径信任 0.22。"))
        // 五社联动, coverage, method.
        #expect(html.contains("<td>西市场街道社工站</td><td>5/5</td><td>✓ "))
        #expect(html.contains("各社区覆盖率的中位数 77.2%，基尼系数 0.15。"))
        #expect(html.contains("<td>法律</td><td class=\"num\">14</td><td class=\"num\">0</td><td class=\"num\">0.0%</td>"))
        #expect(html.contains("阈值：可信路径 ≥ 0.50"))
        #expect(html.contains("数据：Datasets/ximarket，73 个节点、195 条关系，数据日期 2021-05-24。"))
    }

    @Test func nothingIsFetchedFromAnywhere() throws {
        let html = HTMLReport.render(try content(try demo(), language: .en))
        for pattern in ["http://", "https://", "src=", "@import", "<link", "url(http", "//cdn"] {
            let allowed = pattern == "http://" ? html.components(separatedBy: "http://www.w3.org/").count - 1 : 0
            #expect(html.components(separatedBy: pattern).count - 1 == allowed, "\(pattern)")
        }
        #expect(html.contains("Content-Security-Policy"))
        #expect(html.contains("@media print{@page{size:A4"))
    }

    @Test func hostileNamesAppearAsTextAndNeverRun() throws {
        let nodes = [
            Node(id: "ST", name: "<script>alert(1)</script>", kind: .station),
            Node(id: "B1", name: "\"><img src=x onerror=alert(2)>", kind: .business, resources: [Tag(.funding)], capacity: 10),
            Node(id: "K1", name: "K&'1\u{7}\u{7F}\u{85}", kind: .client, area: "C1", needs: [Tag(.legal)], size: 3),
        ]
        let ties = [Tie(source: 0, target: 2, relation: .service, trust: 0.8), Tie(source: 1, target: 2, relation: .cooperation, trust: 0.2)]
        let network = try TrustNetwork(title: "<b>标题</b>", nodes: nodes, ties: ties)
        let html = HTMLReport.render(try content(network))
        #expect(html.components(separatedBy: "<script>").count == 2)  // the one sorting script
        #expect(!html.contains("<img") && !html.contains("<b>标题"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"))
        #expect(html.contains("K&amp;&#39;1   "))
        // No control character but tab and line feed reaches the page (C0, DEL, C1).
        #expect(!html.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
        let markdown = MarkdownReport.render(try content(network), base: "report").markdown
        #expect(!markdown.contains("<script>") && markdown.contains("&lt;script&gt;"))
        // An apostrophe stays one (`residents' committee`), not an entity whose `#` is escaped.
        #expect(markdown.contains("K&amp;'1 ") && !markdown.contains("&\\#39;"))
        let english = MarkdownReport.render(try content(network, language: .en), base: "report").markdown
        #expect(!english.contains("&\\#39;"))
    }

    @Test func anAnonymizedReportHoldsNoClientNameOrAttribute() throws {
        var network = try demo()
        // Give one client an identifying attribute: it must not appear either.
        let nodes = network.nodes.map { node in
            node.id == "K01" ? Node(id: node.id, name: node.name, kind: node.kind, area: node.area, resources: node.resources,
                                    needs: node.needs, size: node.size, capacity: node.capacity,
                                    attributes: ["电话": "13800138000"]) : node
        }
        network = try TrustNetwork(title: network.title, date: network.date, thresholds: network.thresholds, nodes: nodes,
                                   ties: network.ties, nodeAttributeNames: ["电话"])
        for language in Language.allCases {
            let html = HTMLReport.render(try content(network, language: language, anonymize: true))
            let markdown = MarkdownReport.render(try content(network, language: language, anonymize: true), base: "r").markdown
            for text in [html, markdown] {
                // A group under 10 people is shown as "<10", never with its size.
                for (i, node) in network.nodes.enumerated() where node.kind == .client && node.size < 10 {
                    let names = NodeNames(network, language: language, anonymize: true)
                    let exact = language.pick("\(names.pseudonym(Int32(i)))（\(node.size) 人", "\(names.pseudonym(Int32(i))) (\(node.size) people")
                    #expect(!text.contains(exact), "\(exact)")
                }
                let bytes = Array(text.utf8)
                let leaked = network.nodes.filter { $0.kind == .client && contains(bytes, $0.name) }.map(\.name)
                #expect(leaked.isEmpty, "leaked: \(leaked)")
                let phone = contains(bytes, "13800138000")
                #expect(!phone)
                let pseudonym = contains(bytes, language == .zh ? "服务对象 23" : "Client 23")
                #expect(pseudonym, "no pseudonym in \(language)")
            }
        }
    }

    @Test func twoRunsGiveIdenticalBytes() throws {
        let network = try demo()
        #expect(HTMLReport.render(try content(network)) == HTMLReport.render(try content(network)))
        let a = MarkdownReport.render(try content(network, language: .en), base: "report")
        let b = MarkdownReport.render(try content(network, language: .en), base: "report")
        #expect(a.markdown == b.markdown)
        #expect(a.files.map(\.name) == ["report-network.svg", "report-hierarchy.svg"])
    }

    @Test func markdownHasTheSameSections() throws {
        let markdown = MarkdownReport.render(try content(try demo()), base: "report").markdown
        var last = markdown.startIndex
        for section in ReportSection.allCases {
            let found = try #require(markdown.range(of: "\n## \(Markup.markdown(section.title(.zh)))\n"))
            #expect(found.lowerBound > last)
            last = found.lowerBound
        }
        #expect(markdown.contains("![网络图](report-network.svg)"))
    }
}

/// Byte search, so the check covers every byte of the file and not only visible text.
func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty, haystack.count >= pattern.count else { return false }
    for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
        if Array(haystack[start..<(start + pattern.count)]) == pattern { return true }
    }
    return false
}

/// A city's findings in a report: counted per station and kind, then one folded table per
/// station with the top three of each kind — not thousands of list items.
@Suite struct CityFindingsSectionTests {
    @Test func aCitysFindingsAreAFoldedTablePerStation() throws {
        let city = try SyntheticCity.generate(scale: 10, seed: 7)
        let gaps = try GapAnalysis.analyse(city)
        let content = ReportContent(network: city, summary: NetworkSummary(city),
                                    influence: InfluenceTable.compute(city, options: .init(measures: [.degree])),
                                    gaps: gaps, diagrams: ReportDiagrams(), source: "city", version: "test",
                                    names: NodeNames(city, language: .zh, anonymize: false))
        let html = HTMLReport.render(content)
        let start = try #require(html.range(of: "<section id=\"gaps\">"))
        let end = try #require(html.range(of: "</section>", range: start.upperBound ..< html.endIndex))
        let section = String(html[start.lowerBound ..< end.lowerBound])
        #expect(gaps.findings.count > 1000 && gaps.stations.count > 5)
        #expect(section.contains("findings-by-station"))
        #expect(section.components(separatedBy: "<details class=\"station\">").count - 1 == gaps.stations.count)
        let items = section.components(separatedBy: "<li class=").count - 1
        #expect(items <= gaps.stations.count * FindingKind.allCases.count * 3)
        #expect(section.utf8.count < 5_000 * gaps.stations.count, "\(section.utf8.count) bytes")
        let markdown = MarkdownReport.render(content, base: "r").markdown
        #expect(markdown.components(separatedBy: "\n#### ").count - 1 == gaps.stations.count)
    }
}
