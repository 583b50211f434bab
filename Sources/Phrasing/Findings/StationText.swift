import Analysis
import TrustModel

/// Coverage, 五社联动, mutual aid, hierarchy and focus, phrased.
extension FindingPhrasing {
    func coverage(_ f: CoverageImbalance.Facts) -> (explanation: String, action: String) {
        let c = f.community
        let served = people(Int(c.peopleServed.rounded()))
        var explanation = pick("\(c.name)记录了 \(people(c.peopleRecorded))（\(c.clientGroups) 个服务对象），按服务关系的信任折算只有约 \(served)得到服务，覆盖率 \(NumberText.percent(c.coverage))，而各社区的中位数是 \(NumberText.percent(f.median))。",
                               "\(c.name) records \(people(c.peopleRecorded)) (\(c.clientGroups) clients) but, weighted by the trust of their service ties, only about \(served) are served: coverage \(NumberText.percent(c.coverage)) against a median of \(NumberText.percent(f.median)) across communities.")
        if !f.unserved.isEmpty {
            explanation += pick("\(names(f.unserved))没有任何服务关系。", " \(names(f.unserved)) receive no service at all.")
        }
        let whom = f.unserved.isEmpty ? pick("这些服务对象", "these clients") : names(f.unserved)
        let action = pick("平衡各社区的项目资金和人手（文章：社工需要准确平衡天平两端）：" + (f.office.map { "由\(name($0))把服务延伸到" } ?? "为") + whom + "，目标是至少达到中位数覆盖率。",
                          "Rebalance project money and staff across communities (the seed: balance both ends of the scale): " + (f.office.map { "have \(name($0)) extend service to " } ?? "extend service to ") + whom + ", aiming at least for the median coverage.")
        return (explanation, action)
    }

    func linkage(_ f: FiveLinkage.Facts) -> (explanation: String, action: String) {
        let station = name(f.station)
        let missing = list(f.missing.map { $0.name(language) })
        let explanation = pick("\(station)的五社联动得分 \(f.score)/5：沿信任 ≥ \(trust(f.threshold)) 的路线（不经过服务对象）联系不到\(missing)。",
                               "\(station) scores \(f.score)/5 on 五社联动: it reaches no \(missing) along routes of trust ≥ \(trust(f.threshold)) (not through clients).")
        var steps = f.candidates.map { c in
            let now = c.trust > 0 ? pick("目前最可信路线 \(trust(c.trust))", "best route trust now \(trust(c.trust))") : pick("目前没有路线", "no route yet")
            return pick("\(c.party.name(.zh))：与\(name(c.node))建立联系（\(now)）", "\(c.party.name(.en)): build a tie with \(name(c.node)) (\(now))")
        }
        if !f.absent.isEmpty {
            steps.append(pick("网络中还没有\(list(f.absent.map { $0.name(.zh) }))：孵化或引入一个（文章：社工站孵化培育社区组织和志愿者）",
                              "the network has no \(list(f.absent.map { $0.name(.en) })) yet: incubate or bring one in"))
        }
        let action = steps.joined(separator: semicolon)
        return (explanation, stop(zh ? action : capitalised(action)))
    }

    func mutualAid(_ f: MutualAidOpportunity.Facts) -> (explanation: String, action: String) {
        let place = community(f.area)
        let all = Set(f.members)
        let needs = f.needs.map { need in
            Set(need.members) == all ? quoted(need.tag) : quoted(need.tag) + bracket(names(need.members))
        }
        let explanation = pick("\(place)有 \(f.members.count) 个服务对象（共 \(people(f.people))）有共同的需求：\(list(needs))，"
                                + (f.linkedPairs > 0 ? "但只有部分人之间有互助关系。" : "但他们之间没有任何互助关系。"),
                               "\(f.members.count) clients in \(place) (\(people(f.people))) share needs: \(list(needs)); "
                                + (f.linkedPairs > 0 ? "only some of them are in mutual aid." : "none of them are in mutual aid."))
        let members = list(f.members.map { name($0) + bracket(names.groupSize($0)) })
        let lead = f.office.map { pick("由\(name($0))牵头，", "led by \(name($0))") } ?? pick("由社工站牵头，", "led by the station")
        let action = pick("\(lead)组建\(list(f.needs.map { quoted($0.tag) }))互助小组：\(members)。服务对象本身就是资源（文章：互助小组、一对多帮扶）。",
                          "Form a mutual-aid group for \(tags(f.needs.map(\.tag))), \(lead): \(members). Clients are a resource themselves (the seed: mutual-aid groups, one-to-many help).")
        return (explanation, action)
    }

    func hierarchy(_ f: BrokenHierarchy.Facts) -> (explanation: String, action: String) {
        let subject = f.node.map(name) ?? ""
        switch f.problem {
        case .officeWithoutStation:
            return (pick("\(subject)不在任何社工站的指导之下（没有与社工站的指导、监督或管理关系）。",
                         "Office \(subject) is under no station (no guidance, supervision or management tie with a station)."),
                    pick("明确由哪个街道社工站指导\(subject)，并把这条指导关系记录下来。",
                         "Settle which street station guides \(subject), and record that guidance tie."))
        case .stationWithoutHeadStation:
            return (pick("\(subject)没有来自社工总站的指导或评估关系。", "\(subject) has no guidance or evaluation tie with a head station."),
                    pick("请区社工总站把\(subject)纳入统筹、指导和评估（文章：总站是“领头羊”）。",
                         "Ask the district head station to take \(subject) into its coordination, guidance and evaluation (the seed: the head station leads)."))
        case .stationWithoutAgency:
            return (pick("\(subject)没有承接方的管理关系（考勤、考核、财务制度无人负责）。",
                         "\(subject) has no management tie with an agency (nobody holds attendance, appraisal and finance)."),
                    pick("记录承接\(subject)的社会工作服务机构及其管理关系。",
                         "Record the agency contracted to run \(subject) and its management tie."))
        case .unservedClients:
            let place = f.area.map(community)
            let by = f.office.map { pick("由\(name($0))", "by \(name($0))") } ?? pick("由社工站", "by the station")
            return (pick("\(place.map { "\($0)的 " } ?? "")\(f.clients.count) 个服务对象（\(people(f.people))：\(names(f.clients))）没有任何服务关系：没有人为他们服务。",
                         "\(f.clients.count) client\(f.clients.count == 1 ? "" : "s")\(place.map { " in \($0)" } ?? "") (\(people(f.people)): \(names(f.clients))) \(f.clients.count == 1 ? "has" : "have") no service tie: nobody serves them."),
                    pick("\(by)入户走访，建立服务关系并记录下来。", "Visit them \(by), establish service and record the ties."))
        case .communityWithoutOffice:
            let place = f.node.map(name) ?? f.area.map(community) ?? ""
            return (pick("\(place)有 \(f.clients.count) 个服务对象（\(people(f.people))），但没有社工室：没有社工室驻在这个社区，也没有社工室与\(place)有联系。",
                         "\(place) has \(f.clients.count) client\(f.clients.count == 1 ? "" : "s") (\(people(f.people))) but no office: none is stationed in the community or tied to \(place)."),
                    pick("在\(place)设立社工室（文章：社工室入驻各社区居委会），或明确由哪个社工室负责这些服务对象，并记录下来。",
                         "Station an office in \(place) (the seed: an office in every residents' committee), or settle which office serves these clients, and record it."))
        }
    }

    func focus(_ f: Focus.Facts) -> (explanation: String, action: String) {
        let station = name(f.station)
        guard let top = f.options.first else { return ("", "") }
        // Who can help with an option, and how far the station trusts the route.
        func helper(_ option: Focus.Option) -> String {
            guard let partner = option.partner, option.support > 0 else { return pick("暂无可信伙伴", "no trusted partner yet") }
            return partner == f.station ? pick("本站自身", "the station itself") : "\(name(partner)) \(trust(option.support))"
        }
        var explanation = pick("\(station)的服务对象中，\(quoted(top.need))未得到充分服务的人最多、又有可信伙伴能帮忙：\(people(Int(top.demand.rounded())))的这项需求没有满足或服务关系信任偏低",
                               "Among \(station)'s clients, \(top.need.name(.en)) has the most under-served people with trusted help at hand: \(people(Int(top.demand.rounded()))) with this need unmet or served on weak trust")
        if let partner = top.partner, top.support > 0 {
            explanation += partner == f.station
                ? pick("，\(station)自身能提供。", ", and \(station) offers it itself.")
                : pick("，\(name(partner))（路径信任 \(trust(top.support))）可以提供帮助。",
                       ", and \(name(partner)) (path trust \(trust(top.support))) can help.")
        } else {
            explanation += pick("。", ".")
        }
        let others = f.options.dropFirst()
        if !others.isEmpty {
            // Ranked like the first, by people × the trust of the help: the partner and
            // trust are shown so the order reads.
            explanation += pick("其次是：" + list(others.map { "\(quoted($0.need))（\(people(Int($0.demand.rounded())))，\(helper($0))）" }) + "。",
                                " Next: " + list(others.map { "\($0.need.name(.en)) (\(people(Int($0.demand.rounded()))), \(helper($0)))" }) + ".")
        }
        let with = top.partner.map { $0 == f.station ? pick("发挥本站自身的资源", "using the station's own resources") : pick("配合\(name($0))", "working with \(name($0))") }
            ?? pick("先找到一个可信的伙伴", "first finding a trusted partner")
        let action = pick("三名社工先聚焦\(quoted(top.need))人群：\(with)和居委会做前期摸排走访，建立信任，再搭建平台提供专业服务，形成亮点服务（文章建议）。",
                          "Let the three social workers start with the \(top.need.name(.en)) group, \(with) and the residents' committees on the first round of visits; build trust, then a platform and professional service — the station's signature service (the seed's advice).")
        return (explanation, action)
    }
}
