import Analysis
import Phrasing
import TrustModel

/// The words of a report shared by its HTML and Markdown forms: section titles and the one
/// plain sentence under each that says how to read it.
enum ReportSection: String, CaseIterable {
    case overview, diagrams, ecomaps, influence, gaps, linkage, coverage, method

    func title(_ language: Language) -> String {
        switch self {
        case .overview: language.pick("网络概况", "The network at a glance")
        case .diagrams: language.pick("网络图与层级图", "The network and its hierarchy")
        case .ecomaps: language.pick("各站生态图", "Ecomap of each station")
        case .influence: language.pick("谁最重要", "Who matters")
        case .gaps: language.pick("差距与建议", "Gaps and what to do")
        case .linkage: language.pick("五社联动", "五社联动: the five-party linkage")
        case .coverage: language.pick("服务覆盖", "Coverage")
        case .method: language.pick("方法说明", "How the numbers are computed")
        }
    }

    func howToRead(_ language: Language) -> String {
        switch self {
        case .overview: language.pick(
            "先看规模：有多少伙伴和关系、代表多少服务对象，信任普遍高低，以及哪些关系只是单向的。",
            "Start with the size: how many partners and ties, how many people they stand for, how high trust runs, and which relationships are one-sided.")
        case .diagrams: language.pick(
            "颜色和形状表示类型，线越粗信任越高，虚线为信任薄弱，红线为关系紧张；层级图从总站往下看指导与管理关系。",
            "Colour and shape show the kind, thicker lines more trust, dashed lines tenuous trust, red lines strain; the hierarchy reads from the head station down.")
        case .ecomaps: language.pick(
            "社工站在中心，越靠内圈的伙伴信任越高；箭头指向资源流动的方向（哈特曼生态图画法）。",
            "The station sits in the centre and the more trusted partners on the inner rings; arrows show where resources flow (Hartman's ecomap notation).")
        case .influence: language.pick(
            "影响力高的伙伴被很多人依赖；桥梁连接彼此不相识的伙伴；单点依赖一旦失去，就有人被切断。",
            "Influence means many rely on it; a broker links partners who do not know each other; a single point of failure, once lost, cuts people off.")
        case .gaps: language.pick(
            "按类别列出，每类按严重程度和分数排序；每条都写明涉及谁、为什么、该找谁做什么。",
            "Grouped by kind and ranked by severity and score; each says whom it concerns, why, and whom to ask for what.")
        case .linkage: language.pick(
            "每个社工站沿可信路径能否联系到社区、社会组织、社工、社区志愿者和社会慈善资源五方；✗ 即缺项。",
            "Whether each station reaches, along trusted paths, the five parties: community, social organisation, social workers, volunteers and charity resources; ✗ marks a gap.")
        case .coverage: language.pick(
            "覆盖率 = 按服务关系信任折算的受服务人数 ÷ 登记人数；橙色为远低于中位数的社区；基尼系数越大越不均衡。",
            "Coverage = people served, weighted by the trust of their service ties, over people recorded; orange marks communities far below the median; a higher Gini means more uneven.")
        case .method: language.pick(
            "每个数字怎样算出、用了哪些阈值、数据来自哪里。",
            "How each number is computed, the thresholds used, and where the data came from.")
        }
    }
}

extension ReportContent {
    /// The single points of failure, by their main node, with the people they cut off.
    var separators: [Int32: Double] {
        var result: [Int32: Double] = [:]
        for finding in gaps.findings(.singlePointOfFailure) {
            if let node = finding.nodes.first { result[node] = finding.score }
        }
        return result
    }

    /// Top nodes per measure for the "who matters" table.
    var mattersRows: [Int] {
        var rows: [Int] = []
        for measure in [InfluenceTable.Measure.pagerank, .betweenness] {
            for node in influence.ranking(by: measure, count: 10) where !rows.contains(node) { rows.append(node) }
        }
        for node in separators.keys.sorted() where !rows.contains(Int(node)) { rows.append(Int(node)) }
        return rows
    }

    func value(_ measure: InfluenceTable.Measure, _ node: Int) -> String { influence.formatted(measure, node) }

    var title: String { network.title ?? language.pick("未命名网络", "Untitled network") }
}
