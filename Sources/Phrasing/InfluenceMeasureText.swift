import Analysis
import TrustModel

/// The influence measures' names and meanings as a reader sees them (kept out of
/// `Analysis`, which computes and never phrases).
extension InfluenceTable.Measure {
    public func title(_ language: Language) -> String {
        switch self {
        case .degree: language.pick("伙伴数", "degree")
        case .strength: language.pick("信任强度", "strength")
        case .pagerank: language.pick("影响力", "influence (PageRank)")
        case .eigenvector: language.pick("特征向量", "eigenvector")
        case .betweenness: language.pick("桥梁", "broker (betweenness)")
        case .harmonic: language.pick("接近度", "closeness (harmonic)")
        case .constraint: language.pick("受限度", "constraint")
        case .effectiveSize: language.pick("有效规模", "effective size")
        case .core: language.pick("核心层", "core")
        case .community: language.pick("社群", "community")
        case .reach: language.pick("可信覆盖人数", "trust reach (people)")
        }
    }

    /// One plain sentence on what the number means.
    public func meaning(_ language: Language) -> String {
        switch self {
        case .degree: language.pick("与多少个伙伴直接有关系。", "How many partners it is tied to directly.")
        case .strength: language.pick("直接关系的信任之和：关系越多越牢固，数值越大。", "The trust of its ties, summed: more and stronger ties, higher value.")
        case .pagerank: language.pick("被依赖的程度：指导、支持、服务和资源从它流出，别人依赖它（全网合计为 1）。", "How much others rely on it: guidance, support, service and resources flow from it (sums to 1).")
        case .eigenvector: language.pick("与有分量的伙伴相连的程度。", "How far it is tied to partners who are themselves well tied.")
        case .betweenness: language.pick("桥梁作用：其他伙伴之间的最可信路径有多少经过它（0–1）。", "Broker: the share of the most trusted paths between others that pass through it (0–1).")
        case .harmonic: language.pick("接近度：它与其他伙伴的信任距离之近（距离为 1/信任）。", "Closeness: how near it is to everyone else, distance being 1/trust.")
        case .constraint: language.pick("受限度：伙伴之间彼此相连则越高；越低越能在互不相识的伙伴之间牵线（结构洞）。", "Constraint: high when its partners all know each other; low means it bridges partners who do not (a structural hole).")
        case .effectiveSize: language.pick("非冗余伙伴数：去掉彼此重复的关系后，真正独立的伙伴有多少。", "Non-redundant partners: how many independent partners it has once overlaps are discounted.")
        case .core: language.pick("所在的核心层（k-core）：越高越处在网络的紧密核心。", "Its k-core: higher means deeper in the tightly knit core.")
        case .community: language.pick("所属的社群（按信任划分的紧密群体，Louvain 算法）。", "Its community: a tightly knit group by trust (Louvain).")
        case .reach: language.pick("沿信任 ≥ 阈值的路径能服务到的服务对象人数。", "People it reaches along paths of trust at or above the threshold.")
        }
    }
}
