import Analysis
import Phrasing
import TrustModel

/// The findings part of a report's "gaps" section. One station: every kind with its
/// findings in full (explanation and action), at most ``perKindSingle`` each. A city
/// (findings under several stations): a table of counts per station and kind, then per
/// station, folded, a table of each kind's total and its top few by their one-line labels —
/// a table per street rather than thousands of lines; `guanxi gaps --format json` keeps all.
enum FindingsSection {
    static let perKindSingle = 50
    static let perKindCity = 3

    static func html(_ c: ReportContent, _ page: inout HTMLPage) {
        let language = c.language
        let phrasing = FindingPhrasing(c.names)
        if c.gaps.findings.isEmpty {
            page.paragraph(language.pick("没有发现问题。", "No gaps found."))
            return
        }
        let groups = FindingGroups(c.gaps, perKind: perKindCity)
        guard groups.isCityScale else {
            for kind in FindingKind.allCases {
                let found = c.gaps.findings(kind)
                guard !found.isEmpty else { continue }
                page.raw("<h3>\(Markup.html(kind.title(language))) <span class=\"count\">\(found.count)</span></h3><ol class=\"findings\">")
                for finding in found.prefix(perKindSingle) {
                    let text = phrasing.sentences(finding)
                    page.raw("<li class=\"\(finding.severity.rawValue)\"><span class=\"badge\">\(Markup.html(finding.severity.name(language)))</span> ")
                    page.text(text.explanation)
                    page.raw("<div class=\"action\"><strong>\(Markup.html(language.pick("建议：", "Action: ")))</strong>")
                    page.text(text.action)
                    page.raw("</div></li>")
                }
                page.raw("</ol>")
                if found.count > perKindSingle { page.paragraph(more(found.count - perKindSingle, language), className: "note") }
            }
            return
        }
        page.paragraph(language.pick(
            "\(c.gaps.findings.count) 条发现，分属 \(groups.groups.count) 组（按社工站）。下表为各社工站每类的条数；展开一个社工站可见每类排名前 \(perKindCity) 的发现。“guanxi gaps --station 编号”列出一个社工站的全部发现及建议，“--format json”列出全部。",
            "\(c.gaps.findings.count) findings in \(groups.groups.count) groups (by station). The table counts each station's findings by kind; open a station for the top \(perKindCity) of each kind. \"guanxi gaps --station ID\" lists one station's findings with their actions, \"--format json\" all of them."))
        let kinds = FindingKind.allCases
        let rows = groups.groups.map { group -> [String] in
            [stationName(group.station, c), String(group.total), String(group.high)]
                + kinds.map { kind in group.kinds.first { $0.kind == kind }.map { String($0.total) } ?? "" }
        }
        page.table(id: "findings-by-station",
                   headers: [language.pick("社工站", "Station"), language.pick("条数", "Total"), language.pick("高", "High")]
                       + kinds.map { $0.shortTitle(language) },
                   rows: rows, numeric: Array(1 ..< 3 + kinds.count))
        for group in groups.groups {
            page.raw("<details class=\"station\"><summary>")
            page.text(stationName(group.station, c) + language.pick("：\(group.total) 条，高 \(group.high)", ": \(group.total), \(group.high) high"))
            page.raw("</summary><table><thead><tr><th>\(Markup.html(language.pick("类别", "Kind")))</th><th class=\"num\">\(Markup.html(language.pick("条数", "Total")))</th><th>\(Markup.html(language.pick("排名靠前", "Top")))</th></tr></thead><tbody>")
            for kind in group.kinds {
                page.raw("<tr><td>\(Markup.html(kind.kind.title(language)))</td><td class=\"num\">\(kind.total)</td><td><ul class=\"top\">")
                for index in kind.top {
                    let finding = c.gaps.findings[index]
                    page.raw("<li class=\"\(finding.severity.rawValue)\"><span class=\"badge\">\(Markup.html(finding.severity.name(language)))</span> ")
                    page.text(phrasing.headline(finding))
                    page.raw("</li>")
                }
                page.raw("</ul></td></tr>")
            }
            page.raw("</tbody></table></details>")
        }
    }

    static func markdown(_ c: ReportContent) -> String {
        let l = c.language
        let phrasing = FindingPhrasing(c.names)
        var out = ""
        let groups = FindingGroups(c.gaps, perKind: perKindCity)
        guard groups.isCityScale else {
            for kind in FindingKind.allCases {
                let found = c.gaps.findings(kind)
                guard !found.isEmpty else { continue }
                out += "### \(Markup.markdown(kind.title(l))) (\(found.count))\n\n"
                for (i, finding) in found.prefix(perKindSingle).enumerated() {
                    let text = phrasing.sentences(finding)
                    out += "\(i + 1). **[\(Markup.markdown(finding.severity.name(l)))]** \(Markup.markdown(text.explanation))  \n"
                    out += "   \(Markup.markdown(l.pick("建议：", "Action: ")))\(Markup.markdown(text.action))\n"
                }
                if found.count > perKindSingle { out += "\n" + Markup.markdown(more(found.count - perKindSingle, l)) + "\n" }
                out += "\n"
            }
            return out
        }
        out += Markup.markdown(l.pick("\(c.gaps.findings.count) 条发现，按社工站分组；每类列出条数和排名前 \(perKindCity) 的。",
                                      "\(c.gaps.findings.count) findings grouped by station; per kind the total and the top \(perKindCity).")) + "\n\n"
        for group in groups.groups {
            out += "#### " + Markup.markdown(stationName(group.station, c) + l.pick("：\(group.total) 条，高 \(group.high)", ": \(group.total), \(group.high) high")) + "\n\n"
            out += "| \(l.pick("类别", "Kind")) | \(l.pick("条数", "Total")) | \(l.pick("排名靠前", "Top")) |\n|---|---:|---|\n"
            for kind in group.kinds {
                let top = kind.top.map { Markup.markdown(phrasing.headline(c.gaps.findings[$0])) }.joined(separator: l.pick("；", "; "))
                out += "| \(Markup.markdown(kind.kind.title(l))) | \(kind.total) | \(top) |\n"
            }
            out += "\n"
        }
        return out
    }

    static func stationName(_ station: Int32?, _ c: ReportContent) -> String {
        station.map { c.names.name($0) } ?? c.language.pick("没有社工站联系得到的", "Reached by no station")
    }

    static func more(_ count: Int, _ language: Language) -> String {
        language.pick("……另有 \(count) 条，guanxi gaps --format json 列出全部。", "… and \(count) more: guanxi gaps --format json lists all.")
    }
}
