import TrustModel

/// **One-sided trust** (DESIGN §4 gap 5, second half; the seed's 领导认同 problem): a pair
/// written in both directions whose trust differs by at least the asymmetry threshold
/// (0.3): one side relies on a partner that does not rely on it back.
///
/// - Score: the difference in trust.
/// - Severity: high when the pair is part of the station's own scaffolding (either side a
///   station, office, head station, agency or street office), medium otherwise.
/// - Complexity: O(m) (``NetworkSummary``'s one-sided pairs).
public enum OneSidedTrust {
    public static func findings(_ context: GapContext) -> [Finding] {
        NetworkSummary.oneSidedPairs(in: context.network, asymmetry: context.thresholds.asymmetry).map { pair in
            let high = context.node(pair.truster), low = context.node(pair.other)
            let highName = context.name(pair.truster), lowName = context.name(pair.other)
            let scaffolding: Set<NodeKind> = [.station, .office, .headStation, .agency, .streetOffice]
            let severity: FindingSeverity = scaffolding.contains(high.kind) || scaffolding.contains(low.kind) ? .high : .medium
            let forward = context.trustText(pair.trust), back = context.trustText(pair.trustBack)
            let gap = context.trustText(pair.gap)
            let explanation = Bilingual(
                zh: "\(highName)对\(lowName)的信任是 \(forward)，而\(lowName)对\(highName)只有 \(back)，相差 \(gap)：这段关系是单向的。",
                en: "\(highName) trusts \(lowName) \(forward), but \(lowName) trusts \(highName) only \(back), a gap of \(gap): the relationship is one-sided.")
            let action = Bilingual(
                zh: "了解\(lowName)信任偏低的原因：安排一次面对面沟通，用服务数据和居民反馈展示成效，争取对方认同。",
                en: "Find out why \(lowName) trusts less: arrange a face-to-face meeting and show results with service data and residents' feedback to win recognition.")
            return Finding(kind: .oneSidedTrust, severity: severity, score: pair.gap, nodes: [pair.other, pair.truster],
                           explanation: explanation, action: action)
        }
    }
}
