import TrustModel

/// **Mutual-aid opportunity** (DESIGN §4 gap 7; the seed: clients themselves are a
/// resource, through mutual-aid groups and one-to-many help): clients of one community sharing a need, not
/// all joined by `mutual-aid` ties. One suggested group per set of clients, every need
/// they share listed inside it: the clients sharing a need form a group, and a need shared
/// by some of an already suggested group's members only is listed in that group rather
/// than suggested again. The group is led by the community's office.
///
/// - Score: people in the suggested group.
/// - Severity: high when no two of them are in mutual aid and there are three or more;
///   medium when none are; low when some are and others are left out.
/// - Complexity: O(n + m + Σ g²) over the groups g.
public enum MutualAidOpportunity {
    /// A need the group shares, and which of its members share it.
    public struct SharedNeed: Sendable, Hashable {
        public var tag: Tag
        public var members: [Int32]
    }

    public struct Facts: Sendable, Hashable {
        /// The community (`area`) as written, and its office if it has one.
        public var area: String
        public var office: Int32?
        /// The clients of the group, in node order.
        public var members: [Int32]
        public var needs: [SharedNeed]
        public var people: Int
        /// Pairs of members already in mutual aid.
        public var linkedPairs: Int
    }

    static func findings(_ context: GapContext) -> [Finding] {
        var aid = Set<UInt64>()
        for tie in context.network.ties where tie.relation == .mutualAid && tie.trust > 0 {
            aid.insert(PartnerGraph.pairKey(tie.source, tie.target))
        }
        var findings: [Finding] = []
        for (a, clients) in context.clientsOfArea.enumerated() where clients.count >= 2 {
            let area = context.areas[a]
            // Clients by need, in node order.
            var byNeed: [Tag: [Int32]] = [:]
            for client in clients { for need in context.node(client).needs { byNeed[need, default: []].append(client) } }
            // Needs shared by two or more clients not all joined by mutual aid, largest first.
            let open = byNeed.filter { $0.value.count >= 2 && components($0.value, aid: aid) > 1 }
                .sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
            var clusters: [(members: Set<Int32>, needs: [SharedNeed])] = []
            for (need, members) in open {
                let shared = SharedNeed(tag: need, members: members)
                if let i = clusters.firstIndex(where: { $0.members.isSuperset(of: members) }) {
                    clusters[i].needs.append(shared)
                } else {
                    clusters.append((Set(members), [shared]))
                }
            }
            let office = context.officeOfArea[a] >= 0 ? context.officeOfArea[a] : nil
            for cluster in clusters {
                let members = cluster.members.sorted()
                let people = members.reduce(0) { $0 + context.node($1).size }
                let linked = pairs(members).filter { aid.contains(PartnerGraph.pairKey($0.0, $0.1)) }.count
                let severity: FindingSeverity = linked == 0 ? (members.count >= 3 ? .high : .medium) : .low
                findings.append(Finding(severity: severity, score: Double(people), nodes: members + (office.map { [$0] } ?? []),
                                        station: members.first.flatMap(context.station(of:)),
                                        facts: .mutualAid(Facts(area: area, office: office, members: members, needs: cluster.needs,
                                                                people: people, linkedPairs: linked))))
            }
        }
        return findings
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
            for j in members.indices where j > i && aid.contains(PartnerGraph.pairKey(members[i], members[j])) {
                label[find(j)] = find(i)
            }
        }
        return Set(members.indices.map(find)).count
    }
}
