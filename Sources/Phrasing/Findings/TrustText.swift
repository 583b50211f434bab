import Analysis
import TrustModel

/// Weak and one-sided trust, and single points of failure, phrased.
extension FindingPhrasing {
    func weak(_ f: WeakTrust.Facts) -> (explanation: String, action: String) {
        let parts = f.ties.map { tie in
            pick("\(name(tie.source))在“\(tie.relation.chineseName)”关系中对\(name(tie.target))的信任只有 \(trust(tie.trust))，低于该关系的要求 \(trust(tie.threshold))",
                 "\(name(tie.source)) trusts \(name(tie.target)) only \(trust(tie.trust)) in their \(tie.relation.englishName) tie, below the \(trust(tie.threshold)) this relation needs")
        }
        var explanation = parts.joined(separator: semicolon) + pick("。", ".")
        if let weakest = f.ties.first, weakest.trust < f.strained {
            explanation += pick("低于 \(trust(f.strained))：关系紧张。", " Below \(trust(f.strained)): the tie is strained.")
        }
        let relation = f.ties.first?.relation ?? .cooperation
        return (explanation, rebuild(relation, source: name(f.truster), target: name(f.other)))
    }

    /// What usually rebuilds trust in each kind of relationship.
    func rebuild(_ relation: Relation, source: String, target: String) -> String {
        switch relation {
        case .support:
            pick("\(source)与\(target)定期沟通：向分管领导汇报服务成效和居民反馈，争取认同与支持（文章：领导的认可度决定社工站是民生力量还是行政附属）。",
                 "Have \(source) and \(target) meet regularly: report results and residents' feedback to the officials in charge to win recognition (the seed: a leader's recognition decides whether the station is a force for welfare or an administrative appendage).")
        case .guidance, .supervision, .management:
            pick("\(source)与\(target)约定固定的督导和沟通时间，明确考核标准与分工。",
                 "Agree fixed supervision and meeting times between \(source) and \(target), with clear appraisal criteria and roles.")
        case .service, .referral:
            pick("增加\(source)对\(target)的探访和回访，先建立专业关系再深入服务（文章：建立信任是后期服务的地基）。",
                 "Visit and follow up more often between \(source) and \(target): build the professional relationship before deepening service (the seed: trust is the foundation of later service).")
        case .resource, .funding, .volunteering:
            pick("向\(target)反馈资源的使用情况和受益人数，让对方看到成效，巩固合作。",
                 "Report back to \(target) how its resources were used and whom they helped, so that it sees the results and stays.")
        case .cooperation, .incubation, .mutualAid:
            pick("\(source)与\(target)共同策划一次小型活动，在合作中重建信任。",
                 "Plan one small joint activity between \(source) and \(target) and rebuild trust by working together.")
        }
    }

    func oneSided(_ f: OneSidedTrust.Facts) -> (explanation: String, action: String) {
        let parts = f.comparisons.map { c in
            let high = name(c.truster), low = name(c.other)
            let gap = trust(c.trust - c.trustBack)
            let within = c.relation.map { pick("在“\($0.chineseName)”关系中，", "In their \($0.englishName) ties, ") }
                ?? pick("两个方向各自最高的信任相比，", "Comparing the highest trust each way, ")
            return within + pick("\(high)对\(low)的信任是 \(trust(c.trust))，而\(low)对\(high)只有 \(trust(c.trustBack))，相差 \(gap)",
                                 "\(high) trusts \(low) \(trust(c.trust)), but \(low) trusts \(high) only \(trust(c.trustBack)), a gap of \(gap)")
        }
        let explanation = parts.joined(separator: semicolon) + pick("：这段关系是单向的。", ": the relationship is one-sided.")
        let low = name(f.lower)
        let action = pick("了解\(low)信任偏低的原因：安排一次面对面沟通，用服务数据和居民反馈展示成效，争取对方认同。",
                          "Find out why \(low) trusts less: arrange a face-to-face meeting and show results with service data and residents' feedback to win recognition.")
        return (explanation, action)
    }

    func failure(_ f: SinglePointOfFailure.Facts) -> (explanation: String, action: String) {
        let partner = name(f.partner), station = name(f.station)
        var lost: [String] = []
        if f.people > 0 {
            lost.append(pick("\(people(f.people))（\(names(f.clients))）", "\(people(f.people)) (\(names(f.clients)))"))
        }
        if f.holders > 0 {
            lost.append(pick("\(f.holders) 个资源伙伴（\(names(f.resourceHolders))）",
                             "\(f.holders) resource holder\(f.holders == 1 ? "" : "s") (\(names(f.resourceHolders)))"))
        }
        var explanation = pick("一旦失去\(partner)，\(station)就联系不到 \(lost.joined(separator: "和 "))：不经过服务对象，它们只经由\(partner)与\(station)相连",
                               "If \(partner) were lost, \(station) would be cut off from \(lost.joined(separator: " and ")): without passing through clients, they are linked to it only through \(partner)")
        if !f.onlyLinks.isEmpty {
            explanation += pick("（唯一的联系：" + f.onlyLinks.map { "\(partner)—\(name($0))" }.joined(separator: "、") + "）",
                                " (the only ties: " + f.onlyLinks.map { "\(partner)–\(name($0))" }.joined(separator: ", ") + ")")
        }
        let targets = f.resourceHolders.isEmpty ? Array(f.onlyLinks.prefix(3)) : Array(f.resourceHolders.prefix(3))
        // An office or station cut off is the station's own post: it is guided directly, not
        // "tied with by the community's office" (which may be itself).
        let posts = targets.filter { [.station, .office].contains(network[$0].kind) }
        let others = targets.filter { !posts.contains($0) }
        var links: [String] = []
        if !others.isEmpty {
            links.append(pick("由\(station)或所在社区的社工室直接与\(names(others))建立关系",
                              "have \(station) or the community's office tie directly with \(names(others))"))
        }
        if !posts.isEmpty {
            links.append(pick("由\(station)直接联系和指导\(names(posts))", "have \(station) guide \(names(posts)) directly"))
        }
        let action = pick("建立第二条联系：" + links.joined(separator: "；") + "，不再只依赖\(partner)。",
                          "Build a second link: " + links.joined(separator: "; ") + ", so as not to depend on \(partner) alone.")
        return (stop(explanation), action)
    }
}
