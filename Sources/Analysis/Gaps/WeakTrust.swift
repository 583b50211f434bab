import TrustModel

/// **Weak trust** (DESIGN §4 gap 5, first half): ties whose trust is below the weak-trust
/// threshold of their relation (0.5 unless `network.json` sets `weakTrust`) — for instance
/// a station that trusts its street office's support little. One finding per pair, every
/// weak tie between the two (either direction, any relation) listed inside it.
///
/// - Score: the largest shortfall, threshold − trust.
/// - Severity: high when a tie is strained (trust below `strained`, 0.3), medium when a weak
///   tie holds the station up (guidance, supervision, management, support or funding of a
///   social work post), low otherwise.
/// - Complexity: O(m).
public enum WeakTrust {
    /// One weak tie, as written.
    public struct WeakTie: Sendable, Hashable {
        public var source: Int32
        public var target: Int32
        public var relation: Relation
        public var trust: Double
        public var threshold: Double
    }

    public struct Facts: Sendable, Hashable {
        /// The side that wrote the weakest tie, and the other.
        public var truster: Int32
        public var other: Int32
        /// The weak ties between them, weakest first.
        public var ties: [WeakTie]
        public var strained: Double
        /// Whether one of them holds a social work post up.
        public var holdsUp: Bool
    }

    static let scaffolding: Set<Relation> = [.guidance, .supervision, .management, .support, .funding]

    static func findings(_ context: GapContext) -> [Finding] {
        var byPair: [UInt64: [WeakTie]] = [:]
        var order: [UInt64] = []
        for tie in context.network.ties {
            let threshold = context.thresholds.weakTrust(for: tie.relation)
            guard tie.trust < threshold, tie.source != tie.target else { continue }
            let key = PartnerGraph.pairKey(tie.source, tie.target)
            let weak = WeakTie(source: tie.source, target: tie.target, relation: tie.relation, trust: tie.trust,
                               threshold: threshold)
            if byPair[key] == nil { order.append(key) }
            if let i = byPair[key]?.firstIndex(where: { $0.source == weak.source && $0.target == weak.target && $0.relation == weak.relation }) {
                if weak.trust < byPair[key]?[i].trust ?? 0 { byPair[key]?[i] = weak }
            } else {
                byPair[key, default: []].append(weak)
            }
        }
        let strained = context.thresholds.strained
        return order.compactMap { key in
            guard var ties = byPair[key] else { return nil }
            ties.sort { ($0.trust, $0.relation, $0.source) < ($1.trust, $1.relation, $1.source) }
            guard let weakest = ties.first else { return nil }
            let holdsUp = ties.contains { weak in
                scaffolding.contains(weak.relation)
                    && (context.node(weak.source).kind.isSocialWorkPost || context.node(weak.target).kind.isSocialWorkPost)
            }
            let severity: FindingSeverity = weakest.trust < strained ? .high : holdsUp ? .medium : .low
            let shortfall = ties.map { $0.threshold - $0.trust }.max() ?? 0
            return Finding(severity: severity, score: shortfall, nodes: [weakest.source, weakest.target],
                           station: context.station(of: weakest.source) ?? context.station(of: weakest.target),
                           facts: .weakTrust(Facts(truster: weakest.source, other: weakest.target, ties: ties,
                                                   strained: strained, holdsUp: holdsUp)))
        }
    }
}
