/// What a node in the network is: the fourteen kinds of DESIGN §2.
///
/// The raw value is the English keyword used in code, JSON and the CLI.
public enum NodeKind: String, Sendable, CaseIterable, Codable, Comparable {
    case headStation = "head-station"
    case station
    case office
    case agency
    case streetOffice = "street-office"
    case committee
    case federation
    case government
    case business
    case university
    case socialOrg = "social-org"
    case volunteer
    case charity
    case client

    /// The English keyword.
    public var keyword: String { rawValue }

    /// The Chinese name used in zh output.
    public var chineseName: String { chineseAliases[0] }

    /// The Chinese words accepted on input; the first is the display name.
    public var chineseAliases: [String] {
        switch self {
        case .headStation: ["社工总站", "总站", "区社工总站"]
        case .station: ["社工站", "街道社工站", "乡镇社工站"]
        case .office: ["社工室", "社区社工室"]
        case .agency: ["承接方", "社工机构", "社会工作服务机构"]
        case .streetOffice: ["街道办", "街道", "街道办事处", "乡镇政府"]
        case .committee: ["居委会", "村委会", "社区居委会", "社区"]
        case .federation: ["群团组织", "残联", "妇联", "团委", "工会"]
        case .government: ["政府部门", "民政局"]
        case .business: ["企业", "辖区单位", "商户"]
        case .university: ["高校", "大学", "学院"]
        case .socialOrg: ["社会组织", "社区社会组织"]
        case .volunteer: ["志愿者", "志愿队", "志愿服务队"]
        case .charity: ["慈善资源", "社区基金", "基金会"]
        case .client: ["服务对象", "案主", "群体"]
        }
    }

    /// The English display name used in en output.
    public var englishName: String {
        switch self {
        case .headStation: "head station"
        case .station: "station"
        case .office: "community office"
        case .agency: "agency"
        case .streetOffice: "street office"
        case .committee: "residents' committee"
        case .federation: "federation"
        case .government: "government"
        case .business: "business"
        case .university: "university"
        case .socialOrg: "social organisation"
        case .volunteer: "volunteers"
        case .charity: "charity fund"
        case .client: "client"
        }
    }

    /// The name in the given language.
    public func name(_ language: Language) -> String {
        language.pick(chineseName, englishName)
    }

    /// Stations, community offices and the head station: the social workers' own posts.
    public var isSocialWorkPost: Bool {
        self == .headStation || self == .station || self == .office
    }

    private static let lookup: [String: NodeKind] = Vocabulary.table(
        allCases.map { ($0, [$0.rawValue] + $0.chineseAliases) })

    /// The kind a user wrote, in English or Chinese, or `nil` if unknown.
    public init?(word: some StringProtocol) {
        if let exact = NodeKind.lookup[String(word)] { self = exact; return }
        guard let kind = NodeKind.lookup[Vocabulary.normalize(word)] else { return nil }
        self = kind
    }

    /// The accepted spellings nearest to a misspelt kind, for "did you mean …".
    public static func suggestions(for word: String) -> [(spelling: String, kind: NodeKind)] {
        Vocabulary.closest(to: word, in: lookup).map { ($0.spelling, $0.value) }
    }

    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool {
        lhs.order < rhs.order
    }

    /// Position in DESIGN §2's table: the order kinds are listed in output.
    public var order: Int { NodeKind.allCases.firstIndex(of: self) ?? 0 }
}
