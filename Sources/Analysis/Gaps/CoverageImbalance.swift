import TrustModel

/// **Coverage imbalance** (DESIGN §4 gap 3; the seed's 平衡项目资金 problem): per community,
/// people served over people recorded, where each client group counts its `size` times the
/// highest trust of the service ties it receives (0 when unserved). The Gini coefficient
/// measures how unevenly service is spread; communities below `coverageFlag` × the median
/// coverage are flagged.
///
/// - Score: (median − coverage) × people recorded: the people a community lacks to reach
///   the median.
/// - Severity: high when coverage is below half the flag line (or nobody there is served),
///   medium otherwise.
/// - Complexity: O(n + m).
public enum CoverageImbalance {
    public struct Community: Sendable, Equatable {
        /// The area as written (usually a committee id), and its display name.
        public var area: String
        public var name: String
        public var peopleRecorded: Int
        /// Size × service trust, summed.
        public var peopleServed: Double
        public var clientGroups: Int
        public var coverage: Double { peopleRecorded > 0 ? peopleServed / Double(peopleRecorded) : 0 }
        public var flagged: Bool
    }

    public struct Table: Sendable, Equatable {
        public var communities: [Community]
        public var medianCoverage: Double
        public var gini: Double
    }

    public static func table(_ context: GapContext) -> Table {
        var byArea: [String: (people: Int, served: Double, groups: Int)] = [:]
        for (i, node) in context.nodes.enumerated() where node.kind == .client {
            guard let area = node.area else { continue }
            let trust = context.serviceTrust(Int32(i))
            byArea[area, default: (0, 0, 0)].people += node.size
            byArea[area, default: (0, 0, 0)].served += Double(node.size) * trust
            byArea[area, default: (0, 0, 0)].groups += 1
        }
        var communities = byArea.keys.sorted().map { area in
            Community(area: area, name: context.communityName(area), peopleRecorded: byArea[area]?.people ?? 0,
                      peopleServed: byArea[area]?.served ?? 0, clientGroups: byArea[area]?.groups ?? 0, flagged: false)
        }.filter { $0.peopleRecorded > 0 }
        let coverages = communities.map(\.coverage)
        let median = Self.median(coverages)
        for i in communities.indices {
            communities[i].flagged = communities.count >= 2 && communities[i].coverage < context.thresholds.coverageFlag * median
        }
        return Table(communities: communities, medianCoverage: median, gini: gini(coverages))
    }

    public static func findings(_ context: GapContext, _ table: Table) -> [Finding] {
        var findings: [Finding] = []
        let flagLine = context.thresholds.coverageFlag * table.medianCoverage
        for community in table.communities where community.flagged {
            let clients = context.clientsByArea[community.area] ?? []
            let unserved = clients.filter { context.servers[Int($0)].isEmpty }
            let committee = context.network.index(of: community.area)
            let office = context.officeByArea[community.area].map(Int.init)
            let severity: FindingSeverity = community.coverage < flagLine / 2 || community.peopleServed == 0 ? .high : .medium
            let gap = (table.medianCoverage - community.coverage) * Double(community.peopleRecorded)
            let served = NumberText.fixed(community.peopleServed, 0)
            let zh = "\(community.name)记录了 \(community.peopleRecorded) 人（\(community.clientGroups) 个服务对象），按服务关系的信任折算只有约 \(served) 人得到服务，覆盖率 \(NumberText.percent(community.coverage))，而各社区的中位数是 \(NumberText.percent(table.medianCoverage))。"
                + (unserved.isEmpty ? "" : "\(context.names(unserved, .zh)) 没有任何服务关系。")
            let en = "\(community.name) records \(community.peopleRecorded) people (\(community.clientGroups) clients) but, weighted by the trust of their service ties, only about \(served) are served: coverage \(NumberText.percent(community.coverage)) against a median of \(NumberText.percent(table.medianCoverage)) across communities."
                + (unserved.isEmpty ? "" : " \(context.names(unserved, .en)) receive no service at all.")
            let officeName = office.map { context.nodes[$0].name }
            let actionZh = "平衡各社区的项目资金和人手（文章：社工需要准确平衡天平两端）：" + (officeName.map { "由\($0)把服务延伸到" } ?? "为")
                + (unserved.isEmpty ? "这些服务对象" : context.names(unserved, .zh)) + "，目标是至少达到中位数覆盖率。"
            let actionEn = "Rebalance project money and staff across communities (the seed: balance both ends of the scale): "
                + (officeName.map { "have \($0) extend service to " } ?? "extend service to ")
                + (unserved.isEmpty ? "these clients" : context.names(unserved, .en)) + ", aiming at least for the median coverage."
            var nodes: [Int32] = committee.map { [$0] } ?? []
            if let office { nodes.append(Int32(office)) }
            nodes += unserved
            findings.append(Finding(kind: .coverageImbalance, severity: severity, score: gap, nodes: nodes,
                                    explanation: Bilingual(zh: zh, en: en), action: Bilingual(zh: actionZh, en: actionEn)))
        }
        return findings
    }

    /// The median, 0 for no values.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// Gini coefficient G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄) of non-negative values: 0 when all are
    /// equal, towards 1 when one holds everything; 0 for no values or an all-zero list.
    /// Computed on sorted values as G = Σᵢ (2i − n − 1) xᵢ / (n Σ x), i = 1…n.
    /// - Complexity: O(n log n).
    public static func gini(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let total = sorted.reduce(0, +)
        guard sorted.count > 1, total > 0 else { return 0 }
        let n = Double(sorted.count)
        var weighted = 0.0
        for (i, x) in sorted.enumerated() { weighted += (2 * Double(i + 1) - n - 1) * x }
        return weighted / (n * total)
    }
}
