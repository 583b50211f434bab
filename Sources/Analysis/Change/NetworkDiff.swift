import TrustModel

/// What changed between two versions of a network — last quarter's and this quarter's, say:
/// nodes added, removed and changed (field by field), ties added, removed and changed (trust
/// and other fields), the network's measures before and after, the nodes whose influence
/// moved most, and the gap findings that are new, resolved or persisting.
///
/// Matching rules (the same whatever format or language either file is in):
/// - **Nodes** by id. A node whose id is in both is compared on name, kind, area, resources,
///   needs (as sets of tags: the Chinese and English spellings of funding and venue, in either order, are equal), size, capacity and
///   the extra columns both files have (see ``NodeChanges``).
/// - **Ties** by (source id, target id, relation keyword): the Chinese word for support in one file and `support`
///   in the other are the same relation. A tie written the other way round (B→A where the
///   old file has A→B) is the same tie when both rows count both ways (`cooperation`,
///   `mutual-aid`, or `mutual` = yes) — it is then compared like any matched tie, its trust
///   read from the row as written; when either row is directed, the flow has changed and the
///   old tie is reported removed and the new one added. Rows repeated with the same key are
///   paired in file order (see ``TieMatching``).
/// - **Findings** by kind and the node each is about (see ``FindingMatching``).
///
/// - Complexity: O(n + m) for nodes and ties (hashing), plus two influence computations
///   (PageRank and betweenness) and two gap analyses, which dominate.
public struct NetworkDiff: Sendable {
    public struct Options: Sendable {
        /// Thresholds for both gap analyses; `nil`: each network's own (`network.json`).
        public var thresholds: Thresholds?
        /// Influence measures whose largest movers are listed.
        public var influenceMeasures: [InfluenceTable.Measure]
        /// Movers listed per measure.
        public var movers: Int
        /// Compare the gap findings (two gap analyses).
        public var findings: Bool
        /// Clients under pseudonyms (and small groups without their size) wherever the
        /// findings are phrased (training material): kept as ``NetworkDiff/anonymize``.
        public var anonymize: Bool

        public init(thresholds: Thresholds? = nil, influenceMeasures: [InfluenceTable.Measure] = [.pagerank, .betweenness],
                    movers: Int = 10, findings: Bool = true, anonymize: Bool = false) {
            self.thresholds = thresholds
            self.influenceMeasures = influenceMeasures
            self.movers = movers
            self.findings = findings
            self.anonymize = anonymize
        }
    }

    /// The two networks compared; every index below refers to one of them, as its name says.
    public let old: TrustNetwork
    public let new: TrustNetwork

    /// Node indices in `new` of nodes whose id is not in `old`, in `new`'s order.
    public var addedNodes: [Int32]
    /// Node indices in `old` of nodes whose id is not in `new`, in `old`'s order.
    public var removedNodes: [Int32]
    /// Nodes in both whose fields differ, in `new`'s order.
    public var changedNodes: [NodeChange]

    /// Tie indices in `new` of ties with no match in `old`, in `new`'s order.
    public var addedTies: [Int]
    /// Tie indices in `old` of ties with no match in `new`, in `old`'s order.
    public var removedTies: [Int]
    /// Matched ties whose trust or other fields differ, in `new`'s order.
    public var changedTies: [TieChange]
    /// Matched ties written the other way round in `new` (mutual ties only), changed or
    /// not: old and new tie indices.
    public var reversedTies: [(old: Int, new: Int)]

    /// The network's measures, old and new, in a fixed order.
    public var measures: [MeasureChange]
    /// The nodes in both networks whose influence moved most, per measure, largest move
    /// first.
    public var influence: [InfluenceMove]
    /// The gap findings compared; empty when ``Options/findings`` is off.
    public var findings: FindingComparison
    /// Whether the findings are to be phrased with clients under pseudonyms
    /// (``Options/anonymize``).
    public var anonymize = false

    /// Whether anything in the data changed (nodes or ties); measures and findings follow.
    public var isEmpty: Bool {
        addedNodes.isEmpty && removedNodes.isEmpty && changedNodes.isEmpty
            && addedTies.isEmpty && removedTies.isEmpty && changedTies.isEmpty
    }

    /// Compares `old` with `new`.
    public static func compare(_ old: TrustNetwork, _ new: TrustNetwork, options: Options = Options()) -> NetworkDiff {
        // The old network's analyses on another thread while the new one's run here (100k
        // ties: about half the time); above `parallelLimit` ties one after the other, so
        // that a city's two sets of workspaces are not held at once.
        let parallel = max(old.ties.count, new.ties.count) <= parallelLimit
        let analyseOld = { Analyses(old, options: options) }
        let background = parallel ? Background(analyseOld) : nil
        let after = Analyses(new, options: options)
        let before = background?.join() ?? analyseOld()
        let nodes = NodeChanges.compare(old, new)
        let ties = TieMatching.match(old, new)
        let findings = FindingMatching.compare(old: before.gaps?.findings ?? [], of: old,
                                               new: after.gaps?.findings ?? [], of: new)
        let measures = MeasureChange.compare(old, new, oldGaps: before.gaps, newGaps: after.gaps)
        let influence = InfluenceMove.largest(old, new, before: before.influence, after: after.influence,
                                              measures: options.influenceMeasures, count: options.movers)
        var diff = NetworkDiff(old: old, new: new, addedNodes: nodes.added, removedNodes: nodes.removed,
                               changedNodes: nodes.changed, addedTies: ties.added, removedTies: ties.removed,
                               changedTies: ties.changed, reversedTies: ties.reversed, measures: measures,
                               influence: influence, findings: findings)
        diff.anonymize = options.anonymize
        return diff
    }

    /// Networks with at most this many ties are analysed two at a time.
    static let parallelLimit = 200_000

    /// One network's gap findings and influence measures, as the options ask.
    struct Analyses: Sendable {
        var gaps: GapAnalysis?
        var influence: InfluenceTable?

        init(_ network: TrustNetwork, options: Options) {
            if options.findings {
                // Without a station filter the analysis cannot fail (only an unknown or
                // non-station `station` throws).
                gaps = try? GapAnalysis.analyse(network, options: .init(thresholds: options.thresholds))
            }
            if !options.influenceMeasures.isEmpty, options.movers > 0 {
                influence = InfluenceTable.compute(network, options: .init(measures: Set(options.influenceMeasures)))
            }
        }
    }
}
