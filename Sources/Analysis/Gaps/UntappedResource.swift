import TrustModel

/// **Untapped resource** (DESIGN §4 gap 1): a partner with declared resources that gives
/// nothing (``Giving``: no tie from it carrying something to a post, a client or a partner
/// serving clients, and no two-way cooperation with a post), or that gives but whose best
/// route from every station is below the path-trust threshold (the channel is not stable).
/// Governance partners (government, head station, street office, agency), posts and clients
/// are never untapped.
///
/// - Score: capacity (1 when not given) × relevance × (1 − best route trust), relevance
///   being 1 + 999 × the largest uncovered share (1 − coverage) among the needs its tags
///   could meet (1 when they meet no need that is short): a holder of what clients lack
///   ranks ahead of holders with up to a thousand times its capacity.
/// - Severity: high when idle and out of trusted reach; medium when idle but within reach
///   (an easy win); low when it gives, but only over untrusted routes.
/// - Action: the station's own contact on the best route, who can make the introduction
///   (the seed: bring idle resources to life, the station as the linker of resources); no introduction when the station and
///   the holder are already tied.
/// - Complexity: O(m) over the ties, plus the context's one search from all stations.
public enum UntappedResource {
    public struct Facts: Sendable, Hashable {
        public var holder: Int32
        public var resources: [Tag]
        public var capacity: Double?
        /// Whether it gives anything (then the finding is about the unstable channel).
        public var gives: Bool
        /// The most trusted route from the nearest station, station first, holder last;
        /// empty when no station reaches it.
        public var route: TrustRoute
        /// When that station and the holder are tied directly (any relation, either
        /// direction), the station's own trust in it: then no introduction is needed.
        public var directTrust: Double?
        public var threshold: Double
        /// Its tags that match needs unmet or under-covered in the network, most lacking first.
        public var matchingNeeds: [Tag]
        public var relevance: Double
    }

    /// How far a holder of what clients lack outranks one of what they do not.
    static let lackingWeight = 999.0

    static func findings(_ context: GapContext, uncovered: [Tag: Double]) -> [Finding] {
        let givers = Giving.givers(context.network, thresholds: context.thresholds)
        let threshold = context.thresholds.pathTrust
        var findings: [Finding] = []
        for holder in context.resourceHolders {
            let node = context.node(holder)
            guard !Giving.governance.contains(node.kind) else { continue }
            let gives = givers[Int(holder)]
            let best = context.stationTrust[Int(holder)]
            let trusted = best >= threshold - 1e-12
            guard !gives || !trusted else { continue }
            let matching = node.resources.filter { (uncovered[$0] ?? 0) > 0 }
                .sorted { (uncovered[$0] ?? 0, $1) > (uncovered[$1] ?? 0, $0) }
            let relevance = 1 + lackingWeight * (matching.first.flatMap { uncovered[$0] } ?? 0)
            let route = context.routeFromNearestStation(to: holder)
            let direct = route.nodes.first.flatMap { station in
                context.graph.areTied(station, holder) ? context.graph.trust(from: station, to: holder) ?? 0 : nil
            }
            let severity: FindingSeverity = gives ? .low : trusted ? .medium : .high
            findings.append(Finding(
                severity: severity, score: (node.capacity ?? 1) * relevance * (1 - best),
                nodes: [holder] + route.nodes.dropLast().reversed(), station: context.station(of: holder),
                facts: .untappedResource(Facts(holder: holder, resources: node.resources, capacity: node.capacity,
                                               gives: gives, route: route, directTrust: direct, threshold: threshold,
                                               matchingNeeds: matching, relevance: relevance))))
        }
        return findings
    }
}
