import Foundation
import TrustModel

/// **Introduction** (DESIGN §4 gap 8): a station and a resource holder that are not tied
/// in any relation, either direction (a pair already tied is never suggested), ranked by
/// the trust of the best two-step route through a go-between the station itself is tied
/// to — the station's own trust in the go-between times the go-between's in the holder —
/// ties broken by the Adamic–Adar index Σ 1 / ln(deg z) over their common partners z
/// (Adamic & Adar 2003; Liben-Nowell & Kleinberg 2007). Clients are never go-betweens, and
/// governance partners are not introduced (the station reaches them through the
/// hierarchy). The best few per station are suggested: those offering what the station's
/// clients lack first, then the rest, each group by route trust.
///
/// - Score: the two-step route trust.
/// - Severity: medium when the holder offers what the station's own clients lack (an unmet
///   need in its area of work), low otherwise.
/// - Complexity: O(Σ over stations of Σ deg(z) over its partners z).
public enum Introduction {
    public struct Facts: Sendable, Hashable {
        public var station: Int32
        public var holder: Int32
        public var goBetween: Int32
        /// station → go-between → holder, each tie's trust as the one asking sees it.
        public var route: TrustRoute
        public var adamicAdar: Double
        /// What the holder offers, and which of it the station's clients lack.
        public var offers: [Tag]
        public var lacking: [Tag]
    }

    static func findings(_ context: GapContext, unmetByStation: [Int32: Set<Tag>], perStation: Int = 3) -> [Finding] {
        let graph = context.graph
        var isHolder = [Bool](repeating: false, count: context.nodes.count)
        for holder in context.resourceHolders where !Giving.governance.contains(context.node(holder).kind) {
            isHolder[Int(holder)] = true
        }
        var findings: [Finding] = []
        guard perStation > 0 else { return [] }
        for station in context.stations {
            let s = Int(station)
            var best: [Int32: (trust: Double, via: Int32, adamicAdar: Double)] = [:]
            for arc in graph.arcs(of: s) {
                let z = graph.neighbours[arc]
                let toZ = graph.trustOut[arc]
                let degree = graph.degree(Int(z))
                let adamicAdar = degree > 1 ? 1 / log(Double(degree)) : 0
                for arc2 in graph.arcs(of: Int(z)) {
                    let h = graph.neighbours[arc2]
                    guard h != station, isHolder[Int(h)], !graph.areTied(station, h) else { continue }
                    let trust = toZ * graph.trustOut[arc2]
                    var entry = best[h] ?? (0, z, 0)
                    entry.adamicAdar += adamicAdar
                    if trust > entry.trust || (trust == entry.trust && z < entry.via) {
                        entry.trust = trust
                        entry.via = z
                    }
                    best[h] = entry
                }
            }
            // Holders of what the station's clients lack first (the medium ones), then by
            // route trust: the few suggested are the ones that would meet a need.
            let lacking = unmetByStation[station] ?? []
            let ranked = best.map { (holder: $0.key, entry: $0.value, meets: context.node($0.key).resources.contains(where: lacking.contains)) }
                .sorted { a, b in
                    (a.meets ? 1 : 0, a.entry.trust, a.entry.adamicAdar, b.holder) > (b.meets ? 1 : 0, b.entry.trust, b.entry.adamicAdar, a.holder)
                }
            for (holder, entry, _) in ranked.filter({ $0.entry.trust > 0 }).prefix(perStation) {
                let offers = context.node(holder).resources
                let matching = offers.filter(lacking.contains)
                let route = TrustRoute(nodes: [station, entry.via, holder],
                                       trusts: [graph.trust(from: station, to: entry.via) ?? 0,
                                                graph.trust(from: entry.via, to: holder) ?? 0])
                findings.append(Finding(
                    severity: matching.isEmpty ? .low : .medium, score: entry.trust,
                    nodes: [holder, station, entry.via], station: station,
                    facts: .introduction(Facts(station: station, holder: holder, goBetween: entry.via, route: route,
                                               adamicAdar: entry.adamicAdar, offers: offers, lacking: matching))))
            }
        }
        return findings
    }
}
