import TrustModel

/// Every gap finding of DESIGN §4 with the summary figures beside them: coverage per need
/// tag, coverage per community and its Gini coefficient, and the 五社联动 score per station.
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
        /// Clients under pseudonyms in every text (training material).
        public var anonymize = false

        public init(only: Set<FindingKind> = [], station: String? = nil, thresholds: Thresholds? = nil,
                    introductionsPerStation: Int = 3, anonymize: Bool = false) {
            self.anonymize = anonymize
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
    /// Ranked: by kind in DESIGN order, then severity, then score.
    public var findings: [Finding]

    public enum Failure: Error, Equatable, Sendable {
        case unknownStation(String)
        case notAStation(String, NodeKind)

        public func message(_ language: Language) -> String {
            switch self {
            case let .unknownStation(id):
                language.pick("没有编号为“\(id)”的节点", "no node has the id \"\(id)\"")
            case let .notAStation(id, kind):
                language.pick("“\(id)”是\(kind.chineseName)，不是社工站或社工室", "\"\(id)\" is a \(kind.englishName), not a station or office")
            }
        }
    }

    /// Runs every analysis the options ask for.
    ///
    /// - Complexity: O((n + m) log n) for the shared searches, one bounded trust search per
    ///   serving node and station, and one depth-first search per station (single points of
    ///   failure); no all-pairs work.
    public static func analyse(_ network: TrustNetwork, options: Options = Options()) throws(Failure) -> GapAnalysis {
        var focusStation: Int32?
        if let id = options.station {
            guard let index = network.index(of: id) else { throw .unknownStation(id) }
            let kind = network[index].kind
            guard kind.isSocialWorkPost else { throw .notAStation(id, kind) }
            focusStation = index
        }
        let context = GapContext(network, thresholds: options.thresholds, anonymize: options.anonymize)
        let wanted = { (kind: FindingKind) in options.only.isEmpty || options.only.contains(kind) }
        let assessment = UnmetNeed.assess(context)
        let coverage = CoverageImbalance.table(context)
        let linkage = FiveLinkage.table(context)
        var findings: [Finding] = []
        if wanted(.untappedResource) { findings += UntappedResource.findings(context) }
        if wanted(.unmetNeed) { findings += UnmetNeed.findings(context, assessment) }
        if wanted(.coverageImbalance) { findings += CoverageImbalance.findings(context, coverage) }
        if wanted(.fiveLinkage) { findings += FiveLinkage.findings(context, linkage) }
        if wanted(.weakTrust) { findings += WeakTrust.findings(context) }
        if wanted(.oneSidedTrust) { findings += OneSidedTrust.findings(context) }
        if wanted(.singlePointOfFailure) { findings += SinglePointOfFailure.findings(context) }
        if wanted(.mutualAid) { findings += MutualAidOpportunity.findings(context) }
        if wanted(.introduction) {
            findings += Introduction.findings(context, unmet: assessment.unmet, perStation: options.introductionsPerStation)
        }
        if wanted(.brokenHierarchy) { findings += BrokenHierarchy.findings(context) }
        if wanted(.focus) { findings += Focus.findings(context) }
        if let station = focusStation {
            findings = findings.filter { finding in
                finding.nodes.contains(station) || finding.nodes.first.map { context.nearestStation[Int($0)] == station } == true
            }
        }
        findings = findings.map(context.resolvingPseudonyms)
        findings.sort(by: Finding.ranked)
        return GapAnalysis(thresholds: context.thresholds, needCoverage: assessment.coverage,
                           communityCoverage: coverage,
                           fiveLinkage: focusStation.map { s in linkage.filter { $0.station == s } } ?? linkage,
                           findings: findings)
    }

    /// Findings of one kind, in rank order.
    public func findings(_ kind: FindingKind) -> [Finding] { findings.filter { $0.kind == kind } }
}
