/// The six questions PARTNER's instrument (Varda et al.; Visible Network Labs) asks each
/// member about each partner, on a scale of 1 to 4 (or 1 to 5): three about trust and three
/// about the value of the partner.
public enum SurveyItem: String, Sendable, CaseIterable, Comparable {
    case reliability, mission, openness
    case influence, involvement, resources

    /// What the answers measure: trust of the partner, or its value to the respondent.
    public enum Dimension: String, Sendable, CaseIterable {
        case trust, value
    }

    public var dimension: Dimension {
        switch self {
        case .reliability, .mission, .openness: .trust
        case .influence, .involvement, .resources: .value
        }
    }

    /// The column header in Chinese (the first of ``chineseHeaders``).
    public var chineseName: String { chineseHeaders[0] }

    public var chineseHeaders: [String] {
        switch self {
        case .reliability: ["可靠", "可靠性", "可靠程度"]
        case .mission: ["使命一致", "支持使命", "使命"]
        case .openness: ["开放沟通", "开放讨论", "开放"]
        case .influence: ["影响力", "权力影响力"]
        case .involvement: ["投入程度", "参与程度", "投入"]
        case .resources: ["资源贡献", "贡献资源"]
        }
    }

    /// PARTNER's own wording, accepted as headers too.
    public var englishHeaders: [String] {
        switch self {
        case .reliability: ["reliability", "reliable"]
        case .mission: ["mission", "in support of mission", "mission congruence", "mission alignment"]
        case .openness: ["openness", "open to discussion", "open"]
        case .influence: ["influence", "power/influence", "power"]
        case .involvement: ["involvement", "level of involvement"]
        case .resources: ["resources", "resource contribution", "resource"]
        }
    }

    public func header(_ language: Language) -> String { language.pick(chineseName, rawValue) }

    /// The question as asked, for the survey workbook's guide.
    public func question(_ language: Language) -> String {
        switch self {
        case .reliability: language.pick("这个伙伴可靠吗？说到做到、按时完成", "How reliable is this partner? Does it follow through on commitments?")
        case .mission: language.pick("这个伙伴支持我们的使命和服务目标吗？", "How far does this partner support your mission?")
        case .openness: language.pick("这个伙伴愿意开放沟通、讨论分歧吗？", "How open to discussion is this partner?")
        case .influence: language.pick("这个伙伴在社区中有多大影响力？", "How much power and influence does this partner have in the community?")
        case .involvement: language.pick("这个伙伴在合作中投入程度如何？", "How involved is this partner in your joint work?")
        case .resources: language.pick("这个伙伴为合作贡献了多少资源（资金、场地、人力、信息）？", "How much does this partner contribute in resources (money, venue, people, information)?")
        }
    }

    public static func < (lhs: SurveyItem, rhs: SurveyItem) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// A column of a survey response table.
public enum SurveyColumn: Hashable, Sendable {
    /// The organisation answering (受访单位): an id or a name of the network.
    case respondent
    /// The organisation rated (被评单位).
    case partner
    /// The person answering (填写人); several people of one organisation are averaged.
    case rater
    case item(SurveyItem)

    public static let allCases: [SurveyColumn] = [.respondent, .partner, .rater] + SurveyItem.allCases.map(SurveyColumn.item)

    public var keyword: String {
        switch self {
        case .respondent: "respondent"
        case .partner: "partner"
        case .rater: "rater"
        case let .item(item): item.rawValue
        }
    }

    public var chineseHeaders: [String] {
        switch self {
        case .respondent: ["受访单位", "填表单位", "评价单位", "答卷单位", "填写单位", "作答单位", "受访机构",
                           "受访单位名称", "受访单位编号", "评价单位名称"]
        case .partner: ["被评单位", "合作伙伴", "伙伴", "被评价单位", "评价对象", "被评对象", "被评机构",
                        "被评单位名称", "被评单位编号", "合作伙伴名称"]
        case .rater: ["填写人", "填表人", "评价人", "答卷人", "填写人姓名", "填表人姓名", "受访人"]
        case let .item(item): item.chineseHeaders
        }
    }

    public var englishHeaders: [String] {
        switch self {
        case .respondent: ["respondent", "organisation", "organization", "member"]
        case .partner: ["partner", "rated", "rated partner"]
        case .rater: ["rater", "person", "name of rater"]
        case let .item(item): item.englishHeaders
        }
    }

    public func header(_ language: Language) -> String { language.pick(chineseHeaders[0], keyword) }

    public var isRequired: Bool { self == .respondent || self == .partner }

    private static let lookup: [String: SurveyColumn] = Vocabulary.table(
        allCases.map { ($0, $0.englishHeaders + $0.chineseHeaders) })

    /// The column a header names, or `nil`.
    public init?(header: String) {
        guard let column = SurveyColumn.lookup[Vocabulary.normalize(header)] else { return nil }
        self = column
    }
}
