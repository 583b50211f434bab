import TrustModel

/// One figure of the whole network, before and after.
public struct MeasureChange: Sendable {
    public enum Measure: String, Sendable, CaseIterable {
        case nodes, ties, people, density, meanTrust, medianTrust, shareBelowThreshold
        case components, oneSidedPairs, findings, highFindings, coverageGini

        /// The JSON key.
        public var keyword: String { rawValue }

        /// Whether the figure is a count (printed without decimals).
        public var isCount: Bool {
            switch self {
            case .nodes, .ties, .people, .components, .oneSidedPairs, .findings, .highFindings: true
            default: false
            }
        }
    }

    public var measure: Measure
    /// `nil` where the figure is undefined (trust of a network with no ties, findings when
    /// they were not compared).
    public var old: Double?
    public var new: Double?

    /// The figures of both networks (``NetworkSummary``; findings and coverage from the gap
    /// analyses when given).
    static func compare(_ old: TrustNetwork, _ new: TrustNetwork, oldGaps: GapAnalysis?, newGaps: GapAnalysis?) -> [MeasureChange] {
        let a = NetworkSummary(old), b = NetworkSummary(new)
        func figure(_ measure: Measure, _ summary: NetworkSummary, _ gaps: GapAnalysis?) -> Double? {
            switch measure {
            case .nodes: Double(summary.nodeCount)
            case .ties: Double(summary.tieCount)
            case .people: Double(summary.peopleRepresented)
            case .density: summary.density
            case .meanTrust: summary.trust?.mean
            case .medianTrust: summary.trust?.median
            case .shareBelowThreshold: summary.trust?.shareBelow
            case .components: Double(summary.components)
            case .oneSidedPairs: Double(summary.oneSidedPairs.count)
            case .findings: gaps.map { Double($0.findings.count) }
            case .highFindings: gaps.map { Double($0.findings.filter { $0.severity == .high }.count) }
            case .coverageGini: gaps.flatMap { $0.communityCoverage.communities.isEmpty ? nil : $0.communityCoverage.gini }
            }
        }
        return Measure.allCases.compactMap { measure in
            let change = MeasureChange(measure: measure, old: figure(measure, a, oldGaps), new: figure(measure, b, newGaps))
            return change.old == nil && change.new == nil ? nil : change
        }
    }
}

/// A node in both networks whose influence moved.
public struct InfluenceMove: Sendable {
    public var id: String
    /// Its index in the old and the new network.
    public var oldIndex: Int32
    public var newIndex: Int32
    public var measure: InfluenceTable.Measure
    public var old: Double
    public var new: Double
    public var change: Double { new - old }

    /// Moves smaller than this are rounding, not change (PageRank's tolerance is 1e-6).
    static let noise = 1e-6

    /// For each measure, the `count` nodes present in both networks whose value moved
    /// most (largest absolute change first, ties by id), from the measures of each.
    /// - Complexity: O(n log n).
    static func largest(_ old: TrustNetwork, _ new: TrustNetwork, before: InfluenceTable?, after: InfluenceTable?,
                        measures: [InfluenceTable.Measure], count: Int) -> [InfluenceMove] {
        guard let before, let after, count > 0 else { return [] }
        var moves: [InfluenceMove] = []
        for measure in measures {
            var candidates: [InfluenceMove] = []
            for (i, node) in new.nodes.enumerated() {
                guard let o = old.index(of: node.id), let a = before.value(measure, Int(o)),
                      let b = after.value(measure, i), abs(b - a) >= noise else { continue }
                candidates.append(InfluenceMove(id: node.id, oldIndex: o, newIndex: Int32(i), measure: measure, old: a, new: b))
            }
            candidates.sort { x, y in
                abs(x.change) != abs(y.change) ? abs(x.change) > abs(y.change) : x.id < y.id
            }
            moves += candidates.prefix(count)
        }
        return moves
    }
}
