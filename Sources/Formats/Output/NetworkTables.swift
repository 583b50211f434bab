import TrustModel

/// A network as the two tables of DESIGN §3 — header and typed rows — in the user's
/// language: what the CSV and workbook writers lay out. Every value the model holds is
/// written, so reading the tables back gives an equal ``TrustNetwork``: numbers in their
/// shortest round-trip form, `mutual` always (it may differ from the relation's default),
/// tags by keyword or Chinese name, every extra attribute in its original column order.
enum NetworkTables {
    /// The nodes table: the eight columns, then the extra attributes.
    static func nodes(_ network: TrustNetwork, language: Language) -> [[SpreadsheetCSV.Field]] {
        let header = NodeColumn.allCases.map { SpreadsheetCSV.Field.text($0.header(language)) }
            + network.nodeAttributeNames.map(SpreadsheetCSV.Field.text)
        var rows = [header]
        rows.reserveCapacity(network.nodes.count + 1)
        for node in network.nodes {
            var row: [SpreadsheetCSV.Field] = [
                .text(node.id), .text(node.name), .text(kindName(node.kind, language)),
                .optional(node.area), tagField(node.resources, language), tagField(node.needs, language),
                .integer(node.size), .optional(node.capacity),
            ]
            for name in network.nodeAttributeNames { row.append(.optional(node.attributes[name])) }
            rows.append(row)
        }
        return rows
    }

    /// The ties table: source, target, relation, trust, mutual, frequency, value, since, then
    /// the extra attributes. `trust5` is not written: `trust` holds the same value exactly.
    static let tieColumns: [TieColumn] = [.source, .target, .relation, .trust, .mutual, .frequency, .value, .since]

    static func ties(_ network: TrustNetwork, language: Language) -> [[SpreadsheetCSV.Field]] {
        let header = tieColumns.map { SpreadsheetCSV.Field.text($0.header(language)) }
            + network.tieAttributeNames.map(SpreadsheetCSV.Field.text)
        var rows = [header]
        rows.reserveCapacity(network.ties.count + 1)
        for tie in network.ties {
            var row: [SpreadsheetCSV.Field] = [
                .text(network[tie.source].id), .text(network[tie.target].id),
                .text(relationName(tie.relation, language)), .number(tie.trust),
                .text(yesNo(tie.mutual, language)), .optional(tie.frequency), .optional(tie.value),
                .optional(tie.since),
            ]
            for name in network.tieAttributeNames { row.append(.optional(tie.attributes[name])) }
            rows.append(row)
        }
        return rows
    }

    /// The settings (title, date, thresholds) as key–value rows, for a workbook's settings
    /// sheet; empty when the network has none.
    static func settings(_ network: TrustNetwork, language: Language) -> [[SpreadsheetCSV.Field]] {
        var rows: [[SpreadsheetCSV.Field]] = []
        if let title = network.title { rows.append([.text(language.pick("标题", "title")), .text(title)]) }
        if let date = network.date { rows.append([.text(language.pick("日期", "date")), .text(date)]) }
        for (name, value) in thresholdEntries(network.thresholds) {
            rows.append([.text(name), .number(value)])
        }
        guard !rows.isEmpty else { return [] }
        return [[.text(language.pick("设置", "setting")), .text(language.pick("值", "value"))]] + rows
    }

    /// The thresholds that differ from their defaults, by their `network.json` names
    /// (`pathTrust`, `weakTrust.support` …), in a fixed order.
    static func thresholdEntries(_ thresholds: Thresholds) -> [(String, Double)] {
        let defaults = Thresholds()
        var entries: [(String, Double)] = []
        let named: [(String, Double, Double)] = [
            ("pathTrust", thresholds.pathTrust, defaults.pathTrust),
            ("asymmetry", thresholds.asymmetry, defaults.asymmetry),
            ("strained", thresholds.strained, defaults.strained),
            ("coverageFlag", thresholds.coverageFlag, defaults.coverageFlag),
        ]
        for (name, value, fallback) in named where value != fallback { entries.append((name, value)) }
        for relation in Relation.allCases {
            if let value = thresholds.weakTrust[relation] { entries.append(("weakTrust.\(relation.rawValue)", value)) }
        }
        return entries
    }

    static func kindName(_ kind: NodeKind, _ language: Language) -> String {
        language.pick(kind.chineseName, kind.keyword)
    }

    static func relationName(_ relation: Relation, _ language: Language) -> String {
        language.pick(relation.chineseName, relation.keyword)
    }

    static func yesNo(_ flag: Bool, _ language: Language) -> String {
        language == .zh ? (flag ? "是" : "否") : (flag ? "yes" : "no")
    }

    /// Tags joined with `、` (Chinese) or `;`; empty for none.
    static func tagField(_ tags: [Tag], _ language: Language) -> SpreadsheetCSV.Field {
        guard !tags.isEmpty else { return .empty }
        return .text(tags.map { $0.name(language) }.joined(separator: language.pick("、", ";")))
    }
}
