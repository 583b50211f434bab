import TrustModel

/// **Unmet need** (DESIGN §4 gap 2): a client's need for which no holder of that resource
/// is reachable from any node that serves the client, along a path of trust ≥ the
/// path-trust threshold (a server that holds the resource itself counts). One finding per
/// need tag, over all its clients. A client served by nobody has every need unmet in the
/// coverage table, but its findings are the broken-hierarchy and coverage ones (serve it
/// first), unless nobody in the network holds the resource at all.
///
/// - Score: people with the need unmet (client `size` summed).
/// - Severity: high when no partner anywhere holds the resource, or at least half of the
///   people with the need are unmet; medium from 10 people; low otherwise.
/// - Also: the coverage table, per tag the people needing it and the people covered.
/// - Complexity: one bounded trust search per serving node (cached in the context), then
///   O(Σ needs × servers).
public enum UnmetNeed {
    /// Coverage of one need tag.
    public struct Coverage: Sendable, Equatable {
        public var tag: Tag
        public var peopleNeeding: Int
        public var peopleCovered: Int
        public var groupsNeeding: Int
        public var share: Double { peopleNeeding > 0 ? Double(peopleCovered) / Double(peopleNeeding) : 1 }
    }

    /// Whether each (client, need) is met, computed once for this finding, the coverage
    /// table and the focus finding.
    public struct Assessment: Sendable {
        public var coverage: [Coverage]
        /// Per need tag, the clients whose need is unmet.
        public var unmet: [Tag: [Int32]]
        /// Tags that no node in the network holds.
        public var unheld: Set<Tag>
    }

    public static func assess(_ context: GapContext) -> Assessment {
        // Which tags each serving node can reach, computed once per server.
        var reachableTags: [Int32: Set<Tag>] = [:]
        func tags(from server: Int32) -> Set<Tag> {
            if let known = reachableTags[server] { return known }
            var found = Set(context.node(server).resources)
            for reached in context.trustedReach(from: server) {
                found.formUnion(context.node(reached.node).resources)
            }
            reachableTags[server] = found
            return found
        }
        var held = Set<Tag>()
        for node in context.nodes where node.kind != .client { held.formUnion(node.resources) }

        var needing: [Tag: (people: Int, groups: Int)] = [:]
        var covered: [Tag: Int] = [:]
        var unmet: [Tag: [Int32]] = [:]
        for (i, node) in context.nodes.enumerated() where node.kind == .client && !node.needs.isEmpty {
            let client = Int32(i)
            var reachable = Set<Tag>()
            for (server, _) in context.servers[i] { reachable.formUnion(tags(from: server)) }
            for need in node.needs {
                needing[need, default: (0, 0)].people += node.size
                needing[need, default: (0, 0)].groups += 1
                if reachable.contains(need) {
                    covered[need, default: 0] += node.size
                } else {
                    unmet[need, default: []].append(client)
                }
            }
        }
        let coverage = needing.keys.sorted().map { tag in
            Coverage(tag: tag, peopleNeeding: needing[tag]?.people ?? 0, peopleCovered: covered[tag] ?? 0,
                     groupsNeeding: needing[tag]?.groups ?? 0)
        }
        return Assessment(coverage: coverage, unmet: unmet, unheld: Set(needing.keys).subtracting(held))
    }

    public static func findings(_ context: GapContext, _ assessment: Assessment) -> [Finding] {
        var findings: [Finding] = []
        for coverage in assessment.coverage {
            let unheld = assessment.unheld.contains(coverage.tag)
            guard let clients = assessment.unmet[coverage.tag]?.filter({ unheld || !context.servers[Int($0)].isEmpty }),
                  !clients.isEmpty else { continue }
            let ordered = clients.sorted { (context.node($0).size, $1) > (context.node($1).size, $0) }
            let people = ordered.reduce(0) { $0 + context.node($1).size }
            let severity: FindingSeverity = unheld || 2 * people >= coverage.peopleNeeding ? .high
                : people >= 10 ? .medium : .low
            let tagZh = coverage.tag.name(.zh), tagEn = coverage.tag.name(.en)
            let unserved = ordered.filter { context.servers[Int($0)].isEmpty }
            var zh = "\(people) 人（\(ordered.count) 个服务对象：\(context.names(ordered, .zh))）需要“\(tagZh)”，但从为他们服务的社工站、社工室或伙伴出发，沿信任 ≥ \(context.trustText(context.thresholds.pathTrust)) 的路径找不到提供“\(tagZh)”的伙伴。"
            var en = "\(people) people (\(ordered.count) client\(ordered.count == 1 ? "" : "s"): \(context.names(ordered, .en))) need \(tagEn), but no partner holding \(tagEn) is reachable from those who serve them along paths of trust ≥ \(context.trustText(context.thresholds.pathTrust))."
            if !unserved.isEmpty {
                zh += "其中 \(context.names(unserved, .zh)) 没有任何服务关系。"
                en += " \(context.names(unserved, .en)) receive no service at all."
            }
            findings.append(Finding(kind: .unmetNeed, severity: severity, score: Double(people), nodes: ordered,
                                    explanation: Bilingual(zh: zh, en: en),
                                    action: action(context, tag: coverage.tag, unheld: unheld, unserved: unserved)))
        }
        return findings
    }

    private static func action(_ c: GapContext, tag: Tag, unheld: Bool, unserved: [Int32]) -> Bilingual {
        let tagZh = tag.name(.zh), tagEn = tag.name(.en)
        var zh = "", en = ""
        if unheld {
            let who = typicalProviders(tag)
            zh = "网络中没有任何伙伴提供“\(tagZh)”：建议联系新的伙伴（\(who.zh)），由社工站出面链接。"
            en = "No partner in the network offers \(tagEn): approach a new one (\(who.en)), with the station making the link."
        } else {
            // The holder the nearest station trusts most, and who can introduce it.
            let holders = c.nodes.indices.filter { c.nodes[$0].kind != .client && c.nodes[$0].resources.contains(tag) }
            if let post = holders.first(where: { c.nodes[$0].kind.isSocialWorkPost }) {
                zh = "\(c.nodes[post].name)自身能提供“\(tagZh)”：把这项服务延伸到这些服务对象。"
                en = "\(c.nodes[post].name) offers \(tagEn) itself: extend that service to these clients."
            } else if let best = holders.max(by: { (c.bestTrustFromStations[$0], $1) < (c.bestTrustFromStations[$1], $0) }) {
                let holder = Int32(best)
                let intro = UntappedResource.introductionAction(c, path: c.pathFromNearestStation(to: holder), target: holder,
                                                                best: c.bestTrustFromStations[best])
                zh = "\(c.name(holder))提供“\(tagZh)”：" + intro.zh
                en = "\(c.name(holder)) offers \(tagEn). " + intro.en
            }
        }
        if !unserved.isEmpty {
            zh += "同时为 \(c.names(unserved, .zh)) 安排服务（由所在社区的社工室对接）。"
            en += " Also arrange service for \(c.names(unserved, .en)) through the office of their community."
        }
        return Bilingual(zh: zh, en: en)
    }

    /// Who usually offers a kind of help, to suggest a new partner when nobody in the
    /// network does.
    static func typicalProviders(_ tag: Tag) -> Bilingual {
        switch tag.known {
        case .legal: Bilingual(zh: "律师事务所、司法所、高校法律援助中心", en: "a law firm, the judicial office, a university legal-aid clinic")
        case .medical: Bilingual(zh: "社区卫生服务中心、医院、药房", en: "the community health centre, a hospital, a pharmacy")
        case .rehabilitation: Bilingual(zh: "残联、康复机构、医院康复科", en: "the disabled persons' federation, a rehabilitation centre, a hospital's rehabilitation department")
        case .psychological: Bilingual(zh: "高校心理学院、心理咨询机构", en: "a university psychology school, a counselling service")
        case .employment: Bilingual(zh: "人社部门、辖区企业、职业学校", en: "the human-resources bureau, local businesses, a vocational school")
        case .education: Bilingual(zh: "学校、高校、培训机构", en: "schools, universities, training providers")
        case .funding: Bilingual(zh: "企业、慈善基金会、社区基金", en: "businesses, charitable foundations, a community fund")
        case .venue: Bilingual(zh: "街道、居委会、辖区单位", en: "the street office, residents' committees, local organisations")
        case .volunteers: Bilingual(zh: "志愿服务队、高校、党员志愿者", en: "volunteer teams, universities, party-member volunteers")
        case .care: Bilingual(zh: "养老服务机构、家政企业", en: "elderly-care providers, home-care businesses")
        case .companionship: Bilingual(zh: "志愿服务队、邻里互助小组", en: "volunteer teams, neighbourhood mutual-aid groups")
        default: Bilingual(zh: "辖区企业、社会组织、相关政府部门", en: "local businesses, social organisations, the relevant government department")
        }
    }
}
