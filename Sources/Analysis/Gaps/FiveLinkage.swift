import TrustModel

/// **Five-party linkage (wushe liandong) completeness** (DESIGN §4 gap 4): for each station, which of the five parties
/// of China's "five-party linkage" it reaches along routes of trust ≥ the path-trust
/// threshold that never pass through clients — the community (a residents' committee), a
/// social organisation, social workers (the station itself), volunteers, and charity
/// resources (a charity fund, or a business that funds or gives money or goods).
///
/// - Score: the number of parties missing (the table gives the 0–5 score present).
/// - Severity: high with two or more missing, medium with one.
/// - Action: for each missing party, its member with the best route (however weak), or
///   "incubate or bring one in" when the network has none.
/// - Complexity: one search backwards from all members of each party: O((n + m) log n) × 4.
public enum FiveLinkage {
    public enum Party: String, Sendable, CaseIterable, Hashable {
        case community, socialOrganisation = "social-organisation", socialWorker = "social-worker"
        case volunteer, charity
    }

    public struct Row: Sendable, Equatable {
        public var station: Int32
        /// For each party, its member with the most trusted route, when that route is trusted.
        public var reached: [Party: Int32]
        public var score: Int { reached.count }
        public var missing: [Party] { Party.allCases.filter { reached[$0] == nil } }
    }

    /// For a missing party, its member the station reaches best, and the route's trust.
    public struct Candidate: Sendable, Hashable {
        public var party: Party
        public var node: Int32
        public var trust: Double
    }

    public struct Facts: Sendable, Hashable {
        public var station: Int32
        public var score: Int
        public var missing: [Party]
        /// Missing parties the network has a member of, with the best-reached one.
        public var candidates: [Candidate]
        /// Missing parties the network has no member of at all.
        public var absent: [Party]
        public var threshold: Double
    }

    /// Businesses that give money or goods: they count as charity resources.
    static func funders(_ context: GapContext) -> Set<Int32> {
        Set(context.network.ties.compactMap { tie -> Int32? in
            (tie.relation == .funding || tie.relation == .resource) && tie.trust > 0
                && context.node(tie.source).kind == .business ? tie.source : nil
        })
    }

    static func party(of index: Int32, _ context: GapContext, funders: Set<Int32>) -> Party? {
        let node = context.node(index)
        switch node.kind {
        case .committee: return .community
        case .socialOrg: return .socialOrganisation
        case .station, .office, .headStation: return .socialWorker
        case .volunteer: return .volunteer
        case .charity: return .charity
        case .business: return node.resources.contains(Tag(.funding)) || funders.contains(index) ? .charity : nil
        default: return nil
        }
    }

    /// The table, and for each station and missing party the best candidate.
    static func assess(_ context: GapContext) -> (rows: [Row], candidates: [Int32: [Candidate]]) {
        guard !context.stations.isEmpty else { return ([], [:]) }
        let funders = funders(context)
        var members: [Party: [Int32]] = [:]
        for i in context.nodes.indices {
            if let party = party(of: Int32(i), context, funders: funders), party != .socialWorker {
                members[party, default: []].append(Int32(i))
            }
        }
        let threshold = context.thresholds.pathTrust
        var reached: [Int32: [Party: Int32]] = [:]
        var candidates: [Int32: [Candidate]] = [:]
        for station in context.stations { reached[station] = [.socialWorker: station] }
        var search = MultiSourceTrust(nodeCount: context.nodes.count)
        for party in Party.allCases where party != .socialWorker {
            guard let sources = members[party] else { continue }
            search.run(context.graph, sources: sources, direction: .toSources)
            for station in context.stations {
                let trust = search.trust(station)
                let best = search.origin[Int(station)]
                if trust >= threshold - 1e-12, best >= 0 {
                    reached[station]?[party] = best
                } else {
                    // However weak the route, or none: the member to build a tie with.
                    let node = best >= 0 ? best : sources[0]
                    candidates[station, default: []].append(Candidate(party: party, node: node, trust: best >= 0 ? trust : 0))
                }
            }
        }
        let rows = context.stations.map { Row(station: $0, reached: reached[$0] ?? [:]) }
        return (rows, candidates)
    }

    static func findings(_ context: GapContext, _ rows: [Row], candidates: [Int32: [Candidate]]) -> [Finding] {
        rows.compactMap { row in
            let missing = row.missing
            guard !missing.isEmpty else { return nil }
            let found = (candidates[row.station] ?? []).filter { missing.contains($0.party) }
            let absent = missing.filter { party in !found.contains { $0.party == party } }
            return Finding(severity: missing.count >= 2 ? .high : .medium, score: Double(missing.count),
                           nodes: [row.station] + found.map(\.node).filter { $0 != row.station }, station: row.station,
                           facts: .fiveLinkage(Facts(station: row.station, score: row.score, missing: missing,
                                                     candidates: found, absent: absent,
                                                     threshold: context.thresholds.pathTrust)))
        }
    }
}
