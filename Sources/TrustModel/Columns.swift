/// The two tables of a network (DESIGN §3).
public enum Table: String, Sendable, CaseIterable {
    case nodes
    case ties

    public var chineseName: String { self == .nodes ? "节点" : "关系" }

    public func name(_ language: Language) -> String { language.pick(chineseName, rawValue) }
}

/// A column of the `nodes` table, with its English and Chinese headers.
public enum NodeColumn: String, Sendable, CaseIterable {
    case id, name, kind, area, resources, needs, size, capacity

    /// Accepted headers; the first Chinese one is used in Chinese templates.
    public var chineseHeaders: [String] {
        switch self {
        case .id: ["编号"]
        case .name: ["名称", "名字", "机构名称", "单位名称"]
        case .kind: ["类型", "类别", "节点类型"]
        case .area: ["社区", "所属", "所属社区", "所属村", "所属村居", "村居", "村"]
        case .resources: ["资源"]
        case .needs: ["需求"]
        case .size: ["人数", "服务人数", "服务对象人数", "对象人数"]
        case .capacity: ["能力", "容量"]
        }
    }

    public var isRequired: Bool { self == .id || self == .kind }

    public func header(_ language: Language) -> String { language.pick(chineseHeaders[0], rawValue) }

    private static let lookup: [String: NodeColumn] = Vocabulary.table(
        allCases.map { ($0, [$0.rawValue] + $0.chineseHeaders) })

    /// The column a header names, or `nil` for an extra column (kept as an attribute).
    public init?(header: String) {
        guard let column = NodeColumn.lookup[Vocabulary.normalize(header)] else { return nil }
        self = column
    }
}

/// A column of the `ties` table, with its English and Chinese headers.
public enum TieColumn: String, Sendable, CaseIterable {
    case source, target, relation, trust, trust5, mutual, frequency, value, since

    public var chineseHeaders: [String] {
        switch self {
        case .source: ["起点", "起点编号"]
        case .target: ["终点", "终点编号"]
        case .relation: ["关系", "关系类型"]
        case .trust: ["信任", "信任值"]
        case .trust5: ["信任度"]
        case .mutual: ["双向"]
        case .frequency: ["频率"]
        case .value: ["价值"]
        case .since: ["开始"]
        }
    }

    public var isRequired: Bool { self == .source || self == .target || self == .relation }

    public func header(_ language: Language) -> String { language.pick(chineseHeaders[0], rawValue) }

    private static let lookup: [String: TieColumn] = Vocabulary.table(
        allCases.map { ($0, [$0.rawValue] + $0.chineseHeaders) })

    /// The column a header names, or `nil` for an extra column (kept as an attribute).
    public init?(header: String) {
        guard let column = TieColumn.lookup[Vocabulary.normalize(header)] else { return nil }
        self = column
    }
}
