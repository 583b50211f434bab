import TrustModel

/// **Focus** (DESIGN §4 gap 10; the seed's 亮点服务 with three social workers): for each
/// station, the need where many of its people are under-served *and* trusted partners can
/// help — where to start. A station's people are the clients for whom it is the most
/// trusted station (the context's multi-source search).
///
/// demand(N) = Σ size × (1 − service trust) over its clients needing N (an unserved client
/// counts in full); support(N) = the highest path trust from the station to a holder of N
/// within the path-trust threshold (1 if the station holds it); score = demand × support.
///
/// Only needs for a service count (care, rehabilitation, psychological, legal, medical,
/// education, employment, training, companionship, and unknown tags): a signature service
/// is professional work, not handing out goods, money, discounts, a venue, equipment or
/// information, which are resources to link rather than a service to build.
///
/// - Score: demand × support of the best need. Severity medium (advice, not a fault).
/// - Complexity: O(n) plus one bounded search per station (clients grouped by station once).
public enum Focus {
    public struct Option: Sendable, Equatable {
        public var need: Tag
        public var demand: Double
        public var support: Double
        public var partner: Int32?
        public var score: Double { demand * support }
    }

    public static func options(_ context: GapContext, station: Int32) -> [Option] {
        var demand: [Tag: Double] = [:]
        for i in context.clientsByNearestStation[station] ?? [] {
            let node = context.node(i)
            let underServed = Double(node.size) * (1 - context.serviceTrust(i))
            for need in node.needs where isService(need) { demand[need, default: 0] += underServed }
        }
        var support: [Tag: (trust: Double, partner: Int32)] = [:]
        for tag in context.node(station).resources { support[tag] = (1, station) }
        for reached in context.trustedReach(from: station) where context.node(reached.node).kind != .client {
            for tag in context.node(reached.node).resources where (support[tag]?.trust ?? 0) < reached.trust {
                support[tag] = (reached.trust, reached.node)
            }
        }
        return demand.keys.sorted().map { need in
            Option(need: need, demand: demand[need] ?? 0, support: support[need]?.trust ?? 0, partner: support[need]?.partner)
        }.sorted { ($0.score, $0.demand, $1.need) > ($1.score, $1.demand, $0.need) }
    }

    /// Whether a need calls for a service a station can build (see the type's comment).
    static func isService(_ tag: Tag) -> Bool {
        switch tag.known {
        case .goods, .discount, .funding, .venue, .equipment, .information: false
        default: true
        }
    }

    public static func findings(_ context: GapContext) -> [Finding] {
        context.stations.compactMap { station in
            let options = options(context, station: station)
            guard let top = options.first, top.demand > 0 else { return nil }
            let name = context.name(station)
            let others = options.dropFirst().prefix(2).filter { $0.score > 0 }
            let people = NumberText.fixed(top.demand, 0)
            var zh = "\(name)的服务对象中，“\(top.need.name(.zh))”的需求最集中且有可信伙伴支持：约 \(people) 人未得到充分服务"
            var en = "Among \(name)'s clients, \(top.need.name(.en)) combines the most under-served people with trusted partner support: about \(people) people under-served"
            if let partner = top.partner, top.support > 0 {
                zh += "，\(context.name(partner))（路径信任 \(context.trustText(top.support))）可以提供帮助。"
                en += ", and \(context.name(partner)) (path trust \(context.trustText(top.support))) can help."
            } else {
                zh += "，但目前没有可信的伙伴能提供。"
                en += ", but no trusted partner offers it yet."
            }
            if !others.isEmpty {
                zh += "其次是：" + others.map { "“\($0.need.name(.zh))”（约 \(NumberText.fixed($0.demand, 0)) 人）" }.joined(separator: "、") + "。"
                en += " Next: " + others.map { "\($0.need.name(.en)) (about \(NumberText.fixed($0.demand, 0)) people)" }.joined(separator: ", ") + "."
            }
            let partnerZh = top.partner.map { "配合\(context.name($0))" } ?? "先找到一个可信的伙伴"
            let partnerEn = top.partner.map { "working with \(context.name($0))" } ?? "first finding a trusted partner"
            let action = Bilingual(
                zh: "三名社工先聚焦“\(top.need.name(.zh))”人群：\(partnerZh)和居委会做前期摸排走访，建立信任，再搭建平台提供专业服务，形成亮点服务（文章建议）。",
                en: "Let the three social workers start with the \(top.need.name(.en)) group, \(partnerEn) and the residents' committees on the first round of visits; build trust, then a platform and professional service — the station's signature service (the seed's advice).")
            var nodes = [station]
            if let partner = top.partner, partner != station { nodes.append(partner) }
            return Finding(kind: .focus, severity: .medium, score: top.score, nodes: nodes,
                           explanation: Bilingual(zh: zh, en: en), action: action)
        }
    }
}
