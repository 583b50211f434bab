import TrustModel

/// `guanxi summary` as text for a person (zh or en) or JSON for a script.
public enum SummaryWriter {
    public static func text(_ summary: NetworkSummary, of network: TrustNetwork, language: Language) -> String {
        let zh = language == .zh
        var out = ""
        let title = TerminalText.escaped(network.title ?? (zh ? "未命名网络" : "Untitled network"))
        out += title + (network.date.map { zh ? "（\($0)）" : " (\($0))" } ?? "") + "\n"
        out += zh
            ? "节点 \(summary.nodeCount) 个 · 关系 \(summary.tieCount) 条 · 代表服务对象 \(summary.peopleRepresented) 人\n\n"
            : "\(summary.nodeCount) nodes · \(summary.tieCount) ties · \(summary.peopleRepresented) people represented by clients\n\n"

        var kinds = TextTable(headers: [zh ? "节点类型" : "Node kind", zh ? "数量" : "Count"], alignments: [.left, .right])
        for (kind, count) in summary.nodesByKind {
            kinds.add([zh ? kind.chineseName : "\(kind.englishName) (\(kind.chineseName))", String(count)])
        }
        out += kinds.render() + "\n"

        var relations = TextTable(headers: [zh ? "关系类型" : "Relation", zh ? "数量" : "Count"], alignments: [.left, .right])
        for (relation, count) in summary.tiesByRelation {
            relations.add([zh ? relation.chineseName : "\(relation.englishName) (\(relation.chineseName))", String(count)])
        }
        out += relations.render()
        out += zh ? "  其中双向 \(summary.mutualTies) 条" : "  of which \(summary.mutualTies) mutual"
        if summary.zeroTrustTies > 0 {
            out += zh ? "；信任为 0 的 \(summary.zeroTrustTies) 条（记录在案，但不起作用）"
                : "; \(summary.zeroTrustTies) of trust 0 (recorded, carrying nothing)"
        }
        out += "\n\n"

        out += zh ? "结构\n" : "Structure\n"
        out += zh
            ? "  密度         \(NumberText.fixed(summary.density, 3))（有关系的节点对占全部节点对的比例）\n"
            : "  density      \(NumberText.fixed(summary.density, 3)) (share of all pairs that are tied)\n"
        out += zh
            ? "  连通分量     \(summary.components) 个（最大的含 \(summary.largestComponent) 个节点）\n"
            : "  components   \(summary.components) (the largest has \(summary.largestComponent) nodes)\n"
        out += zh ? "  孤立节点     \(summary.isolatedNodes.count) 个" : "  isolated     \(summary.isolatedNodes.count)"
        if !summary.isolatedNodes.isEmpty {
            let names = summary.isolatedNodes.prefix(10).map { network[$0].name }
            out += (zh ? "：" : ": ") + names.joined(separator: zh ? "、" : ", ")
            if summary.isolatedNodes.count > 10 { out += zh ? " 等" : " …" }
        }
        out += "\n\n"

        if let trust = summary.trust {
            out += zh ? "信任分布（\(summary.tieCount) 条关系，0–1）\n" : "Trust (\(summary.tieCount) ties, 0–1)\n"
            out += zh
                ? "  最低 \(NumberText.fixed(trust.minimum, 2)) · 中位数 \(NumberText.fixed(trust.median, 2)) · 平均 \(NumberText.fixed(trust.mean, 2)) · 最高 \(NumberText.fixed(trust.maximum, 2))\n"
                : "  min \(NumberText.fixed(trust.minimum, 2)) · median \(NumberText.fixed(trust.median, 2)) · mean \(NumberText.fixed(trust.mean, 2)) · max \(NumberText.fixed(trust.maximum, 2))\n"
            out += zh
                ? "  低于 \(NumberText.fixed(trust.threshold, 2)) 的关系占 \(NumberText.percent(trust.shareBelow))\n\n"
                : "  \(NumberText.percent(trust.shareBelow)) of ties below \(NumberText.fixed(trust.threshold, 2))\n\n"
        }

        let gap = NumberText.fixed(network.thresholds.asymmetry, 2)
        out += zh
            ? "单向信任（同一对伙伴两个方向的信任相差 ≥ \(gap)）：\(summary.oneSidedPairs.count) 对\n"
            : "One-sided trust (the two directions of a pair differ by ≥ \(gap)): \(summary.oneSidedPairs.count)\n"
        for pair in summary.oneSidedPairs.prefix(20) {
            let a = network[pair.truster].name, b = network[pair.other].name
            out += zh
                ? "  \(a) → \(b) \(NumberText.fixed(pair.trust, 2))，反向 \(NumberText.fixed(pair.trustBack, 2))（相差 \(NumberText.fixed(pair.gap, 2))）\n"
                : "  \(a) → \(b) \(NumberText.fixed(pair.trust, 2)), back \(NumberText.fixed(pair.trustBack, 2)) (gap \(NumberText.fixed(pair.gap, 2)))\n"
        }
        if summary.oneSidedPairs.count > 20 {
            out += zh ? "  …另有 \(summary.oneSidedPairs.count - 20) 对\n" : "  … and \(summary.oneSidedPairs.count - 20) more\n"
        }
        return TerminalText.escaped(out, keepingLineFeeds: true)
    }

    public static func json(_ summary: NetworkSummary, of network: TrustNetwork) -> String {
        typealias V = JSONWriter.Value
        var members: [(String, V)] = [
            ("title", .optional(network.title)),
            ("date", .optional(network.date)),
            ("nodes", .int(summary.nodeCount)),
            ("ties", .int(summary.tieCount)),
            ("peopleRepresented", .int(summary.peopleRepresented)),
            ("nodesByKind", .object(summary.nodesByKind.map { ($0.kind.keyword, .int($0.count)) })),
            ("tiesByRelation", .object(summary.tiesByRelation.map { ($0.relation.keyword, .int($0.count)) })),
            ("mutualTies", .int(summary.mutualTies)),
            ("zeroTrustTies", .int(summary.zeroTrustTies)),
            ("density", .double(summary.density)),
            ("components", .int(summary.components)),
            ("largestComponent", .int(summary.largestComponent)),
            ("isolatedNodes", .array(summary.isolatedNodes.map { .string(network[$0].id) })),
        ]
        if let trust = summary.trust {
            members.append(("trust", .object([
                ("min", .double(trust.minimum)), ("median", .double(trust.median)),
                ("mean", .double(trust.mean)), ("max", .double(trust.maximum)),
                ("shareBelow", .double(trust.shareBelow)), ("threshold", .double(trust.threshold)),
            ])))
        } else {
            members.append(("trust", .null))
        }
        members.append(("oneSidedPairs", .array(summary.oneSidedPairs.map { pair in
            .object([("from", .string(network[pair.truster].id)), ("to", .string(network[pair.other].id)),
                     ("trust", .double(pair.trust)), ("trustBack", .double(pair.trustBack)),
                     ("gap", .double(pair.gap))])
        })))
        return JSONWriter.render(.object(members))
    }
}
