import Analysis
import TrustModel

/// The one place where a gap finding's facts become sentences a station lead reads: what
/// was found (``explanation(_:)``), what to do (``action(_:)``) and a one-line label for
/// tables (``headline(_:)``), in the language of its ``NodeNames``. Text, report, CSV, XLSX
/// and JSON all phrase findings here.
///
/// Names go through ``NodeNames`` (clients under pseudonyms when anonymizing) and so do head
/// counts (a group under k people shown as "<10 人" when anonymizing), so the sentences never
/// single out a small group that the names hide.
public struct FindingPhrasing: Sendable {
    public let names: NodeNames

    public init(_ names: NodeNames) {
        self.names = names
    }

    public var language: Language { names.language }
    var network: TrustNetwork { names.network }
    var zh: Bool { language == .zh }

    /// What was found, with the numbers it rests on.
    public func explanation(_ finding: Finding) -> String {
        sentences(finding).explanation
    }

    /// What to do about it, naming whom to ask.
    public func action(_ finding: Finding) -> String {
        sentences(finding).action
    }

    /// The explanation and the action together.
    public func sentences(_ finding: Finding) -> (explanation: String, action: String) {
        switch finding.facts {
        case let .untappedResource(f): untapped(f)
        case let .unmetNeed(f): unmet(f)
        case let .coverageImbalance(f): coverage(f)
        case let .fiveLinkage(f): linkage(f)
        case let .weakTrust(f): weak(f)
        case let .oneSidedTrust(f): oneSided(f)
        case let .singlePointOfFailure(f): failure(f)
        case let .mutualAid(f): mutualAid(f)
        case let .introduction(f): introduction(f)
        case let .brokenHierarchy(f): hierarchy(f)
        case let .focus(f): focus(f)
        }
    }

    /// A one-line label: whom the finding is about and its key number.
    public func headline(_ finding: Finding) -> String {
        switch finding.facts {
        case let .untappedResource(f):
            return name(f.holder) + bracket(tags(f.resources) + semicolon + pick("路径信任 ", "route trust ") + trust(f.route.trust))
        case let .unmetNeed(f):
            return name(f.client) + bracket(people(f.people)) + colon + tags(f.needs.map(\.tag))
        case let .coverageImbalance(f):
            return f.community.name + colon + pick("覆盖率 ", "coverage ") + NumberText.percent(f.community.coverage)
        case let .fiveLinkage(f):
            return name(f.station) + " \(f.score)/5" + colon + pick("缺", "missing ") + list(f.missing.map { $0.name(language) })
        case let .weakTrust(f):
            guard let tie = f.ties.first else { return name(f.truster) }
            return "\(name(tie.source)) → \(name(tie.target))" + bracket(tie.relation.name(language) + " " + trust(tie.trust))
        case let .oneSidedTrust(f):
            guard let c = f.comparisons.first else { return name(f.lower) }
            return "\(name(c.truster)) \(trust(c.trust)) ⇄ \(name(c.other)) \(trust(c.trustBack))"
        case let .singlePointOfFailure(f):
            var parts: [String] = []
            if f.people > 0 { parts.append(people(f.people)) }
            if f.holders > 0 { parts.append(pick("\(f.holders) 个资源伙伴", f.holders == 1 ? "1 resource holder" : "\(f.holders) resource holders")) }
            return name(f.partner) + colon + pick("切断 ", "cuts off ") + list(parts)
        case let .mutualAid(f):
            return community(f.area) + colon + tags(f.needs.map(\.tag)) + bracket(pick("\(f.members.count) 个服务对象", "\(f.members.count) clients"))
        case let .introduction(f):
            return name(f.holder) + bracket(pick("经", "via ") + name(f.goBetween) + " " + trust(f.route.trust))
        case let .brokenHierarchy(f):
            let subject = f.node.map(name) ?? f.area.map(community) ?? ""
            return (subject.isEmpty ? "" : subject + colon) + f.problem.name(language)
                + (f.clients.isEmpty ? "" : bracket(people(f.people)))
        case let .focus(f):
            guard let top = f.options.first else { return name(f.station) }
            return name(f.station) + colon + top.need.name(language) + bracket(pick("约 ", "about ") + people(Int(top.demand.rounded())))
        }
    }

    // MARK: - Shared pieces

    func pick(_ zh: String, _ en: String) -> String { self.zh ? zh : en }

    func name(_ index: Int32) -> String { names.name(index) }

    func kindName(_ index: Int32) -> String { network[index].kind.name(language) }

    func trust(_ t: Double) -> String { NumberText.fixed(t, 2) }

    func people(_ count: Int) -> String { names.people(count) }

    var colon: String { pick("：", ": ") }
    var semicolon: String { pick("；", "; ") }

    func bracket(_ text: String) -> String { pick("（\(text)）", " (\(text))") }

    func list(_ items: [String]) -> String { items.joined(separator: pick("、", ", ")) }

    func tags(_ tags: [Tag]) -> String { list(tags.map { $0.name(language) }) }

    /// A tag quoted as a need: “心理” / psychological.
    func quoted(_ tag: Tag) -> String { pick("“\(tag.name(.zh))”", tag.name(.en)) }

    /// Names joined for a sentence, at most `limit`, then 等 N 个 / and N more.
    func names(_ nodes: [Int32], limit: Int = 6) -> String {
        let shown = list(nodes.prefix(limit).map(name))
        guard nodes.count > limit else { return shown }
        return shown + pick(" 等 \(nodes.count) 个", " and \(nodes.count - limit) more")
    }

    /// A community by its `area`: the name of the node the area names, or the area.
    func community(_ area: String) -> String {
        network.node(id: area)?.name ?? area
    }

    /// A route with the trust of each tie: A →0.80→ B →0.30→ C.
    func route(_ route: TrustRoute) -> String {
        var text = route.nodes.first.map(name) ?? ""
        for (i, node) in route.nodes.dropFirst().enumerated() {
            text += " →\(trust(route.trusts[i]))→ " + name(node)
        }
        return text
    }

    /// "Ask Z (trust a) to introduce H (b): route trust c" along a route from the one who
    /// asks to the holder; longer routes name the asker's own contact and the rest of the way.
    func introduce(_ route: TrustRoute) -> String {
        guard route.nodes.count >= 3, let holder = route.nodes.last else { return "" }
        let via = route.nodes[1]
        if route.nodes.count == 3 {
            return pick("请\(name(via))（信任 \(trust(route.trusts[0]))）引荐\(name(holder))（\(trust(route.trusts[1]))），路径信任 \(trust(route.trust))",
                        "Ask \(name(via)) (trust \(trust(route.trusts[0]))) to introduce \(name(holder)) (\(trust(route.trusts[1]))): path trust \(trust(route.trust))")
        }
        return pick("请\(name(via))（信任 \(trust(route.trusts[0]))）牵线，沿 \(self.route(route)) 联系\(name(holder))，路径信任 \(trust(route.trust))",
                    "Ask \(name(via)) (trust \(trust(route.trusts[0]))) to open the way to \(name(holder)) along \(self.route(route)): path trust \(trust(route.trust))")
    }

    /// End a sentence.
    func stop(_ text: String) -> String { text + pick("。", ".") }
}
