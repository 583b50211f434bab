import TrustModel

/// What a template's guide (说明) says: every column, kind, relation and tag with its
/// meaning (DESIGN §2–3), in Chinese or English, as rows of text.
enum VocabularyGuide {
    static func meaning(_ column: NodeColumn, _ language: Language) -> String {
        switch column {
        case .id: language.pick("唯一编号，不能为空、不能重复", "unique, non-empty identifier")
        case .name: language.pick("显示名称；不填则用编号", "display label; the id when empty")
        case .kind: language.pick("类型，从下拉列表中选（见下方“类型”）", "a kind, from the drop-down list (see Kinds below)")
        case .area: language.pick("所属社区（居委会）或街道的编号", "id of the community (committee) or street it belongs to")
        case .resources: language.pick("能提供的资源标签，用“、”或“;”分隔（见下方“标签”）", "tags it can give, separated by ; (see Tags below)")
        case .needs: language.pick("需求标签（服务对象），用“、”或“;”分隔", "tags it needs (clients), separated by ;")
        case .size: language.pick("服务对象代表的人数（整数，默认 1）", "people a client node stands for (whole number, default 1)")
        case .capacity: language.pick("能提供多少（小时、元等），不小于 0", "how much it can give (hours, yuan…), ≥ 0")
        }
    }

    static func meaning(_ column: TieColumn, _ language: Language) -> String {
        switch column {
        case .source: language.pick("起点的编号：这一行是从起点看的关系", "id of the source: the row is the tie seen from it")
        case .target: language.pick("终点的编号", "id of the target")
        case .relation: language.pick("关系，从下拉列表中选（见下方“关系”）", "a relation, from the drop-down list (see Relations below)")
        case .trust: language.pick("起点对终点的信任，0–1（如 0.8 或 80%）", "how far the source trusts the target, 0–1 (0.8 or 80%)")
        case .trust5: language.pick("信任度 1–5（李克特量表），与“信任”二选一", "trust on a 1–5 Likert scale, instead of trust")
        case .mutual: language.pick("是/否：是否双向，不填按关系的默认方向", "yes/no: counts both ways; empty = the relation's default")
        case .frequency: language.pick("每月联系次数", "contacts per month")
        case .value: language.pick("承载的数额（元、小时）", "amount carried (yuan, hours)")
        case .since: language.pick("开始日期，如 2021-05-24", "start date, e.g. 2021-05-24")
        }
    }

    static func meaning(_ kind: NodeKind, _ language: Language) -> String {
        switch kind {
        case .headStation: language.pick("县/区级社工总站：指导、评估、统筹", "county/district level: guides, evaluates, coordinates")
        case .station: language.pick("街道/乡镇社工站：提供服务、孵化组织", "street/township level: delivers services, incubates orgs")
        case .office: language.pick("社区社工室：服务本社区", "in a residents' committee; serves that community")
        case .agency: language.pick("承接方：管理社工站的人员与资金", "contractor that manages a station's staff and money")
        case .streetOffice: language.pick("街道办：提供场地、设备与认可", "gives venue, equipment, recognition")
        case .committee: language.pick("居委会/村委会：社区平台，最近的伙伴", "community platform; closest partner")
        case .federation: language.pick("残联、妇联、团委、工会等群团组织：掌握特定人群资源", "mass organisations holding target-group resources")
        case .government: language.pick("民政局等政府部门", "government departments")
        case .business: language.pick("企业、辖区单位、商户：资金、优惠、免费服务、实物", "funding, discounts, free services, in-kind")
        case .university: language.pick("高校：培训、学生志愿者、研究", "training, student volunteers, research")
        case .socialOrg: language.pick("社会组织：服务的载体（五社之一）", "carriers of services (one of the five parties)")
        case .volunteer: language.pick("志愿者、志愿服务队（五社之一）", "volunteers (one of the five parties)")
        case .charity: language.pick("慈善资源、社区基金（五社之一）", "charity funds (one of the five parties)")
        case .client: language.pick("服务对象：个人或群体，“人数”写人数", "a person or a group; size says how many people")
        }
    }

    static func meaning(_ relation: Relation, _ language: Language) -> String {
        switch relation {
        case .guidance: language.pick("指导：总站 → 社工站 → 社工室", "head station → station → office")
        case .supervision: language.pick("监督与评估", "oversight and evaluation")
        case .management: language.pick("承接方 → 社工站（考勤、考核、财务）", "agency → station (attendance, appraisal, finance)")
        case .support: language.pick("街道 → 社工站（场地、设备、认可）", "street office → station (venue, equipment, recognition)")
        case .cooperation: language.pick("合作共建（双向）", "joint work (mutual)")
        case .service: language.pick("社工站/社工室 → 服务对象", "station/office → client")
        case .referral: language.pick("转介服务对象", "passes a client on")
        case .resource: language.pick("资源链接：资金、物资、场地、优惠、免费服务（从给予方出发）", "money, goods, venue, discount, free service (from the giver)")
        case .funding: language.pick("资金，如政府购买服务", "money, e.g. a government purchase contract")
        case .volunteering: language.pick("志愿服务时间（从志愿者出发）", "volunteer time (from the volunteers)")
        case .incubation: language.pick("孵化培育：社工站 → 社会组织/志愿队", "station → social org / volunteer team")
        case .mutualAid: language.pick("服务对象之间互助（双向）", "client ↔ client (mutual)")
        }
    }

    /// The guide as rows: a section per list, each row a name, its other spellings, whether
    /// it is required or its default direction, and its meaning.
    static func rows(_ language: Language) -> [[SpreadsheetCSV.Field]] {
        typealias F = SpreadsheetCSV.Field
        let zh = language == .zh
        var rows: [[F]] = [[.text(zh ? "名称" : "name"), .text(zh ? "也可写作" : "also accepted"),
                            .text(zh ? "必填/方向" : "required/direction"), .text(zh ? "含义" : "meaning")]]
        rows.append([.text(zh ? "【节点表的列】" : "[Columns of the nodes sheet]")])
        for column in NodeColumn.allCases {
            rows.append([.text(column.header(language)), .text(([column.rawValue] + column.chineseHeaders).filter { $0 != column.header(language) }.joined(separator: "、")),
                         .text(column.isRequired ? (zh ? "必填" : "required") : ""), .text(meaning(column, language))])
        }
        rows.append([.text(zh ? "其他列会原样保留为属性。" : "Any other column is kept as an attribute.")])
        rows.append([.text(zh ? "【关系表的列】" : "[Columns of the ties sheet]")])
        for column in TieColumn.allCases {
            let required = column.isRequired ? (zh ? "必填" : "required")
                : column == .trust || column == .trust5 ? (zh ? "二选一" : "one of the two") : ""
            rows.append([.text(column.header(language)), .text(([column.rawValue] + column.chineseHeaders).filter { $0 != column.header(language) }.joined(separator: "、")),
                         .text(required), .text(meaning(column, language))])
        }
        rows.append([.text(zh ? "【类型】" : "[Kinds]")])
        for kind in NodeKind.allCases {
            let name = NetworkTables.kindName(kind, language)
            rows.append([.text(name), .text(([kind.keyword] + kind.chineseAliases).filter { $0 != name }.joined(separator: "、")),
                         .empty, .text(meaning(kind, language))])
        }
        rows.append([.text(zh ? "【关系】" : "[Relations]")])
        for relation in Relation.allCases {
            let name = NetworkTables.relationName(relation, language)
            let direction = relation.isMutualByDefault ? (zh ? "双向" : "mutual") : (zh ? "单向" : "directed")
            rows.append([.text(name), .text(([relation.keyword] + relation.chineseAliases).filter { $0 != name }.joined(separator: "、")),
                         .text(direction), .text(meaning(relation, language))])
        }
        rows.append([.text(zh ? "【资源与需求标签】" : "[Resource and need tags]")])
        for tag in KnownTag.allCases {
            let name = language.pick(tag.chineseName, tag.rawValue)
            rows.append([.text(name), .text(language.pick(tag.rawValue, tag.chineseName)), .empty, .empty])
        }
        rows.append([.text(zh ? "未知标签会原样保留，并提示一次。" : "An unknown tag is kept as written and warned about once.")])
        return rows
    }
}
