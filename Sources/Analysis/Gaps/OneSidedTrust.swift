import TrustModel

/// **One-sided trust** (DESIGN §4 gap 5, second half; the seed's problem of leaders' recognition): a pair
/// written in both directions whose trust differs by at least the asymmetry threshold (0.3),
/// compared relation by relation first so that a strong tie of another relation never
/// hides a one-sided one (``NetworkSummary/oneSidedPairs(in:asymmetry:)``). One finding per
/// pair, every one-sided relation listed inside it.
///
/// - Score: the largest difference in trust.
/// - Severity: high when the pair is part of the station's own scaffolding (either side a
///   station, office, head station, agency or street office), medium otherwise.
/// - Complexity: O(m).
public enum OneSidedTrust {
    public struct Facts: Sendable, Hashable {
        /// The side that trusts less (in the most one-sided comparison), and the other.
        public var lower: Int32
        public var higher: Int32
        /// Each one-sided comparison: the relation (`nil`: the highest trust each way), the
        /// trust of its more trusting side in the other, and back.
        public var comparisons: [Comparison]
        public var asymmetry: Double
    }

    public struct Comparison: Sendable, Hashable {
        public var relation: Relation?
        public var truster: Int32
        public var other: Int32
        public var trust: Double
        public var trustBack: Double
    }

    static let scaffolding: Set<NodeKind> = [.station, .office, .headStation, .agency, .streetOffice]

    static func findings(_ context: GapContext) -> [Finding] {
        NetworkSummary.oneSidedPairs(in: context.network, asymmetry: context.thresholds.asymmetry).map { pair in
            let severity: FindingSeverity = scaffolding.contains(context.node(pair.truster).kind)
                || scaffolding.contains(context.node(pair.other).kind) ? .high : .medium
            let comparisons = pair.comparisons.map {
                Comparison(relation: $0.relation, truster: $0.truster, other: $0.other, trust: $0.trust, trustBack: $0.trustBack)
            }
            return Finding(severity: severity, score: pair.gap, nodes: [pair.other, pair.truster],
                           station: context.station(of: pair.other) ?? context.station(of: pair.truster),
                           facts: .oneSidedTrust(Facts(lower: pair.other, higher: pair.truster, comparisons: comparisons,
                                                       asymmetry: context.thresholds.asymmetry)))
        }
    }
}
