import TrustModel

/// **Weak trust** (DESIGN §4 gap 5, first half): a tie whose trust is below the weak-trust
/// threshold of its relation (0.5 unless `network.json` sets `weakTrust`) — for instance a
/// station whose street office support is weak.
///
/// - Score: threshold − trust.
/// - Severity: high when strained (trust below `strained`, 0.3), medium when the tie holds
///   the station up (guidance, supervision, management, support or funding of a social
///   work post), low otherwise.
/// - Complexity: O(m).
public enum WeakTrust {
    public static func findings(_ context: GapContext) -> [Finding] {
        var findings: [Finding] = []
        for tie in context.network.ties {
            let threshold = context.thresholds.weakTrust(for: tie.relation)
            guard tie.trust < threshold else { continue }
            let source = context.node(tie.source), target = context.node(tie.target)
            let holdsUp = [.guidance, .supervision, .management, .support, .funding].contains(tie.relation)
                && (source.kind.isSocialWorkPost || target.kind.isSocialWorkPost)
            let severity: FindingSeverity = tie.trust < context.thresholds.strained ? .high : holdsUp ? .medium : .low
            let trust = context.trustText(tie.trust), line = context.trustText(threshold)
            let explanation = Bilingual(
                zh: "\(context.name(tie.source))在“\(tie.relation.chineseName)”关系中对\(context.name(tie.target))的信任只有 \(trust)，低于该关系的要求 \(line)。",
                en: "\(context.name(tie.source)) trusts \(context.name(tie.target)) only \(trust) in their \(tie.relation.englishName) tie, below the \(line) this relation needs.")
            findings.append(Finding(kind: .weakTrust, severity: severity, score: threshold - tie.trust,
                                    nodes: [tie.source, tie.target], explanation: explanation,
                                    action: action(tie.relation, source: context.name(tie.source), target: context.name(tie.target))))
        }
        return findings
    }

    /// What usually rebuilds trust in each kind of relationship.
    static func action(_ relation: Relation, source: String, target: String) -> Bilingual {
        switch relation {
        case .support:
            Bilingual(zh: "\(source)与\(target)定期沟通：向分管领导汇报服务成效和居民反馈，争取认同与支持（文章：领导的认可度决定社工站是民生力量还是行政附属）。",
                      en: "Have \(source) and \(target) meet regularly: report results and residents' feedback to the officials in charge to win recognition (the seed: a leader's recognition decides whether the station is a force for welfare or an administrative appendage).")
        case .guidance, .supervision, .management:
            Bilingual(zh: "\(source)与\(target)约定固定的督导和沟通时间，明确考核标准与分工。",
                      en: "Agree fixed supervision and meeting times between \(source) and \(target), with clear appraisal criteria and roles.")
        case .service, .referral:
            Bilingual(zh: "增加\(source)对\(target)的探访和回访，先建立专业关系再深入服务（文章：建立信任是后期服务的地基）。",
                      en: "Visit and follow up more often between \(source) and \(target): build the professional relationship before deepening service (the seed: trust is the foundation of later service).")
        case .resource, .funding, .volunteering:
            Bilingual(zh: "向\(target)反馈资源的使用情况和受益人数，让对方看到成效，巩固合作。",
                      en: "Report back to \(target) how its resources were used and whom they helped, so that it sees the results and stays.")
        case .cooperation, .incubation, .mutualAid:
            Bilingual(zh: "\(source)与\(target)共同策划一次小型活动，在合作中重建信任。",
                      en: "Plan one small joint activity between \(source) and \(target) and rebuild trust by working together.")
        }
    }
}
