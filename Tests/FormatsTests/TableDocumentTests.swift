import Foundation
import Testing
import ZIPFoundation
@testable import Formats
import TrustModel

@Suite struct TableDocumentTests {
    let document: TableDocument = {
        var sheet = TableSheet(name: "影响力", columns: [
            TableColumn("编号"), TableColumn("名称"), TableColumn("伙伴数", .integer), TableColumn("信任", .trust),
            TableColumn("分数", .score), TableColumn("覆盖率", .percentage),
        ])
        sheet.append([.text("ST"), .text("西市场街道社工站"), .integer(36), .number(0.8), .number(102.49999999999999), .number(0.41234)])
        sheet.append([.text("B1"), .text("=HYPERLINK(\"x\")"), .integer(2), .number(0.333333), .number(0.0123456), .number(1)])
        sheet.append([.text("B2"), .empty, .integer(0), .number(-0.3), .number(12345.678), .optional(nil as Double?)])
        var second = TableSheet(name: "说明: a/b", columns: [TableColumn("项目"), TableColumn("数值", .score)])
        second.append([.text("密度"), .number(0.062416)])
        second.append([.text("信任中位数"), .typed(0.75, .trust)])
        return TableDocument(title: "谁最重要", sheets: [sheet, second])
    }()

    @Test func numbersAreRoundedAsPeopleReadThem() {
        #expect(ColumnKind.trust.text(0.8) == "0.80")
        #expect(ColumnKind.trust.text(0.333333) == "0.33")
        #expect(ColumnKind.score.text(102.49999999999999) == "102.5")
        #expect(ColumnKind.score.text(0.0123456) == "0.01235")
        #expect(ColumnKind.score.text(12345.678) == "12346")  // whole digits are kept
        #expect(ColumnKind.score.text(0.5) == "0.5")
        #expect(ColumnKind.score.text(0) == "0")
        #expect(ColumnKind.percentage.text(0.41234) == "41.2%")
        #expect(ColumnKind.integer.text(3.0) == "3")
        #expect(ColumnKind.decimals(1).text(57.46) == "57.5")
        #expect(ColumnKind.score.rounded(0.0123456).value == 0.01235)
    }

    @Test func csvIsForExcel() {
        let text = String(decoding: document.csv(), as: UTF8.self)
        #expect(text == "\u{FEFF}编号,名称,伙伴数,信任,分数,覆盖率\r\n"
            + "ST,西市场街道社工站,36,0.80,102.5,41.2%\r\n"
            + "B1,\"'=HYPERLINK(\"\"x\"\")\",2,0.33,0.01235,100.0%\r\n"
            + "B2,,0,-0.30,12346,\r\n")
    }

    @Test func textLinesUpChinese() {
        let text = document.text()
        #expect(text.hasPrefix("""
            谁最重要

            影响力
              编号  名称              伙伴数   信任     分数  覆盖率
              ────  ────────────────  ──────  ─────  ───────  ──────
              ST    西市场街道社工站      36   0.80    102.5   41.2%

            """))
        #expect(text.hasSuffix("""
            说明: a/b
              项目           数值
              ──────────  ───────
              密度        0.06242
              信任中位数     0.75

            """))
    }

    @Test func sheetNamesFollowExcelsRules() {
        var used: Set<String> = []
        #expect(TableDocument.sheetName("说明: a/b", used: &used) == "说明_ a_b")
        #expect(TableDocument.sheetName("说明_ A_B", used: &used) == "说明_ A_B (2)")
        #expect(TableDocument.sheetName(String(repeating: "长", count: 40), used: &used).count == 31)
        #expect(TableDocument.sheetName("  ", used: &used) == "Sheet")
    }

    @Test func theFormatFollowsTheFileUnlessTold() throws {
        #expect(try TableDocument.Format.chosen(requested: nil, output: "out/差距.XLSX") == .xlsx)
        #expect(try TableDocument.Format.chosen(requested: nil, output: "a.csv") == .csv)
        #expect(try TableDocument.Format.chosen(requested: nil, output: nil) == .text)
        #expect(try TableDocument.Format.chosen(requested: .csv, output: "report") == .csv)
        #expect(throws: TableDocument.Format.Mismatch(requested: .csv, output: "a.xlsx", named: .xlsx)) {
            try TableDocument.Format.chosen(requested: .csv, output: "a.xlsx")
        }
        let message = TableDocument.Format.Mismatch(requested: .csv, output: "a.xlsx", named: .xlsx).message(.zh)
        #expect(message == "--format csv 与输出文件 a.xlsx 的扩展名（xlsx）不一致；请去掉 --format，或把文件名改为 .csv")
        // An extension of another kind of file is not a text file by default.
        for name in ["结果.xls", "out/gaps.PDF", "a.docx"] {
            #expect(throws: TableDocument.Format.Mismatch(requested: nil, output: name, named: nil)) {
                try TableDocument.Format.chosen(requested: nil, output: name)
            }
        }
        #expect(TableDocument.Format.Mismatch(requested: nil, output: "结果.xls", named: nil).message(.zh)
            == "无法从输出文件 结果.xls 的扩展名看出格式：请把文件名改为 .xlsx（工作簿），或用 --format 指定")
        for name in ["out/report", "-", "notes.md", "a.b/table", ".hidden"] {
            #expect(try TableDocument.Format.chosen(requested: nil, output: name) == .text)
        }
        #expect(try TableDocument.Format.chosen(requested: .text, output: "gaps.pdf") == .text)
    }

    @Test func theWorkbookHoldsRoundedNumbersWithTheirFormats() throws {
        let bytes = try document.xlsx()
        #expect(try document.xlsx() == bytes)  // the same document, the same bytes
        let reader = try XLSXReader(bytes: bytes)
        #expect(reader.sheets.map(\.name) == ["影响力", "说明_ a_b"])
        let rows = try reader.rows(ofSheetAt: reader.sheets[0].path)
        #expect(rows[0].cells.map(\.text) == ["编号", "名称", "伙伴数", "信任", "分数", "覆盖率"])
        #expect(rows[1].cells.map(\.text) == ["ST", "西市场街道社工站", "36", "0.8", "102.5", "0.412"])
        #expect(rows[2].cells.map(\.text) == ["B1", "=HYPERLINK(\"x\")", "2", "0.33", "0.01235", "1"])
        #expect(rows[3].cells.map(\.text) == ["B2", "0", "-0.3", "12346"])
        let sheet = try part(bytes, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<autoFilter ref=\"A1:F4\"/>"))
        // 西市场街道社工站: eight characters, sixteen units, and two more.
        #expect(sheet.contains("<col min=\"2\" max=\"2\" width=\"18\" customWidth=\"1\"/>"))
        let styles = try part(bytes, "xl/styles.xml")
        #expect(styles.contains("formatCode=\"0.00\"") && styles.contains("formatCode=\"0.0%\"") && styles.contains("formatCode=\"0\""))
        #expect(try part(bytes, "xl/workbook.xml").contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'影响力'!$A$1:$F$4</definedName>"))
    }

    private func part(_ bytes: [UInt8], _ path: String) throws -> String {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        let entry = try #require(archive[path])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }
}
