import TrustModel

/// **五社联动 completeness** (DESIGN §4 gap 4): for each station, which of the five parties
/// of China's "five-party linkage" it reaches along paths of trust ≥ the path-trust
/// threshold — the community (a residents' committee), a social organisation, social
/// workers (the station itself), volunteers, and charity resources (a charity fund, or a
/// business that funds).
///
/// - Score: the number of parties missing (the table gives the 0–5 score present).
/// - Severity: high with two or more missing, medium with one.
/// - Complexity: one bounded trust search per station.
public enum FiveLinkage {
    public enum Party: String, Sendable, CaseIterable {
        case community, socialOrganisation = "social-organisation", socialWorker = "social-worker"
        case volunteer, charity

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

    public struct Row: Sendable, Equatable {
        public var station: Int32
        /// For each party, the most trusted node of it reached (nil when missing).
        public var reached: [Party: Int32]
        public var score: Int { reached.count }
        public var missing: [Party] { Party.allCases.filter { reached[$0] == nil } }
    }

    /// Businesses that give money or goods: they count as charity resources.
    static func funders(_ context: GapContext) -> Set<Int32> {
        Set(context.network.ties.compactMap { tie -> Int32? in
            (tie.relation == .funding || tie.relation == .resource) && tie.trust > 0
                && context.node(tie.source).kind == .business ? tie.source : nil
        })
    }

    public static func table(_ context: GapContext) -> [Row] {
        let funders = funders(context)
        return context.stations.map { station in
            var reached: [Party: Int32] = [.socialWorker: station]
            // Most trusted first, so the first node of a party is the one to name.
            for trusted in context.trustedReach(from: station) {
                guard let party = party(of: trusted.node, context, funders: funders), reached[party] == nil else { continue }
                reached[party] = trusted.node
            }
            return Row(station: station, reached: reached)
        }
    }

    static func party(of index: Int32, _ context: GapContext, funders: Set<Int32>) -> Party? {
        let node = context.node(index)
        switch node.kind {
        case .committee: return .community
        case .socialOrg: return .socialOrganisation
        case .station, .office, .headStation: return .socialWorker
        case .volunteer: return .volunteer
        case .charity: return .charity
        case .business: return node.resources.contains(Tag(.funding)) || funders.contains(index) ? .charity : nil
        default: return nil
        }
    }

    /// For each party, its node with the most trusted path from any station (ties to the
    /// lower index): one pass over the nodes for every station's findings, not one per
    /// station and party.
    static func bestReached(_ context: GapContext) -> [Party: Int32] {
        let funders = funders(context)
        var best: [Party: Int32] = [:]
        for i in context.nodes.indices {
            let node = Int32(i)
            guard let party = party(of: node, context, funders: funders) else { continue }
            if let current = best[party], context.bestTrustFromStations[Int(current)] >= context.bestTrustFromStations[i] { continue }
            best[party] = node
        }
        return best
    }

    public static func findings(_ context: GapContext, _ table: [Row]) -> [Finding] {
        let best = bestReached(context)
        return table.compactMap { row in
            let missing = row.missing
            guard !missing.isEmpty else { return nil }
            // For each missing party, the candidate stations reach best, however weakly.
            let candidates: [(Party, Int32)] = missing.compactMap { party in best[party].map { (party, $0) } }
            let station = context.name(row.station)
            let missingZh = missing.map { $0.name(.zh) }.joined(separator: "、")
            let missingEn = missing.map { $0.name(.en) }.joined(separator: ", ")
            let zh = "\(station)的五社联动得分 \(row.score)/5：沿信任 ≥ \(context.trustText(context.thresholds.pathTrust)) 的路径联系不到\(missingZh)。"
            let en = "\(station) scores \(row.score)/5 on 五社联动: it reaches no \(missingEn) along paths of trust ≥ \(context.trustText(context.thresholds.pathTrust))."
            var actionZh = candidates.map { party, node in
                "\(party.name(.zh))：与\(context.name(node))建立联系（目前最可信路径 \(context.trustText(context.bestTrustFromStations[Int(node)]))）"
            }.joined(separator: "；")
            var actionEn = candidates.map { party, node in
                "\(party.name(.en)): build a tie with \(context.name(node)) (best path trust now \(context.trustText(context.bestTrustFromStations[Int(node)])))"
            }.joined(separator: "; ")
            let uncovered = missing.filter { party in !candidates.contains { $0.0 == party } }
            if !uncovered.isEmpty {
                let names = uncovered.map { $0.name(.zh) }.joined(separator: "、")
                actionZh += (actionZh.isEmpty ? "" : "；") + "网络中还没有\(names)：孵化或引入一个（文章：社工站孵化培育社区组织和志愿者）"
                actionEn += (actionEn.isEmpty ? "" : "; ") + "the network has no \(uncovered.map { $0.name(.en) }.joined(separator: ", ")) yet: incubate or bring one in"
            }
            return Finding(kind: .fiveLinkage, severity: missing.count >= 2 ? .high : .medium, score: Double(missing.count),
                           nodes: [row.station] + candidates.map(\.1),
                           explanation: Bilingual(zh: zh, en: en),
                           action: Bilingual(zh: actionZh + "。", en: actionEn + "."))
        }
    }
}
