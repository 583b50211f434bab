import TrustModel

/// **Broken hierarchy** (DESIGN §4 gap 9; the seed's chain head station – street station – community office, the agency
/// that manages the station, and an office stationed in every residents' committee):
///
/// - an office under no station (no guidance, supervision or management tie with one);
/// - a station under no head station (no guidance or supervision tie with one), or under no
///   agency (no management tie with one);
/// - clients served by nobody (no `service` tie carrying trust), one finding per community;
/// - a community with clients but no office: an `area` that names a committee (or names no
///   node at all) where clients live, and no office is in it (`area`) or tied to its
///   committee.
///
/// - Score: people for unserved clients and for a community without an office; 1 for a
///   missing link of the chain.
/// - Severity: high for unserved clients; medium otherwise.
/// - Complexity: O(n + m).
public enum BrokenHierarchy {
    public enum Problem: String, Sendable, Hashable, CaseIterable {
        case officeWithoutStation = "office-without-station"
        case stationWithoutHeadStation = "station-without-head-station"
        case stationWithoutAgency = "station-without-agency"
        case unservedClients = "unserved-clients"
        case communityWithoutOffice = "community-without-office"

        public var keyword: String { rawValue }
    }

    public struct Facts: Sendable, Hashable {
        public var problem: Problem
        /// The office or station missing its link, or the committee of the community.
        public var node: Int32?
        /// The community (`area`) as written, for the client problems.
        public var area: String?
        /// The clients concerned (unserved, or living in a community without an office).
        public var clients: [Int32]
        public var people: Int
        /// The office of the community, when it has one (who should visit the unserved).
        public var office: Int32?
    }

    static func findings(_ context: GapContext) -> [Finding] {
        let network = context.network
        var linked = Set<UInt64>()  // (node, kind of link) pairs seen
        func key(_ node: Int32, _ link: UInt64) -> UInt64 { UInt64(UInt32(node)) << 8 | link }
        let (officeToStation, stationToHead, stationToAgency): (UInt64, UInt64, UInt64) = (1, 2, 3)
        let chain: Set<Relation> = [.guidance, .supervision, .management]
        for tie in network.ties {
            let a = context.node(tie.source).kind, b = context.node(tie.target).kind
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
        func link(_ node: Int32, _ problem: Problem) {
            findings.append(Finding(severity: .medium, score: 1, nodes: [node], station: context.station(of: node),
                                    facts: .brokenHierarchy(Facts(problem: problem, node: node, area: nil, clients: [],
                                                                  people: 0, office: nil))))
        }
        for (i, node) in network.nodes.enumerated() {
            let index = Int32(i)
            if node.kind == .office, !linked.contains(key(index, officeToStation)) { link(index, .officeWithoutStation) }
            if node.kind == .station, !linked.contains(key(index, stationToHead)) { link(index, .stationWithoutHeadStation) }
            if node.kind == .station, !linked.contains(key(index, stationToAgency)) { link(index, .stationWithoutAgency) }
        }
        findings += unservedClients(context)
        findings += communitiesWithoutOffice(context)
        return findings
    }

    /// Clients with no service tie, one finding per community.
    private static func unservedClients(_ c: GapContext) -> [Finding] {
        var byArea: [String: [Int32]] = [:]
        for (i, node) in c.nodes.enumerated() where node.kind == .client && !c.isServed(Int32(i)) {
            byArea[c.community(of: Int32(i)) ?? "", default: []].append(Int32(i))
        }
        return byArea.keys.sorted().compactMap { area in
            guard let clients = byArea[area], let first = clients.first else { return nil }
            let people = clients.reduce(0) { $0 + c.node($1).size }
            let office = area.isEmpty ? nil : c.office(in: area)
            return Finding(severity: .high, score: Double(people), nodes: clients + (office.map { [$0] } ?? []),
                           station: c.station(of: first),
                           facts: .brokenHierarchy(Facts(problem: .unservedClients, node: nil, area: area.isEmpty ? nil : area,
                                                         clients: clients, people: people, office: office)))
        }
    }

    /// Communities where clients live and no office is stationed.
    private static func communitiesWithoutOffice(_ c: GapContext) -> [Finding] {
        // Committees with an office tied to them, whatever the office's `area` says.
        var tiedToOffice = Set<Int32>()
        for tie in c.network.ties {
            let a = c.node(tie.source).kind, b = c.node(tie.target).kind
            if a == .office && b == .committee { tiedToOffice.insert(tie.target) }
            if b == .office && a == .committee { tiedToOffice.insert(tie.source) }
        }
        return c.areas.indices.compactMap { a in
            let area = c.areas[a], clients = c.clientsOfArea[a]
            guard c.officeOfArea[a] < 0, let first = clients.first else { return nil }
            let committee = c.committee(of: area)
            if let committee {
                // An area that names a street, a station or any non-committee node is not a community.
                guard c.node(committee).kind == .committee, !tiedToOffice.contains(committee) else { return nil }
            }
            let people = clients.reduce(0) { $0 + c.node($1).size }
            return Finding(severity: .medium, score: Double(people), nodes: (committee.map { [$0] } ?? []) + clients,
                           station: c.station(of: committee ?? first),
                           facts: .brokenHierarchy(Facts(problem: .communityWithoutOffice, node: committee, area: area,
                                                         clients: clients, people: people, office: nil)))
        }
    }
}
