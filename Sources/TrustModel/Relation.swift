/// What a tie carries: the twelve relations of DESIGN §2.
///
/// A tie points the way its relation flows — from the giver of guidance, support, service
/// or resources to the receiver. `cooperation` and `mutual-aid` count both ways unless a
/// row says otherwise.
public enum Relation: String, Sendable, CaseIterable, Codable, Comparable {
    case guidance
    case supervision
    case management
    case support
    case cooperation
    case service
    case referral
    case resource
    case funding
    case volunteering
    case incubation
    case mutualAid = "mutual-aid"

    /// The English keyword.
    public var keyword: String { rawValue }

    /// The Chinese words accepted on input; the first is the display name.
    public var chineseAliases: [String] {
        switch self {
        case .guidance: ["指导", "督导"]
        case .supervision: ["监督", "评估"]
        case .management: ["管理", "运营"]
        case .support: ["支持"]
        case .cooperation: ["合作", "共建"]
        case .service: ["服务", "个案服务"]
        case .referral: ["转介"]
        case .resource: ["资源链接", "资源", "捐赠"]
        case .funding: ["资金", "购买服务"]
        case .volunteering: ["志愿服务"]
        case .incubation: ["孵化", "培育"]
        case .mutualAid: ["互助", "帮扶"]
        }
    }

    /// The Chinese display name.
    public var chineseName: String { chineseAliases[0] }

    /// The English display name.
    public var englishName: String {
        self == .mutualAid ? "mutual aid" : rawValue
    }

    /// The name in the given language.
    public func name(_ language: Language) -> String {
        language.pick(chineseName, englishName)
    }

    /// Whether a tie of this relation counts both ways when its row does not say.
    public var isMutualByDefault: Bool {
        self == .cooperation || self == .mutualAid
    }

    /// Whether the tie carries resources to its target (money, goods, volunteer time):
    /// the ties that make a resource holder "tapped".
    public var carriesResources: Bool {
        self == .resource || self == .funding || self == .volunteering
    }

    private static let lookup: [String: Relation] = Vocabulary.table(
        allCases.map { ($0, [$0.rawValue] + $0.chineseAliases + ($0 == .mutualAid ? ["mutual aid", "mutualaid"] : [])) })

    /// The relation a user wrote, in English or Chinese, or `nil` if unknown.
    public init?(word: some StringProtocol) {
        if let exact = Relation.lookup[String(word)] { self = exact; return }
        guard let relation = Relation.lookup[Vocabulary.normalize(word)] else { return nil }
        self = relation
    }

    /// The accepted spellings nearest to a misspelt relation, for "did you mean …".
    public static func suggestions(for word: String) -> [(spelling: String, relation: Relation)] {
        Vocabulary.closest(to: word, in: lookup).map { ($0.spelling, $0.value) }
    }

    public static func < (lhs: Relation, rhs: Relation) -> Bool {
        lhs.order < rhs.order
    }

    /// Position in DESIGN §2's table: the order relations are listed in output.
    public var order: Int { Relation.allCases.firstIndex(of: self) ?? 0 }
}
