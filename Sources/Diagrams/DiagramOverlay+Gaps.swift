import Analysis
import TrustModel

extension DiagramOverlay {
    /// The gap analysis's findings as marks, in order of severity (high first, then by rank):
    /// each on its nodes (`Finding.nodes`, the main one first) with a short label for inside
    /// the main node — what was found and its key number, in the output language. Labels
    /// name partners and tags, never a client (clients are labelled by the diagram itself,
    /// pseudonymised when asked).
    ///
    /// - Complexity: O(findings).
    public init(_ gaps: GapAnalysis, network: TrustNetwork, language: Language) {
        let ordered = gaps.findings.enumerated().sorted { a, b in
            (a.element.severity, a.offset) < (b.element.severity, b.offset)
        }.map(\.element)
        let short = ShortNames(network, homes: Homes(network), anonymize: false)
        self.init(marks: ordered.compactMap { finding in
            guard !finding.nodes.isEmpty else { return nil }
            return Mark(kind: finding.kind.keyword, nodes: finding.nodes.map { network[$0].id },
                        label: Self.label(finding, network: network, short: short, language: language),
                        severity: finding.severity.rawValue)
        })
    }

    /// The short label of a finding: its kind in a few words and its key number; other nodes
    /// named as the drawings name them (``ShortNames``).
    static func label(_ finding: Finding, network: TrustNetwork, short: ShortNames, language: Language) -> String {
        let score = Int(finding.score.rounded())
        func name(_ position: Int) -> String {
            guard position < finding.nodes.count else { return "" }
            let node = network[finding.nodes[position]]
            return node.kind == .client ? NodeKind.client.name(language) : short.short(node.name).name
        }
        switch finding.kind {
        case .untappedResource:
            let holder = network[finding.nodes[0]]
            let tags = holder.resources.map { $0.name(language) }.joined(separator: language.pick("、", ", "))
            return language.pick("闲置资源：", "untapped: ") + tags
        case .unmetNeed: return language.pick("需求未满足：\(score) 人", "unmet need: \(score) people")
        case .coverageImbalance: return language.pick("服务覆盖偏低", "low coverage")
        case .fiveLinkage: return language.pick("五社联动缺 \(score) 项", "五社联动: \(score) missing")
        case .weakTrust: return language.pick("对\(name(1))信任偏弱", "weak trust in \(name(1))")
        case .oneSidedTrust: return language.pick("与\(name(1))单向信任", "one-sided with \(name(1))")
        case .singlePointOfFailure: return language.pick("单点依赖：断开 \(score)", "single point: cuts off \(score)")
        case .mutualAid: return language.pick("可组互助小组（\(score) 人）", "mutual-aid group (\(score) people)")
        case .introduction: return language.pick("建议经\(name(2))引荐", "introduce via \(name(2))")
        case .brokenHierarchy: return language.pick("层级缺口", "broken hierarchy")
        case .focus: return language.pick("建议优先方向", "focus here first")
        }
    }
}
