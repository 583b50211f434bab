import Foundation
import Testing
import ZIPFoundation
@testable import Formats
import TrustModel

/// A workbook made part by part, to test what Excel, WPS and LibreOffice write that
/// Guanxi's own writer never does.
func workbook(sheets: [(name: String, xml: String)], sharedStrings: [String] = [], styles: String? = nil,
              workbookProperties: String = "", prefix: String = "") throws -> [UInt8] {
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let p = prefix.isEmpty ? "" : prefix + ":"
    let ns = prefix.isEmpty ? "xmlns=\"\(main)\"" : "xmlns:\(prefix)=\"\(main)\""
    var parts: [(String, String)] = [
        ("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"/xl/workbook.xml\"/></Relationships>"),
    ]
    var sheetList = "", relationships = ""
    for (i, sheet) in sheets.enumerated() {
        sheetList += "<\(p)sheet name=\"\(sheet.name)\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 10)\"/>"
        relationships += "<Relationship Id=\"rId\(i + 10)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/s\(i).xml\"/>"
        parts.append(("xl/worksheets/s\(i).xml", "<\(p)worksheet \(ns)><\(p)sheetData>\(sheet.xml)</\(p)sheetData></\(p)worksheet>"))
    }
    relationships += "<Relationship Id=\"rId2\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    relationships += "<Relationship Id=\"rId3\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/>"
    parts.append(("xl/workbook.xml", "<\(p)workbook \(ns) xmlns:r=\"\(rel)\">\(workbookProperties)<\(p)sheets>\(sheetList)</\(p)sheets></\(p)workbook>"))
    parts.append(("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(relationships)</Relationships>"))
    parts.append(("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">" + sharedStrings.map { $0.hasPrefix("<") ? "<si>\($0)</si>" : "<si><t>\($0)</t></si>" }.joined() + "</sst>"))
    parts.append(("xl/styles.xml", styles ?? "<styleSheet xmlns=\"\(main)\"><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>"))
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, text) in parts {
        let data = Data(text.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    return [UInt8](try #require(archive.data))
}

/// A row of inline-string cells, or numbers for `#`-prefixed values.
func row(_ number: Int, _ values: [String?]) -> String {
    var xml = "<row r=\"\(number)\">"
    for (i, value) in values.enumerated() {
        guard let value else { continue }
        let reference = SourcePosition.columnLetters(i + 1) + String(number)
        if value.hasPrefix("#") {
            xml += "<c r=\"\(reference)\"><v>\(value.dropFirst())</v></c>"
        } else {
            xml += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(value)</t></is></c>"
        }
    }
    return xml + "</row>"
}

@Suite struct XLSXReadingTests {
    @Test func excelOddities() throws {
        // Shared strings (one rich text with a phonetic run), a title row merged above the
        // header, a blank and a hinted header cell, cells without references, booleans,
        // dates under built-in and custom formats, long doubles, empty styled cells.
        let styles = """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
            <numFmt numFmtId="177" formatCode="yyyy/mm"/></numFmts>
            <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
            <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="177"/></cellXfs></styleSheet>
            """
        let nodes = """
            <row r="1"><c r="A1" t="s"><v>0</v></c></row>
            <row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c><c r="D3" s="1"/><c r="E3" t="inlineStr"><is><t> 人数 </t></is></c></row>
            <row r="4"><c r="A4" t="s"><v>4</v></c><c t="s"><v>5</v></c><c t="inlineStr"><is><t>社工站</t></is></c></row>
            <row r="5"><c r="A5" t="inlineStr"><is><t>K1</t></is></c><c r="B5" t="inlineStr"><is><r><t>残障</t></r><r><rPr><b/></rPr><t>小组</t></r></is></c><c r="C5" t="inlineStr"><is><t>服务对象</t></is></c><c r="E5"><v>12</v></c></row>
            <row r="6"><c r="A6" t="inlineStr"><is><t>K2</t></is></c><c r="C6" t="inlineStr"><is><t>服务对象</t></is></c><c r="E6" t="str"><f>6*2</f><v>12</v></c></row>
            <row r="7"><c r="A7" s="1"/><c r="B7" s="1"/></row>
            """
        let ties = """
            <row r="1">\(["起点", "终点", "关系", "信任（0–1）", "双向", "开始", "", "开始日", "月份"].enumerated().map { "<c r=\"\(SourcePosition.columnLetters($0.offset + 1))1\" t=\"inlineStr\"><is><t>\($0.element)</t></is></c>" }.joined())</row>
            <row r="2"><c r="A2" t="inlineStr"><is><t>ST</t></is></c><c r="B2" t="inlineStr"><is><t>K1</t></is></c><c r="C2" t="inlineStr"><is><t>服务</t></is></c><c r="D2"><v>0.80000000000000004</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" s="1"><v>44340</v></c><c r="H2" s="2"><v>44340</v></c><c r="I2" s="3"><v>44340</v></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>ST</t></is></c><c r="B3" t="inlineStr"><is><t>K2</t></is></c><c r="C3" t="inlineStr"><is><t>服务</t></is></c><c r="D3"><v>1</v></c><c r="E3" t="b"><v>0</v></c><c r="F3" t="inlineStr"><is><t>2021/5/24</t></is></c></row>
            """
        let bytes = try workbook(
            sheets: [("说明", ""), ("节点", nodes), ("关系", ties)],
            sharedStrings: ["西市场街道社工站节点表", "编号", "名称", "类型", "ST",
                            "<r><t>西市场</t></r><r><t>街道社工站</t></r><rPh sb=\"0\" eb=\"1\"><t>にし</t></rPh>"],
            styles: styles)
        let outcome = NetworkReader.readXLSX(bytes)
        #expect(!outcome.diagnostics.hasErrors, "\(lines(outcome))")
        let network = try #require(outcome.network)
        #expect(network.nodes.map(\.id) == ["ST", "K1", "K2"])
        #expect(network.nodes[0].name == "西市场街道社工站")
        #expect(network.nodes[1].name == "残障小组" && network.nodes[1].size == 12 && network.nodes[2].size == 12)
        #expect(network.ties[0].trust == 0.8 && network.ties[0].mutual && network.ties[0].since == "2021-05-24")
        #expect(network.ties[1].trust == 1 && !network.ties[1].mutual && network.ties[1].since == "2021-05-24")
        #expect(network.tieAttributeNames == ["开始日", "月份"])
        #expect(network.ties[0].attributes == ["开始日": "2021-05-24", "月份": "2021-05"])
    }

    @Test func rowNumbersOutsideTheSheetAreReadAsMissing() throws {
        // A damaged `<row r="0">` or `r="-5"` went above the header: its node was dropped
        // without a word, and every tie to it said "unknown id".
        let nodes = row(1, ["id", "kind"]) + row(2, ["S", "station"]).replacingOccurrences(of: "<row r=\"2\">", with: "<row r=\"0\">")
            + row(3, ["K", "client"]).replacingOccurrences(of: "<row r=\"3\">", with: "<row r=\"-5\">")
        let ties = row(1, ["source", "target", "relation", "trust"]) + row(2, ["S", "K", "service", "#0.5"])
        let outcome = NetworkReader.readXLSX(try workbook(sheets: [("nodes", nodes), ("ties", ties)]))
        #expect(outcome.diagnostics.isEmpty, "\(lines(outcome))")
        #expect(outcome.network?.nodes.map(\.id) == ["S", "K"])
    }

    @Test func positionsNameTheSheetAndCell() throws {
        var rows = row(1, ["编号", "类型"]) + row(2, ["ST", "社工站"]) + row(3, ["K1", "服务对象"])
        let nodes = rows
        rows = row(1, ["起点", "终点", "关系", "信任"]) + row(2, ["ST", "K1", "服务", "#0.8"])
            + row(14, ["ST", "K1", "coperation", "#1.5"]) + row(15, ["ST", "KX", "服务", "高"])
        let outcome = NetworkReader.readXLSX(try workbook(sheets: [("节点", nodes), ("关系", rows)]), name: "network.xlsx")
        #expect(lines(outcome) == [
            "network.xlsx:关系!C14: error: unknown relation \"coperation\"; did you mean \"cooperation\"?",
            "network.xlsx:关系!D14: error: trust \"1.5\" is outside 0–1",
            "network.xlsx:关系!B15: error: tie refers to unknown id \"KX\"",
            "network.xlsx:关系!D15: error: trust \"高\" is not a number",
        ])
        let zh = outcome.diagnostics.map { $0.formatted(.zh) }
        #expect(zh[0] == "network.xlsx:关系!C14: error: 未知的关系“coperation”；是不是“cooperation”？")
    }

    @Test func missingColumnsAndSheetsAreNamed() throws {
        let nodes = row(1, ["编号", "名称"]) + row(2, ["ST", "站"])
        let ties = row(1, ["起点", "终点", "关系", "信任"])
        let outcome = NetworkReader.readXLSX(try workbook(sheets: [("nodes", nodes), ("ties", ties)]), name: "a.xlsx")
        #expect(lines(outcome) == ["a.xlsx:nodes!A1: error: the nodes table lacks the required column \"kind\" (类型)"])
        let noTies = NetworkReader.readXLSX(try workbook(sheets: [("节点", nodes), ("Sheet2", "")]), name: "a.xlsx")
        #expect(lines(noTies) == ["a.xlsx:1:1: error: the workbook has no sheet named \"ties\" or \"关系\" (it has: \"节点\", \"Sheet2\")"])
    }

    @Test func prefixedNamespacesSettingsAnd1904Dates() throws {
        let nodes = "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>id</x:t></x:is></x:c><x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>kind</x:t></x:is></x:c></x:row>"
            + "<x:row r=\"2\"><x:c r=\"A2\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>station</x:t></x:is></x:c></x:row>"
            + "<x:row r=\"3\"><x:c r=\"A3\" t=\"inlineStr\"><x:is><x:t>B</x:t></x:is></x:c><x:c r=\"B3\" t=\"inlineStr\"><x:is><x:t>client</x:t></x:is></x:c></x:row>"
        let ties = "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>source</x:t></x:is></x:c><x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>target</x:t></x:is></x:c><x:c r=\"C1\" t=\"inlineStr\"><x:is><x:t>relation</x:t></x:is></x:c><x:c r=\"D1\" t=\"inlineStr\"><x:is><x:t>trust5</x:t></x:is></x:c><x:c r=\"E1\" t=\"inlineStr\"><x:is><x:t>since</x:t></x:is></x:c></x:row>"
            + "<x:row r=\"2\"><x:c r=\"A2\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>B</x:t></x:is></x:c><x:c r=\"C2\" t=\"inlineStr\"><x:is><x:t>service</x:t></x:is></x:c><x:c r=\"D2\"><x:v>4</x:v></x:c><x:c r=\"E2\" s=\"1\"><x:v>42878</x:v></x:c></x:row>"
        let settings = "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>标题</x:t></x:is></x:c><x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t>A_x000D__x000A_B</x:t></x:is></x:c></x:row>"
            + "<x:row r=\"2\"><x:c r=\"A2\" t=\"inlineStr\"><x:is><x:t>pathTrust</x:t></x:is></x:c><x:c r=\"B2\"><x:v>0.7</x:v></x:c></x:row>"
            + "<x:row r=\"3\"><x:c r=\"A3\" t=\"inlineStr\"><x:is><x:t>weakTrust.支持</x:t></x:is></x:c><x:c r=\"B3\"><x:v>0.6</x:v></x:c></x:row>"
        let styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"
        let outcome = NetworkReader.readXLSX(try workbook(
            sheets: [("Nodes", nodes), ("TIES", ties), ("设置", settings)], sharedStrings: ["A_x005F_x0041_"],
            styles: styles, workbookProperties: "<x:workbookPr date1904=\"1\"/>", prefix: "x"))
        #expect(!outcome.diagnostics.hasErrors, "\(lines(outcome))")
        let network = try #require(outcome.network)
        #expect(network.nodes[0].id == "A_x0041_")
        #expect(network.title == "A\r\nB")
        #expect(network.thresholds.pathTrust == 0.7 && network.thresholds.weakTrust(for: .support) == 0.6)
        #expect(network.ties[0].trust == 0.75)
        #expect(network.ties[0].since == "2021-05-24")  // 42878 days after 1904-01-01
    }

    /// A settings sheet as people head it (`项目 | 值`): the header row is no setting; `名称`
    /// alone in the first row is the title.
    @Test func settingsSheetHeadersAreSkipped() throws {
        let nodes = row(1, ["编号", "类型"]) + row(2, ["ST", "社工站"]) + row(3, ["K1", "服务对象"])
        let ties = row(1, ["起点", "终点", "关系", "信任"]) + row(2, ["ST", "K1", "服务", "#0.8"])
        for header in [["项目", "值"], ["设置项", "内容"], ["key", "value"], ["名称", "值"]] {
            let settings = row(1, header) + row(2, ["标题", "桃源镇社工站"]) + row(3, ["日期", "2023-03-31"])
            let outcome = NetworkReader.readXLSX(try workbook(sheets: [("节点", nodes), ("关系", ties), ("设置", settings)]), name: "a.xlsx")
            #expect(lines(outcome).isEmpty, "\(header): \(lines(outcome))")
            #expect(outcome.network?.title == "桃源镇社工站" && outcome.network?.date == "2023-03-31")
        }
        let titled = row(1, ["名称", "桃源镇社工站"]) + row(2, ["日期", "2023-03-31"])
        let outcome = NetworkReader.readXLSX(try workbook(sheets: [("节点", nodes), ("关系", ties), ("设置", titled)]), name: "a.xlsx")
        #expect(lines(outcome).isEmpty && outcome.network?.title == "桃源镇社工站")
    }

    @Test func notAWorkbook() {
        let text = NetworkReader.readXLSX(Array("id,kind\n".utf8), name: "n.xlsx")
        // CSV saved under an .xlsx name is named for what it is, and what to do.
        #expect(lines(text) == ["n.xlsx:1:1: error: this is a text file (CSV, say) under an .xlsx name, not a workbook: rename it to .csv"])
        let gb18030 = NetworkReader.readXLSX([0xB1, 0xE0, 0xBA, 0xC5, 0x2C, 0xC0, 0xE0, 0xD0, 0xCD, 0x0D, 0x0A], name: "n.xlsx")
        #expect(gb18030.diagnostics.map(\.problem) == [.unreadableWorkbook(.textNotWorkbook)])
        let binary = NetworkReader.readXLSX([0x00, 0x01, 0x02, 0x03, 0x2C], name: "n.xlsx")
        #expect(lines(binary) == ["n.xlsx:1:1: error: cannot open the workbook: this is not an .xlsx file (not a ZIP archive)"])
        let old = NetworkReader.readXLSX([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512), name: "n.xlsx")
        #expect(old.diagnostics.first?.problem == .unreadableWorkbook(.legacyOrEncrypted))
        let truncated = NetworkReader.readXLSX(Array([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]), name: "n.xlsx")
        #expect(truncated.network == nil && truncated.diagnostics.hasErrors)
    }

    @Test func excelDates() {
        func iso(_ serial: Double, _ id: Int = 14, _ code: String? = nil) -> String? {
            ExcelDate.iso(serial: serial, date1904: false, formatID: id, code: code)
        }
        #expect(iso(44340) == "2021-05-24")
        #expect(iso(44340.75) == "2021-05-24")
        #expect(iso(1) == "1900-01-01")
        #expect(iso(59) == "1900-02-28")
        #expect(iso(61) == "1900-03-01")
        #expect(iso(44340, 27) == "2021-05")  // yyyy"年"m"月" in Chinese Excel
        #expect(iso(44340, 180, "[$-804]yyyy\"年\"") == "2021")
        #expect(ExcelDate.isDateFormat(id: 0, code: "General") == false)
        #expect(ExcelDate.isDateFormat(id: 170, code: "0.00E+00") == false)
        #expect(ExcelDate.isDateFormat(id: 171, code: "[Red]\"d\"0") == false)
        #expect(ExcelDate.isDateFormat(id: 31, code: nil))
    }
}

@Suite struct OldWorkbookTests {
    @Test func anOldXLSIsRefusedWithAnExplanation() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeFile(folder + "/旧表.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        let outcome = NetworkReader.read(path: folder + "/旧表.xls")
        #expect(outcome.diagnostics.map { $0.formatted(.zh) } == [
            "\(folder)/旧表.xls:1:1: error: 这是旧版 .xls 工作簿或加了密码的工作簿；请在 Excel/WPS 中取消密码并“另存为 .xlsx”",
        ])
    }
}
