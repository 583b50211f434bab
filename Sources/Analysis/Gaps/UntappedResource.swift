import TrustModel

/// **Untapped resource** (DESIGN §4 gap 1): a partner that holds resources but gives none
/// of them — no `resource`, `funding` or `volunteering` tie to any station, office or
/// client — or that no station reaches along a trusted path (best path trust from every
/// station below the path-trust threshold).
///
/// - Score: capacity × (1 − best path trust from any station); capacity 1 when not given.
/// - Severity: high when idle *and* out of trusted reach; medium when idle but reachable
///   (an easy win); low when it gives, but only over untrusted paths.
/// - Action: the intermediary on the most trusted path from the nearest station, who can
///   make the introduction (the seed: 盘活资源, the station as 资源链接者).
/// - Complexity: O(m) over the ties, plus the context's one multi-source search.
public enum UntappedResource {
    public static func findings(_ context: GapContext) -> [Finding] {
        let network = context.network
        var gives = [Bool](repeating: false, count: network.nodes.count)
        for tie in network.ties where tie.relation.carriesResources && tie.trust > 0 {
            if isReceiver(context.node(tie.target)) { gives[Int(tie.source)] = true }
            if tie.mutual, isReceiver(context.node(tie.source)) { gives[Int(tie.target)] = true }
        }
        let threshold = context.thresholds.pathTrust
        var findings: [Finding] = []
        for holder in context.resourceHolders {
            let idle = !gives[Int(holder)]
            let best = context.bestTrustFromStations[Int(holder)]
            let trusted = best >= threshold
            guard idle || !trusted else { continue }
            let node = context.node(holder)
            let capacity = node.capacity ?? 1
            let severity: FindingSeverity = idle && !trusted ? .high : idle ? .medium : .low
            let path = context.pathFromNearestStation(to: holder)
            let introduction = introductionAction(context, path: path, target: holder, best: best)
            findings.append(Finding(
                kind: .untappedResource, severity: severity, score: capacity * (1 - best),
                nodes: [holder] + path.dropLast().reversed(),
                explanation: explanation(context, holder: holder, idle: idle, best: best),
                action: idle ? introduction : Bilingual(zh: "巩固这条渠道，加强信任：" + introduction.zh,
                                                        en: "Firm up the channel and the trust along it. " + introduction.en)))
        }
        return findings
    }

    /// Stations, offices and clients: the receivers that make a resource "used".
    static func isReceiver(_ node: Node) -> Bool {
        node.kind.isSocialWorkPost || node.kind == .client
    }

    private static func explanation(_ c: GapContext, holder: Int32, idle: Bool, best: Double) -> Bilingual {
        let node = c.node(holder)
        let capacityZh = node.capacity.map { "（能力 \(NumberText.fixed($0, 0))）" } ?? ""
        let capacityEn = node.capacity.map { " (capacity \(NumberText.fixed($0, 0)))" } ?? ""
        let threshold = c.trustText(c.thresholds.pathTrust)
        let reachZh = best > 0
            ? "从最近的社工站出发，最可信路径的信任只有 \(c.trustText(best))" : "没有任何社工站能沿信任关系联系到它"
        let reachEn = best > 0
            ? "the most trusted path from the nearest station has trust \(c.trustText(best)) only"
            : "no station can reach it through ties of trust at all"
        let zh: String
        let en: String
        if idle {
            zh = "\(node.name)（\(node.kind.chineseName)）有资源：\(c.tagNames(node.resources, .zh))\(capacityZh)，但没有向任何社工站、社工室或服务对象提供资源、资金或志愿服务"
                + (best < c.thresholds.pathTrust ? "；\(reachZh)，低于 \(threshold)。" : "。它在信任范围内（路径信任 \(c.trustText(best))），是容易盘活的资源。")
            en = "\(node.name) (\(node.kind.englishName)) holds \(c.tagNames(node.resources, .en))\(capacityEn) but gives no resource, funding or volunteering to any station, office or client"
                + (best < c.thresholds.pathTrust ? "; \(reachEn), below \(threshold)." : ". It is within trusted reach (path trust \(c.trustText(best))): an easy resource to activate.")
        } else {
            zh = "\(node.name)（\(node.kind.chineseName)）已有资源往来，但\(reachZh)，低于 \(threshold)：这条资源渠道不稳固。"
            en = "\(node.name) (\(node.kind.englishName)) does give, but \(reachEn), below \(threshold): the channel is fragile."
        }
        return Bilingual(zh: zh, en: en)
    }

    /// "Ask A (trust 0.8) to introduce B (0.7): path trust 0.56" from the most trusted path
    /// station → … → intermediary → target.
    static func introductionAction(_ c: GapContext, path: [Int32], target: Int32, best: Double) -> Bilingual {
        let targetName = c.name(target)
        guard path.count >= 2, let station = path.first else {
            return Bilingual(
                zh: "社工站与\(targetName)之间没有任何信任路径：请总站或街道出面引荐，先建立直接联系。",
                en: "No path of trust links a station to \(targetName): ask the head station or the street office to introduce them, and make direct contact first.")
        }
        if path.count == 2 {
            return Bilingual(
                zh: "\(c.name(station))与\(targetName)已有直接联系（信任 \(c.trustText(best))）：约见对方，把关系落实为具体的资源链接（如捐赠、优惠或志愿服务协议）。",
                en: "\(c.name(station)) already knows \(targetName) directly (trust \(c.trustText(best))): meet them and turn the tie into a concrete resource link (a donation, discount or volunteering agreement).")
        }
        let intermediary = path[path.count - 2]
        let toIntermediary = trustAlong(c, Array(path.dropLast()))
        let lastTie = c.directTrust(intermediary, target) ?? 0
        return Bilingual(
            zh: "请\(c.name(intermediary))（信任 \(c.trustText(toIntermediary))）引荐\(targetName)（\(c.trustText(lastTie))），路径信任 \(c.trustText(best))。",
            en: "Ask \(c.name(intermediary)) (trust \(c.trustText(toIntermediary))) to introduce \(targetName) (\(c.trustText(lastTie))): path trust \(c.trustText(best)).")
    }

    /// Product of the trust of consecutive ties along a path.
    static func trustAlong(_ c: GapContext, _ path: [Int32]) -> Double {
        guard path.count >= 2 else { return 1 }
        var product = 1.0
        for i in 1..<path.count { product *= c.directTrust(path[i - 1], path[i]) ?? 0 }
        return product
    }
}
