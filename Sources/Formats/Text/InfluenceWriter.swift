import Analysis
import Phrasing
import TrustModel

/// `guanxi influence` as a readable table or as JSON for scripts (the workbook and CSV are
/// ``ResultTables/influence(_:of:names:language:)``). JSON carries one object per node with
/// exactly the keys `id, name, kind, degree, strength, pagerank, eigenvector, betweenness,
/// harmonic, constraint, effective_size, core, community`; measures not computed are `null`.
public enum InfluenceWriter {
    public typealias Measure = InfluenceTable.Measure

    /// The top `top` nodes by `sort` with the main measures, then the top five per measure
    /// with one sentence on what it means.
    public static func table(_ table: InfluenceTable, of network: TrustNetwork, top: Int, sort: Measure,
                             language: Language, names: NodeNames) -> String {
        let zh = language == .zh
        var out = ""
        let title = network.title ?? (zh ? "未命名网络" : "Untitled network")
        out += zh ? "\(title)：谁最重要（按“\(sort.title(.zh))”排序，前 \(top) 名）\n"
            : "\(title): who matters (by \(sort.title(.en)), top \(top))\n"
        // The main columns; eigenvector and effective size are listed below, to keep the
        // table within a terminal's width.
        let shown = Measure.allCases.filter {
            ![.community, .eigenvector, .effectiveSize].contains($0) && table.measures.contains($0)
        }
        var rows = TextTable(headers: [zh ? "名称" : "Name", zh ? "类型" : "Kind"] + shown.map { $0.title(language) },
                             alignments: [.left, .left] + shown.map { _ in .right })
        for node in table.ranking(by: sort, count: top) {
            let kind = network.nodes[node].kind
            rows.add([names.name(Int32(node)), kind.name(language)] + shown.map { table.formatted($0, node) })
        }
        out += rows.render() + "\n"
        for measure in Measure.allCases where table.measures.contains(measure) && measure != .community {
            out += "\(measure.title(language)) — \(measure.meaning(language))\n"
            if measure == .betweenness, let sample = table.betweennessSample {
                out += zh
                    ? "  （由 \(sample.pivots.count) 个随机起点估计：每个值的误差在 ±\(NumberText.fixed(sample.errorBound, 3)) 以内，置信度 \(NumberText.percent(sample.confidence))）\n"
                    : "  (estimated from \(sample.pivots.count) seeded pivot sources: each value within ±\(NumberText.fixed(sample.errorBound, 3)) at \(NumberText.percent(sample.confidence)) confidence)\n"
            }
            if measure == .harmonic, let sample = table.harmonicSample {
                out += zh
                    ? "  （由 \(sample.pivots.count) 个随机起点估计：每个值除以其他节点数后误差在 ±\(NumberText.fixed(sample.errorBound, 3)) 以内，置信度 \(NumberText.percent(sample.confidence))）\n"
                    : "  (estimated from \(sample.pivots.count) seeded pivot sources: each value divided by the number of other nodes is within ±\(NumberText.fixed(sample.errorBound, 3)) at \(NumberText.percent(sample.confidence)) confidence)\n"
            }
            for (rank, node) in table.ranking(by: measure, count: 5).enumerated() {
                out += "  \(rank + 1). \(names.name(Int32(node)))（\(network.nodes[node].kind.name(language))） \(table.formatted(measure, node))\n"
                    .replacingFullWidthParentheses(if: !zh)
            }
        }
        if let communities = table.communities {
            out += zh
                ? "社群 — \(Measure.community.meaning(.zh))共 \(communities.count) 个，模块度 \(NumberText.fixed(communities.modularity, 3))（用 guanxi communities 查看成员）。\n"
                : "community — \(Measure.community.meaning(.en)) \(communities.count) communities, modularity \(NumberText.fixed(communities.modularity, 3)) (see guanxi communities for members).\n"
        }
        return TerminalText.escaped(out, keepingLineFeeds: true)
    }

    public static func json(_ table: InfluenceTable, of network: TrustNetwork, names: NodeNames) -> String {
        typealias V = JSONWriter.Value
        let rows: [V] = network.nodes.enumerated().map { i, node in
            var members: [(String, V)] = [("id", .string(names.id(Int32(i)))), ("name", .string(names.name(Int32(i)))),
                                          ("kind", .string(node.kind.keyword))]
            for measure in Measure.columns {
                let value = table.value(measure, i)
                switch measure {
                case .degree, .core, .community: members.append((measure.rawValue, value.map { .int(Int($0)) } ?? .null))
                default: members.append((measure.rawValue, .optional(value)))
                }
            }
            return .object(members)
        }
        return JSONWriter.render(.array(rows))
    }
}

extension String {
    /// `（…）` → ` (…)` for English lines built on the Chinese template.
    fileprivate func replacingFullWidthParentheses(if english: Bool) -> String {
        guard english else { return self }
        return replacing("（", with: " (").replacing("）", with: ")")
    }
}
