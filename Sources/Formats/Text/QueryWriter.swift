import Analysis
import TrustModel

/// Text for `guanxi path` and `guanxi communities`.
public enum QueryWriter {
    public static func path(_ query: PathQuery, language: Language, names: NodeNames) -> String {
        let zh = language == .zh
        var out = zh ? "最可信的路径（信任相乘 = \(NumberText.fixed(query.trust, 3))）：\n"
            : "Most trusted path (trust multiplied = \(NumberText.fixed(query.trust, 3))):\n"
        out += route(query.mostTrusted, names: names)
        if let shortest = query.shortest, let length = query.shortestLength {
            let product = shortest.reduce(1.0) { $0 * $1.trust }
            out += zh
                ? "\n按距离（1/信任）最短的路径不同：总距离 \(NumberText.fixed(length, 2))，信任相乘 \(NumberText.fixed(product, 3))：\n"
                : "\nThe shortest path by distance (1/trust) differs: length \(NumberText.fixed(length, 2)), trust multiplied \(NumberText.fixed(product, 3)):\n"
            out += route(shortest, names: names)
        } else {
            out += zh ? "按距离（1/信任）最短的路径与它相同。\n" : "The shortest path by distance (1/trust) is the same.\n"
        }
        return TerminalText.escaped(out, keepingLineFeeds: true)
    }

    static func route(_ hops: [PathQuery.Hop], names: NodeNames) -> String {
        guard let first = hops.first else { return "" }
        var out = "  " + names.name(first.from) + "\n"
        for hop in hops { out += "    —(\(NumberText.fixed(hop.trust, 2)))— \(names.name(hop.to))\n" }
        return out
    }

    public static func communities(_ alignment: CommunityAlignment, of network: TrustNetwork, language: Language,
                                   names: NodeNames) -> String {
        let zh = language == .zh
        var out = zh
            ? "按信任划分出 \(alignment.groups.count) 个社群（Louvain，模块度 \(NumberText.fixed(alignment.modularity, 3))；越接近 1 社群内部联系越紧密）。\n与登记的社区（area）吻合度 \(NumberText.percent(alignment.purity))：有社区的节点中，所在社群的主要社区就是自己社区的比例。\n"
            : "\(alignment.groups.count) communities by trust (Louvain, modularity \(NumberText.fixed(alignment.modularity, 3)); nearer 1 means tighter within).\nAgreement with the recorded communities (area): \(NumberText.percent(alignment.purity)) of nodes with an area share their group's main area.\n"
        for (i, group) in alignment.groups.enumerated() {
            let area = group.dominantArea.map { network.node(id: $0)?.name ?? $0 }
            out += "\n" + (zh ? "社群 \(i + 1)：\(group.members.count) 个节点" : "Community \(i + 1): \(group.members.count) nodes")
            if group.people > 0 { out += zh ? "，代表 \(group.people) 人" : ", \(group.people) people" }
            if let area {
                out += zh ? "；主要社区 \(area)（\(group.dominantCount)/\(group.withArea)）"
                    : "; mostly \(area) (\(group.dominantCount)/\(group.withArea))"
            }
            out += "\n  " + group.members.map(names.name).joined(separator: zh ? "、" : ", ") + "\n"
        }
        return TerminalText.escaped(out, keepingLineFeeds: true)
    }
}
