import TrustModel

/// **Giving** (DESIGN §4), the rule behind untapped resources and met needs.
///
/// A partner gives when a tie *from* it (a mutual tie counts both ways), carrying trust,
/// is of a relation that carries something — `resource`, `funding`, `volunteering`,
/// `service`, `support`, `incubation`, `referral` — to a station, an office, a head station,
/// a client, or a partner that serves clients (one with such a tie to a client); or when it
/// cooperates (`cooperation`, `mutual-aid`) with a station or office at a trust not below
/// that relation's weak-trust threshold in both directions (a single mutual row stands for
/// both). Governance partners — government, head station, street office, agency — give
/// through guidance, purchasing and management and are never "untapped".
///
/// - Complexity: O(m) expected.
enum Giving {
    static let relations: Set<Relation> = [.resource, .funding, .volunteering, .service, .support, .incubation, .referral]
    static let governance: Set<NodeKind> = [.government, .headStation, .streetOffice, .agency]

    /// For every node, whether it gives (as above).
    static func givers(_ network: TrustNetwork, thresholds: Thresholds) -> [Bool] {
        let nodes = network.nodes
        var servesClients = [Bool](repeating: false, count: nodes.count)
        for tie in network.ties where tie.trust > 0 && relations.contains(tie.relation) {
            if nodes[Int(tie.target)].kind == .client { servesClients[Int(tie.source)] = true }
            if tie.mutual, nodes[Int(tie.source)].kind == .client { servesClients[Int(tie.target)] = true }
        }
        func receives(_ v: Int32) -> Bool {
            let kind = nodes[Int(v)].kind
            return kind.isSocialWorkPost || kind == .client || servesClients[Int(v)]
        }
        var gives = [Bool](repeating: false, count: nodes.count)
        // Cooperation with a post, per (partner, post, relation): the trust each side wrote.
        struct Both { var fromPartner = -1.0, fromPost = -1.0, mutualRow = -1.0 }
        var cooperation: [PairRelation: Both] = [:]
        for tie in network.ties where tie.trust > 0 {
            if relations.contains(tie.relation) {
                if receives(tie.target) { gives[Int(tie.source)] = true }
                if tie.mutual, receives(tie.source) { gives[Int(tie.target)] = true }
            } else if tie.relation == .cooperation || tie.relation == .mutualAid {
                let sourcePost = nodes[Int(tie.source)].kind.isSocialWorkPost
                let targetPost = nodes[Int(tie.target)].kind.isSocialWorkPost
                guard sourcePost != targetPost else { continue }
                let partner = sourcePost ? tie.target : tie.source
                let post = sourcePost ? tie.source : tie.target
                let key = PairRelation(partner: partner, post: post, relation: tie.relation)
                var both = cooperation[key] ?? Both()
                if sourcePost { both.fromPost = max(both.fromPost, tie.trust) } else { both.fromPartner = max(both.fromPartner, tie.trust) }
                if tie.mutual { both.mutualRow = max(both.mutualRow, tie.trust) }
                cooperation[key] = both
            }
        }
        for (key, both) in cooperation {
            let line = thresholds.weakTrust(for: key.relation)
            let fromPartner = both.fromPartner >= 0 ? both.fromPartner : both.mutualRow
            let fromPost = both.fromPost >= 0 ? both.fromPost : both.mutualRow
            if fromPartner >= line && fromPost >= line { gives[Int(key.partner)] = true }
        }
        return gives
    }

    /// Calls `body(giver, client, trust)` for every tie that gives to a client directly (a
    /// mutual tie, each way): a relation that carries something, or mutual aid between
    /// clients (the seed: clients are a resource themselves).
    static func forEachGiftToClient(_ network: TrustNetwork, _ body: (Int32, Int32, Double) -> Void) {
        let nodes = network.nodes
        for tie in network.ties where tie.trust > 0 && (relations.contains(tie.relation) || tie.relation == .mutualAid) {
            if nodes[Int(tie.target)].kind == .client { body(tie.source, tie.target, tie.trust) }
            if tie.mutual, nodes[Int(tie.source)].kind == .client { body(tie.target, tie.source, tie.trust) }
        }
    }

    struct PairRelation: Hashable {
        var partner: Int32
        var post: Int32
        var relation: Relation
    }
}
