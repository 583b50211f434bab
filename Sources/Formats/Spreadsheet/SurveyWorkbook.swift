import TrustModel

/// The partner survey form for a network (`guanxi init --survey`): a workbook whose answers
/// sheet (`答卷`/`answers`) has one row per pair to rate — each organisation and each partner
/// it has a tie to — with drop-down lists of the network's organisations for the respondent
/// and partner columns and of 1…scale for the six items; a `伙伴`/`partners` sheet holding the
/// list; and a guide (`说明`/`guide`) with PARTNER's six questions. ``SurveyReader`` reads the
/// filled form back. A CSV form (same header and rows) is for WPS users who prefer plain files.
public enum SurveyWorkbook {
    public enum Format: String, Sendable, CaseIterable { case xlsx, csv }

    /// The form's files, to go into a folder: `survey.xlsx`, or `survey.csv` and a guide.
    public static func files(for network: TrustNetwork, format: Format = .xlsx, scale: Int = 4,
                             language: Language) throws(WriteError) -> [(name: String, bytes: [UInt8])] {
        switch format {
        case .xlsx: return [("survey.xlsx", try XLSXWriter.render(sheets(for: network, scale: scale, language: language)))]
        case .csv:
            let guide = guideRows(scale: scale, language: language).map { row in
                row.compactMap { field -> String? in
                    if case let .text(text) = field, !text.isEmpty { return text }
                    return nil
                }.joined(separator: " — ")
            }
            return [("survey.csv", SpreadsheetCSV.render(answerRows(for: network, scale: scale, language: language))),
                    (language.pick("问卷说明.txt", "survey-guide.txt"),
                     SpreadsheetCSV.byteOrderMark + Array((guide.joined(separator: "\r\n") + "\r\n").utf8))]
        }
    }

    /// The organisations that answer and are rated: every node that is not a client.
    static func organisations(_ network: TrustNetwork) -> [Int32] {
        network.nodes.indices.filter { network.nodes[$0].kind != .client }.map { Int32($0) }
    }

    /// How an organisation is written in the form: its name, or `名称（编号）` when another
    /// node has the same name (``SurveyReader`` resolves both).
    static func labels(_ network: TrustNetwork) -> [Int32: String] {
        var count: [String: Int] = [:]
        for node in network.nodes { count[node.name, default: 0] += 1 }
        var labels: [Int32: String] = [:]
        for index in organisations(network) {
            let node = network[index]
            labels[index] = count[node.name, default: 0] > 1 ? "\(node.name)（\(node.id)）" : node.name
        }
        return labels
    }

    static func header(scale: Int, language: Language) -> [SpreadsheetCSV.Field] {
        [SurveyColumn.respondent, .partner, .rater].map { .text($0.header(language)) }
            + SurveyItem.allCases.map { .text($0.header(language) + language.pick("（1–\(scale)）", " (1–\(scale))")) }
    }

    /// The header, then one row per pair of organisations with a tie from the first to the
    /// second, in tie order, each pair once.
    static func answerRows(for network: TrustNetwork, scale: Int, language: Language) -> [[SpreadsheetCSV.Field]] {
        let labels = labels(network)
        var rows = [header(scale: scale, language: language)]
        var seen = Set<UInt64>()
        for tie in network.ties {
            guard let respondent = labels[tie.source], let partner = labels[tie.target],
                  seen.insert(UInt64(UInt32(tie.source)) << 32 | UInt64(UInt32(tie.target))).inserted else { continue }
            rows.append([.text(respondent), .text(partner)] + Array(repeating: .empty, count: 1 + SurveyItem.allCases.count))
        }
        return rows
    }

    static func sheets(for network: TrustNetwork, scale: Int, language: Language) -> [WorksheetContent] {
        let partnersName = language.pick("伙伴", "partners")
        let labels = labels(network)
        let organisations = organisations(network)
        var partners = WorksheetContent(name: partnersName, rows: [[
            .text(NodeColumn.id.header(language)), .text(language.pick("填写时的写法", "as written in the form")),
            .text(NodeColumn.kind.header(language)),
        ]] + organisations.map { index in
            [.text(network[index].id), .text(labels[index] ?? network[index].name), .text(network[index].kind.name(language))]
        })
        partners.widths = [12, 36, 16]
        partners.textColumns = [1, 2, 3]

        var answers = WorksheetContent(name: language.pick("答卷", "answers"), rows: answerRows(for: network, scale: scale, language: language))
        answers.widths = [28, 28, 12] + Array(repeating: 12, count: SurveyItem.allCases.count)
        answers.textColumns = [1, 2, 3]
        if !organisations.isEmpty {
            let range = XLSXWriter.range(sheet: partnersName, column: 2, rows: 2...(organisations.count + 1))
            answers.rangeLists = [(1, range), (2, range)]
        }
        let scores = (1...scale).map(String.init)
        answers.lists = SurveyItem.allCases.indices.map { (4 + $0, scores) }
        answers.listWarning = (language.pick("不在列表中", "Not in the list"),
                               language.pick("请从下拉列表中选择；单位也可以填编号或名称，评分为 1–\(scale) 的整数。",
                                             "Pick from the list; an organisation may also be written by its id or name, a score is 1–\(scale)."))

        var guide = WorksheetContent(name: language.pick("说明", "guide"), rows: guideRows(scale: scale, language: language))
        guide.widths = [18, 70]
        guide.wraps = true
        return [answers, partners, guide]
    }

    static func guideRows(scale: Int, language: Language) -> [[SpreadsheetCSV.Field]] {
        var rows: [[SpreadsheetCSV.Field]] = [[.text(language.pick("列", "Column")), .text(language.pick("填写说明", "What to write"))]]
        rows.append([.text(SurveyColumn.respondent.header(language)),
                     .text(language.pick("填写问卷的单位（网络中的名称或编号）", "the organisation answering (its name or id in the network)"))])
        rows.append([.text(SurveyColumn.partner.header(language)),
                     .text(language.pick("被评价的合作伙伴（网络中的名称或编号）", "the partner rated (its name or id in the network)"))])
        rows.append([.text(SurveyColumn.rater.header(language)),
                     .text(language.pick("填写人姓名（可选）。同一单位几个人分别评价时，每人一行，结果取平均",
                                         "the person answering (optional). When several people of one organisation answer, one row each: they are averaged"))])
        for item in SurveyItem.allCases {
            let kind = item.dimension == .trust ? language.pick("信任", "trust") : language.pick("价值", "value")
            rows.append([.text(item.header(language)), .text(item.question(language) + language.pick("（\(kind)，1–\(scale)）", " (\(kind), 1–\(scale))"))])
        }
        rows.append([.text(language.pick("评分", "Scores")),
                     .text(language.pick("1 = 完全不，\(scale) = 非常；不确定的留空，留空不计入平均。",
                                         "1 = not at all, \(scale) = very much; leave blank when unsure: blanks are not counted."))])
        rows.append([.text(language.pick("计算", "How it is used")),
                     .text(language.pick("信任 = 三个信任题的平均，按 (x − 1) / (\(scale) − 1) 折算到 0–1，多位填写人再取平均；价值同理。运行 guanxi survey 本文件 --network 网络 -o 输出文件夹。",
                                         "trust = the mean of the three trust items, mapped to 0–1 as (x − 1) / (\(scale) − 1), averaged over raters; value likewise. Run guanxi survey THIS-FILE --network NETWORK -o OUTDIR."))])
        return rows
    }
}
