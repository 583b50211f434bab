import Analysis
import Phrasing
import TrustModel

/// The tables of `guanxi summary`, `influence`, `communities` and `path` as ``TableDocument``s:
/// what `-o FILE.xlsx` and `--format csv|xlsx` write. Headers, kinds and relations are in the
/// output language; in English, the column headers are the keys scripts use (the same as the
/// JSON's) and kinds their keywords.
public enum ResultTables {
    /// A node's kind as a table shows it: the Chinese name, or the English keyword.
    static func kind(_ kind: NodeKind, _ language: Language) -> TableValue {
        .text(language.pick(kind.chineseName, kind.keyword))
    }

    /// A head count, or `<10` where anonymizing must not single out a small group.
    static func people(_ count: Int, _ names: NodeNames) -> TableValue {
        names.hidesCount(count) ? .text(names.count(count)) : .integer(count)
    }

    // MARK: summary

    /// `guanxi summary`: the figures (label–value rows), nodes by kind, ties by relation, the
    /// one-sided pairs and the isolated nodes. CSV holds the figures.
    public static func summary(_ summary: NetworkSummary, of network: TrustNetwork, language: Language) -> TableDocument {
        let zh = language == .zh
        var figures = TableSheet(name: zh ? "概况" : "summary",
                                 columns: [TableColumn(zh ? "项目" : "item"), TableColumn(zh ? "数值" : "value", .score)])
        func add(_ zhLabel: String, _ enLabel: String, _ value: TableValue) {
            figures.append([.text(zh ? zhLabel : enLabel), value])
        }
        add("节点", "nodes", .integer(summary.nodeCount))
        add("关系", "ties", .integer(summary.tieCount))
        add("代表服务对象（人）", "people represented", .integer(summary.peopleRepresented))
        add("双向关系", "mutual ties", .integer(summary.mutualTies))
        add("信任为 0 的关系", "ties of trust 0", .integer(summary.zeroTrustTies))
        add("密度", "density", .number(summary.density))
        add("连通分量", "components", .integer(summary.components))
        add("最大分量的节点数", "largest component", .integer(summary.largestComponent))
        add("孤立节点", "isolated nodes", .integer(summary.isolatedNodes.count))
        if let trust = summary.trust {
            add("信任最低", "trust minimum", .typed(trust.minimum, .trust))
            add("信任中位数", "trust median", .typed(trust.median, .trust))
            add("信任平均", "trust mean", .typed(trust.mean, .trust))
            add("信任最高", "trust maximum", .typed(trust.maximum, .trust))
            add("信任低于 \(NumberText.fixed(trust.threshold, 2)) 的关系占比", "share of ties below \(NumberText.fixed(trust.threshold, 2))",
                .typed(trust.shareBelow, .percentage))
        }
        add("单向信任的伙伴对", "one-sided pairs", .integer(summary.oneSidedPairs.count))

        var kinds = TableSheet(name: zh ? "节点类型" : "kinds",
                               columns: [TableColumn(zh ? "节点类型" : "kind"), TableColumn(zh ? "数量" : "count", .integer)])
        for (kind, count) in summary.nodesByKind { kinds.append([self.kind(kind, language), .integer(count)]) }
        var relations = TableSheet(name: zh ? "关系类型" : "relations",
                                   columns: [TableColumn(zh ? "关系类型" : "relation"), TableColumn(zh ? "数量" : "count", .integer)])
        for (relation, count) in summary.tiesByRelation {
            relations.append([.text(zh ? relation.chineseName : relation.keyword), .integer(count)])
        }
        var pairs = TableSheet(name: zh ? "单向信任" : "one-sided pairs", columns: [
            TableColumn(zh ? "信任较高的一方（编号）" : "from"), TableColumn(zh ? "名称" : "from name"),
            TableColumn(zh ? "另一方（编号）" : "to"), TableColumn(zh ? "名称" : "to name"),
            TableColumn(zh ? "信任" : "trust", .trust), TableColumn(zh ? "反向信任" : "trust back", .trust),
            TableColumn(zh ? "相差" : "gap", .trust),
        ])
        for pair in summary.oneSidedPairs {
            pairs.append([.text(network[pair.truster].id), .text(network[pair.truster].name), .text(network[pair.other].id),
                          .text(network[pair.other].name), .number(pair.trust), .number(pair.trustBack), .number(pair.gap)])
        }
        var isolated = TableSheet(name: zh ? "孤立节点" : "isolated nodes", columns: [
            TableColumn(zh ? "编号" : "id"), TableColumn(zh ? "名称" : "name"), TableColumn(zh ? "类型" : "kind"),
        ])
        for index in summary.isolatedNodes {
            isolated.append([.text(network[index].id), .text(network[index].name), kind(network[index].kind, language)])
        }
        let title = (network.title ?? (zh ? "未命名网络" : "Untitled network")) + (network.date.map { zh ? "（\($0)）" : " (\($0))" } ?? "")
        return TableDocument(title: title, sheets: [figures, kinds, relations, pairs, isolated])
    }

    // MARK: influence

    /// `guanxi influence`: one row per node with every measure (empty where not computed),
    /// and a sheet saying what each measure means.
    public static func influence(_ table: InfluenceTable, of network: TrustNetwork, names: NodeNames,
                                 language: Language) -> TableDocument {
        let zh = language == .zh
        let measures = InfluenceTable.Measure.columns
        var sheet = TableSheet(name: zh ? "影响力" : "influence", columns: [
            TableColumn(zh ? "编号" : "id"), TableColumn(zh ? "名称" : "name"), TableColumn(zh ? "类型" : "kind"),
        ] + measures.map { TableColumn(zh ? $0.title(.zh) : $0.rawValue, $0.columnKind) })
        for i in network.nodes.indices {
            let node = Int32(i)
            var row: [TableValue] = [.text(names.id(node)), .text(names.name(node)), kind(network.nodes[i].kind, language)]
            for measure in measures { row.append(.optional(table.value(measure, i))) }
            sheet.append(row)
        }
        var meanings = TableSheet(name: zh ? "说明" : "meaning", columns: [
            TableColumn(zh ? "列" : "column"), TableColumn(zh ? "含义" : "meaning"),
        ])
        for measure in measures where table.measures.contains(measure) {
            meanings.append([.text(zh ? measure.title(.zh) : measure.rawValue), .text(measure.meaning(language))])
        }
        return TableDocument(title: network.title, sheets: [sheet, meanings])
    }

    // MARK: communities

    /// `guanxi communities`: one row per community (size, people, main recorded area and
    /// how many members share it) and one row per node with its community. CSV holds the
    /// members.
    public static func communities(_ alignment: CommunityAlignment, of network: TrustNetwork, names: NodeNames,
                                   language: Language) -> TableDocument {
        let zh = language == .zh
        var groups = TableSheet(name: zh ? "社群" : "communities", columns: [
            TableColumn(zh ? "社群" : "community", .integer), TableColumn(zh ? "节点数" : "nodes", .integer),
            TableColumn(zh ? "代表人数" : "people", .integer), TableColumn(zh ? "主要社区" : "main area"),
            TableColumn(zh ? "属于主要社区的节点" : "nodes in the main area", .integer),
            TableColumn(zh ? "有社区的节点" : "nodes with an area", .integer),
        ], note: zh ? "模块度 \(NumberText.fixed(alignment.modularity, 3))；与登记社区的吻合度 \(NumberText.percent(alignment.purity))"
            : "modularity \(NumberText.fixed(alignment.modularity, 3)); agreement with the recorded areas \(NumberText.percent(alignment.purity))")
        var members = TableSheet(name: zh ? "成员" : "members", columns: [
            TableColumn(zh ? "编号" : "id"), TableColumn(zh ? "名称" : "name"), TableColumn(zh ? "类型" : "kind"),
            TableColumn(zh ? "社区" : "area"), TableColumn(zh ? "社群" : "community", .integer),
        ])
        for (i, group) in alignment.groups.enumerated() {
            let area = group.dominantArea.map { network.node(id: $0)?.name ?? $0 }
            groups.append([.integer(i + 1), .integer(group.members.count), people(group.people, names), .optional(area),
                           .integer(group.dominantCount), .integer(group.withArea)])
            for member in group.members {
                let node = network[member]
                let hidden = names.isHidden(member)
                members.append([.text(names.id(member)), .text(names.name(member)), kind(node.kind, language),
                                hidden ? .empty : .optional(node.area), .integer(i + 1)])
            }
        }
        return TableDocument(title: network.title, sheets: [groups, members], csvSheet: 1)
    }

    // MARK: path

    /// `guanxi path`: each step of the most trusted path, and of the shortest path by
    /// distance 1/trust when it differs, with each tie's trust and the trust multiplied so
    /// far.
    public static func path(_ query: PathQuery, names: NodeNames, language: Language) -> TableDocument {
        let zh = language == .zh
        var sheet = TableSheet(name: zh ? "路径" : "path", columns: [
            TableColumn(zh ? "路径" : "path"), TableColumn(zh ? "步" : "step", .integer),
            TableColumn(zh ? "从（编号）" : "from"), TableColumn(zh ? "从（名称）" : "from name"),
            TableColumn(zh ? "到（编号）" : "to"), TableColumn(zh ? "到（名称）" : "to name"),
            TableColumn(zh ? "信任" : "trust", .trust), TableColumn(zh ? "累计信任（相乘）" : "trust so far (product)", .score),
        ])
        func add(_ label: String, _ hops: [PathQuery.Hop]) {
            var product = 1.0
            for (step, hop) in hops.enumerated() {
                product *= hop.trust
                sheet.append([.text(label), .integer(step + 1), .text(names.id(hop.from)), .text(names.name(hop.from)),
                              .text(names.id(hop.to)), .text(names.name(hop.to)), .number(hop.trust), .number(product)])
            }
        }
        add(zh ? "最可信" : "most trusted", query.mostTrusted)
        if let shortest = query.shortest { add(zh ? "距离最短" : "shortest", shortest) }
        return TableDocument(title: nil, sheets: [sheet])
    }
}

extension InfluenceTable.Measure {
    /// How the measure's numbers are rounded in a table.
    var columnKind: ColumnKind {
        switch self {
        case .degree, .core, .community, .reach: .integer
        default: .score
        }
    }
}
