import TrustModel

/// **Broken hierarchy** (DESIGN §4 gap 9; the seed's 总站—街道社工站—社工室 chain and the
/// agency that manages the station): an office under no station (no guidance, supervision
/// or management tie with a station), a station under no head station (no guidance or
/// supervision tie with one) or under no agency (no management tie with one), and clients
/// served by nobody (no service tie carrying trust), grouped by community.
///
/// - Score: people for unserved clients; 1 for a missing link of the chain.
/// - Severity: high for unserved clients; medium for a missing link.
/// - Complexity: O(n + m).
public enum BrokenHierarchy {
    public static func findings(_ context: GapContext) -> [Finding] {
        let network = context.network
        var linked = Set<UInt64>()  // (lower, kind of link) pairs seen
        func key(_ node: Int32, _ link: UInt64) -> UInt64 { UInt64(UInt32(node)) << 8 | link }
        let (officeToStation, stationToHead, stationToAgency): (UInt64, UInt64, UInt64) = (1, 2, 3)
        for tie in network.ties {
            let a = context.node(tie.source).kind, b = context.node(tie.target).kind
            let chain: Set<Relation> = [.guidance, .supervision, .management]
            if chain.contains(tie.relation) {
                if a == .station && b == .office { linked.insert(key(tie.target, officeToStation)) }
                if b == .station && a == .office { linked.insert(key(tie.source, officeToStation)) }
            }
            if tie.relation == .guidance || tie.relation == .supervision {
                if a == .headStation && b == .station { linked.insert(key(tie.target, stationToHead)) }
                if b == .headStation && a == .station { linked.insert(key(tie.source, stationToHead)) }
            }
            if tie.relation == .management {
                if a == .agency && b == .station { linked.insert(key(tie.target, stationToAgency)) }
                if b == .agency && a == .station { linked.insert(key(tie.source, stationToAgency)) }
            }
        }
        var findings: [Finding] = []
        for (i, node) in network.nodes.enumerated() {
            let index = Int32(i)
            if node.kind == .office, !linked.contains(key(index, officeToStation)) {
                findings.append(link(context, index,
                    Bilingual(zh: "\(node.name)不在任何社工站的指导之下（没有与社工站的指导、监督或管理关系）。",
                              en: "Office \(node.name) is under no station (no guidance, supervision or management tie with a station)."),
                    Bilingual(zh: "明确由哪个街道社工站指导\(node.name)，并把这条指导关系记录下来。",
                              en: "Settle which street station guides \(node.name), and record that guidance tie.")))
            }
            if node.kind == .station, !linked.contains(key(index, stationToHead)) {
                findings.append(link(context, index,
                    Bilingual(zh: "\(node.name)没有来自社工总站的指导或评估关系。", en: "\(node.name) has no guidance or evaluation tie with a head station."),
                    Bilingual(zh: "请区社工总站把\(node.name)纳入统筹、指导和评估（文章：总站是“领头羊”）。",
                              en: "Ask the district head station to take \(node.name) into its coordination, guidance and evaluation (the seed: the head station leads).")))
            }
            if node.kind == .station, !linked.contains(key(index, stationToAgency)) {
                findings.append(link(context, index,
                    Bilingual(zh: "\(node.name)没有承接方的管理关系（考勤、考核、财务制度无人负责）。",
                              en: "\(node.name) has no management tie with an agency (nobody holds attendance, appraisal and finance)."),
                    Bilingual(zh: "记录承接\(node.name)的社会工作服务机构及其管理关系。",
                              en: "Record the agency contracted to run \(node.name) and its management tie.")))
            }
        }
        findings += unservedClients(context)
        return findings
    }

    private static func link(_ c: GapContext, _ node: Int32, _ explanation: Bilingual, _ action: Bilingual) -> Finding {
        Finding(kind: .brokenHierarchy, severity: .medium, score: 1, nodes: [node], explanation: explanation, action: action)
    }

    /// Clients with no service tie, one finding per community.
    private static func unservedClients(_ c: GapContext) -> [Finding] {
        var byArea: [String: [Int32]] = [:]
        for (i, node) in c.nodes.enumerated() where node.kind == .client && c.servers[i].isEmpty {
            byArea[node.area ?? "", default: []].append(Int32(i))
        }
        return byArea.keys.sorted().compactMap { area in
            guard let clients = byArea[area] else { return nil }
            let people = clients.reduce(0) { $0 + c.node($1).size }
            let community = area.isEmpty ? nil : c.communityName(area)
            let office = c.officeByArea[area]
            let whereZh = community.map { "\($0)的 " } ?? ""
            let whereEn = community.map { " in \($0)" } ?? ""
            let byZh = office.map { "由\(c.name($0))" } ?? "由社工站"
            let byEn = office.map { "by \(c.name($0))" } ?? "by the station"
            return Finding(kind: .brokenHierarchy, severity: .high, score: Double(people), nodes: clients + (office.map { [$0] } ?? []),
                           explanation: Bilingual(
                            zh: "\(whereZh)\(clients.count) 个服务对象（\(people) 人：\(c.names(clients, .zh))）没有任何服务关系：没有人为他们服务。",
                            en: "\(clients.count) clients\(whereEn) (\(people) people: \(c.names(clients, .en))) have no service tie: nobody serves them."),
                           action: Bilingual(
                            zh: "\(byZh)入户走访，建立服务关系并记录下来。",
                            en: "Visit them \(byEn), establish service and record the ties."))
        }
    }
}
