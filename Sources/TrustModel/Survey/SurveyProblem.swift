/// What can be wrong with a partner survey's answers, each with its message in Chinese and
/// English (reported through ``Problem/survey(_:)``).
public enum SurveyProblem: Hashable, Sendable {
    /// A required column (respondent or partner) is missing.
    case missingColumn(String)
    /// None of the six item columns is there.
    case noItemColumns
    /// A header that names no survey column: its cells are not read.
    case unusedColumn(String)
    /// A score that is not a number; `header` is the item's column as the user wrote it.
    case scoreNotNumber(item: SurveyItem, header: String?, text: String)
    /// A score outside 1…scale.
    case scoreOutOfScale(item: SurveyItem, header: String?, text: String, scale: Int)
    /// A respondent or partner that is neither an id nor a name of the network.
    case unknownOrganisation(role: SurveyColumn, text: String, suggestions: [NodeLookup.Mention])
    /// A name or fragment that several nodes share: the id must be written.
    case ambiguousName(role: SurveyColumn, text: String, candidates: [NodeLookup.Mention], total: Int)
    /// A part of one node's name read as that node: said, so that a slip shows.
    case readAs(role: SurveyColumn, text: String, node: NodeLookup.Mention)
    /// A row with scores but no respondent or no partner.
    case emptyCell(SurveyColumn)
    /// An organisation rating itself.
    case selfRating(String)
    /// One rater answered about one pair on two rows: the answers are pooled.
    case repeatedRater(rater: String, firstLine: Int)
    /// A rated pair with no tie from the respondent to the partner: the rating is not
    /// written into the network (no tie is invented). `reverse` names a tie the other way.
    case noTie(respondent: String, partner: String, reverse: Bool)
    /// The table holds no answer at all.
    case noAnswers

    public var code: String {
        switch self {
        case .missingColumn: "survey-missing-column"
        case .noItemColumns: "survey-no-items"
        case .unusedColumn: "survey-unused-column"
        case .scoreNotNumber: "score-not-number"
        case .scoreOutOfScale: "score-out-of-scale"
        case .unknownOrganisation: "unknown-organisation"
        case .readAs: "organisation-read-as"
        case .ambiguousName: "ambiguous-name"
        case .emptyCell: "survey-empty-cell"
        case .selfRating: "self-rating"
        case .repeatedRater: "repeated-rater"
        case .noTie: "rating-without-tie"
        case .noAnswers: "survey-no-answers"
        }
    }

    public var severity: Severity {
        switch self {
        case .unusedColumn, .repeatedRater, .noTie, .readAs: .warning
        default: .error
        }
    }

    /// The kind of problem in words, for a line counting those not listed.
    public func kindDescription(_ language: Language) -> String {
        switch self {
        case .missingColumn, .noItemColumns: language.pick("问卷缺少的列", "missing survey columns")
        case .unusedColumn: language.pick("不是问卷的列", "columns that are not the survey's")
        case .scoreNotNumber: language.pick("不是数字的评分", "scores that are not numbers")
        case .scoreOutOfScale: language.pick("超出范围的评分", "scores outside the scale")
        case .unknownOrganisation: language.pick("网络中没有的单位", "organisations not in the network")
        case .ambiguousName: language.pick("可指多个节点的单位", "organisations that could be several nodes")
        case .readAs: language.pick("按名称的一部分读取的单位", "organisations read from part of a name")
        case .emptyCell: language.pick("空着的必填单元格", "empty required cells")
        case .selfRating: language.pick("给自己打分", "organisations rating themselves")
        case .repeatedRater: language.pick("同一填写人的重复评价", "repeated ratings by one rater")
        case .noTie: language.pick("没有对应关系的评价", "ratings without a tie")
        case .noAnswers: language.pick("没有评分的问卷", "surveys without answers")
        }
    }

    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case let .missingColumn(column):
            let header = SurveyColumn.allCases.first { $0.keyword == column }?.header(.zh) ?? column
            return zh ? "问卷表缺少必需的列“\(header)”（或 \(column)）" : "the survey table lacks the required column \"\(column)\" (or \(header))"
        case .noItemColumns:
            let zhNames = SurveyItem.allCases.map(\.chineseName).joined(separator: "、")
            let enNames = SurveyItem.allCases.map(\.rawValue).joined(separator: ", ")
            return zh ? "问卷表没有评分列：应至少有 \(zhNames) 之一" : "the survey table has no score column: expected at least one of \(enNames)"
        case let .unusedColumn(header):
            return zh ? "列“\(header)”不是问卷的列，已忽略" : "column \"\(header)\" is not a survey column; ignored"
        case let .scoreNotNumber(item, header, text):
            return zh ? "“\(header ?? item.chineseName)”的评分“\(text)”不是数字"
                : "the \"\(header ?? item.rawValue)\" score \"\(text)\" is not a number"
        case let .scoreOutOfScale(item, header, text, scale):
            return zh ? "“\(header ?? item.chineseName)”的评分“\(text)”超出 1–\(scale) 的范围\(scale == 4 ? "（5 分制请加 --scale 5）" : "")"
                : "the \"\(header ?? item.rawValue)\" score \"\(text)\" is outside the scale 1–\(scale)\(scale == 4 ? " (add --scale 5 for 1–5 answers)" : "")"
        case let .unknownOrganisation(role, text, suggestions):
            let hint = NodeLookup.didYouMean(suggestions, language)
            return zh ? "\(role.header(language))“\(text)”不是网络中的编号或名称\(hint)"
                : "\(role.header(language)) \"\(text)\" is neither an id nor a name in the network\(hint)"
        case let .ambiguousName(role, text, candidates, total):
            let listed = NodeLookup.list(candidates, language)
            let more = total > candidates.count ? (zh ? "等 \(total) 个" : " and \(total - candidates.count) more") : ""
            return zh ? "\(role.header(language))“\(text)”可指多个节点：\(listed)\(more)；请填写编号或更完整的名称"
                : "\(role.header(language)) \"\(text)\" could be several nodes: \(listed)\(more); write the id or more of the name"
        case let .readAs(role, text, node):
            return zh ? "\(role.header(language))“\(text)”按\(node.text(language))读取" : "\(role.header(language)) \"\(text)\" read as \(node.text(language))"
        case let .emptyCell(column):
            return zh ? "这一行有评分，但“\(column.header(.zh))”是空的" : "this row has scores but no \(column.keyword)"
        case let .selfRating(id):
            return zh ? "“\(id)”给自己打分（受访单位与被评单位相同）" : "\"\(id)\" rates itself (respondent equals partner)"
        case let .repeatedRater(rater, firstLine):
            return zh ? "填写人“\(rater)”在第 \(firstLine) 行已评价过这对单位，两行的评分合并计算"
                : "rater \"\(rater)\" already rated this pair on line \(firstLine); the answers are pooled"
        case let .noTie(respondent, partner, reverse):
            return zh ? "网络中没有从“\(respondent)”到“\(partner)”的关系\(reverse ? "（只有反方向的，其信任是对方的看法）" : "")，这条评价没有写入（不会凭空添加关系）"
                : "the network has no tie from \"\(respondent)\" to \"\(partner)\"\(reverse ? " (only one the other way, whose trust is the other side's view)" : ""); the rating is not written (no tie is invented)"
        case .noAnswers:
            return zh ? "问卷表中没有任何评分" : "the survey table holds no answer"
        }
    }
}
