import GraphCore
import TrustModel

/// `guanxi communities`: the trust communities found by Louvain, with their members, the
/// modularity, and how they line up with the communities people recorded (`area`).
///
/// Alignment is the *purity* of the partition against `area`: of the nodes that have an
/// area, the share whose area is the most common area of their community (1 when every
/// community is one area or a union of whole areas; low when communities cut across areas).
public struct CommunityAlignment: Sendable {
    public struct Group: Sendable, Equatable {
        /// Members, highest trust strength first.
        public var members: [Int32]
        /// The most common area among members (nil when none has an area), and how many
        /// members have it.
        public var dominantArea: String?
        public var dominantCount: Int
        public var withArea: Int
        public var people: Int
    }

    public var groups: [Group]
    public var modularity: Double
    public var purity: Double

    /// - Complexity: Louvain, then O(n log n).
    public static func compute(_ network: TrustNetwork, seed: UInt64 = 42) -> CommunityAlignment {
        let graph = TrustGraphs.structural(network)
        let strength = Influence.strength(graph)
        let communities = Influence.louvain(graph, seed: seed).numberedBySize(strength: strength)
        var groups: [Group] = []
        var aligned = 0, withArea = 0
        for members in communities.members where !members.isEmpty {
            let ordered = members.sorted { (strength[Int($0)], $1) > (strength[Int($1)], $0) }
            var counts: [String: Int] = [:]
            for member in members { if let area = network[member].area { counts[area, default: 0] += 1 } }
            let dominant = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }
            let have = counts.values.reduce(0, +)
            aligned += dominant?.value ?? 0
            withArea += have
            groups.append(Group(members: ordered, dominantArea: dominant?.key, dominantCount: dominant?.value ?? 0,
                                withArea: have, people: members.reduce(0) { $0 + network[$1].people }))
        }
        return CommunityAlignment(groups: groups, modularity: communities.modularity,
                                  purity: withArea > 0 ? Double(aligned) / Double(withArea) : 1)
    }
}
