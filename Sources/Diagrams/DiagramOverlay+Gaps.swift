import Analysis
import Phrasing
import TrustModel

extension DiagramOverlay {
    /// The gap analysis's findings as marks, in order of severity (high first, then by rank):
    /// each on its nodes (`Finding.nodes`, the main one first) with a short label for inside
    /// the main node — what was found and its key figure, from the finding's facts, in the
    /// output language. Other nodes are named as the drawings name them (``ShortNames``);
    /// clients never (they are labelled by the diagram itself, pseudonymised when asked), and
    /// head counts go through `NodeNames` (a small group as "<10 人" when anonymizing).
    ///
    /// - Complexity: O(V + E) once, then O(findings).
    public init(_ gaps: GapAnalysis, network: TrustNetwork, language: Language, anonymize: Bool = false,
                k: Int = NodeNames.defaultK) {
        let ordered = gaps.findings.enumerated().sorted { a, b in
            (a.element.severity, a.offset) < (b.element.severity, b.offset)
        }.map(\.element)
        let labels = MarkLabels(network: network, language: language, anonymize: anonymize, k: k)
        self.init(marks: ordered.compactMap { finding in
            guard !finding.nodes.isEmpty else { return nil }
            return Mark(kind: finding.kind.keyword, nodes: finding.nodes.map { network[$0].id },
                        label: labels.label(finding), severity: finding.severity.rawValue)
        })
    }
}

/// The short labels of findings drawn inside their main node.
private struct MarkLabels {
    let network: TrustNetwork
    let language: Language
    let names: NodeNames
    let short: ShortNames

    init(network: TrustNetwork, language: Language, anonymize: Bool, k: Int) {
        self.network = network
        self.language = language
        names = NodeNames(network, language: language, anonymize: anonymize, k: k)
        short = ShortNames(network, homes: Homes(network), anonymize: anonymize)
    }

    func pick(_ zh: String, _ en: String) -> String { language.pick(zh, en) }
    func list(_ parts: [String]) -> String { parts.joined(separator: pick("、", ", ")) }
    func tags(_ tags: [Tag]) -> String { list(tags.map { $0.name(language) }) }
    func trust(_ value: Double) -> String { NumberText.fixed(value, 2) }
    /// A node other than the main one: a partner by its short name, a client by its kind.
    func name(_ index: Int32) -> String {
        network[index].kind == .client ? NodeKind.client.name(language) : short.short(network[index].name).name
    }

    /// What was found in a few words and its key figure.
    func label(_ finding: Finding) -> String {
        switch finding.facts {
        case let .untappedResource(f):
            return pick("闲置资源：", "untapped: ") + tags(f.resources)
        case let .unmetNeed(f):
            return pick("需求未满足：", "unmet: ") + tags(f.needs.map(\.tag)) + pick("（\(names.people(f.people))）", " (\(names.people(f.people)))")
        case let .coverageImbalance(f):
            return pick("服务覆盖率 ", "coverage ") + NumberText.percent(f.community.coverage)
        case let .fiveLinkage(f):
            return pick("五社联动 \(f.score)/5，缺", "五社联动 \(f.score)/5, missing ") + list(f.missing.map { $0.name(language) })
        case let .weakTrust(f):
            let value = f.ties.first.map { " " + trust($0.trust) } ?? ""
            return pick("对\(name(f.other))信任弱", "weak trust in \(name(f.other))") + value
        case let .oneSidedTrust(f):
            guard let c = f.comparisons.first else { return pick("单向信任", "one-sided trust") }
            return pick("与\(name(f.higher))单向信任 ", "one-sided with \(name(f.higher)) ") + trust(c.trust) + "/" + trust(c.trustBack)
        case let .singlePointOfFailure(f):
            var parts: [String] = []
            if f.people > 0 { parts.append(names.people(f.people)) }
            if f.holders > 0 { parts.append(pick("\(f.holders) 个伙伴", f.holders == 1 ? "1 partner" : "\(f.holders) partners")) }
            return pick("单点依赖：断开 ", "single point: cuts off ") + list(parts)
        case let .mutualAid(f):
            return pick("可组\(tags(f.needs.map(\.tag)))互助小组（\(names.people(f.people))）",
                        "\(tags(f.needs.map(\.tag))) mutual-aid group (\(names.people(f.people)))")
        case let .introduction(f):
            return pick("建议经\(name(f.goBetween))引荐（\(trust(f.route.trust))）", "introduce via \(name(f.goBetween)) (\(trust(f.route.trust)))")
        case let .brokenHierarchy(f):
            return f.problem.name(language)
        case let .focus(f):
            let need = f.options.first.map { $0.need.name(language) } ?? ""
            return pick("建议优先：", "focus first: ") + need
        }
    }
}
