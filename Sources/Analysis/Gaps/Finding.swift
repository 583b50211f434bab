import TrustModel

/// The eleven kinds of gap finding of DESIGN §4, by their JSON keywords.
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

    /// The heading of the group in a report.
    public func title(_ language: Language) -> String {
        switch self {
        case .untappedResource: language.pick("闲置资源", "Untapped resources")
        case .unmetNeed: language.pick("未满足的需求", "Unmet needs")
        case .coverageImbalance: language.pick("服务覆盖不均", "Coverage imbalance")
        case .fiveLinkage: language.pick("五社联动缺项", "五社联动 (five-party linkage) gaps")
        case .weakTrust: language.pick("信任偏弱的关系", "Weak trust")
        case .oneSidedTrust: language.pick("单向信任", "One-sided trust")
        case .singlePointOfFailure: language.pick("单点依赖", "Single points of failure")
        case .mutualAid: language.pick("可组建的互助小组", "Mutual-aid opportunities")
        case .introduction: language.pick("建议引荐", "Suggested introductions")
        case .brokenHierarchy: language.pick("层级缺口", "Broken hierarchy")
        case .focus: language.pick("建议优先方向（亮点服务）", "Where to focus first (signature service)")
        }
    }

    public static func < (lhs: FindingKind, rhs: FindingKind) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// How much a finding matters.
public enum FindingSeverity: String, Sendable, CaseIterable, Codable, Comparable {
    case high, medium, low

    public func name(_ language: Language) -> String {
        switch self {
        case .high: language.pick("高", "high")
        case .medium: language.pick("中", "medium")
        case .low: language.pick("低", "low")
        }
    }

    /// High first.
    public static func < (lhs: FindingSeverity, rhs: FindingSeverity) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// A text in both languages: findings carry both, so one JSON serves either reader.
public struct Bilingual: Sendable, Hashable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(_ language: Language) -> String { language == .zh ? zh : en }
}

/// One gap: what is wrong, whom it concerns, how much it matters and what to do.
public struct Finding: Sendable, Hashable {
    public var kind: FindingKind
    public var severity: FindingSeverity
    /// For ranking within a kind: larger matters more. Its unit depends on the kind and is
    /// stated in each finding's documentation.
    public var score: Double
    /// Indices of the nodes it concerns, the main one first.
    public var nodes: [Int32]
    public var explanation: Bilingual
    public var action: Bilingual

    public init(kind: FindingKind, severity: FindingSeverity, score: Double, nodes: [Int32],
                explanation: Bilingual, action: Bilingual) {
        self.kind = kind
        self.severity = severity
        self.score = score.isFinite ? score : 0
        self.nodes = nodes
        self.explanation = explanation
        self.action = action
    }

    /// Ranking order: kind (in DESIGN order), then severity, then score (high first), then
    /// the main node's index — a total order, so output never depends on hashing.
    public static func ranked(_ a: Finding, _ b: Finding) -> Bool {
        if a.kind != b.kind { return a.kind < b.kind }
        if a.severity != b.severity { return a.severity < b.severity }
        if a.score != b.score { return a.score > b.score }
        return a.nodes.lexicographicallyPrecedes(b.nodes)
    }
}
