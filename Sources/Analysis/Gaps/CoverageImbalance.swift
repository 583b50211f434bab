import TrustModel

/// **Coverage imbalance** (DESIGN §4 gap 3; the seed's problem of balancing project money across communities): per community,
/// people served over people recorded, where each client group counts its `size` times the
/// highest trust of the service ties it receives (0 when unserved). The Gini coefficient
/// measures how unevenly service is spread; communities below `coverageFlag` × the median
/// coverage are flagged.
///
/// - Score: (median − coverage) × people recorded: the people a community lacks to reach
///   the median.
/// - Severity: high when coverage is below half the flag line (or nobody there is served),
///   medium otherwise.
/// - Complexity: O(n + m).
public enum CoverageImbalance {
    public struct Community: Sendable, Hashable {
        /// The area as written (usually a committee id), and its display name.
        public var area: String
        public var name: String
        public var peopleRecorded: Int
        /// Size × service trust, summed.
        public var peopleServed: Double
        public var clientGroups: Int
        public var coverage: Double { peopleRecorded > 0 ? peopleServed / Double(peopleRecorded) : 0 }
        public var flagged: Bool
    }

    public struct Table: Sendable, Equatable {
        public var communities: [Community]
        public var medianCoverage: Double
        public var gini: Double
    }

    static func table(_ context: GapContext) -> Table {
        var communities: [Community] = []
        for (a, clients) in context.clientsOfArea.enumerated() {
            var people = 0, served = 0.0
            for client in clients {
                let size = context.node(client).size
                people += size
                served += Double(size) * context.serviceTrust(client)
            }
            guard people > 0 else { continue }
            let area = context.areas[a]
            communities.append(Community(area: area, name: context.committee(of: area).map { context.nodes[Int($0)].name } ?? area,
                                         peopleRecorded: people, peopleServed: served, clientGroups: clients.count, flagged: false))
        }
        let coverages = communities.map(\.coverage)
        let median = Self.median(coverages)
        for i in communities.indices {
            communities[i].flagged = communities.count >= 2 && communities[i].coverage < context.thresholds.coverageFlag * median
        }
        return Table(communities: communities, medianCoverage: median, gini: gini(coverages))
    }

    public struct Facts: Sendable, Hashable {
        public var community: Community
        /// The committee the area names, and the community's office, when they exist.
        public var committee: Int32?
        public var office: Int32?
        public var median: Double
        /// `coverageFlag` × the median: the line below which a community is flagged.
        public var flagLine: Double
        /// The community's clients served by nobody.
        public var unserved: [Int32]
    }

    static func findings(_ context: GapContext, _ table: Table) -> [Finding] {
        var findings: [Finding] = []
        let flagLine = context.thresholds.coverageFlag * table.medianCoverage
        for community in table.communities where community.flagged {
            let clients = context.clients(in: community.area)
            let unserved = clients.filter { !context.isServed($0) }
            let committee = context.committee(of: community.area)
            let office = context.office(in: community.area)
            let severity: FindingSeverity = community.coverage < flagLine / 2 || community.peopleServed == 0 ? .high : .medium
            let gap = (table.medianCoverage - community.coverage) * Double(community.peopleRecorded)
            var nodes: [Int32] = committee.map { [$0] } ?? []
            if let office { nodes.append(office) }
            nodes += unserved.filter { !nodes.contains($0) }
            if nodes.isEmpty, let first = clients.first { nodes = [first] }
            let main = nodes.first ?? 0
            findings.append(Finding(severity: severity, score: gap, nodes: nodes, station: context.station(of: office ?? main),
                                    facts: .coverageImbalance(Facts(community: community, committee: committee, office: office,
                                                                    median: table.medianCoverage, flagLine: flagLine,
                                                                    unserved: unserved))))
        }
        return findings
    }

    /// The median, 0 for no values.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// Gini coefficient G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄) of non-negative values: 0 when all are
    /// equal, towards 1 when one holds everything; 0 for no values or an all-zero list.
    /// Computed on sorted values as G = Σᵢ (2i − n − 1) xᵢ / (n Σ x), i = 1…n.
    /// - Complexity: O(n log n).
    public static func gini(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let total = sorted.reduce(0, +)
        guard sorted.count > 1, total > 0 else { return 0 }
        let n = Double(sorted.count)
        var weighted = 0.0
        for (i, x) in sorted.enumerated() { weighted += (2 * Double(i + 1) - n - 1) * x }
        return weighted / (n * total)
    }
}
