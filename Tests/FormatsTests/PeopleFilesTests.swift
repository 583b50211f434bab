import Foundation
import Testing
@testable import Formats
import TrustModel

/// Files as station leads make them (`Scripts/make_excel_fixtures.py`): each read right, or
/// answered with one clear error in Chinese at the right cell.
@Suite struct PeopleFilesTests {
    let folder = fixtures + "/people/"

    /// The demo as its own CSV gives it: what every readable file here must equal.
    var demoNetwork: TrustNetwork? { NetworkReader.read(path: demo).network }

    @Test func aHeaderMergedOverResourcesAndNeedsKeepsBoth() throws {
        let outcome = NetworkReader.read(path: folder + "merged-headers.xlsx")
        let network = try #require(outcome.network, "\(lines(outcome, .zh))")
        let expected = try #require(demoNetwork)
        #expect(network.nodes == expected.nodes)
        #expect(network.ties == expected.ties)
        // Names where ids belong: read, each name warned about once, at its cell.
        #expect(lines(outcome, .zh) == [
            folder + "merged-headers.xlsx:关系!B3: warning: “青槐区社会工作总站”不是编号，已认作编号为“HS”的节点；建议改写为编号（以后同样的写法不再提示）",
            folder + "merged-headers.xlsx:关系!B6: warning: “启明社会工作服务中心”不是编号，已认作编号为“AG”的节点；建议改写为编号（以后同样的写法不再提示）",
            folder + "merged-headers.xlsx:关系!B43: warning: “东园社区居委会”不是编号，已认作编号为“C1”的节点；建议改写为编号（以后同样的写法不再提示）",
        ])
        #expect(outcome.language == .zh)
    }

    @Test func aTwoRowHeaderIsOneHeader() throws {
        let outcome = NetworkReader.read(path: folder + "two-row-header.xlsx")
        let network = try #require(outcome.network, "\(lines(outcome, .zh))")
        #expect(network.nodes == demoNetwork?.nodes)
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test func aMergedHeaderThatSaysNothingPerColumnIsAnErrorAtItsCell() {
        let outcome = NetworkReader.read(path: folder + "unclear-header.xlsx")
        #expect(outcome.network == nil)
        let listed = lines(outcome, .zh)
        // The workbook's own mistakes first, at their cells; the ties to the node whose id was
        // left blank follow.
        #expect(listed.prefix(2) == [
            folder + "unclear-header.xlsx:节点!E2: error: 表头“资源需求”合并了 E2:F2 这几列，其他列下面也有数据，无法判断每列是什么；请取消合并，给每一列写上自己的表头（如“资源”“需求”）",
            folder + "unclear-header.xlsx:节点!A22: error: “编号”不能为空",
        ])
        #expect(listed.dropFirst(2).allSatisfy { $0.contains("关系!") && $0.contains("“O5”") })
    }

    @Test func aTitleRowAboveTheHeaderInExcelsCSV() throws {
        let outcome = NetworkReader.read(path: folder + "title-row-gb18030")
        let network = try #require(outcome.network, "\(lines(outcome, .zh))")
        #expect(network.nodes == demoNetwork?.nodes)
        #expect(network.ties == demoNetwork?.ties)
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.language == .zh)
    }

    @Test func aWorkbookSavedAsCSVIsOneError() {
        let outcome = NetworkReader.read(path: folder + "workbook-as-csv")
        #expect(lines(outcome, .zh) == [
            folder + "workbook-as-csv/nodes.csv:1:1: error: 这是 Excel/WPS 工作簿，只是文件名以 .csv 结尾，不是 CSV：请把它改名为 .xlsx 后直接使用，或在 Excel/WPS 中“另存为”选择“CSV UTF-8（逗号分隔）”",
        ])
    }

    @Test func aWebPageSavedAsCSVIsOneError() {
        let outcome = NetworkReader.read(path: folder + "web-page-as-csv")
        #expect(lines(outcome, .zh) == [
            folder + "web-page-as-csv/ties.csv:1:1: error: 这是一个网页（HTML），不是 CSV 表格：可能下载的是链接页面而不是文件本身；请重新下载或从 Excel/WPS 另存为 CSV",
        ])
    }
}

/// Headers, names and cells as people write them, in CSV.
@Suite struct PeopleCSVTests {
    @Test func titleRowsAboveTheHeader() throws {
        // One title row without any delimiter, one with a trailing comma, then the header; a
        // title that is a column's name alone (关系) is still a title.
        let outcome = read(nodes: "西市场街道 节点表\n2021 年 5 月,\nid,name,kind\nST,站,station\nK1,小组,client\n",
                           ties: "关系\nsource,target,relation,trust\nST,K1,service,0.8\n")
        let network = try #require(outcome.network, "\(lines(outcome))")
        #expect(network.nodes.map(\.id) == ["ST", "K1"])
        #expect(network.ties.count == 1)
        // The title typed above the nodes table names the network.
        #expect(network.title == "西市场街道 节点表")
    }

    @Test func withoutAnyHeaderTheFirstRowIsTheHeader() {
        // No row names a required column: the first row is the header, and its missing
        // columns are what is reported (one error, not one per row).
        let outcome = read(nodes: "代码,机构,种类\nST,站,社工站\n", ties: "source,target,relation,trust\n")
        #expect(lines(outcome, .zh) == [
            "nodes.csv:1:1: error: 这不像节点表：第一行（“代码”、“机构”、“种类”）中没有一个已知的列名，应有 “编号”“类型” 等；请检查是否选错了文件",
        ])
    }

    @Test func aHeaderOverTwoColumnsAsAMergedCellSavesIt() throws {
        let outcome = read(nodes: "编号,类型,资源/需求,,人数\nB1,企业,资金,,\nK1,服务对象,,康复,12\n",
                           ties: "起点,终点,关系,信任\nB1,K1,资源,0.5\n")
        let network = try #require(outcome.network, "\(lines(outcome))")
        #expect(network.nodes[0].resources == [Tag(.funding)])
        #expect(network.nodes[1].needs == [Tag(.rehabilitation)])
        #expect(network.nodes[1].size == 12)
    }

    @Test func severalColumnNamesOverOneColumnAreNotSilentlyAnAttribute() throws {
        let outcome = read(nodes: "编号,类型,资源/需求\nB1,企业,资金\nK1,服务对象,康复\n", ties: "起点,终点,关系,信任\nB1,K1,资源,0.5\n")
        #expect(lines(outcome, .zh) == ["nodes.csv:1:7: warning: 表头“资源/需求”写了几个列名，但只有一列：这一列按附加列保留，不作为其中任何一列读取；请分成几列，各写一个表头"])
        #expect(outcome.network?.nodes[0].attributes["资源/需求"] == "资金")
    }

    @Test func scoresAndSharesInTheWrongTrustColumnSaySo() {
        let outcome = read(nodes: "编号,类型\nA,企业\nB,社工站\n", ties: "起点,终点,关系,信任,信任度\nA,B,资源,4,\nB,A,合作,,0.6\n")
        #expect(lines(outcome, .zh) == [
            "ties.csv:2:8: error: 信任“4”超出 0–1 范围；若是 1–5 分，请写在“信任度”列",
            "ties.csv:3:9: error: 信任度“0.6”应为 1–5 之间的数；0–1 的信任请写在“信任”列",
        ])
    }

    @Test func dataUnderNoHeaderIsWarnedAboutOnce() throws {
        let outcome = read(nodes: ",编号,类型,\n,B1,企业,备注一\n,K1,服务对象,备注二\n", ties: "起点,终点,关系,信任\nB1,K1,资源,0.5\n")
        #expect(lines(outcome, .zh) == ["nodes.csv:2:8: warning: 这一列有数据但没有表头，未读取；请补上表头（或删除这一列）"])
        #expect(outcome.network?.nodes.count == 2)
    }

    @Test func columnsAreNamedAsTheUserWroteThem() {
        let outcome = read(nodes: "编号,类型,人数\nB1,企业,\nK1,服务对象,\n",
                           ties: "起点,终点,关系,信任,频率,双向\nB1,,资源,0.5,x,也许\n")
        #expect(lines(outcome, .zh) == [
            "ties.csv:2:4: error: “终点”不能为空",
            "ties.csv:2:12: error: “频率”的值“x”应为不小于 0 的数字",
            "ties.csv:2:14: error: “双向”的值“也许”应为 是/否",
        ])
    }

    @Test func aDateThatDoesNotExistIsNotADateThatCannotBeRead() {
        let outcome = read(nodes: "id,kind\nA,business\nB,station\n", ties: """
            source,target,relation,trust,since
            A,B,resource,0.5,2023-02-30
            A,B,funding,0.5,2023/13/1
            A,B,support,0.5,2024-02-29
            A,B,service,0.5,下个月

            """)
        #expect(lines(outcome, .zh) == [
            "ties.csv:2:18: error: 日期“2023-02-30”不存在：2023 年 2 月只有 28 天",
            "ties.csv:3:17: error: 日期“2023/13/1”不存在：没有 13 月（月份为 1–12）",
            "ties.csv:5:17: error: 无法识别日期“下个月”：请按 年-月-日 书写，如 2021-05-24、2021/5/24、2021年5月24日，或只写年月（2021-05）、年份（2021）",
        ])
        #expect(lines(outcome)[0] == "ties.csv:2:18: error: the date \"2023-02-30\" does not exist: February 2023 has 28 days")
    }

    @Test func namesWhereIdsBelong() throws {
        let nodes = "编号,名称,类型\nST,西市场街道社工站,社工站\nWF,西市场街道妇联,妇联\nK1,独居老人,服务对象\nK2,独居老人,服务对象\n"
        let named = read(nodes: nodes, ties: "起点,终点,关系,信任\n西市场街道社工站,K1,服务,0.8\nST,K2,服务,0.8\n西市场街道妇联,ST,资源,0.6\n西市场街道社工站,WF,合作,0.5\n")
        let network = try #require(named.network, "\(lines(named, .zh))")
        #expect(network.ties.map { network[$0.source].id } == ["ST", "ST", "WF", "ST"])
        #expect(lines(named, .zh) == [
            "ties.csv:2:1: warning: “西市场街道社工站”不是编号，已认作编号为“ST”的节点；建议改写为编号（以后同样的写法不再提示）",
            "ties.csv:4:1: warning: “西市场街道妇联”不是编号，已认作编号为“WF”的节点；建议改写为编号（以后同样的写法不再提示）",
        ])
        // A name two nodes share cannot stand for either.
        let shared = read(nodes: nodes, ties: "起点,终点,关系,信任\nST,独居老人,服务,0.8\nST,WF,合作,0.5\nST,K2,服务,0.8\n")
        #expect(lines(shared, .zh) == [
            "ties.csv:2:4: error: “独居老人”不是编号，而是多个节点共用的名称：“K1”（独居老人）、“K2”（独居老人）；请写出编号",
        ])
        // Near misses are suggested.
        let near = read(nodes: nodes, ties: "起点,终点,关系,信任\nST,K1,服务,0.8\nST,西市场妇联,合作,0.5\nST,K2,服务,0.8\n")
        #expect(lines(near, .zh) == ["ties.csv:3:4: error: 关系指向不存在的编号“西市场妇联”；是不是“WF”（西市场街道妇联）？"])
    }

    @Test func otherDocumentsAreNamed() {
        let pdf = NetworkReader.readCSV(nodes: Array("%PDF-1.7\n%\u{00E2}\u{00E3}\n1 0 obj".utf8), ties: Array("source,target,relation,trust\n".utf8))
        #expect(lines(pdf, .zh) == ["nodes.csv:1:1: error: 这是 PDF 文件，不是 CSV 表格；请在 Excel/WPS 中把数据另存为 CSV 或 .xlsx"])
    }

    @Test func theLanguageOfTheHeadersIsTheData() {
        #expect(read(nodes: "编号,类型\nA,企业\n", ties: "起点,终点,关系,信任\n").language == .zh)
        #expect(read(nodes: "id,kind\nA,business\n", ties: "source,target,relation,trust\n").language == .en)
    }

    @Test func aListOfNamesWithoutIdsUsesTheNames() throws {
        let outcome = read(nodes: "名称,类别,所属社区\n西市场街道社工站,社工站,\n独居老人小组,服务对象,东园\n",
                           ties: "起点,终点,关系类型,信任值\n西市场街道社工站,独居老人小组,服务,0.8\n")
        let network = try #require(outcome.network, "\(lines(outcome, .zh))")
        #expect(network.nodes.map(\.id) == ["西市场街道社工站", "独居老人小组"])
        #expect(network.nodes[1].area == "东园")
        #expect(lines(outcome, .zh) == ["nodes.csv:1:1: warning: 节点表没有“编号”列，用“名称”列作编号；关系表中请用这些名称"])
        let blank = read(nodes: "名称,类别\n,社工站\n", ties: "起点,终点,关系,信任\n")
        #expect(lines(blank, .zh).last == "nodes.csv:2:1: error: “名称”不能为空")
    }

    /// `单位编号` or `Org ID` beside the names: the ids are in that column, and a blank one is
    /// named as the user wrote it. A rural `所属村` is the area.
    @Test func anIdColumnHeadedInOtherWordsHoldsTheIds() throws {
        let outcome = read(nodes: "序号,单位编号*,单位名称,类型,所属村（社区）,服务人数\n1,TY,桃源镇社工站,乡镇社工站,,\n2,K1,柳河留守老人,服务对象,LH,30人\n3,LH,柳河村村委会,村委会,,\n",
                           ties: "起点,终点,关系,信任\nTY,K1,服务,0.8\nTY,LH,合作,0.7\n")
        let network = try #require(outcome.network, "\(lines(outcome, .zh))")
        #expect(lines(outcome, .zh).isEmpty)
        #expect(network.nodes.map(\.id) == ["TY", "K1", "LH"] && network.nodes[0].name == "桃源镇社工站")
        #expect(network.nodes[1].area == "LH" && network.nodes[1].size == 30 && network.nodeAttributeNames == ["序号"])
        let blank = read(nodes: "Org ID,name,kind\n,Station,station\n", ties: "source,target,relation,trust\n")
        #expect(lines(blank, .en).last == "nodes.csv:2:1: error: \"Org ID\" must not be empty")
        // Two such columns say nothing about which holds the ids: the names do, as before;
        // so they do beside a register number (代码).
        let two = read(nodes: "单位编号,机构编号,名称,类型\nA,1,甲,企业\n", ties: "起点,终点,关系,信任\n")
        #expect(two.network?.nodes.map(\.id) == ["甲"])
        let register = read(nodes: "名称,类型,统一社会信用代码\n甲,企业,\n", ties: "起点,终点,关系,信任\n")
        #expect(register.network?.nodes.map(\.id) == ["甲"])
    }

    @Test func sheetsNamedAsExcelNamesThemAreFoundByTheirHeaders() throws {
        let nodes = row(1, ["编号", "名称", "类型"]) + row(2, ["ST", "站", "社工站"]) + row(3, ["K1", "小组", "服务对象"])
        let ties = row(1, ["起点", "终点", "关系", "信任"]) + row(2, ["ST", "K1", "服务", "#0.8"])
        let guide = row(1, ["名称", "含义"]) + row(2, ["编号", "必填"]) + row(3, ["起点", "必填"])
        let outcome = NetworkReader.readXLSX(try workbook(sheets: [("说明", guide), ("Sheet2", ties), ("Sheet1", nodes)]), name: "a.xlsx")
        let network = try #require(outcome.network, "\(lines(outcome))")
        #expect(network.ties.count == 1)
        let named = NetworkReader.readXLSX(try workbook(sheets: [("机构节点信息", nodes), ("合作关系", ties)]), name: "b.xlsx")
        #expect(named.network?.nodes.count == 2, "\(lines(named))")
    }

    @Test func aWorkbookGivenAsOneCSVFileIsNamed() throws {
        let folder = try temporaryFolder()
        let file = folder + "/网络.csv"
        try writeFile(file, Array(try Data(contentsOf: URL(fileURLWithPath: fixtures + "/people/two-row-header.xlsx"))))
        let outcome = NetworkReader.read(path: file)
        #expect(outcome.diagnostics.map(\.problem) == [.spreadsheetNotCSV])
        #expect(outcome.diagnostics.first?.position?.description == file + ":1:1")
    }
}
