import Analysis
import Phrasing
import TrustModel

/// `guanxi gaps` as text (summary on top, then the findings) or as JSON
/// `{"summary": {...}, "findings": [{"kind", "severity", "score", "nodes", "explanation":
/// {"zh","en"}, "action": {"zh","en"}, "key", "station", "facts": {...}}]}` keeping every
/// finding. The workbook and CSV are ``ResultTables/gaps(_:of:names:language:perKind:)``.
///
/// A network with one station lists its findings by kind. At city scale (findings under
/// several stations) text, CSV and the workbook are grouped per station: for each kind the
/// total and the first few (``FindingGroups``); `--station ID` reads one station in full.
///
/// Under `--anonymize` every head count goes through ``NodeNames`` (groups under k people
/// as "<10"), and a score that counts people is rounded down to a multiple of k.
public enum GapsWriter {
    /// Findings listed per kind for a single station; the rest are counted.
    public static let perKindSingle = 15
    /// Findings listed per station and kind at city scale.
    public static let perKindCity = 3

    /// - Parameter perKind: findings listed per kind (per station and kind at city scale);
    ///   `nil` for the defaults above.
    public static func text(_ analysis: GapAnalysis, of network: TrustNetwork, language: Language,
                            perKind: Int? = nil, names: NodeNames) -> String {
        let zh = language == .zh
        let phrasing = FindingPhrasing(names)
        var out = ""
        let title = TerminalText.escaped(network.title ?? (zh ? "未命名网络" : "Untitled network"))
        out += zh ? "\(title)：差距与建议\n\n" : "\(title): gaps and what to do\n\n"
        out += summary(analysis, language: language, names: names)
        if analysis.findings.isEmpty {
            out += zh ? "\n没有发现问题。\n" : "\nNo gaps found.\n"
            return TerminalText.escaped(out, keepingLineFeeds: true)
        }
        let city = FindingGroups(analysis, perKind: 0).isCityScale
        if city {
            out += cityText(analysis, phrasing: phrasing, perKind: perKind ?? perKindCity)
            return out
        }
        let limit = perKind ?? perKindSingle
        for kind in FindingKind.allCases {
            let found = analysis.findings(kind)
            guard !found.isEmpty else { continue }
            out += zh ? "\n\(kind.title(language))（\(found.count)）\n" : "\n\(kind.title(language)) (\(found.count))\n"
            for finding in found.prefix(limit) {
                out += "  [\(finding.severity.name(language))] \(phrasing.explanation(finding))\n"
                out += (zh ? "      建议：" : "      Action: ") + phrasing.action(finding) + "\n"
            }
            if found.count > limit {
                out += zh ? "  ……另有 \(found.count - limit) 条（--format json 列出全部，--station 只看一个社工站）\n"
                    : "  … and \(found.count - limit) more (--format json lists all; --station shows one station)\n"
            }
        }
        return TerminalText.escaped(out, keepingLineFeeds: true)
    }

    /// Per station: a line per kind with its total, how many are high, and the first few.
    static func cityText(_ analysis: GapAnalysis, phrasing: FindingPhrasing, perKind: Int) -> String {
        let language = phrasing.language, zh = language == .zh, names = phrasing.names
        let groups = FindingGroups(analysis, perKind: perKind)
        var out = zh
            ? "\n按社工站分组（\(groups.groups.count) 组，共 \(analysis.findings.count) 条）：每类列出总数、其中高的条数和排名前 \(perKind) 的；--station 编号 查看一个社工站的全部，--format json 列出全部。\n"
            : "\nBy station (\(groups.groups.count) groups, \(analysis.findings.count) findings): per kind the total, how many are high, and the top \(perKind); --station ID shows one station in full, --format json lists all.\n"
        for group in groups.groups {
            let heading = group.station.map { "\(names.name($0)) [\(names.id($0))]" } ?? (zh ? "没有社工站联系得到的" : "Reached by no station")
            out += zh ? "\n\(heading)：\(group.total) 条，高 \(group.high)\n" : "\n\(heading): \(group.total), \(group.high) high\n"
            var table = TextTable(headers: zh ? ["类别", "条数", "高", "排名靠前"] : ["Kind", "Total", "High", "Top"],
                                  alignments: [.left, .right, .right, .left])
            for kind in group.kinds {
                let top = kind.top.map { phrasing.headline(analysis.findings[$0]) }.joined(separator: zh ? "；" : "; ")
                table.add([kind.kind.shortTitle(language), String(kind.total), String(kind.high), top])
            }
            out += table.render(indent: 2)
        }
        return out
    }

    static func summary(_ analysis: GapAnalysis, language: Language, names: NodeNames) -> String {
        let zh = language == .zh
        var out = zh ? "概况\n" : "Summary\n"
        if !analysis.needCoverage.isEmpty {
            var table = TextTable(headers: zh ? ["需求", "需要（人）", "已满足（人）", "覆盖率"] : ["Need", "People needing", "Met", "Share"],
                                  alignments: [.left, .right, .right, .right])
            for row in analysis.needCoverage {
                table.add([row.tag.name(language), names.count(row.peopleNeeding), names.count(row.peopleCovered), NumberText.percent(row.share)])
            }
            out += zh ? "  按需求的覆盖（提供者直接服务，或从为其服务的社工站、社工室沿可信路线找得到提供者）：\n"
                : "  Coverage per need (a holder gives directly, or is reachable along trusted routes from the posts serving them):\n"
            out += table.render(indent: 4)
        }
        let coverage = analysis.communityCoverage
        if !coverage.communities.isEmpty {
            out += zh
                ? "  按社区的覆盖（人数 × 服务关系的信任）：\(coverage.communities.count) 个社区，中位数 \(NumberText.percent(coverage.medianCoverage))，基尼系数 \(NumberText.fixed(coverage.gini, 2))\n"
                : "  Coverage per community (people × trust of their service ties): \(coverage.communities.count) communities, median \(NumberText.percent(coverage.medianCoverage)), Gini \(NumberText.fixed(coverage.gini, 2))\n"
            // At city scale, the flagged communities only (the rest are in the JSON and CSV).
            let rows = coverage.communities.count > 40 ? coverage.communities.filter(\.flagged) : coverage.communities
            var table = TextTable(headers: zh ? ["社区", "记录人数", "服务人数", "覆盖率", ""] : ["Community", "Recorded", "Served", "Coverage", ""],
                                  alignments: [.left, .right, .right, .right, .left])
            for row in rows {
                table.add([row.name, names.count(row.peopleRecorded), names.count(Int(row.peopleServed.rounded())),
                           NumberText.percent(row.coverage), row.flagged ? (zh ? "← 偏低" : "← low") : ""])
            }
            if rows.count < coverage.communities.count {
                out += zh ? "    （只列出偏低的 \(rows.count) 个）\n" : "    (only the \(rows.count) flagged)\n"
            }
            if !rows.isEmpty { out += table.render(indent: 4) }
        }
        if !analysis.fiveLinkage.isEmpty {
            out += zh ? "  五社联动（沿信任 ≥ \(NumberText.fixed(analysis.thresholds.pathTrust, 2)) 的路线）：\n"
                : "  五社联动, five-party linkage (along routes of trust ≥ \(NumberText.fixed(analysis.thresholds.pathTrust, 2))):\n"
            let incomplete = analysis.fiveLinkage.filter { $0.score < 5 }
            let rows = analysis.fiveLinkage.count > 40 ? incomplete : analysis.fiveLinkage
            if rows.count < analysis.fiveLinkage.count {
                out += zh ? "    \(analysis.fiveLinkage.count - rows.count) 个社工站 5/5；未满分的：\n"
                    : "    \(analysis.fiveLinkage.count - rows.count) stations score 5/5; the others:\n"
            }
            for row in rows {
                let missing = row.missing.map { $0.name(language) }.joined(separator: zh ? "、" : ", ")
                out += "    \(names.name(row.station)) \(row.score)/5" + (missing.isEmpty ? "" : (zh ? "（缺：\(missing)）" : " (missing: \(missing))")) + "\n"
            }
        }
        return out
    }

    // MARK: - JSON

    /// Every finding with its facts, both languages' sentences, its key and its station.
    public static func json(_ analysis: GapAnalysis, of network: TrustNetwork, names: NodeNames) -> [UInt8] {
        var bytes: [UInt8] = []
        json(analysis, of: network, names: names) { (chunk: [UInt8]) in bytes += chunk }
        return bytes
    }

    /// The JSON above handed to `sink` in chunks (a few MB), batch by batch of findings, so a
    /// city's JSON (580 MB at 1M ties) is never held whole, nor as one tree: with
    /// `AtomicFile.write(to:streaming:)` it goes straight to the file.
    public static func json<E: Error>(_ analysis: GapAnalysis, of network: TrustNetwork, names: NodeNames,
                                      into sink: (_ chunk: [UInt8]) throws(E) -> Void) throws(E) {
        typealias V = JSONWriter.Value
        let coverage = analysis.communityCoverage
        var counts: [FindingKind: Int] = [:]
        for i in analysis.findings.indices { counts[analysis.findings[i].kind, default: 0] += 1 }
        let summary: V = .object([
            ("thresholds", .object([
                ("pathTrust", .double(analysis.thresholds.pathTrust)), ("asymmetry", .double(analysis.thresholds.asymmetry)),
                ("strained", .double(analysis.thresholds.strained)), ("coverageFlag", .double(analysis.thresholds.coverageFlag)),
            ])),
            ("needCoverage", .array(analysis.needCoverage.map { row in
                .object([("need", .string(row.tag.keyword)), ("peopleNeeding", people(row.peopleNeeding, names)),
                         ("peopleCovered", people(row.peopleCovered, names)), ("share", .double(row.share))])
            })),
            ("communityCoverage", .object([
                ("median", .double(coverage.medianCoverage)), ("gini", .double(coverage.gini)),
                ("communities", .array(coverage.communities.map { row in
                    .object([("area", .string(row.area)), ("name", .string(row.name)),
                             ("peopleRecorded", people(row.peopleRecorded, names)),
                             ("peopleServed", names.hidesCount(Int(row.peopleServed.rounded())) ? .string("<\(names.k)") : .double(row.peopleServed)),
                             ("coverage", .double(row.coverage)), ("flagged", .bool(row.flagged))])
                })),
            ])),
            ("fiveLinkage", .array(analysis.fiveLinkage.map { row in
                .object([("station", .string(names.id(row.station))), ("score", .int(row.score)),
                         ("missing", .array(row.missing.map { .string($0.rawValue) }))])
            })),
            ("counts", .object(FindingKind.allCases.map { kind in (kind.keyword, .int(counts[kind, default: 0])) })),
        ])
        let zh = FindingPhrasing(NodeNames(network, language: .zh, anonymize: names.anonymize, k: names.k))
        let en = FindingPhrasing(NodeNames(network, language: .en, anonymize: names.anonymize, k: names.k))
        var head = "{\n  \"summary\": "
        JSONWriter.write(summary, indent: 2, into: &head)
        head += ",\n  \"findings\": ["
        try sink(Array(head.utf8))
        // Phrased and written in batches, each on two cores (the sentences in two languages
        // are most of the work), handed over in order: the same bytes as one by one.
        let findings = analysis.findings
        var first = 0
        while first < findings.count {
            let end = min(first + 4096, findings.count), base = first
            let parts = ParallelBlocks.map(count: end - first, blocks: 2) { range in
                var text = ""
                text.reserveCapacity(range.count * 2048)  // about 1.5 KB a finding: no regrowth
                for i in range {
                    text += base + i == 0 ? "\n    " : ",\n    "
                    JSONWriter.write(value(findings[base + i], zh: zh, en: en, names: names), indent: 4, into: &text)
                }
                return text
            }
            for part in parts { try sink(Array(part.utf8)) }
            first = end
        }
        try sink(Array((findings.isEmpty ? "]\n}\n" : "\n  ]\n}\n").utf8))
    }

    /// One finding of the JSON.
    static func value(_ finding: Finding, zh: FindingPhrasing, en: FindingPhrasing, names: NodeNames) -> JSONWriter.Value {
        let zhText = zh.sentences(finding), enText = en.sentences(finding)
        return .object([
            ("kind", .string(finding.kind.keyword)), ("severity", .string(finding.severity.rawValue)),
            ("score", .double(score(finding, names))), ("nodes", .array(finding.nodes.map { .string(names.id($0)) })),
            ("explanation", .object([("zh", .string(zhText.explanation)), ("en", .string(enText.explanation))])),
            ("action", .object([("zh", .string(zhText.action)), ("en", .string(enText.action))])),
            ("key", .string(key(finding, names))),
            ("station", finding.station.map { .string(names.id($0)) } ?? .null),
            ("facts", FindingFactsJSON.value(finding.facts, names: names)),
        ])
    }

    /// The finding's key as text, with pseudonyms for hidden clients.
    static func key(_ finding: Finding, _ names: NodeNames) -> String {
        var key = finding.key(in: names.network)
        if let main = finding.main, names.isHidden(main) { key.node = names.id(main) }
        return key.description
    }

    /// A head count for the JSON: a number, or "<k" when anonymizing a small group.
    static func people(_ count: Int, _ names: NodeNames) -> JSONWriter.Value {
        names.hidesCount(count) ? .string("<\(names.k)") : .int(count)
    }

    /// The score, rounded down to a multiple of k when anonymizing and it counts people.
    static func score(_ finding: Finding, _ names: NodeNames) -> Double {
        guard names.anonymize else { return finding.score }
        switch finding.kind {
        case .unmetNeed, .singlePointOfFailure, .mutualAid, .brokenHierarchy:
            let k = Double(names.k)
            return (finding.score / k).rounded(.down) * k
        default:
            return finding.score
        }
    }
}
