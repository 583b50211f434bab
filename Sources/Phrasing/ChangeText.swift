import Analysis
import TrustModel

/// The names of the figures `guanxi diff` compares, as a reader sees them (kept out of
/// `Analysis`, which computes and never phrases).
extension MeasureChange.Measure {
    public func title(_ language: Language) -> String {
        switch self {
        case .nodes: language.pick("节点", "nodes")
        case .ties: language.pick("关系", "ties")
        case .people: language.pick("代表人数", "people represented")
        case .density: language.pick("密度", "density")
        case .meanTrust: language.pick("平均信任", "mean trust")
        case .medianTrust: language.pick("信任中位数", "median trust")
        case .shareBelowThreshold: language.pick("低于阈值的关系占比", "share of ties below the threshold")
        case .components: language.pick("连通分量", "components")
        case .oneSidedPairs: language.pick("单向信任对", "one-sided pairs")
        case .findings: language.pick("问题总数", "findings")
        case .highFindings: language.pick("严重问题", "high-severity findings")
        case .coverageGini: language.pick("社区覆盖基尼系数", "coverage Gini across communities")
        }
    }
}
