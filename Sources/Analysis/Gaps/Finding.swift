import TrustModel

/// The eleven kinds of gap finding of DESIGN §4, by their JSON keywords, in DESIGN order.
public enum FindingKind: String, Sendable, CaseIterable, Codable, Comparable {
    case untappedResource = "untapped-resource"
    case unmetNeed = "unmet-need"
    case coverageImbalance = "coverage-imbalance"
    case fiveLinkage = "five-linkage"
    case weakTrust = "weak-trust"
    case oneSidedTrust = "one-sided-trust"
    case singlePointOfFailure = "single-point-of-failure"
    case mutualAid = "mutual-aid"
    case introduction
    case brokenHierarchy = "broken-hierarchy"
    case focus

    public var keyword: String { rawValue }

    public static func < (lhs: FindingKind, rhs: FindingKind) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// How much a finding matters.
public enum FindingSeverity: String, Sendable, CaseIterable, Codable, Comparable {
    case high, medium, low

    /// High first.
    public static func < (lhs: FindingSeverity, rhs: FindingSeverity) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// A route of trust between two nodes, with the trust of each tie as the one asking sees
/// it (see ``GapContext``): `trusts[i]` belongs to the tie `nodes[i]` → `nodes[i + 1]`.
public struct TrustRoute: Sendable, Hashable {
    public var nodes: [Int32]
    public var trusts: [Double]

    public init(nodes: [Int32], trusts: [Double]) {
        self.nodes = nodes
        self.trusts = trusts
    }

    /// The route's trust: the product of its ties' trust (1 for a single node, 0 for none).
    public var trust: Double { nodes.isEmpty ? 0 : trusts.reduce(1, *) }
    public var isEmpty: Bool { nodes.isEmpty }
}

/// What a finding is about, for matching findings between two networks (a previous
/// quarter and this one): its kind, the id of its main node, and for kinds that can report
/// one node several times, what tells those apart (the other side of a pair, the station
/// of an introduction, the problem of a broken hierarchy, the needs of a mutual-aid group).
public struct FindingKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var kind: FindingKind
    public var node: String
    public var detail: String

    public init(kind: FindingKind, node: String, detail: String = "") {
        self.kind = kind
        self.node = node
        self.detail = detail
    }

    public var description: String { detail.isEmpty ? "\(kind.keyword):\(node)" : "\(kind.keyword):\(node):\(detail)" }

    public static func < (a: FindingKey, b: FindingKey) -> Bool {
        (a.kind, a.node, a.detail) < (b.kind, b.node, b.detail)
    }
}

/// One gap: what is wrong, whom it concerns, how much it matters, and the typed facts it
/// rests on. The sentences that explain it and say what to do are phrased from these facts
/// outside `Analysis` (module `Phrasing`), in Chinese or English.
public struct Finding: Sendable, Hashable {
    /// What kind of gap it is (the kind of its ``facts``).
    public let kind: FindingKind
    public var severity: FindingSeverity
    /// For ranking within a kind: larger matters more. Its unit depends on the kind and is
    /// stated in each finding's documentation.
    public var score: Double
    /// Indices of the nodes it concerns, the main one first.
    public var nodes: [Int32]
    /// The station whose area of work the main node lies in (the station with the most
    /// trusted route to it), for grouping a city's findings per station; `nil` when no
    /// station reaches it.
    public var station: Int32?
    /// The numbers, routes, tags and relations the finding rests on.
    public let facts: FindingFacts

    public init(severity: FindingSeverity, score: Double, nodes: [Int32], station: Int32? = nil, facts: FindingFacts) {
        self.severity = severity
        self.score = score.isFinite ? score : 0
        self.nodes = nodes
        self.station = station
        self.facts = facts
        kind = facts.kind
    }

    /// The node the finding is about.
    public var main: Int32? { nodes.first }

    /// The key that identifies the finding across versions of a network.
    public func key(in network: TrustNetwork) -> FindingKey {
        let node = main.map { network[$0].id } ?? ""
        return FindingKey(kind: kind, node: node, detail: facts.detail(in: network))
    }

    /// Ranking order: kind (in DESIGN order), then severity, then score (high first), then
    /// the nodes' indices — a total order, so output never depends on hashing.
    public static func ranked(_ a: Finding, _ b: Finding) -> Bool {
        if a.kind != b.kind { return a.kind < b.kind }
        if a.severity != b.severity { return a.severity < b.severity }
        if a.score != b.score { return a.score > b.score }
        return a.nodes.lexicographicallyPrecedes(b.nodes)
    }
}

/// The facts of a finding, one case per kind, each with the type its finding defines.
public enum FindingFacts: Sendable, Hashable {
    case untappedResource(UntappedResource.Facts)
    case unmetNeed(UnmetNeed.Facts)
    case coverageImbalance(CoverageImbalance.Facts)
    case fiveLinkage(FiveLinkage.Facts)
    case weakTrust(WeakTrust.Facts)
    case oneSidedTrust(OneSidedTrust.Facts)
    case singlePointOfFailure(SinglePointOfFailure.Facts)
    case mutualAid(MutualAidOpportunity.Facts)
    case introduction(Introduction.Facts)
    case brokenHierarchy(BrokenHierarchy.Facts)
    case focus(Focus.Facts)

    public var kind: FindingKind {
        switch self {
        case .untappedResource: .untappedResource
        case .unmetNeed: .unmetNeed
        case .coverageImbalance: .coverageImbalance
        case .fiveLinkage: .fiveLinkage
        case .weakTrust: .weakTrust
        case .oneSidedTrust: .oneSidedTrust
        case .singlePointOfFailure: .singlePointOfFailure
        case .mutualAid: .mutualAid
        case .introduction: .introduction
        case .brokenHierarchy: .brokenHierarchy
        case .focus: .focus
        }
    }

    /// What tells apart two findings of one kind about the same main node (see ``FindingKey``).
    func detail(in network: TrustNetwork) -> String {
        switch self {
        case let .weakTrust(f): network[f.other].id
        case let .oneSidedTrust(f): network[f.higher].id
        case let .introduction(f): network[f.station].id
        case let .brokenHierarchy(f): f.problem.keyword
        case let .mutualAid(f): f.needs.map(\.tag.keyword).joined(separator: ";")
        default: ""
        }
    }
}
