import Analysis
import Phrasing
import TrustModel

/// The report's "what changed" section (`guanxi report NEW --previous OLD`), shared by the
/// HTML and Markdown forms: figures before and after, the nodes and ties added, removed and
/// changed, the trust that moved, and the findings resolved and new. Long lists are cut at
/// ``rowLimit`` rows with a note (`guanxi diff -o` writes them all). Under `--anonymize`
/// clients keep their pseudonyms, a removed client is "a client", and clients' changed
/// fields are named without their values.
struct ChangesSection {
    struct Table {
        var id: String
        var caption: String
        var headers: [String]
        var rows: [[String]]
        var numeric: [Int]
        /// Rows left out.
        var more: Int
    }

    static let rowLimit = 60

    /// The section's anchor, title and how to read it (an optional section, so not one of
    /// ``ReportSection``'s).
    static let id = "changes"

    static func title(_ language: Language) -> String { language.pick("与上一期相比", "What changed") }

    static func howToRead(_ language: Language) -> String {
        language.pick("这一期新增、删除和改变了什么，信任升降了多少，哪些问题已经解决、哪些是新出现的：向街道汇报的成绩与下一期的工作。",
                      "What was added, removed and changed since last time, where trust rose or fell, which findings were resolved and which are new: what this period achieved, and the work for the next.")
    }

    var intro: String
    var cards: [(label: String, value: String)]
    var tables: [Table]
    var resolved: [String]
    var new: [String]
    var persisting: Int

    init(_ diff: NetworkDiff, names: NodeNames) {
        let l = names.language
        let old = diff.old, new = diff.new
        func oldName(_ index: Int32) -> String {
            names.anonymize && old[index].kind == .client ? l.pick("服务对象", "a client") : old[index].name
        }
        func tieText(_ tie: Tie, _ network: TrustNetwork, _ name: (Int32) -> String) -> [String] {
            [name(tie.source), name(tie.target), tie.relation.name(l)]
        }
        let since = old.date ?? old.title ?? l.pick("上一期", "the previous version")
        intro = l.pick("与 \(since) 的数据相比（节点按编号、关系按起点、终点和关系对应）。",
                       "Compared with the data of \(since) (nodes matched by id, ties by source, target and relation).")
        let moved = diff.changedTies.filter(\.trustChanged)
        cards = [
            (l.pick("新增 / 删除节点", "nodes added / removed"), "+\(diff.addedNodes.count) / −\(diff.removedNodes.count)"),
            (l.pick("新增 / 删除关系", "ties added / removed"), "+\(diff.addedTies.count) / −\(diff.removedTies.count)"),
            (l.pick("信任变化的关系", "ties whose trust moved"), String(moved.count)),
            (l.pick("已解决 / 新出现的问题", "findings resolved / new"), "\(diff.findings.resolved.count) / \(diff.findings.new.count)"),
        ]
        persisting = diff.findings.persisting.count

        func table(_ id: String, _ caption: String, _ headers: [String], _ rows: [[String]], numeric: [Int]) -> Table {
            Table(id: id, caption: caption, headers: headers, rows: Array(rows.prefix(ChangesSection.rowLimit)),
                  numeric: numeric, more: max(0, rows.count - ChangesSection.rowLimit))
        }
        var tables: [Table] = []
        tables.append(table("change-figures", l.pick("网络指标", "Figures"),
                            [l.pick("指标", "Figure"), l.pick("之前", "Before"), l.pick("之后", "After"), l.pick("变化", "Change")],
                            diff.measures.map { change in
                                let digits = change.measure.isCount ? 0 : change.measure == .density ? 3 : 2
                                let delta = change.old.flatMap { o in change.new.map { ChangesSection.signed($0 - o, digits) } } ?? ""
                                return [change.measure.title(l), change.old.map { NumberText.fixed($0, digits) } ?? "—",
                                        change.new.map { NumberText.fixed($0, digits) } ?? "—", delta]
                            }, numeric: [1, 2, 3]))
        var nodeRows: [[String]] = []
        for i in diff.addedNodes { nodeRows.append([l.pick("新增", "added"), names.name(i), new[i].kind.name(l), ""]) }
        for i in diff.removedNodes { nodeRows.append([l.pick("删除", "removed"), oldName(i), old[i].kind.name(l), ""]) }
        for change in diff.changedNodes {
            let hidden = names.isHidden(change.new)
            let fields = change.fields.map { field -> String in
                hidden ? field.field.header(l)
                    : "\(field.field.header(l)) \(ChangesSection.text(field.old, field.field, l)) → \(ChangesSection.text(field.new, field.field, l))"
            }
            nodeRows.append([l.pick("变化", "changed"), names.name(change.new), new[change.new].kind.name(l),
                             fields.joined(separator: l.pick("；", "; "))])
        }
        tables.append(table("change-nodes", l.pick("节点", "Nodes"),
                            [l.pick("变化", "Change"), l.pick("名称", "Name"), l.pick("类型", "Kind"), l.pick("内容", "What")],
                            nodeRows, numeric: []))
        var tieRows: [[String]] = []
        for i in diff.addedTies {
            tieRows.append([l.pick("新增", "added")] + tieText(new.ties[i], new, names.name) + ["", NumberText.fixed(new.ties[i].trust, 2)])
        }
        for i in diff.removedTies {
            tieRows.append([l.pick("删除", "removed")] + tieText(old.ties[i], old, oldName) + [NumberText.fixed(old.ties[i].trust, 2), ""])
        }
        tables.append(table("change-ties", l.pick("新增与删除的关系", "Ties added and removed"),
                            [l.pick("变化", "Change"), l.pick("起点", "Source"), l.pick("终点", "Target"), l.pick("关系", "Relation"),
                             l.pick("之前的信任", "Trust before"), l.pick("现在的信任", "Trust now")],
                            tieRows, numeric: [4, 5]))
        let trustRows = moved.map { change in
            tieText(new.ties[change.new], new, names.name)
                + [NumberText.fixed(change.oldTrust, 2), NumberText.fixed(change.newTrust, 2),
                   ChangesSection.signed(change.newTrust - change.oldTrust, 2)]
        }
        tables.append(table("change-trust", l.pick("信任的变化", "Trust that moved"),
                            [l.pick("起点", "Source"), l.pick("终点", "Target"), l.pick("关系", "Relation"),
                             l.pick("之前", "Before"), l.pick("现在", "Now"), l.pick("变化", "Change")],
                            trustRows, numeric: [3, 4, 5]))
        self.tables = tables
        let oldText = FindingPhrasing(NodeNames(old, language: l, anonymize: names.anonymize, k: names.k))
        let newText = FindingPhrasing(names)
        func line(_ finding: Finding, _ text: FindingPhrasing) -> String {
            "[\(finding.severity.name(l))] \(finding.kind.title(l))" + l.pick("：", ": ") + text.explanation(finding)
        }
        resolved = diff.findings.resolved.map { line($0, oldText) }
        self.new = diff.findings.new.map { line($0, newText) }
    }

    /// `+0.30`, `-2`, `0`.
    static func signed(_ x: Double, _ digits: Int) -> String {
        let text = NumberText.fixed(x, digits)
        return x > 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "+" + text : text
    }

    /// A field value as a person reads it.
    static func text(_ value: FieldValue, _ field: NodeField, _ language: Language) -> String {
        switch value {
        case .none: "—"
        case let .text(text): field == .kind ? NodeKind(rawValue: text)?.name(language) ?? text : text
        case let .integer(number): String(number)
        case let .number(number): NumberText.fixed(number, number == number.rounded() ? 0 : 2)
        case let .flag(flag): language == .zh ? (flag ? "是" : "否") : (flag ? "yes" : "no")
        case let .tags(tags): tags.isEmpty ? "—" : tags.map { $0.name(language) }.joined(separator: language.pick("、", ", "))
        }
    }

    /// "另有 12 条未列出（guanxi diff -o 变化.xlsx 列出全部）".
    static func moreNote(_ more: Int, _ language: Language) -> String {
        language.pick("另有 \(more) 条未列出（guanxi diff 旧 新 -o 变化.xlsx 列出全部）。",
                      "\(more) more not listed (guanxi diff OLD NEW -o changes.xlsx lists them all).")
    }

    func findingsHeading(resolved: Bool, _ language: Language) -> String {
        resolved ? language.pick("已解决的问题（\(self.resolved.count)）", "Findings resolved (\(self.resolved.count))")
            : language.pick("新出现的问题（\(new.count)）", "New findings (\(new.count))")
    }

    func persistingNote(_ language: Language) -> String {
        language.pick("另有 \(persisting) 项问题仍然存在（见“差距与建议”）。", "\(persisting) findings persist (see the gaps).")
    }
}

extension HTMLReport {
    static func changes(_ c: ReportContent, _ page: inout HTMLPage) {
        guard let diff = c.changes else { return }
        let l = c.language
        let section = ChangesSection(diff, names: c.names)
        page.raw("<section id=\"\(ChangesSection.id)\"><h2>\(Markup.html(ChangesSection.title(l)))</h2>")
        page.raw("<p class=\"read\">\(Markup.html(ChangesSection.howToRead(l)))</p>")
        page.paragraph(section.intro)
        page.raw("<div class=\"cards\">")
        for card in section.cards { page.card(card.label, card.value) }
        page.raw("</div>")
        for table in section.tables where !table.rows.isEmpty {
            page.raw("<h3>\(Markup.html(table.caption))</h3>")
            page.table(id: table.id, headers: table.headers, rows: table.rows, numeric: table.numeric)
            if table.more > 0 { page.paragraph(ChangesSection.moreNote(table.more, l), className: "note") }
        }
        for (resolved, lines) in [(true, section.resolved), (false, section.new)] where !lines.isEmpty {
            page.raw("<h3>\(Markup.html(section.findingsHeading(resolved: resolved, l)))</h3><ul class=\"changes\">")
            for line in lines { page.raw("<li>"); page.text(line); page.raw("</li>") }
            page.raw("</ul>")
        }
        if section.persisting > 0 { page.paragraph(section.persistingNote(l), className: "note") }
        page.endSection()
    }
}

extension MarkdownReport {
    static func changes(_ c: ReportContent) -> String {
        guard let diff = c.changes else { return "" }
        let l = c.language
        let section = ChangesSection(diff, names: c.names)
        var out = "\n## \(Markup.markdown(ChangesSection.title(l)))\n\n\(Markup.markdown(ChangesSection.howToRead(l)))\n\n"
        out += Markup.markdown(section.intro) + "\n\n"
        for card in section.cards { out += "- \(Markup.markdown(card.label))\(l.pick("：", ": "))\(Markup.markdown(card.value))\n" }
        out += "\n"
        for table in section.tables where !table.rows.isEmpty {
            out += "### \(Markup.markdown(table.caption))\n\n"
            out += "| " + table.headers.map(Markup.markdown).joined(separator: " | ") + " |\n"
            out += "|" + String(repeating: " --- |", count: table.headers.count) + "\n"
            for row in table.rows { out += "| " + row.map(Markup.markdown).joined(separator: " | ") + " |\n" }
            out += "\n"
            if table.more > 0 { out += "_\(Markup.markdown(ChangesSection.moreNote(table.more, l)))_\n\n" }
        }
        for (resolved, lines) in [(true, section.resolved), (false, section.new)] where !lines.isEmpty {
            out += "### \(Markup.markdown(section.findingsHeading(resolved: resolved, l)))\n\n"
            for line in lines { out += "- \(Markup.markdown(line))\n" }
            out += "\n"
        }
        if section.persisting > 0 { out += "_\(Markup.markdown(section.persistingNote(l)))_\n" }
        return out
    }
}
