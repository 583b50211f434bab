import GraphCore
import Platform
import TrustModel

/// The influence measures of DESIGN §4 for every node of a network, computed on the views
/// each is defined on: PageRank on the reversed flow graph ("relied upon"), trust reach on
/// the flow graph, everything else on the structural graph. Only the measures asked for are
/// computed, and each one's time is kept for `--timings`.
public struct InfluenceTable: Sendable {
    /// The measures, by the column names scripts rely on.
    public enum Measure: String, Sendable, CaseIterable, Comparable {
        case degree, strength, pagerank, eigenvector, betweenness, harmonic, constraint
        case effectiveSize = "effective_size"
        case core, community
        case reach

        /// The columns of `--format csv|json`, in order (`reach` is extra, for the table).
        public static let columns: [Measure] = [.degree, .strength, .pagerank, .eigenvector, .betweenness,
                                                 .harmonic, .constraint, .effectiveSize, .core, .community]

        /// Whether the measure is computed on the directed flow graph (the rest use the
        /// structural one).
        var needsFlowGraph: Bool { self == .pagerank || self == .reach }

        public static func < (lhs: Measure, rhs: Measure) -> Bool {
            (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
        }
    }

    public struct Options: Sendable {
        public var measures: Set<Measure> = Set(Measure.allCases)
        /// Betweenness and harmonic closeness from this many seeded pivot sources; `nil`:
        /// exact up to ``exactBetweennessLimit`` structural ties, 256 pivots beyond (both
        /// exact measures search from every node: hours at a million ties).
        public var betweennessPivots: Int?
        public var exactBetweennessLimit = 50_000
        /// Seed of Louvain and of the pivots.
        public var seed: UInt64 = 42
        /// Trust reach counts people along paths of at least this trust (nil: the
        /// network's path-trust threshold).
        public var reachThreshold: Double?

        public init(measures: Set<Measure> = Set(Measure.allCases), betweennessPivots: Int? = nil, seed: UInt64 = 42,
                    reachThreshold: Double? = nil) {
            self.measures = measures
            self.betweennessPivots = betweennessPivots
            self.seed = seed
            self.reachThreshold = reachThreshold
        }

        /// The pivots for the path measures on `structural`: as asked, else none (exact)
        /// up to the limit and 256 beyond.
        func pivots(for structural: CSRGraph) -> Int? {
            betweennessPivots ?? (structural.edgeCount <= exactBetweennessLimit ? nil : 256)
        }
    }

    public var measures: Set<Measure>
    public var degree: [Int]?
    public var strength: [Double]?
    public var pagerank: [Double]?
    public var eigenvector: [Double]?
    public var betweenness: [Double]?
    /// Set when betweenness was sampled: pivots and error bound.
    public var betweennessSample: SampledBetweenness?
    /// Set when harmonic closeness was sampled: pivots and error bound.
    public var harmonicSample: SampledHarmonicCloseness?
    public var harmonic: [Double]?
    public var constraint: [Double?]?
    public var effectiveSize: [Double?]?
    public var core: [Int]?
    public var communities: Communities?
    public var reach: [Double]?
    /// Seconds per step — `flow graph` and its measures, then `structural graph` and its
    /// measures — with the process's peak memory once the step was done, in bytes.
    public var timings: [(step: String, seconds: Double, peakBytes: Int)] = []

    /// Computes the measures asked for; `progress` is told each measure as it starts.
    /// - Complexity: dominated by betweenness and harmonic closeness, O(n · m log n) exact;
    ///   the rest are O(m) per iteration or O(m log n).
    public static func compute(_ network: TrustNetwork, options: Options = Options(),
                               progress: (@Sendable (Measure) -> Void)? = nil) -> InfluenceTable {
        var table = InfluenceTable(measures: options.measures)
        var clock = Stopwatch()
        // One view at a time, the flow graph's measures first: each view is built for its
        // measures and dropped after them, so a city's two views (and their measures'
        // workspaces) are never held together.
        let wanted = Measure.allCases.filter { options.measures.contains($0) }
        if wanted.contains(.pagerank) {
            let flow = TrustGraphs.flow(network)
            table.timings.append(("flow graph", clock.lap(), Stopwatch.peakMemoryBytes()))
            progress?(.pagerank)
            table.pagerank = Influence.relianceRank(flow: flow).scores
            table.timings.append((Measure.pagerank.rawValue, clock.lap(), Stopwatch.peakMemoryBytes()))
        }
        if wanted.contains(.reach) {
            progress?(.reach)
            let people = network.nodes.map { Double($0.people) }
            let threshold = options.reachThreshold ?? network.thresholds.pathTrust
            table.reach = try? Influence.trustReach(InfluenceTable.flowEndingAtClients(network), people: people,
                                                    threshold: threshold)
            table.timings.append((Measure.reach.rawValue, clock.lap(), Stopwatch.peakMemoryBytes()))
        }
        let onStructure = wanted.filter { !$0.needsFlowGraph }
        guard !onStructure.isEmpty else { return table }
        let structural = TrustGraphs.structural(network)
        table.timings.append(("structural graph", clock.lap(), Stopwatch.peakMemoryBytes()))
        for measure in onStructure {
            progress?(measure)
            switch measure {
            case .degree: table.degree = Influence.degree(structural)
            case .strength: table.strength = Influence.strength(structural)
            case .eigenvector: table.eigenvector = Influence.eigenvectorCentrality(structural).scores
            case .betweenness:
                if let pivots = options.pivots(for: structural), pivots < network.nodes.count {
                    let sample = Influence.sampledBetweenness(structural, pivots: pivots, seed: options.seed)
                    table.betweenness = sample.scores
                    table.betweennessSample = sample
                } else {
                    table.betweenness = Influence.betweenness(structural)
                }
            case .harmonic:
                if let pivots = options.pivots(for: structural), pivots < network.nodes.count {
                    let sample = Influence.sampledHarmonicCloseness(structural, pivots: pivots, seed: options.seed)
                    table.harmonic = sample.scores
                    table.harmonicSample = sample
                } else {
                    table.harmonic = Influence.harmonicCloseness(structural)
                }
            case .constraint: table.constraint = Influence.constraint(structural)
            case .effectiveSize: table.effectiveSize = Influence.effectiveSize(structural)
            case .core: table.core = Influence.coreNumber(structural)
            case .community:
                let strength = table.strength ?? Influence.strength(structural)
                table.communities = Influence.louvain(structural, seed: options.seed).numberedBySize(strength: strength)
            case .pagerank, .reach: break   // computed above, on the flow graph
            }
            table.timings.append((measure.rawValue, clock.lap(), Stopwatch.peakMemoryBytes()))
        }
        return table
    }

    /// A measure's value for a node as a number for sorting (`nil` when not computed or
    /// undefined, as constraint is for an isolated node).
    public func value(_ measure: Measure, _ node: Int) -> Double? {
        switch measure {
        case .degree: degree.map { Double($0[node]) }
        case .strength: strength?[node]
        case .pagerank: pagerank?[node]
        case .eigenvector: eigenvector?[node]
        case .betweenness: betweenness?[node]
        case .harmonic: harmonic?[node]
        case .constraint: constraint?[node] ?? nil
        case .effectiveSize: effectiveSize?[node] ?? nil
        case .core: core.map { Double($0[node]) }
        // Counted from 1, as `guanxi communities` numbers them.
        case .community: communities.map { Double($0.label[node] + 1) }
        case .reach: reach?[node]
        }
    }

    /// A measure's value as people read it in a table: whole numbers for counts, three
    /// decimals for shares, two for sums of trust; "—" when undefined or not computed.
    public func formatted(_ measure: Measure, _ node: Int) -> String {
        guard let value = value(measure, node) else { return "—" }
        switch measure {
        case .degree, .core, .community, .reach: return NumberText.fixed(value, 0)
        case .strength, .harmonic, .constraint: return NumberText.fixed(value, 2)
        case .effectiveSize: return NumberText.fixed(value, 1)
        case .pagerank, .eigenvector, .betweenness: return NumberText.fixed(value, 3)
        }
    }

    /// Node indices ranked by a measure, highest first (lowest first for constraint, where
    /// low means more brokerage); undefined values last; ties by index.
    public func ranking(by measure: Measure, count: Int) -> [Int] {
        let ascending = measure == .constraint
        let n = degree?.count ?? strength?.count ?? pagerank?.count ?? betweenness?.count ?? harmonic?.count
            ?? constraint?.count ?? effectiveSize?.count ?? core?.count ?? communities?.label.count ?? reach?.count
            ?? eigenvector?.count ?? 0
        let ranked = (0..<n).sorted { a, b in
            switch (value(measure, a), value(measure, b)) {
            case let (x?, y?): x != y ? (ascending ? x < y : x > y) : a < b
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a < b
            }
        }
        return Array(ranked.prefix(count))
    }
}

/// Wall-clock laps for `--timings`, from the monotonic clock.
extension InfluenceTable {
    /// The flow graph with no arc leaving a client (DESIGN §4: a client group is an end
    /// point, never a channel), for trust reach: people are reached through partners, not
    /// through other clients. Built from the ties in place: each tie's two directions are
    /// two edges, the one leaving a client given trust 0, which the builder drops.
    /// - Complexity: O(n + m).
    static func flowEndingAtClients(_ network: TrustNetwork) -> CSRGraph {
        let isClient = network.nodes.map { $0.kind == .client }
        return network.ties.withUnsafeBufferPointer { ties in
            CSRGraph.build(nodeCount: network.nodes.count, directed: true, edgeCount: 2 * ties.count) { i in
                let tie = ties[i / 2]
                let (from, to) = i % 2 == 0 ? (tie.source, tie.target) : (tie.target, tie.source)
                let carries = !isClient[Int(from)] && (i % 2 == 0 || tie.mutual)
                return GraphEdge(source: from, target: to, trust: carries ? tie.trust : 0)
            }
        }
    }
}

public struct Stopwatch {
    private var last = Stopwatch.now()

    public init() {}

    public static func now() -> Double { System.monotonicSeconds() }

    /// The most memory the process has held so far (its peak resident set), in bytes.
    public static func peakMemoryBytes() -> Int { System.peakResidentBytes() }

    public mutating func lap() -> Double {
        let current = Stopwatch.now()
        defer { last = current }
        return current - last
    }
}
