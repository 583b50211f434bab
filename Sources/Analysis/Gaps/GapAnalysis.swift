import TrustModel

/// Every gap finding of DESIGN §4 with the summary figures beside them: coverage per need
/// tag, coverage per community and its Gini coefficient, and the five-party linkage score per station.
public struct GapAnalysis: Sendable {
    public struct Options: Sendable {
        /// Only these kinds (all when empty).
        public var only: Set<FindingKind> = []
        /// Only findings that concern this station (its id).
        public var station: String?
        /// Thresholds over the network's own (from `network.json`).
        public var thresholds: Thresholds?
        /// Introductions suggested per station.
        public var introductionsPerStation = 3

        public init(only: Set<FindingKind> = [], station: String? = nil, thresholds: Thresholds? = nil,
                    introductionsPerStation: Int = 3) {
            self.only = only
            self.station = station
            self.thresholds = thresholds
            self.introductionsPerStation = introductionsPerStation
        }
    }

    public var thresholds: Thresholds
    public var needCoverage: [UnmetNeed.Coverage]
    public var communityCoverage: CoverageImbalance.Table
    public var fiveLinkage: [FiveLinkage.Row]
    /// The street/township stations of the network, in node order.
    public var stations: [Int32]
    /// Ranked: by kind in DESIGN order, then severity, then score.
    public var findings: [Finding]
    /// Each step's time in seconds and the process's peak memory after it, in bytes (for
    /// `--timings`): the shared searches, then each kind by its keyword.
    public var timings: [(step: String, seconds: Double, peak: Int)]

    public enum Failure: Error, Equatable, Sendable {
        case unknownStation(String)
        case notAStation(String, NodeKind)
    }

    /// Runs every analysis the options ask for.
    ///
    /// - Complexity: O((n + m) log n) for each of the shared searches — one from all
    ///   stations, one backwards from the holders of each needed tag, one from the members of
    ///   each five-linkage party — and one depth-first search over each station's area; no all-pairs
    ///   work.
    public static func analyse(_ network: TrustNetwork, options: Options = Options()) throws(Failure) -> GapAnalysis {
        var focusStation: Int32?
        if let id = options.station {
            guard let index = network.index(of: id) else { throw .unknownStation(id) }
            let kind = network[index].kind
            guard kind.isSocialWorkPost else { throw .notAStation(id, kind) }
            focusStation = index
        }
        var clock = Stopwatch()
        var timings: [(step: String, seconds: Double, peak: Int)] = []
        func timed<T>(_ step: String, _ work: () -> T) -> T {
            let result = work()
            timings.append((step, clock.lap(), Stopwatch.peakMemoryBytes()))
            return result
        }
        let context = timed("graph") { GapContext(network, thresholds: options.thresholds) }
        let wanted = { (kind: FindingKind) in options.only.isEmpty || options.only.contains(kind) }
        let assessment = timed("needs") { UnmetNeed.assess(context) }
        let coverage = timed("coverage") { CoverageImbalance.table(context) }
        let linkage = timed("five-linkage table") { FiveLinkage.assess(context) }
        var findings: [Finding] = []
        func add(_ kind: FindingKind, _ work: () -> [Finding]) {
            guard wanted(kind) else { return }
            findings += timed(kind.keyword, work)
        }
        add(.untappedResource) { UntappedResource.findings(context, uncovered: assessment.uncovered) }
        add(.unmetNeed) { UnmetNeed.findings(context, assessment) }
        add(.coverageImbalance) { CoverageImbalance.findings(context, coverage) }
        add(.fiveLinkage) { FiveLinkage.findings(context, linkage.rows, candidates: linkage.candidates) }
        add(.weakTrust) { WeakTrust.findings(context) }
        add(.oneSidedTrust) { OneSidedTrust.findings(context) }
        add(.singlePointOfFailure) { SinglePointOfFailure.findings(context) }
        add(.mutualAid) { MutualAidOpportunity.findings(context) }
        add(.introduction) {
            Introduction.findings(context, unmetByStation: assessment.unmetByStation, perStation: options.introductionsPerStation)
        }
        add(.brokenHierarchy) { BrokenHierarchy.findings(context) }
        add(.focus) { Focus.findings(context, assessment) }
        if let station = focusStation {
            findings = findings.filter { $0.station == station || $0.nodes.contains(station) }
        }
        findings = timed("ranking") { ranked(findings) }
        return GapAnalysis(thresholds: context.thresholds, needCoverage: assessment.coverage,
                           communityCoverage: coverage,
                           fiveLinkage: focusStation.map { s in linkage.rows.filter { $0.station == s } } ?? linkage.rows,
                           stations: context.stations, findings: findings, timings: timings)
    }

    /// Sorted by ``Finding/ranked(_:_:)``: the order's keys are gathered once into a flat
    /// array and sorted there, so a city's hundreds of thousands of findings are moved once,
    /// not copied at every comparison.
    static func ranked(_ findings: [Finding]) -> [Finding] {
        struct Key {
            var kind: UInt8, severity: UInt8, score: Double, first: Int32, index: Int32
        }
        let kinds = Dictionary(uniqueKeysWithValues: FindingKind.allCases.enumerated().map { ($1, UInt8($0)) })
        let severities = Dictionary(uniqueKeysWithValues: FindingSeverity.allCases.enumerated().map { ($1, UInt8($0)) })
        var keys = findings.indices.map { i in
            Key(kind: kinds[findings[i].kind] ?? 0, severity: severities[findings[i].severity] ?? 0,
                score: findings[i].score, first: findings[i].nodes.first ?? -1, index: Int32(i))
        }
        findings.withUnsafeBufferPointer { all in
            keys.sort { a, b in
                if a.kind != b.kind { return a.kind < b.kind }
                if a.severity != b.severity { return a.severity < b.severity }
                if a.score != b.score { return a.score > b.score }
                if a.first != b.first { return a.first < b.first }
                let x = all[Int(a.index)].nodes, y = all[Int(b.index)].nodes
                return x.lexicographicallyPrecedes(y) || (x == y && a.index < b.index)
            }
        }
        return keys.map { findings[Int($0.index)] }
    }

    /// Findings of one kind, in rank order.
    public func findings(_ kind: FindingKind) -> [Finding] { findings.filter { $0.kind == kind } }
}
