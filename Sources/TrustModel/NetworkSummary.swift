/// The network at a glance (what `guanxi summary` prints): counts by kind and relation,
/// people represented, density, components, isolated nodes, the trust distribution and the
/// one-sided pairs.
///
/// Ties of trust 0 are recorded but carry nothing (DESIGN §4), so density, components and
/// isolation count only ties of trust > 0; the trust distribution counts every row.
///
/// - Complexity: O(n + m log m) — a union–find pass over the ties and one sort of the
///   trust values.
public struct NetworkSummary: Sendable, Equatable {
    /// A pair of nodes whose two directions of trust differ by at least the asymmetry
    /// threshold. The fields describe its most one-sided comparison; ``comparisons`` holds
    /// every one-sided one.
    public struct OneSidedPair: Sendable, Equatable {
        /// The side that trusts more, and the other side.
        public var truster: Int32
        public var other: Int32
        /// Trust written from `truster` to `other`, and back: in ``relation`` when it is set,
        /// else the highest each way.
        public var trust: Double
        public var trustBack: Double
        /// The relation compared; `nil` when the pair shares no relation written both ways
        /// and the highest trust each way was compared.
        public var relation: Relation?
        /// Every one-sided comparison of the pair, largest gap first (the first is this one).
        public var comparisons: [Comparison]
        public var gap: Double { trust - trustBack }

        public struct Comparison: Sendable, Equatable {
            public var truster: Int32
            public var other: Int32
            public var relation: Relation?
            public var trust: Double
            public var trustBack: Double
            public var gap: Double { trust - trustBack }
        }
    }

    public struct TrustDistribution: Sendable, Equatable {
        public var minimum: Double
        public var median: Double
        public var mean: Double
        public var maximum: Double
        /// Share of ties with trust below ``threshold``.
        public var shareBelow: Double
        public var threshold: Double
    }

    public var nodeCount: Int
    public var tieCount: Int
    public var nodesByKind: [(kind: NodeKind, count: Int)]
    public var tiesByRelation: [(relation: Relation, count: Int)]
    public var peopleRepresented: Int
    public var mutualTies: Int
    public var zeroTrustTies: Int
    /// Tied pairs (trust > 0, either direction) over all possible pairs n(n−1)/2.
    public var density: Double
    public var components: Int
    public var largestComponent: Int
    /// Nodes with no tie of trust > 0.
    public var isolatedNodes: [Int32]
    /// `nil` for a network with no ties.
    public var trust: TrustDistribution?
    /// Pairs written in both directions whose trust differs by at least the asymmetry
    /// threshold, largest gap first.
    public var oneSidedPairs: [OneSidedPair]

    public init(_ network: TrustNetwork) {
        let n = network.nodes.count
        nodeCount = n
        tieCount = network.ties.count
        var kindCounts = [Int](repeating: 0, count: NodeKind.allCases.count)
        for node in network.nodes { kindCounts[node.kind.order] += 1 }
        nodesByKind = NodeKind.allCases.compactMap { kind in
            kindCounts[kind.order] > 0 ? (kind, kindCounts[kind.order]) : nil
        }
        var relationCounts = [Int](repeating: 0, count: Relation.allCases.count)
        for tie in network.ties { relationCounts[tie.relation.order] += 1 }
        tiesByRelation = Relation.allCases.compactMap { relation in
            relationCounts[relation.order] > 0 ? (relation, relationCounts[relation.order]) : nil
        }
        peopleRepresented = network.peopleRepresented
        mutualTies = network.ties.reduce(0) { $0 + ($1.mutual ? 1 : 0) }
        zeroTrustTies = network.ties.reduce(0) { $0 + ($1.trust == 0 ? 1 : 0) }

        // Components and distinct pairs, over ties that carry trust.
        var components = DisjointSets(count: n)
        var pairs = Set<UInt64>()
        var tied = [Bool](repeating: false, count: n)
        for tie in network.ties where tie.trust > 0 {
            components.union(Int(tie.source), Int(tie.target))
            let (a, b) = (min(tie.source, tie.target), max(tie.source, tie.target))
            pairs.insert(UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)))
            tied[Int(tie.source)] = true
            tied[Int(tie.target)] = true
        }
        let possiblePairs = Double(n) * Double(n - 1) / 2
        density = possiblePairs > 0 ? Double(pairs.count) / possiblePairs : 0
        var sizes: [Int: Int] = [:]
        for i in 0..<n { sizes[components.find(i), default: 0] += 1 }
        self.components = sizes.count
        largestComponent = sizes.values.max() ?? 0
        isolatedNodes = (0..<n).compactMap { tied[$0] ? nil : Int32($0) }

        let trusts = network.ties.map(\.trust).sorted()
        if let first = trusts.first, let last = trusts.last {
            let middle = trusts.count / 2
            let median = trusts.count % 2 == 1 ? trusts[middle] : (trusts[middle - 1] + trusts[middle]) / 2
            let threshold = network.thresholds.pathTrust
            let below = trusts.reduce(0) { $0 + ($1 < threshold ? 1 : 0) }
            trust = TrustDistribution(minimum: first, median: median,
                                      mean: trusts.reduce(0, +) / Double(trusts.count),
                                      maximum: last, shareBelow: Double(below) / Double(trusts.count),
                                      threshold: threshold)
        }
        oneSidedPairs = NetworkSummary.oneSidedPairs(in: network, asymmetry: network.thresholds.asymmetry)
    }

    /// Pairs written both ways whose two directions differ by at least `asymmetry`,
    /// compared relation by relation first (DESIGN §4): for each relation written both ways,
    /// the highest trust each way in that relation — so a strong tie of another relation
    /// never hides a one-sided one; a pair that shares no relation written both ways
    /// compares the highest trust each way. Largest gap first.
    ///
    /// - Complexity: O(m) expected, plus sorting the pairs found.
    public static func oneSidedPairs(in network: TrustNetwork, asymmetry threshold: Double) -> [OneSidedPair] {
        func ordered(_ a: Int32, _ b: Int32) -> UInt64 { UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)) }
        // Pass 1: which ordered pairs are written at all; pairs written both ways are few.
        var written = Set<UInt64>()
        written.reserveCapacity(network.ties.count)
        for tie in network.ties where tie.source != tie.target { written.insert(ordered(tie.source, tie.target)) }
        var twoWay = Set<UInt64>()
        for key in written {
            let a = Int32(truncatingIfNeeded: key >> 32), b = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
            if a < b, written.contains(ordered(b, a)) { twoWay.insert(key) }
        }
        written = []
        guard !twoWay.isEmpty else { return [] }
        // Pass 2: per pair written both ways, the highest trust per direction and relation.
        struct Key: Hashable { var low: Int32, high: Int32 }
        var trusts: [Key: [Relation: (forward: Double, back: Double)]] = [:]
        for tie in network.ties where tie.source != tie.target {
            let low = min(tie.source, tie.target), high = max(tie.source, tie.target)
            guard twoWay.contains(ordered(low, high)) else { continue }
            var entry = trusts[Key(low: low, high: high), default: [:]][tie.relation] ?? (-1, -1)
            if tie.source == low { entry.forward = max(entry.forward, tie.trust) } else { entry.back = max(entry.back, tie.trust) }
            trusts[Key(low: low, high: high), default: [:]][tie.relation] = entry
        }
        var pairs: [OneSidedPair] = []
        for (key, byRelation) in trusts {
            var compared: [(relation: Relation?, forward: Double, back: Double)] = Relation.allCases.compactMap { relation in
                guard let e = byRelation[relation], e.forward >= 0, e.back >= 0 else { return nil }
                return (relation, e.forward, e.back)
            }
            if compared.isEmpty {
                let forward = byRelation.values.map(\.forward).max() ?? 0
                let back = byRelation.values.map(\.back).max() ?? 0
                compared = [(nil, forward, back)]
            }
            // A small epsilon so that 0.9 − 0.6 (= 0.29999…) counts as the 0.3 it is written as.
            let comparisons = compared.filter { abs($0.forward - $0.back) >= threshold - 1e-9 }.map { c in
                // From the side that trusts more (ties broken by index).
                c.forward >= c.back
                    ? OneSidedPair.Comparison(truster: key.low, other: key.high, relation: c.relation, trust: c.forward, trustBack: c.back)
                    : OneSidedPair.Comparison(truster: key.high, other: key.low, relation: c.relation, trust: c.back, trustBack: c.forward)
            }.sorted { ($0.gap, $1.relation?.order ?? -1) > ($1.gap, $0.relation?.order ?? -1) }
            guard let top = comparisons.first else { continue }
            pairs.append(OneSidedPair(truster: top.truster, other: top.other, trust: top.trust, trustBack: top.trustBack,
                                      relation: top.relation, comparisons: comparisons))
        }
        return pairs.sorted {
            ($0.gap, $1.truster, $1.other) > ($1.gap, $0.truster, $0.other)
        }
    }

    public static func == (lhs: NetworkSummary, rhs: NetworkSummary) -> Bool {
        lhs.nodeCount == rhs.nodeCount && lhs.tieCount == rhs.tieCount
            && lhs.nodesByKind.map(\.kind) == rhs.nodesByKind.map(\.kind)
            && lhs.nodesByKind.map(\.count) == rhs.nodesByKind.map(\.count)
            && lhs.tiesByRelation.map(\.relation) == rhs.tiesByRelation.map(\.relation)
            && lhs.tiesByRelation.map(\.count) == rhs.tiesByRelation.map(\.count)
            && lhs.peopleRepresented == rhs.peopleRepresented && lhs.density == rhs.density
            && lhs.components == rhs.components && lhs.largestComponent == rhs.largestComponent
            && lhs.isolatedNodes == rhs.isolatedNodes && lhs.trust == rhs.trust
            && lhs.oneSidedPairs == rhs.oneSidedPairs && lhs.mutualTies == rhs.mutualTies
            && lhs.zeroTrustTies == rhs.zeroTrustTies
    }
}

/// Union–find with path halving and union by size; near O(1) amortised per operation.
struct DisjointSets {
    private var parent: [Int32]
    private var size: [Int32]

    init(count: Int) {
        parent = (0..<count).map { Int32($0) }
        size = [Int32](repeating: 1, count: count)
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while Int(parent[x]) != x {
            parent[x] = parent[Int(parent[x])]
            x = Int(parent[x])
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a), rb = find(b)
        guard ra != rb else { return }
        if size[ra] < size[rb] { swap(&ra, &rb) }
        parent[rb] = Int32(ra)
        size[ra] += size[rb]
    }
}
