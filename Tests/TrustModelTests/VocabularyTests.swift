import Testing
@testable import TrustModel

@Suite struct VocabularyTests {
    @Test func everyKindReadsFromItsKeywordAndEveryChineseAlias() {
        for kind in NodeKind.allCases {
            #expect(NodeKind(word: kind.keyword) == kind)
            #expect(NodeKind(word: "  \(kind.keyword.uppercased()) ") == kind)
            for alias in kind.chineseAliases {
                #expect(NodeKind(word: alias) == kind, "alias \(alias)")
                #expect(NodeKind(word: "\u{3000}\(alias) ") == kind, "full-width space around \(alias)")
            }
        }
        #expect(NodeKind(word: "head_station") == .headStation)
        #expect(NodeKind(word: "社工占") == nil)
    }

    @Test func designAliasesAreAllAccepted() {
        // DESIGN §2, verbatim.
        let table: [(String, NodeKind)] = [
            ("社工总站", .headStation), ("总站", .headStation), ("区社工总站", .headStation),
            ("社工站", .station), ("街道社工站", .station), ("乡镇社工站", .station),
            ("社工室", .office), ("社区社工室", .office), ("承接方", .agency), ("社工机构", .agency),
            ("社会工作服务机构", .agency), ("街道办", .streetOffice), ("街道", .streetOffice),
            ("街道办事处", .streetOffice), ("乡镇政府", .streetOffice), ("居委会", .committee),
            ("村委会", .committee), ("社区居委会", .committee), ("社区", .committee),
            ("残联", .federation), ("妇联", .federation), ("团委", .federation), ("工会", .federation),
            ("民政局", .government), ("政府部门", .government), ("企业", .business),
            ("辖区单位", .business), ("商户", .business), ("高校", .university), ("大学", .university),
            ("学院", .university), ("社会组织", .socialOrg), ("社区社会组织", .socialOrg),
            ("志愿者", .volunteer), ("志愿队", .volunteer), ("志愿服务队", .volunteer),
            ("慈善资源", .charity), ("社区基金", .charity), ("基金会", .charity),
            ("服务对象", .client), ("案主", .client), ("群体", .client),
        ]
        for (word, kind) in table { #expect(NodeKind(word: word) == kind, "\(word)") }
        let relations: [(String, Relation)] = [
            ("指导", .guidance), ("督导", .guidance), ("监督", .supervision), ("评估", .supervision),
            ("管理", .management), ("运营", .management), ("支持", .support), ("合作", .cooperation),
            ("共建", .cooperation), ("服务", .service), ("个案服务", .service), ("转介", .referral),
            ("资源链接", .resource), ("资源", .resource), ("捐赠", .resource), ("资金", .funding),
            ("购买服务", .funding), ("志愿服务", .volunteering), ("孵化", .incubation),
            ("培育", .incubation), ("互助", .mutualAid), ("帮扶", .mutualAid),
            ("mutual-aid", .mutualAid), ("Mutual_Aid", .mutualAid),
        ]
        for (word, relation) in relations { #expect(Relation(word: word) == relation, "\(word)") }
    }

    @Test func onlyCooperationAndMutualAidAreMutualByDefault() {
        let mutual = Relation.allCases.filter(\.isMutualByDefault)
        #expect(mutual == [.cooperation, .mutualAid])
    }

    @Test func misspeltWordsGetTheClosestKeyword() {
        #expect(Relation.suggestions(for: "coperation").map(\.spelling) == ["cooperation"])
        #expect(Relation.suggestions(for: "guidence").map(\.relation) == [.guidance])
        #expect(NodeKind.suggestions(for: "univercity").map(\.kind) == [.university])
        #expect(NodeKind.suggestions(for: "社工总占").map(\.kind) == [.headStation])
        // Equally near: both are offered.
        #expect(NodeKind.suggestions(for: "社工占").map(\.spelling) == ["社工室", "社工站"])
        #expect(NodeKind.suggestions(for: "xyzzy").isEmpty)
    }

    @Test func tagsSplitOnEverySeparatorAndKeepUnknownOnes() {
        let tags = Tag.list(from: "资金；场地、 volunteers ;法律,医疗，自定义")
        #expect(tags.map(\.keyword) == ["funding", "venue", "volunteers", "legal", "medical", "自定义"])
        #expect(tags.last?.known == nil)
        #expect(Tag.list(from: "资金;资金;funding").count == 1)
        #expect(Tag.list(from: " ; ;").isEmpty)
        #expect(Tag(word: "康复").name(.zh) == "康复")
        #expect(Tag(word: "康复").name(.en) == "rehabilitation")
    }

    @Test func languageComesFromTheLocale() {
        #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LC_ALL": "en_GB", "LANG": "zh_CN"]) == .en)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "zh_TW"]) == .zh)
        #expect(Language.fromEnvironment([:]) == .en)
    }
}

@Suite struct ValueParsingTests {
    @Test func numbersAsPeopleTypeThem() {
        #expect(ValueParsing.number("0.8") == 0.8)
        #expect(ValueParsing.number(" .8 ") == 0.8)
        #expect(ValueParsing.number("80%") == 0.8)
        #expect(ValueParsing.number("８０％") == 0.8)
        #expect(ValueParsing.number("50,000") == 50000)
        #expect(ValueParsing.number("1e3") == 1000)
        #expect(ValueParsing.number("-2") == -2)
        for bad in ["nan", "inf", "0x10", "", "abc", "1.2.3", "%5", "5%%", "1e", "e5", "."] {
            #expect(ValueParsing.number(bad) == nil, "\(bad)")
        }
    }

    @Test func booleans() {
        for yes in ["是", "双向", "yes", "TRUE", "1", "Y"] { #expect(ValueParsing.boolean(yes) == true, "\(yes)") }
        for no in ["否", "单向", "no", "false", "0", "N"] { #expect(ValueParsing.boolean(no) == false, "\(no)") }
        #expect(ValueParsing.boolean("maybe") == nil)
    }

    @Test func datesNormaliseToISO() {
        #expect(ValueParsing.isoDate("2021-05-24") == "2021-05-24")
        #expect(ValueParsing.isoDate("2021/5/4") == "2021-05-04")
        #expect(ValueParsing.isoDate("2021年5月24日") == "2021-05-24")
        #expect(ValueParsing.isoDate("2021.05") == "2021-05")
        #expect(ValueParsing.isoDate("2020") == "2020")
        #expect(ValueParsing.isoDate("2024-02-29") == "2024-02-29")
        for bad in ["2023-02-29", "2021-13-01", "2021-04-31", "21-05-24", "yesterday", "2021--05", "20210524"] {
            #expect(ValueParsing.isoDate(bad) == nil, "\(bad)")
        }
    }
}

@Suite struct TrustNetworkTests {
    @Test func buildingInCodeChecksIdentityAndRanges() throws {
        let nodes = [Node(id: "A", kind: .station), Node(id: "B", kind: .client, size: 3)]
        let network = try TrustNetwork(nodes: nodes, ties: [Tie(source: 0, target: 1, relation: .service, trust: 0.7)])
        #expect(network.index(of: "B") == 1)
        #expect(network.peopleRepresented == 3)
        #expect(network.node(id: "A")?.name == "A")
        #expect(throws: TrustNetwork.BuildError.duplicateID("A")) {
            try TrustNetwork(nodes: [nodes[0], nodes[0]], ties: [])
        }
        #expect(throws: TrustNetwork.BuildError.selfTie(tie: 0)) {
            try TrustNetwork(nodes: nodes, ties: [Tie(source: 0, target: 0, relation: .service, trust: 0.7)])
        }
        #expect(throws: TrustNetwork.BuildError.tieEndpointOutOfRange(tie: 0)) {
            try TrustNetwork(nodes: nodes, ties: [Tie(source: 0, target: 5, relation: .service, trust: 0.7)])
        }
        #expect(throws: TrustNetwork.BuildError.trustOutOfRange(tie: 0, trust: 1.5)) {
            try TrustNetwork(nodes: nodes, ties: [Tie(source: 0, target: 1, relation: .service, trust: 1.5)])
        }
        // What the readers refuse cannot be built in code either: two sizes of Int.max
        // overflowed the count of people (a trap in the host program).
        #expect(throws: TrustNetwork.BuildError.emptyID(node: 1)) {
            try TrustNetwork(nodes: [nodes[0], Node(id: "", kind: .client)], ties: [])
        }
        for size in [-1, Int.max] {
            #expect(throws: TrustNetwork.BuildError.nodeValueOutOfRange(node: 1, column: .size)) {
                try TrustNetwork(nodes: [nodes[0], Node(id: "K", kind: .client, size: size)], ties: [])
            }
        }
        for capacity in [-1, Double.infinity, Double.nan] {
            #expect(throws: TrustNetwork.BuildError.nodeValueOutOfRange(node: 0, column: .capacity)) {
                try TrustNetwork(nodes: [Node(id: "A", kind: .business, capacity: capacity)], ties: [])
            }
        }
        #expect(throws: TrustNetwork.BuildError.tieValueOutOfRange(tie: 0, column: .frequency)) {
            try TrustNetwork(nodes: nodes, ties: [Tie(source: 0, target: 1, relation: .service, trust: 0.5, frequency: -2)])
        }
        #expect(throws: TrustNetwork.BuildError.tieValueOutOfRange(tie: 0, column: .value)) {
            try network.replacingTies([Tie(source: 0, target: 1, relation: .service, trust: 0.5, value: .infinity)], tieAttributeNames: [])
        }
    }

    @Test func summaryCountsComponentsDensityAndOneSidedPairs() throws {
        let nodes = ["A", "B", "C", "D", "E"].map { Node(id: $0, kind: .business) }
        let ties = [
            Tie(source: 0, target: 1, relation: .support, trust: 0.9),
            Tie(source: 1, target: 0, relation: .support, trust: 0.4),
            Tie(source: 1, target: 2, relation: .cooperation, trust: 0.8),
            Tie(source: 2, target: 1, relation: .cooperation, trust: 0.6),
            Tie(source: 3, target: 4, relation: .resource, trust: 0),
        ]
        let summary = NetworkSummary(try TrustNetwork(nodes: nodes, ties: ties))
        #expect(summary.components == 3)  // {A,B,C}, {D}, {E}: the trust-0 tie carries nothing
        #expect(summary.largestComponent == 3)
        #expect(summary.isolatedNodes == [3, 4])
        #expect(summary.density == 2.0 / 10.0)
        #expect(summary.zeroTrustTies == 1)
        #expect(summary.mutualTies == 2)
        #expect(summary.oneSidedPairs.count == 1)
        #expect(summary.oneSidedPairs.first?.truster == 0)
        #expect(abs((summary.oneSidedPairs.first?.gap ?? 0) - 0.5) < 1e-12)
        let trust = try #require(summary.trust)
        #expect(trust.minimum == 0 && trust.maximum == 0.9)
        #expect(trust.median == 0.6)
        #expect(abs(trust.shareBelow - 0.4) < 1e-12)
    }

    @Test func emptyAndOneNodeNetworksHaveDefinedSummaries() throws {
        let empty = NetworkSummary(try TrustNetwork(nodes: [], ties: []))
        #expect(empty.density == 0 && empty.components == 0 && empty.trust == nil)
        let one = NetworkSummary(try TrustNetwork(nodes: [Node(id: "A", kind: .station)], ties: []))
        #expect(one.density == 0 && one.components == 1 && one.isolatedNodes == [0])
    }
}

@Suite struct DiagnosticListingTests {
    @Test func manyProblemsOfOneKindAreCountedNotListed() {
        var diagnostics = (1...50).map { Diagnostic(.isolatedNode("N\($0)"), at: SourcePosition(file: "nodes.csv", line: $0 + 1, column: 1)) }
        diagnostics.append(Diagnostic(.selfTie("A"), at: SourcePosition(file: "ties.csv", line: 9, column: 4)))
        let lines = diagnostics.sorted().listing(.en, perKind: 3)
        #expect(lines == [
            "nodes.csv:2:1: warning: \"N1\" has no ties (isolated node)",
            "nodes.csv:3:1: warning: \"N2\" has no ties (isolated node)",
            "nodes.csv:4:1: warning: \"N3\" has no ties (isolated node)",
            "ties.csv:9:4: error: \"A\" is tied to itself (source equals target)",
            "guanxi: warning: … and 47 more not shown: nodes without ties",
        ])
        #expect(diagnostics.sorted().listing(.zh, perKind: 3).last == "guanxi: warning: ……另有 47 条同类问题未列出：没有任何关系的节点")
    }

    @Test func workbookPositionsNameTheSheetAndCell() {
        let position = SourcePosition(file: "network.xlsx", line: 14, column: 3, sheet: "关系")
        #expect(position.description == "network.xlsx:关系!C14")
        #expect(SourcePosition.columnLetters(28) == "AB")
    }
}

@Suite struct GroupSizeTests {
    @Test func smallGroupsAreShownWithoutExactSizeWhenAnonymized() throws {
        let network = try TrustNetwork(nodes: [Node(id: "K1", kind: .client, size: 5),
                                               Node(id: "K2", kind: .client, size: 12),
                                               Node(id: "C1", kind: .committee)], ties: [])
        let zh = NodeNames(network, language: .zh, anonymize: true)
        #expect(zh.groupSize(0) == "<10 人" && zh.groupSize(1) == "12 人")
        #expect(zh.count(5) == "<10" && zh.count(0) == "0" && zh.count(10) == "10")
        let en = NodeNames(network, language: .en, anonymize: true, k: 6)
        #expect(en.groupSize(0) == "<6 people" && en.people(6) == "6 people")
        let plain = NodeNames(network, language: .en, anonymize: false)
        #expect(plain.groupSize(0) == "5 people" && plain.people(1) == "1 person" && !plain.hidesCount(3))
    }
}
