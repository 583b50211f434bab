import TrustModel

/// Trust and value measured by asking the partners (PARTNER's instrument, Varda et al. 2012;
/// Visible Network Labs): each organisation rates each partner on three trust items
/// (reliability, support of the mission, openness to discussion) and three value
/// items (power/influence, level of involvement, resource contribution), on a scale of 1 to 4 (or 1 to 5).
///
/// **Rule.** For a respondent R and a partner P, each rater's trust is the mean of the trust
/// items that rater answered about P (blank cells skipped); the pair's trust is the mean over
/// R's raters, mapped to [0, 1] as (x − 1) / (scale − 1). Value likewise from the value
/// items. A rater who answered only value items counts for value, not trust; `raters` counts
/// everyone who answered anything about the pair. Rows without a rater name are one rater
/// each; two rows of the same named rater about the same pair are pooled into one rater
/// (with a warning). The network's trust and value are the means over the rated pairs; the
/// response rate is the respondents over the organisations of the network (every node that is
/// not a client).
///
/// **Checks.** A score outside 1…scale or not a number, a respondent or partner that is not
/// an id or name of the network (with the closest suggested), a name several nodes share, an
/// organisation rating itself: errors at their cell. A rated pair with no tie from the
/// respondent to the partner: a warning, and no tie is invented (``applied(to:)``).
///
/// - Complexity: O(r + m) for r answer rows and m ties.
public struct PartnerSurvey: Sendable {
    /// One rated pair.
    public struct Pair: Sendable, Equatable {
        public var respondent: Int32
        public var partner: Int32
        /// In [0, 1]; `nil` when no rater answered a trust item.
        public var trust: Double?
        /// In [0, 1]; `nil` when no rater answered a value item.
        public var value: Double?
        /// People who answered about the pair.
        public var raters: Int
        /// Whether the network has a tie from respondent to partner (the rating is written).
        public var tied: Bool
    }

    /// Answers on a scale of 1 to `scale`.
    public var scale: Int
    /// In order of first appearance in the answers.
    public var pairs: [Pair]
    /// Organisations that answered.
    public var respondents: Int
    /// Organisations in the network (nodes that are not clients): those asked.
    public var organisations: Int
    public var responseRate: Double { organisations > 0 ? Double(respondents) / Double(organisations) : 0 }
    /// Mean trust over the pairs rated on trust; `nil` if none.
    public var networkTrust: Double?
    /// Mean value over the pairs rated on value; `nil` if none.
    public var networkValue: Double?

    /// The answers could not be used: every diagnostic (errors and warnings).
    public struct Failure: Error, Sendable {
        public var diagnostics: [Diagnostic]
    }

    /// The survey with the warnings found on the way.
    public struct Outcome: Sendable {
        public var survey: PartnerSurvey
        public var warnings: [Diagnostic]
    }

    /// The tie columns a survey adds to the network it is applied to.
    public static let trustBeforeColumn = "trust_before"
    public static let ratersColumn = "raters"
    /// The measured value goes in the ties' own `value` column (as PARTNER reports it); the
    /// amount a rated tie carried before (yuan, hours) survives in `value_before`, as the
    /// earlier trust does in `trust_before`.
    public static let valueBeforeColumn = "value_before"

    /// Checks the answers against the network and computes every pair.
    public static func compute(_ table: SurveyTable, network: TrustNetwork, scale: Int = 4) throws(Failure) -> Outcome {
        var diagnostics = table.diagnostics
        let source = table.source
        func report(_ problem: SurveyProblem, _ cell: Cell?, line: Int) {
            diagnostics.append(Diagnostic(.survey(problem), at: cell.map(source.position(of:)) ?? source.position(line: line, column: 1)))
        }
        let lookup = NodeLookup(network)
        func resolve(_ cell: Cell?, role: SurveyColumn, line: Int) -> Int32? {
            guard let cell, !cell.isBlank else {
                report(.emptyCell(role), cell, line: line)
                return nil
            }
            let text = Vocabulary.trimmed(cell.text)
            // `name（id）`: how the survey form writes a name that several nodes share.
            if let (name, id) = PartnerSurvey.nameAndID(text), let index = network.index(of: id), network[index].name == name {
                return index
            }
            do {
                let found = try lookup.resolve(text)
                if found.match == .fragment {
                    let node = network[found.index]
                    report(.readAs(role: role, text: text, node: NodeLookup.Mention(id: node.id, name: node.name)), cell, line: line)
                }
                return found.index
            } catch {
                switch error {
                case let .ambiguous(_, candidates, total):
                    report(.ambiguousName(role: role, text: text, candidates: candidates, total: total), cell, line: line)
                case let .notFound(_, suggestions):
                    let near = suggestions.isEmpty ? PartnerSurvey.closeIDs(to: text, in: network) : suggestions
                    report(.unknownOrganisation(role: role, text: text, suggestions: near), cell, line: line)
                case .empty:
                    report(.emptyCell(role), cell, line: line)
                }
                return nil
            }
        }

        struct Rater {
            var sums: [SurveyItem.Dimension: (total: Double, count: Int)] = [:]
            var line: Int
        }
        struct PairKey: Hashable { var respondent: Int32; var partner: Int32 }
        var order: [PairKey] = []
        var raters: [PairKey: [Rater]] = [:]
        var namedRater: [PairKey: [String: Int]] = [:]
        for record in table.records {
            // A row without any score (a pre-filled line nobody answered) is skipped quietly.
            var scores: [(SurveyItem, Double)] = []
            var rowOK = true
            for (item, cell) in record.scores where !cell.isBlank {
                let text = Vocabulary.trimmed(cell.text)
                guard let score = ValueParsing.number(text) else {
                    report(.scoreNotNumber(item: item, header: table.headers[item], text: text), cell, line: record.line)
                    rowOK = false
                    continue
                }
                guard score >= 1, score <= Double(scale) else {
                    report(.scoreOutOfScale(item: item, header: table.headers[item], text: text, scale: scale), cell, line: record.line)
                    rowOK = false
                    continue
                }
                scores.append((item, score))
            }
            guard !scores.isEmpty || !rowOK else { continue }
            let respondent = resolve(record.respondent, role: .respondent, line: record.line)
            let partner = resolve(record.partner, role: .partner, line: record.line)
            guard let respondent, let partner, rowOK else { continue }
            guard respondent != partner else {
                report(.selfRating(network[respondent].id), record.partner, line: record.line)
                continue
            }
            let key = PairKey(respondent: respondent, partner: partner)
            if raters[key] == nil { order.append(key) }
            var rater = Rater(line: record.line)
            var slot: Int?
            if let cell = record.rater, !cell.isBlank {
                let name = Vocabulary.normalize(cell.text)
                if let existing = namedRater[key]?[name] {
                    slot = existing
                    report(.repeatedRater(rater: Vocabulary.trimmed(cell.text), firstLine: raters[key]?[existing].line ?? record.line),
                           cell, line: record.line)
                } else {
                    namedRater[key, default: [:]][name] = raters[key]?.count ?? 0
                }
            }
            if let slot, let pooled = raters[key]?[slot] { rater = pooled }
            for (item, score) in scores {
                let sum = rater.sums[item.dimension] ?? (0, 0)
                rater.sums[item.dimension] = (sum.total + score, sum.count + 1)
            }
            if let slot { raters[key]?[slot] = rater } else { raters[key, default: []].append(rater) }
        }
        // An unreadable table (a missing column, not a workbook) has its one error already.
        if !diagnostics.hasErrors, table.records.isEmpty || order.isEmpty {
            diagnostics.append(Diagnostic(.survey(.noAnswers), at: source.position(line: 1, column: 1)))
        }
        guard !diagnostics.hasErrors else { throw Failure(diagnostics: diagnostics.sorted()) }

        // The pairs, and whether each has a tie to write its trust on.
        var tiedPairs = Set<PairKey>()
        for tie in network.ties { tiedPairs.insert(PairKey(respondent: tie.source, partner: tie.target)) }
        let range = Double(scale - 1)
        func mean(_ values: [Double]) -> Double? {
            values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        }
        var pairs: [Pair] = []
        for key in order {
            let list = raters[key] ?? []
            func score(_ dimension: SurveyItem.Dimension) -> Double? {
                mean(list.compactMap { rater in rater.sums[dimension].map { ($0.total / Double($0.count) - 1) / range } })
            }
            let tied = tiedPairs.contains(key)
            pairs.append(Pair(respondent: key.respondent, partner: key.partner, trust: score(.trust), value: score(.value),
                              raters: list.count, tied: tied))
            if !tied {
                let reverse = tiedPairs.contains(PairKey(respondent: key.partner, partner: key.respondent))
                let line = list.first?.line ?? 1
                diagnostics.append(Diagnostic(.survey(.noTie(respondent: network[key.respondent].id, partner: network[key.partner].id,
                                                              reverse: reverse)),
                                              at: source.position(line: line, column: 1)))
            }
        }
        let survey = PartnerSurvey(
            scale: scale, pairs: pairs, respondents: Set(pairs.map(\.respondent)).count,
            organisations: network.nodes.reduce(0) { $0 + ($1.kind == .client ? 0 : 1) },
            networkTrust: mean(pairs.compactMap(\.trust)), networkValue: mean(pairs.compactMap(\.value)))
        return Outcome(survey: survey, warnings: diagnostics.sorted())
    }

    /// The network with the measured trust on every tie from a respondent to a partner it
    /// rated (every relation between them), the trust each had in `trust_before`, the
    /// number of `raters`, and the measured value in `value` (the amount the tie carried
    /// before, if any, in `value_before`); ties not rated keep their trust and value, and
    /// the added columns blank (a network surveyed before loses the older survey's figures
    /// there). Pairs rated only on value keep their trust and get their value and raters.
    /// - Complexity: O(m + pairs).
    public func applied(to network: TrustNetwork) -> TrustNetwork {
        var byPair: [UInt64: Pair] = [:]
        for pair in pairs { byPair[UInt64(UInt32(pair.respondent)) << 32 | UInt64(UInt32(pair.partner))] = pair }
        let columns = [PartnerSurvey.trustBeforeColumn, PartnerSurvey.ratersColumn, PartnerSurvey.valueBeforeColumn]
        let ties = network.ties.map { tie -> Tie in
            var attributes = tie.attributes
            for column in columns { attributes[column] = nil }
            var trust = tie.trust
            var value = tie.value
            if let pair = byPair[UInt64(UInt32(tie.source)) << 32 | UInt64(UInt32(tie.target))] {
                if let measured = pair.trust {
                    attributes[PartnerSurvey.trustBeforeColumn] = PartnerSurvey.text(tie.trust)
                    trust = measured
                }
                attributes[PartnerSurvey.ratersColumn] = String(pair.raters)
                if let measured = pair.value {
                    if let before = tie.value { attributes[PartnerSurvey.valueBeforeColumn] = PartnerSurvey.text(before) }
                    value = measured
                }
            }
            return Tie(source: tie.source, target: tie.target, relation: tie.relation, trust: trust, mutual: tie.mutual,
                       frequency: tie.frequency, value: value, since: tie.since, attributes: attributes)
        }
        let names = network.tieAttributeNames + columns.filter { !network.tieAttributeNames.contains($0) }
        // The same nodes, and ties with the same ends and trust in [0, 1]: nothing to refuse.
        return (try? network.replacingTies(ties, tieAttributeNames: names)) ?? network
    }

    /// Ids one typing slip away (`S0` for `SO`): what ``NodeLookup``'s subsequence measure
    /// misses in ids of two or three characters.
    static func closeIDs(to text: String, in network: TrustNetwork) -> [NodeLookup.Mention] {
        var ids: [String: Int] = [:]
        for (i, node) in network.nodes.enumerated() where node.id.count <= 4 { ids[Vocabulary.normalize(node.id)] = i }
        return Vocabulary.closest(to: text, in: ids).map { NodeLookup.Mention(id: network.nodes[$0.value].id, name: network.nodes[$0.value].name) }
    }

    /// `name（ST）` (full-width brackets) or `name (ST)` → (`name`, `ST`).
    static func nameAndID(_ text: String) -> (String, String)? {
        guard let last = text.last, last == ")" || last == "）",
              let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
        let id = Vocabulary.trimmed(text[text.index(after: open)..<text.index(before: text.endIndex)])
        let name = Vocabulary.trimmed(text[..<open])
        return id.isEmpty || name.isEmpty ? nil : (name, id)
    }

    /// A number as written into an attribute cell: whole numbers without `.0`, others in
    /// their shortest round-trip form (so the hand-computed mean reads back exactly).
    static func text(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }
}
