import TrustModel

/// **Mutual-aid opportunity** (DESIGN §4 gap 7; the seed: clients themselves are a
/// resource, through 互助小组 and 一对多帮扶): client groups in the same community sharing a
/// need, not all joined by `mutual-aid` ties. The suggested group is all of them, led by the
/// community's office.
///
/// - Score: people in the suggested group.
/// - Severity: high when no two of them are in mutual aid and there are three or more;
///   medium when none are; low when some are and others are left out.
/// - Complexity: O(n + m + Σ g²) over the groups g.
public enum MutualAidOpportunity {
    public static func findings(_ context: GapContext) -> [Finding] {
        // Clients by (community, need).
        var groups: [String: [Tag: [Int32]]] = [:]
        for (i, node) in context.nodes.enumerated() where node.kind == .client {
            guard let area = node.area else { continue }
            for need in node.needs { groups[area, default: [:]][need, default: []].append(Int32(i)) }
        }
        var aid = Set<UInt64>()
        for tie in context.network.ties where tie.relation == .mutualAid && tie.trust > 0 {
            aid.insert(pairKey(tie.source, tie.target))
        }
        let officeByArea = context.officeByArea
        var findings: [Finding] = []
        for area in groups.keys.sorted() {
            guard let byNeed = groups[area] else { continue }
            for need in byNeed.keys.sorted() {
                guard let members = byNeed[need], members.count >= 2 else { continue }
                let parts = components(members, aid: aid)
                guard parts > 1 else { continue }
                let linkedPairs = pairs(members).filter { aid.contains(pairKey($0.0, $0.1)) }.count
                let people = members.reduce(0) { $0 + context.node($1).size }
                let severity: FindingSeverity = linkedPairs == 0 ? (members.count >= 3 ? .high : .medium) : .low
                findings.append(finding(context, area: area, need: need, members: members, people: people,
                                        severity: severity, partlyLinked: linkedPairs > 0, office: officeByArea[area]))
            }
        }
        return findings
    }

    private static func finding(_ c: GapContext, area: String, need: Tag, members: [Int32], people: Int,
                                severity: FindingSeverity, partlyLinked: Bool, office: Int32?) -> Finding {
        let community = c.communityName(area)
        let leaderZh = office.map { "由\(c.name($0))牵头，" } ?? "由社工站牵头，"
        let leaderEn = office.map { "led by \(c.name($0))" } ?? "led by the station"
        let list = members.map { "\(c.name($0))（\(c.node($0).size) 人）" }.joined(separator: "、")
        let listEn = members.map { "\(c.name($0)) (\(c.node($0).size))" }.joined(separator: ", ")
        let explanation = Bilingual(
            zh: "\(community)有 \(members.count) 个服务对象共同需要“\(need.name(.zh))”（共 \(people) 人），"
                + (partlyLinked ? "但只有部分人之间有互助关系。" : "但他们之间没有任何互助关系。"),
            en: "\(members.count) clients in \(community) share a need for \(need.name(.en)) (\(people) people), "
                + (partlyLinked ? "but only some of them are in mutual aid." : "but none of them are in mutual aid."))
        let action = Bilingual(
            zh: "\(leaderZh)组建“\(need.name(.zh))”互助小组：\(list)。服务对象本身就是资源（文章：互助小组、一对多帮扶）。",
            en: "Form a \(need.name(.en)) mutual-aid group \(leaderEn): \(listEn). Clients are a resource themselves (the seed: mutual-aid groups, one-to-many help).")
        return Finding(kind: .mutualAid, severity: severity, score: Double(people),
                       nodes: members + (office.map { [$0] } ?? []), explanation: explanation, action: action)
    }

    static func pairKey(_ a: Int32, _ b: Int32) -> UInt64 {
        UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b)))
    }

    static func pairs(_ members: [Int32]) -> [(Int32, Int32)] {
        var result: [(Int32, Int32)] = []
        for i in members.indices { for j in members.indices where j > i { result.append((members[i], members[j])) } }
        return result
    }

    /// Connected components of the members under mutual-aid ties among them.
    static func components(_ members: [Int32], aid: Set<UInt64>) -> Int {
        var label = Array(members.indices)
        func find(_ x: Int) -> Int { var x = x; while label[x] != x { x = label[x] }; return x }
        for i in members.indices {
            for j in members.indices where j > i && aid.contains(pairKey(members[i], members[j])) {
                label[find(j)] = find(i)
            }
        }
        return Set(members.indices.map(find)).count
    }
}
