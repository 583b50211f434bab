import Analysis
import Phrasing
import TrustModel

/// `guanxi diff` as text for a station lead (zh or en), as JSON for scripts (the shape of
/// issue 14: `{"old", "new", "nodes", "ties", "measures", "influence", "findings"}`), and as
/// tables (``tables(_:language:)``: a workbook with a sheet per section, CSV of every change).
public enum DiffWriter {
    // MARK: Text

    /// Control characters in names are shown escaped (``TerminalText``).
    /// - Parameter perSection: lines printed per list; the rest are counted.
    public static func text(_ diff: NetworkDiff, language: Language, perSection: Int = 40) -> String {
        let zh = language == .zh
        let old = diff.old, new = diff.new
        var out = zh ? "变化：\(sideTitle(old, language)) → \(sideTitle(new, language))\n\n"
            : "What changed: \(sideTitle(old, language)) → \(sideTitle(new, language))\n\n"

        var figures = TextTable(headers: zh ? ["网络指标", "之前", "之后", "变化"] : ["Network", "Before", "After", "Change"],
                                alignments: [.left, .right, .right, .right])
        for change in diff.measures {
            figures.add([change.measure.title(language), figure(change.old, change.measure), figure(change.new, change.measure),
                         delta(change.old, change.new, change.measure)])
        }
        out += figures.render() + "\n"

        if diff.isEmpty { out += zh ? "节点与关系没有变化。\n\n" : "No node or tie changed.\n\n" }

        func list(_ title: String, _ lines: [String]) {
            guard !lines.isEmpty else { return }
            out += "\(title)\(zh ? "（\(lines.count)）：" : " (\(lines.count)):")\n"
            for line in lines.prefix(perSection) { out += "  " + line + "\n" }
            if lines.count > perSection {
                out += zh ? "  ……另有 \(lines.count - perSection) 条（--format json 或 csv 列出全部）\n"
                    : "  … and \(lines.count - perSection) more (--format json or csv lists all)\n"
            }
            out += "\n"
        }
        list(zh ? "新增节点" : "Nodes added", diff.addedNodes.map { nodeLine(new[$0], language) })
        list(zh ? "删除节点" : "Nodes removed", diff.removedNodes.map { nodeLine(old[$0], language) })
        list(zh ? "节点变化" : "Nodes changed", diff.changedNodes.map { change in
            let node = new[change.new]
            let fields = change.fields.map { "\($0.field.header(language)) \(display($0.old, $0.field, language)) → \(display($0.new, $0.field, language))" }
            return node.name + paren(node.id, language) + (zh ? "：" : ": ") + fields.joined(separator: zh ? "；" : "; ")
        })
        list(zh ? "新增关系" : "Ties added", diff.addedTies.map { i in
            tieLine(new.ties[i], in: new, language) + " " + trustText(new.ties[i].trust, language)
        })
        list(zh ? "删除关系" : "Ties removed", diff.removedTies.map { i in
            tieLine(old.ties[i], in: old, language) + " " + trustText(old.ties[i].trust, language)
        })
        let moved = diff.changedTies.filter(\.trustChanged)
        list(zh ? "信任变化" : "Trust changed", moved.map { change in
            tieLine(new.ties[change.new], in: new, language) + " "
                + "\(NumberText.fixed(change.oldTrust, 2)) → \(NumberText.fixed(change.newTrust, 2))" + paren(signed(change.newTrust - change.oldTrust, 2), language)
        })
        list(zh ? "关系的其他变化" : "Other tie changes", diff.changedTies.compactMap { change in
            let fields = change.fields.filter { $0.field != .trust }
            guard !fields.isEmpty else { return nil }
            return tieLine(new.ties[change.new], in: new, language) + (zh ? "：" : ": ")
                + fields.map { "\($0.field.header(language)) \(display($0.old, language)) → \(display($0.new, language))" }
                    .joined(separator: zh ? "；" : "; ")
        })
        if !diff.reversedTies.isEmpty {
            out += zh ? "另有 \(diff.reversedTies.count) 条双向关系在新文件中起点与终点互换书写，视为同一关系。\n\n"
                : "\(diff.reversedTies.count) mutual tie\(diff.reversedTies.count == 1 ? " is" : "s are") written the other way round in the new file: the same tie\(diff.reversedTies.count == 1 ? "" : "s").\n\n"
        }

        for measure in Set(diff.influence.map(\.measure)).sorted() {
            list((zh ? "变化最大的" : "Largest moves in ") + measure.title(language),
                 diff.influence.filter { $0.measure == measure }.map { move in
                     "\(new[move.newIndex].name) \(NumberText.fixed(move.old, 3)) → \(NumberText.fixed(move.new, 3))" + paren(signed(move.change, 3), language)
                 })
        }

        let findings = diff.findings
        let oldText = DiffWriter.phrasing(diff, diff.old, language), newText = DiffWriter.phrasing(diff, diff.new, language)
        func findingLine(_ finding: Finding, _ text: FindingPhrasing) -> String {
            "[\(finding.severity.name(language))] \(finding.kind.title(language))" + (zh ? "：" : ": ") + text.explanation(finding)
        }
        list(zh ? "已解决的问题" : "Findings resolved", findings.resolved.map { findingLine($0, oldText) })
        list(zh ? "新出现的问题" : "New findings", findings.new.map { findingLine($0, newText) })
        list(zh ? "仍存在的问题" : "Findings persisting", findings.persisting.map { pair in
            var line = findingLine(pair.new, newText)
            if pair.old.severity != pair.new.severity {
                line += zh ? "（严重程度 \(pair.old.severity.name(language)) → \(pair.new.severity.name(language))）"
                    : " (severity \(pair.old.severity.name(language)) → \(pair.new.severity.name(language)))"
            }
            return line
        })
        // Names from the data never reach a terminal raw, also through a pipe or a file
        // (`guanxi diff … | cat`), like every other text table.
        return TerminalText.escaped(out, keepingLineFeeds: true)
    }

    /// The findings of one side of the comparison phrased in a language (clients under
    /// pseudonyms when the comparison says so).
    static func phrasing(_ diff: NetworkDiff, _ network: TrustNetwork, _ language: Language) -> FindingPhrasing {
        FindingPhrasing(NodeNames(network, language: language, anonymize: diff.anonymize))
    }

    static func sideTitle(_ network: TrustNetwork, _ language: Language) -> String {
        let title = network.title ?? language.pick("未命名网络", "untitled network")
        return title + (network.date.map { language.pick("（\($0)）", " (\($0))") } ?? "")
    }

    static func nodeLine(_ node: Node, _ language: Language) -> String {
        node.name + paren(node.id + language.pick("，", ", ") + node.kind.name(language), language)
    }

    static func tieLine(_ tie: Tie, in network: TrustNetwork, _ language: Language) -> String {
        "\(network[tie.source].name) \(tie.mutual ? "↔" : "→") \(network[tie.target].name) \(tie.relation.name(language))"
    }

    static func trustText(_ trust: Double, _ language: Language) -> String {
        language.pick("信任 ", "trust ") + NumberText.fixed(trust, 2)
    }

    static func figure(_ value: Double?, _ measure: MeasureChange.Measure) -> String {
        guard let value else { return "—" }
        return NumberText.fixed(value, measure.isCount ? 0 : measure == .density ? 3 : 2)
    }

    static func delta(_ old: Double?, _ new: Double?, _ measure: MeasureChange.Measure) -> String {
        guard let old, let new else { return "" }
        return signed(new - old, measure.isCount ? 0 : measure == .density ? 3 : 2)
    }

    /// `+0.30`, `-2`, `0`.
    static func signed(_ x: Double, _ digits: Int) -> String {
        let text = NumberText.fixed(x, digits)
        return x > 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "+" + text : text
    }

    /// A field value as a person reads it: kinds and tags by their names, yes/no, blank as —.
    static func display(_ value: FieldValue, _ field: NodeField? = nil, _ language: Language) -> String {
        switch value {
        case .none: return "—"
        case let .text(text):
            if field == .kind, let kind = NodeKind(rawValue: text) { return kind.name(language) }
            return text
        case let .integer(number): return String(number)
        // As a person reads it (a measured value 0.8518… as 0.8519, an amount 15000 as 15000).
        case let .number(number): return ColumnKind.score.text(number)
        case let .flag(flag): return language == .zh ? (flag ? "是" : "否") : (flag ? "yes" : "no")
        case let .tags(tags): return tags.isEmpty ? "—" : tags.map { $0.name(language) }.joined(separator: language.pick("、", ", "))
        }
    }

    static func display(_ value: FieldValue, _ language: Language) -> String { display(value, nil, language) }

    // MARK: JSON

    public static func json(_ diff: NetworkDiff) -> String {
        typealias V = JSONWriter.Value
        let old = diff.old, new = diff.new
        func side(_ network: TrustNetwork) -> V {
            .object([("title", .optional(network.title)), ("date", .optional(network.date)),
                     ("nodes", .int(network.nodes.count)), ("ties", .int(network.ties.count))])
        }
        func tie(_ tie: Tie, in network: TrustNetwork) -> [(String, V)] {
            [("source", .string(network[tie.source].id)), ("target", .string(network[tie.target].id)),
             ("relation", .string(tie.relation.keyword))]
        }
        let nodes: V = .object([
            ("added", .array(diff.addedNodes.map { .string(new[$0].id) })),
            ("removed", .array(diff.removedNodes.map { .string(old[$0].id) })),
            ("changed", .array(diff.changedNodes.map { change in
                .object([("id", .string(change.id)),
                         ("fields", .object(change.fields.map { ($0.field.keyword, .array([jsonValue($0.old), jsonValue($0.new)])) }))])
            })),
        ])
        let ties: V = .object([
            ("added", .array(diff.addedTies.map { i in .object(tie(new.ties[i], in: new) + [("trust", .double(new.ties[i].trust))]) })),
            ("removed", .array(diff.removedTies.map { i in .object(tie(old.ties[i], in: old) + [("trust", .double(old.ties[i].trust))]) })),
            ("changed", .array(diff.changedTies.map { change in
                var members = tie(new.ties[change.new], in: new)
                members.append(("trust", .array([.double(change.oldTrust), .double(change.newTrust)])))
                let others = change.fields.filter { $0.field != .trust }
                if !others.isEmpty {
                    members.append(("fields", .object(others.map { ($0.field.keyword, .array([jsonValue($0.old), jsonValue($0.new)])) })))
                }
                if change.reversed { members.append(("reversed", .bool(true))) }
                return .object(members)
            })),
        ])
        let measures: V = .object(diff.measures.map { ($0.measure.keyword, .array([.optional($0.old), .optional($0.new)])) })
        let influence: V = .array(diff.influence.map { move in
            .object([("id", .string(move.id)), ("measure", .string(move.measure.rawValue)),
                     ("old", .double(move.old)), ("new", .double(move.new))])
        })
        func finding(_ finding: Finding, in network: TrustNetwork) -> [(String, V)] {
            [("kind", .string(finding.kind.keyword)),
             ("node", .optional(finding.nodes.first.map { network[$0].id })),
             ("nodes", .array(finding.nodes.map { .string(network[$0].id) }))]
        }
        func texts(_ finding: Finding, _ network: TrustNetwork) -> [(String, V)] {
            [("explanation", .object([("zh", .string(phrasing(diff, network, .zh).explanation(finding))),
                                      ("en", .string(phrasing(diff, network, .en).explanation(finding)))]))]
        }
        let findings: V = .object([
            ("new", .array(diff.findings.new.map {
                .object(finding($0, in: new) + [("severity", .string($0.severity.rawValue))] + texts($0, new))
            })),
            ("resolved", .array(diff.findings.resolved.map {
                .object(finding($0, in: old) + [("severity", .string($0.severity.rawValue))] + texts($0, old))
            })),
            ("persisting", .array(diff.findings.persisting.map { pair in
                .object(finding(pair.new, in: new)
                    + [("severity", .array([.string(pair.old.severity.rawValue), .string(pair.new.severity.rawValue)])),
                       ("score", .array([.double(pair.old.score), .double(pair.new.score)]))]
                    + texts(pair.new, new))
            })),
        ])
        return JSONWriter.render(.object([
            ("old", side(old)), ("new", side(new)), ("nodes", nodes), ("ties", ties),
            ("measures", measures), ("influence", influence), ("findings", findings),
        ]))
    }

    static func jsonValue(_ value: FieldValue) -> JSONWriter.Value {
        switch value {
        case .none: .null
        case let .text(text): .string(text)
        case let .integer(number): .int(number)
        case let .number(number): .double(number)
        case let .flag(flag): .bool(flag)
        case let .tags(tags): .array(tags.map { .string($0.keyword) })
        }
    }

    // MARK: Tables

    /// The columns of the table of every change (the CSV, and the workbook's last sheet).
    enum Column: CaseIterable {
        case section, change, id, name, source, target, relation, field, old, new, detail

        func header(_ language: Language) -> String {
            switch self {
            case .section: language.pick("类别", "section")
            case .change: language.pick("变化", "change")
            case .id: language.pick("编号", "id")
            case .name: language.pick("名称", "name")
            case .source: language.pick("起点", "source")
            case .target: language.pick("终点", "target")
            case .relation: language.pick("关系", "relation")
            case .field: language.pick("字段", "field")
            case .old: language.pick("之前", "old")
            case .new: language.pick("之后", "new")
            case .detail: language.pick("说明", "detail")
            }
        }

        var kind: ColumnKind { self == .old || self == .new ? .score : .text }
    }

    /// The changes as tables: a sheet per section — figures, nodes, ties, influence,
    /// findings — then every change in one table (the one CSV holds), each row naming its
    /// section: `-o changes.xlsx` and `-o changes.csv`.
    public static func tables(_ diff: NetworkDiff, language: Language) -> TableDocument {
        let zh = language == .zh
        let old = diff.old, new = diff.new
        func value(_ value: FieldValue, _ field: NodeField? = nil) -> TableValue {
            switch value {
            case .none: .empty
            case let .integer(number): .integer(number)
            case let .number(number): .number(number)
            default: .text(display(value, field, language))
            }
        }
        func word(_ en: String, _ zhWord: String) -> TableValue { .text(zh ? zhWord : en) }
        func columns(_ list: [Column]) -> [TableColumn] { list.map { TableColumn($0.header(language), $0.kind) } }

        var figures = TableSheet(name: zh ? "概况" : "summary", columns: columns([.field, .old, .new]) + [TableColumn(zh ? "变化" : "change", .score)])
        for change in diff.measures {
            // Each figure rounded as the text shows it: counts whole, density to 3 decimals, trust and shares to 2.
            let kind: ColumnKind = change.measure.isCount ? .integer : .decimals(change.measure == .density ? 3 : 2)
            func typed(_ x: Double?) -> TableValue { x.map { $0.isFinite ? .typed($0, kind) : .empty } ?? .empty }
            figures.append([.text(change.measure.title(language)), typed(change.old), typed(change.new),
                            typed(change.old.flatMap { o in change.new.map { $0 - o } })])
        }
        var nodes = TableSheet(name: zh ? "节点" : "nodes", columns: columns([.change, .id, .name, .field, .old, .new]))
        for i in diff.addedNodes { nodes.append([word("added", "新增"), .text(new[i].id), .text(new[i].name), .empty, .empty, .empty]) }
        for i in diff.removedNodes { nodes.append([word("removed", "删除"), .text(old[i].id), .text(old[i].name), .empty, .empty, .empty]) }
        for change in diff.changedNodes {
            for (field, before, after) in change.fields {
                nodes.append([word("changed", "变化"), .text(change.id), .text(new[change.new].name), .text(field.header(language)),
                              value(before, field), value(after, field)])
            }
        }
        var ties = TableSheet(name: zh ? "关系" : "ties", columns: columns([.change, .source, .target, .relation, .field, .old, .new]))
        func key(_ tie: Tie, _ network: TrustNetwork) -> [TableValue] {
            [.text(network[tie.source].id), .text(network[tie.target].id), .text(tie.relation.name(language))]
        }
        let trust = TableValue.text(TieField.trust.header(language))
        for i in diff.addedTies { ties.append([word("added", "新增")] + key(new.ties[i], new) + [trust, .empty, .typed(new.ties[i].trust, .trust)]) }
        for i in diff.removedTies { ties.append([word("removed", "删除")] + key(old.ties[i], old) + [trust, .typed(old.ties[i].trust, .trust), .empty]) }
        for change in diff.changedTies {
            for (field, before, after) in change.fields {
                // Trust to 2 decimals, as everywhere.
                func cell(_ x: FieldValue) -> TableValue {
                    if field == .trust, case let .number(number) = x { return .typed(number, .trust) }
                    return value(x)
                }
                ties.append([word("changed", "变化")] + key(new.ties[change.new], new) + [.text(field.header(language)), cell(before), cell(after)])
            }
        }
        var influence = TableSheet(name: zh ? "影响力" : "influence", columns: columns([.id, .name, .field, .old, .new]))
        for move in diff.influence {
            influence.append([.text(move.id), .text(new[move.newIndex].name), .text(move.measure.title(language)), .number(move.old), .number(move.new)])
        }
        var findings = TableSheet(name: zh ? "问题" : "findings", columns: columns([.change, .id, .name, .field, .old, .new, .detail]))
        func finding(_ change: TableValue, _ finding: Finding, _ network: TrustNetwork, _ before: TableValue, _ after: TableValue) {
            let main = finding.nodes.first
            findings.append([change, .optional(main.map { network[$0].id }), .optional(main.map { network[$0].name }),
                             .text(finding.kind.title(language)), before, after,
                             .text(DiffWriter.phrasing(diff, network, language).explanation(finding))])
        }
        for item in diff.findings.resolved { finding(word("resolved", "已解决"), item, old, .text(item.severity.name(language)), .empty) }
        for item in diff.findings.new { finding(word("new", "新出现"), item, new, .empty, .text(item.severity.name(language))) }
        for (before, after) in diff.findings.persisting {
            finding(word("persisting", "仍存在"), after, new, .text(before.severity.name(language)), .text(after.severity.name(language)))
        }

        // Every row of the sheets above in one table, its columns placed by name.
        let sections: [(TableSheet, [Column])] = [
            (figures, [.field, .old, .new, .detail]), (nodes, [.change, .id, .name, .field, .old, .new]),
            (ties, [.change, .source, .target, .relation, .field, .old, .new]), (influence, [.id, .name, .field, .old, .new]),
            (findings, [.change, .id, .name, .field, .old, .new, .detail]),
        ]
        var all = TableSheet(name: zh ? "全部变化" : "all changes", columns: columns(Column.allCases))
        for (sheet, layout) in sections {
            for row in sheet.rows {
                var flat = [TableValue](repeating: .empty, count: Column.allCases.count)
                flat[0] = .text(sheet.name)
                for (cell, column) in zip(row, layout) {
                    if let position = Column.allCases.firstIndex(of: column) { flat[position] = cell }
                }
                all.append(flat)
            }
        }
        let title = (zh ? "变化：" : "What changed: ") + sideTitle(old, language) + " → " + sideTitle(new, language)
        return TableDocument(title: title, sheets: [figures, nodes, ties, influence, findings, all], csvSheet: 5)
    }
}

extension DiffWriter {
    /// `（text）` in Chinese, ` (text)` in English.
    static func paren(_ text: String, _ language: Language) -> String {
        language == .zh ? "（\(text)）" : " (\(text))"
    }
}
