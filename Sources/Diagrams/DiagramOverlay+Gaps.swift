import Analysis
import Phrasing
import TrustModel

extension DiagramOverlay {
    /// The gap findings a diagram can show: untapped resources outlined, suggested
    /// introductions and mutual-aid groups as dashed ties, single points of failure marked —
    /// each with a short label in the output language. Labels name partners and tags, never
    /// a client (clients are labelled by the diagram itself, pseudonymised when asked).
    ///
    /// - Complexity: O(findings).
    public init(_ gaps: GapAnalysis, network: TrustNetwork, language: Language) {
        func id(_ index: Int32) -> String { network[index].id }
        func tags(_ node: Node) -> String {
            node.resources.map { $0.name(language) }.joined(separator: language.pick("、", ", "))
        }
        var untapped: [Mark] = []
        for finding in gaps.findings(.untappedResource) {
            guard let holder = finding.nodes.first else { continue }
            untapped.append(Mark(node: id(holder), label: language.pick("闲置：", "idle: ") + tags(network[holder])))
        }
        var suggestions: [Suggestion] = []
        for finding in gaps.findings(.introduction) where finding.nodes.count >= 3 {
            let (holder, station, via) = (finding.nodes[0], finding.nodes[1], finding.nodes[2])
            suggestions.append(Suggestion(
                kind: .introduction, nodes: [id(station), id(holder)],
                label: language.pick("经\(network[via].name)引荐（\(NumberText.fixed(finding.score, 2))）",
                                     "via \(network[via].name) (\(NumberText.fixed(finding.score, 2)))")))
        }
        for finding in gaps.findings(.mutualAid) {
            let members = finding.nodes.filter { network[$0].kind == .client }
            guard members.count >= 2 else { continue }
            guard case let .mutualAid(facts) = finding.facts else { continue }
            let name = facts.needs.map { $0.tag.name(language) }.joined(separator: language.pick("、", ", "))
            suggestions.append(Suggestion(kind: .mutualAidGroup, nodes: members.map(id),
                                          label: language.pick("\(name)互助小组", "\(name) mutual-aid group")))
        }
        var failures: [Mark] = []
        for finding in gaps.findings(.singlePointOfFailure) {
            guard let node = finding.nodes.first else { continue }
            failures.append(Mark(node: id(node), label: language.pick("单点依赖：切断 \(NumberText.fixed(finding.score, 0))",
                                                                      "single point: cuts off \(NumberText.fixed(finding.score, 0))")))
        }
        self.init(untappedResources: untapped, suggestions: suggestions, singlePointsOfFailure: failures)
    }
}
