import Analysis
import TrustModel

/// The method notes of a report: how each number is computed, the thresholds used, the
/// data's date and source.
enum MethodNotes {
    static func lines(_ c: ReportContent) -> [String] {
        let l = c.language
        let t = c.gaps.thresholds
        var lines: [String] = []
        lines.append(l.pick(
            "数据：\(c.source)，\(c.network.nodes.count) 个节点、\(c.network.ties.count) 条关系" + (c.network.date.map { "，数据日期 \($0)" } ?? "") + "。",
            "Data: \(c.source), \(c.network.nodes.count) nodes and \(c.network.ties.count) ties" + (c.network.date.map { ", dated \($0)" } ?? "") + "."))
        lines.append(l.pick(
            "信任取 0–1；一条关系从提供指导、支持、服务或资源的一方指向接受的一方，合作与互助为双向。路径的信任是各段信任的乘积。",
            "Trust lies in 0–1; a tie points from the giver of guidance, support, service or resources to the receiver; cooperation and mutual aid count both ways. A path's trust is the product of its ties' trust."))
        lines.append(l.pick(
            "影响力为在反向流动图上按信任加权的 PageRank（阻尼 0.85）；桥梁为以 1/信任 为距离的归一化介数中心性；接近度为调和接近中心性；受限度与有效规模为 Burt 结构洞指标；核心层为 k-core；社群为按信任加权的 Louvain（种子 42）。各项均与 networkx 3.6.1 对照检验：数值在 1e-6 内一致，社群划分比较模块度。",
            "Influence is trust-weighted PageRank on the reversed flow graph (damping 0.85); broker is normalised betweenness with distance 1/trust; closeness is harmonic closeness; constraint and effective size are Burt's structural-hole measures; core is the k-core; communities are trust-weighted Louvain (seed 42). Each is checked against networkx 3.6.1: values agree to 1e-6, community partitions are compared by modularity."))
        if let sample = c.influence.betweennessSample {
            lines.append(l.pick(
                "桥梁值由 \(sample.pivots.count) 个随机起点估计，误差在 ±\(NumberText.fixed(sample.errorBound, 3)) 以内（置信度 \(NumberText.percent(sample.confidence))）。",
                "Broker values were estimated from \(sample.pivots.count) seeded pivot sources, within ±\(NumberText.fixed(sample.errorBound, 3)) at \(NumberText.percent(sample.confidence)) confidence."))
        }
        if let sample = c.influence.harmonicSample {
            lines.append(l.pick(
                "接近度由 \(sample.pivots.count) 个随机起点估计，除以其他节点数后误差在 ±\(NumberText.fixed(sample.errorBound, 3)) 以内（置信度 \(NumberText.percent(sample.confidence))）。",
                "Closeness values were estimated from \(sample.pivots.count) seeded pivot sources, within ±\(NumberText.fixed(sample.errorBound, 3)) per other node at \(NumberText.percent(sample.confidence)) confidence."))
        }
        lines.append(l.pick(
            "阈值：可信路径 ≥ \(NumberText.fixed(t.pathTrust, 2))；单向信任相差 ≥ \(NumberText.fixed(t.asymmetry, 2))；紧张关系 < \(NumberText.fixed(t.strained, 2))；社区覆盖率低于中位数的 \(NumberText.percent(t.coverageFlag)) 时标出；关系信任低于 0.50（或 network.json 中按关系设定的值）为偏弱。",
            "Thresholds: trusted path ≥ \(NumberText.fixed(t.pathTrust, 2)); one-sided at a difference ≥ \(NumberText.fixed(t.asymmetry, 2)); strained below \(NumberText.fixed(t.strained, 2)); a community is flagged below \(NumberText.percent(t.coverageFlag)) of the median coverage; a tie is weak below 0.50 (or its relation's value in network.json)."))
        lines.append(l.pick(
            "覆盖：一个服务对象群体按其人数 × 所受服务关系的最高信任计入“受服务人数”；需求被满足，指提供该资源的伙伴以不低于可信阈值的信任直接为其提供，或从为其服务的社工站、社工室出发沿可信路线能找到这样的伙伴（路线不经过服务对象）。",
            "Coverage: a client group counts its size × the highest trust of the service ties it receives as people served; a need is met when a holder of it gives to the client directly at a trust not below the trusted-path threshold, or is reachable along trusted routes from the stations or offices serving the client (routes never pass through clients)."))
        if c.names.anonymize {
            lines.append(l.pick("服务对象以编号代替名称，其属性均未列出；不足 \(c.names.k) 人的群体只写作“<\(c.names.k) 人”，不写确切人数。",
                                "Clients are numbered instead of named, and none of their attributes are shown; a group under \(c.names.k) people is shown as \"<\(c.names.k) people\", without its exact size."))
        }
        return lines
    }
}
