import TrustModel

/// **Introduction** (DESIGN §4 gap 8): a station and a resource holder that are not tied,
/// ranked by the trust of the best two-step path through an intermediary they both know
/// (the intermediary's trust product), ties broken by the Adamic–Adar index
/// Σ 1 / ln(deg z) over their common neighbours z (Adamic & Adar 2003; Liben-Nowell &
/// Kleinberg 2007). The best few per station are suggested.
///
/// - Score: the two-step path trust.
/// - Severity: medium when the holder offers what the station's clients lack (an unmet
///   need), low otherwise.
/// - Complexity: O(Σ over stations of Σ deg(z) over its neighbours z).
public enum Introduction {
    public static func findings(_ context: GapContext, unmet: [Tag: [Int32]], perStation: Int = 3) -> [Finding] {
        let graph = context.structural
        let holders = Set(context.resourceHolders)
        let lacking = Set(unmet.filter { !$0.value.isEmpty }.keys)
        var findings: [Finding] = []
        for station in context.stations {
            let s = Int(station)
            var best: [Int32: (trust: Double, via: Int32, adamicAdar: Double)] = [:]
            for arc in graph.arcs(of: s) {
                let z = graph.neighbours[arc]
                // A family the station serves is not asked to introduce a business.
                guard context.node(z).kind != .client else { continue }
                let toZ = graph.trust[arc]
                let degree = graph.outDegree(Int(z))
                let adamicAdar = degree > 1 ? 1 / log(Double(degree)) : 0
                for arc2 in graph.arcs(of: Int(z)) {
                    let h = graph.neighbours[arc2]
                    guard h != station, holders.contains(h), graph.trust(from: s, to: Int(h)) == nil else { continue }
                    let trust = toZ * graph.trust[arc2]
                    var entry = best[h] ?? (0, z, 0)
                    entry.adamicAdar += adamicAdar
                    if trust > entry.trust || (trust == entry.trust && z < entry.via) {
                        entry.trust = trust
                        entry.via = z
                    }
                    best[h] = entry
                }
            }
            let ranked = best.sorted { a, b in
                (a.value.trust, a.value.adamicAdar, b.key) > (b.value.trust, b.value.adamicAdar, a.key)
            }
            for (holder, entry) in ranked.prefix(perStation) where entry.trust > 0 {
                let matching = context.node(holder).resources.filter(lacking.contains)
                let toZ = context.directTrust(station, entry.via) ?? 0
                let zToH = context.directTrust(entry.via, holder) ?? 0
                let hName = context.name(holder), zName = context.name(entry.via), sName = context.name(station)
                let offers = context.tagNames(context.node(holder).resources, .zh)
                let offersEn = context.tagNames(context.node(holder).resources, .en)
                var zh = "\(sName)与\(hName)（可提供：\(offers)）还没有直接联系，但双方都认识\(zName)：两步路径信任 \(context.trustText(entry.trust))。"
                var en = "\(sName) has no tie with \(hName) (offers \(offersEn)), but both know \(zName): two-step path trust \(context.trustText(entry.trust))."
                if !matching.isEmpty {
                    zh += "它能提供服务对象尚未满足的“\(context.tagNames(matching, .zh))”。"
                    en += " It offers \(context.tagNames(matching, .en)), which clients still lack."
                }
                findings.append(Finding(
                    kind: .introduction, severity: matching.isEmpty ? .low : .medium, score: entry.trust,
                    nodes: [holder, station, entry.via], explanation: Bilingual(zh: zh, en: en),
                    action: Bilingual(
                        zh: "请\(zName)（信任 \(context.trustText(toZ))）引荐\(hName)（\(context.trustText(zToH))），路径信任 \(context.trustText(entry.trust))。",
                        en: "Ask \(zName) (trust \(context.trustText(toZ))) to introduce \(hName) (\(context.trustText(zToH))): path trust \(context.trustText(entry.trust)).")))
            }
        }
        return findings
    }
}

import Foundation
