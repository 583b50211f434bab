import Analysis
import TrustModel

/// The names of the gap analysis's kinds, severities, parties and problems, and its failure
/// messages, in Chinese and English.
extension FindingKind {
    /// The heading of the kind in a report or listing.
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

    /// A short name for a table column.
    public func shortTitle(_ language: Language) -> String {
        switch self {
        case .untappedResource: language.pick("闲置资源", "untapped")
        case .unmetNeed: language.pick("未满足需求", "unmet needs")
        case .coverageImbalance: language.pick("覆盖不均", "coverage")
        case .fiveLinkage: language.pick("五社缺项", "五社")
        case .weakTrust: language.pick("弱信任", "weak trust")
        case .oneSidedTrust: language.pick("单向信任", "one-sided")
        case .singlePointOfFailure: language.pick("单点依赖", "single points")
        case .mutualAid: language.pick("互助小组", "mutual aid")
        case .introduction: language.pick("引荐", "introductions")
        case .brokenHierarchy: language.pick("层级缺口", "hierarchy")
        case .focus: language.pick("优先方向", "focus")
        }
    }
}

extension FindingSeverity {
    public func name(_ language: Language) -> String {
        switch self {
        case .high: language.pick("高", "high")
        case .medium: language.pick("中", "medium")
        case .low: language.pick("低", "low")
        }
    }
}

extension FiveLinkage.Party {
    public func name(_ language: Language) -> String {
        switch self {
        case .community: language.pick("社区", "community")
        case .socialOrganisation: language.pick("社会组织", "social organisation")
        case .socialWorker: language.pick("社工", "social workers")
        case .volunteer: language.pick("社区志愿者", "volunteers")
        case .charity: language.pick("社会慈善资源", "charity resources")
        }
    }
}

extension BrokenHierarchy.Problem {
    public func name(_ language: Language) -> String {
        switch self {
        case .officeWithoutStation: language.pick("社工室不在任何社工站之下", "office under no station")
        case .stationWithoutHeadStation: language.pick("社工站没有总站指导", "station under no head station")
        case .stationWithoutAgency: language.pick("社工站没有承接方", "station under no agency")
        case .unservedClients: language.pick("服务对象无人服务", "clients served by nobody")
        case .communityWithoutOffice: language.pick("社区没有社工室", "community without an office")
        }
    }
}

extension GapAnalysis.Failure {
    public func message(_ language: Language) -> String {
        switch self {
        case let .unknownStation(id):
            language.pick("没有编号为“\(id)”的节点", "no node has the id \"\(id)\"")
        case let .notAStation(id, kind):
            language.pick("“\(id)”是\(kind.chineseName)，不是社工站或社工室", "\"\(id)\" is a \(kind.englishName), not a station or office")
        }
    }
}
