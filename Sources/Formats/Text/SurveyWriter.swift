import Analysis
import TrustModel

/// `guanxi survey` as text for a station lead (zh or en) or as JSON:
/// `{"pairs": [{"respondent", "partner", "trust", "value", "raters"}], "network": {"trust",
/// "value"}, "respondents", "responseRate", …}`.
public enum SurveyWriter {
    public static func text(_ survey: PartnerSurvey, of network: TrustNetwork, language: Language) -> String {
        let zh = language == .zh
        var out = zh
            ? "伙伴问卷（1–\(survey.scale) 分）：\(survey.respondents) 个单位作答，共 \(survey.organisations) 个单位，回收率 \(NumberText.percent(survey.responseRate))\n"
            : "Partner survey (scale 1–\(survey.scale)): \(survey.respondents) of \(survey.organisations) organisations answered, response rate \(NumberText.percent(survey.responseRate))\n"
        let trust = survey.networkTrust.map { NumberText.fixed($0, 2) } ?? "—"
        let value = survey.networkValue.map { NumberText.fixed($0, 2) } ?? "—"
        out += zh ? "全网信任 \(trust) · 价值 \(value)（\(survey.pairs.count) 对评价的平均，0–1）\n\n"
            : "Network trust \(trust) · value \(value) (means over \(survey.pairs.count) rated pairs, 0–1)\n\n"
        var table = TextTable(headers: zh ? ["受访单位", "被评单位", "填写人数", "信任", "原信任", "价值", ""]
                                          : ["Respondent", "Partner", "Raters", "Trust", "Before", "Value", ""],
                              alignments: [.left, .left, .right, .right, .right, .right, .left])
        // The trusts each rated pair's ties held, gathered in one pass over the ties (a
        // search of every tie per pair was O(pairs × ties)).
        func key(_ source: Int32, _ target: Int32) -> UInt64 { UInt64(UInt32(bitPattern: source)) << 32 | UInt64(UInt32(bitPattern: target)) }
        let rated = Set(survey.pairs.map { key($0.respondent, $0.partner) })
        var trustsBefore: [UInt64: [Double]] = [:]
        for tie in network.ties where rated.contains(key(tie.source, tie.target)) {
            trustsBefore[key(tie.source, tie.target), default: []].append(tie.trust)
        }
        for pair in survey.pairs {
            let before = trustsBefore[key(pair.respondent, pair.partner)] ?? []
            let beforeText = Set(before).sorted().map { NumberText.fixed($0, 2) }.joined(separator: "/")
            table.add([network[pair.respondent].name, network[pair.partner].name, String(pair.raters),
                       pair.trust.map { NumberText.fixed($0, 2) } ?? "—", beforeText.isEmpty ? "—" : beforeText,
                       pair.value.map { NumberText.fixed($0, 2) } ?? "—",
                       pair.tied ? "" : (zh ? "← 无此关系，未写入" : "← no such tie, not written")])
        }
        out += table.render()
        return out
    }

    public static func json(_ survey: PartnerSurvey, of network: TrustNetwork) -> String {
        typealias V = JSONWriter.Value
        let pairs: [V] = survey.pairs.map { pair in
            .object([("respondent", .string(network[pair.respondent].id)), ("partner", .string(network[pair.partner].id)),
                     ("trust", .optional(pair.trust)), ("value", .optional(pair.value)), ("raters", .int(pair.raters)),
                     ("tied", .bool(pair.tied))])
        }
        return JSONWriter.render(.object([
            ("pairs", .array(pairs)),
            ("network", .object([("trust", .optional(survey.networkTrust)), ("value", .optional(survey.networkValue))])),
            ("respondents", .int(survey.respondents)),
            ("organisations", .int(survey.organisations)),
            ("responseRate", .double(survey.responseRate)),
            ("scale", .int(survey.scale)),
        ]))
    }
}
