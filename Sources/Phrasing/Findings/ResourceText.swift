import Analysis
import TrustModel

/// Untapped resources, unmet needs and introductions, phrased.
extension FindingPhrasing {
    func untapped(_ f: UntappedResource.Facts) -> (explanation: String, action: String) {
        let holder = name(f.holder)
        let capacity = f.capacity.map { pick("（能力 \(NumberText.fixed($0, 0))）", " (capacity \(NumberText.fixed($0, 0)))") } ?? ""
        let line = trust(f.threshold)
        let station = f.route.nodes.first.map(name) ?? ""
        let reach = f.route.isEmpty
            ? pick("没有任何社工站能沿信任关系联系到它（不经过服务对象）", "no station can reach it through ties of trust at all (without passing through clients)")
            : pick("从\(station)出发，最可信路线 \(route(f.route)) 的信任只有 \(trust(f.route.trust))",
                   "the most trusted route from \(station), \(route(f.route)), has trust \(trust(f.route.trust)) only")
        let trusted = !f.route.isEmpty && f.route.trust >= f.threshold - 1e-12
        var explanation: String
        if !f.gives {
            explanation = pick("\(holder)（\(kindName(f.holder))）有资源：\(tags(f.resources))\(capacity)，但没有向任何社工站、社工室、服务对象或为服务对象服务的伙伴提供资源、资金、服务或志愿服务",
                               "\(holder) (\(kindName(f.holder))) holds \(tags(f.resources))\(capacity) but gives no resource, funding, service or volunteering to any station, office, client or partner serving clients")
            explanation += trusted
                ? pick("。它在信任范围内（从\(station)出发路线信任 \(trust(f.route.trust))），是容易盘活的资源。",
                       ". It is within trusted reach (route trust \(trust(f.route.trust)) from \(station)): an easy resource to activate.")
                : pick("；\(reach)，低于 \(line)。", "; \(reach), below \(line).")
        } else {
            explanation = pick("\(holder)（\(kindName(f.holder))）已有付出，但\(reach)，低于 \(line)：这条资源渠道不稳固。",
                               "\(holder) (\(kindName(f.holder))) does give, but \(reach), below \(line): the channel is not stable.")
        }
        if !f.matchingNeeds.isEmpty {
            explanation += pick("它能提供服务对象尚未满足的\(list(f.matchingNeeds.map(quoted)))。",
                                " It offers \(tags(f.matchingNeeds)), which clients still lack.")
        }
        var action: String
        if f.route.isEmpty {
            action = pick("社工站与\(holder)之间没有任何信任路线：请总站或街道出面引荐，先建立直接联系。",
                          "No route of trust links a station to \(holder): ask the head station or the street office to introduce them, and make direct contact first.")
        } else if let direct = f.directTrust {
            action = pick("\(station)与\(holder)已有直接联系（信任 \(trust(direct))）：约见对方，把关系落实为具体的资源链接（如捐赠、优惠或志愿服务协议）。",
                          "\(station) already knows \(holder) directly (trust \(trust(direct))): meet them and turn the tie into a concrete resource link (a donation, discount or volunteering agreement).")
        } else {
            action = stop(introduce(f.route))
        }
        if f.gives { action = pick("巩固这条渠道，加强沿途的信任：", "Firm up the channel and the trust along it. ") + action }
        return (explanation, action)
    }

    func unmet(_ f: UnmetNeed.Facts) -> (explanation: String, action: String) {
        let client = name(f.client)
        let place = f.area.map { pick("，\(community($0))", ", \(community($0))") } ?? ""
        let line = trust(f.threshold)
        let posts = names(f.servingPosts, limit: 3)
        var parts: [String] = []
        var steps: [String] = []
        for need in f.needs {
            let what = quoted(need.tag)
            if !need.held {
                parts.append(pick("\(what)：网络中没有任何伙伴提供", "\(need.tag.name(.en)): no partner in the network offers it"))
                let who = typicalProviders(need.tag)
                steps.append(pick("为\(what)联系新的伙伴（\(who)），由社工站出面链接",
                                  "for \(need.tag.name(.en)), approach a new partner (\(who)), with the station making the link"))
                continue
            }
            var because: [String] = []
            if let giver = need.directGiver {
                because.append(pick("\(name(giver))直接提供，但信任只有 \(trust(need.directTrust))",
                                    "\(name(giver)) gives it directly, but at trust \(trust(need.directTrust)) only"))
            }
            // A trusted route to a holder leaves a need unmet only when no station or office
            // serves the client: the route is fine, the service is missing.
            let reachable = need.nearest.nodes.count >= 2 && need.nearest.trust >= f.threshold - 1e-12
            if reachable, let holder = need.nearest.nodes.last, let from = need.nearest.nodes.first {
                because.append(pick("\(name(holder))能提供，\(name(from))也联系得到（路线信任 \(trust(need.nearest.trust))）",
                                    "\(name(holder)) offers it, and \(name(from)) reaches \(name(holder)) at route trust \(trust(need.nearest.trust))"))
            } else if let holder = need.nearest.nodes.last, let from = need.nearest.nodes.first {
                because.append(need.nearest.nodes.count == 1
                    ? pick("\(name(from))自身提供，但不为其服务", "\(name(from)) offers it but does not serve them")
                    : pick("最近的提供者是\(name(holder))，从\(name(from))出发路线信任只有 \(trust(need.nearest.trust))，低于 \(line)",
                           "the nearest holder, \(name(holder)), is reached from \(name(from)) at route trust \(trust(need.nearest.trust)) only, below \(line)"))
            } else if need.directGiver == nil {
                because.append(pick("从为其服务的社工站、社工室出发找不到任何提供者", "no holder can be reached from those serving them"))
            }
            parts.append(what + pick("：", ": ") + list(because))
            if reachable, let from = need.nearest.nodes.first, let holder = need.nearest.nodes.last {
                steps.append(pick("由\(name(from))为\(client)接案服务，并把\(name(holder))的\(what)链接给他们（路线信任 \(trust(need.nearest.trust))）",
                                  "have \(name(from)) take \(client) on and link them with what \(name(holder)) offers (\(need.tag.name(.en)); route trust \(trust(need.nearest.trust)))"))
            } else if let giver = need.directGiver, need.directTrust > 0 {
                steps.append(pick("加强\(name(giver))与\(client)的联系（现在信任 \(trust(need.directTrust))），让\(what)稳定下来",
                                  "strengthen the tie between \(name(giver)) and \(client) (trust \(trust(need.directTrust)) now) so the help they give (\(need.tag.name(.en))) holds"))
            } else if need.nearest.nodes.count == 2, let from = need.nearest.nodes.first, let holder = need.nearest.nodes.last {
                steps.append(pick("\(name(from))与\(name(holder))已有联系（信任 \(trust(need.nearest.trusts[0]))）：请对方为\(client)提供\(what)",
                                  "\(name(from)) already knows \(name(holder)) (trust \(trust(need.nearest.trusts[0]))): ask them to give \(client) \(need.tag.name(.en))"))
            } else if let s = need.nearest.nodes.dropFirst().dropLast().firstIndex(where: { network[$0].kind == .station }),
                      let holder = need.nearest.nodes.last {
                // The route runs through a station: the station links the holder itself.
                let onward = need.nearest.trusts[s...].reduce(1, *)
                let station = need.nearest.nodes[s]
                steps.append(pick("\(name(station))能联系到\(name(holder))（路线信任 \(trust(onward))）：请\(name(station))出面，把\(name(holder))的\(what)链接给\(client)",
                                  "\(name(station)) reaches \(name(holder)) (route trust \(trust(onward))): have \(name(station)) link \(client) with what \(name(holder)) offers (\(need.tag.name(.en)))"))
            } else if need.nearest.nodes.count >= 3 {
                let text = introduce(need.nearest)
                steps.append(pick("\(what)：", "for \(need.tag.name(.en)), ") + (zh ? text : text.prefix(1).lowercased() + text.dropFirst()))
            } else if need.nearest.nodes.count == 1, let from = need.nearest.nodes.first {
                steps.append(pick("由\(name(from))把\(what)服务延伸到\(client)", "have \(name(from)) extend its \(need.tag.name(.en)) to \(client)"))
            } else if need.directGiver == nil {
                steps.append(pick("为\(what)请总站或街道出面引荐一个提供者", "for \(need.tag.name(.en)), ask the head station or street office to introduce a holder"))
            }
        }
        var explanation = pick("\(client)（\(people(f.people))\(place)）的需求没有满足：", "The needs of \(client) (\(people(f.people))\(place)) are not met: ")
            + parts.joined(separator: semicolon) + pick("。", ".")
        if !f.served {
            explanation += pick("没有任何人为其服务。", " Nobody serves them.")
        } else if f.servingPosts.isEmpty {
            explanation += pick("没有社工站或社工室为其服务。", " No station or office serves them.")
        } else {
            explanation += pick("为其服务的是\(posts)。", " Served by \(posts).")
        }
        let action = steps.joined(separator: semicolon)
        return (explanation, stop(zh ? action : capitalised(action)))
    }

    func introduction(_ f: Introduction.Facts) -> (explanation: String, action: String) {
        let station = name(f.station), holder = name(f.holder), via = name(f.goBetween)
        var explanation = pick("\(station)与\(holder)（可提供：\(tags(f.offers))）还没有任何联系，但\(station)认识\(via)，\(via)认识\(holder)：两步路径信任 \(trust(f.route.trust))。",
                               "\(station) has no tie with \(holder) (offers \(tags(f.offers))), but \(station) knows \(via), who knows \(holder): two-step path trust \(trust(f.route.trust)).")
        if !f.lacking.isEmpty {
            explanation += pick("它能提供本站服务对象尚未满足的\(list(f.lacking.map(quoted)))。",
                                " It offers \(tags(f.lacking)), which the station's clients still lack.")
        }
        return (explanation, stop(introduce(f.route)))
    }

    /// Who usually offers a kind of help, to suggest a new partner when nobody in the
    /// network does.
    func typicalProviders(_ tag: Tag) -> String {
        switch tag.known {
        case .legal: pick("律师事务所、司法所、高校法律援助中心", "a law firm, the judicial office, a university legal-aid clinic")
        case .medical: pick("社区卫生服务中心、医院、药房", "the community health centre, a hospital, a pharmacy")
        case .rehabilitation: pick("残联、康复机构、医院康复科", "the disabled persons' federation, a rehabilitation centre, a hospital's rehabilitation department")
        case .psychological: pick("高校心理学院、心理咨询机构", "a university psychology school, a counselling service")
        case .employment: pick("人社部门、辖区企业、职业学校", "the human-resources bureau, local businesses, a vocational school")
        case .education: pick("学校、高校、培训机构", "schools, universities, training providers")
        case .funding: pick("企业、慈善基金会、社区基金", "businesses, charitable foundations, a community fund")
        case .venue: pick("街道、居委会、辖区单位", "the street office, residents' committees, local organisations")
        case .volunteers: pick("志愿服务队、高校、党员志愿者", "volunteer teams, universities, party-member volunteers")
        case .care: pick("养老服务机构、家政企业", "elderly-care providers, home-care businesses")
        case .companionship: pick("志愿服务队、邻里互助小组", "volunteer teams, neighbourhood mutual-aid groups")
        default: pick("辖区企业、社会组织、相关政府部门", "local businesses, social organisations, the relevant government department")
        }
    }

    func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
