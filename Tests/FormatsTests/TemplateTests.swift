import Foundation
import Testing
import ZIPFoundation
import Formats
import TrustModel

@Suite struct TemplateTests {
    func part(_ bytes: [UInt8], _ path: String) throws -> String {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        let entry = try #require(archive[path])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    @Test(arguments: [Language.zh, .en])
    func workbookTemplateHasSheetsListsAndGuide(language: Language) throws {
        let files = try TemplateWriter.files(format: .xlsx, language: language)
        #expect(files.map(\.name) == ["network.xlsx"])
        let bytes = files[0].bytes
        let workbook = try part(bytes, "xl/workbook.xml")
        let names = language == .zh ? ["节点", "关系", "说明"] : ["nodes", "ties", "guide"]
        for name in names { #expect(workbook.contains("<sheet name=\"\(name)\"")) }
        let nodes = try part(bytes, "xl/worksheets/sheet1.xml")
        let kinds = NodeKind.allCases.map { language == .zh ? $0.chineseName : $0.keyword }.joined(separator: ",")
        #expect(nodes.contains("sqref=\"C2:C10001\"><formula1>\"\(kinds)\"</formula1>"))
        #expect(nodes.contains("errorStyle=\"warning\""))
        #expect(nodes.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        let ties = try part(bytes, "xl/worksheets/sheet2.xml")
        let relations = Relation.allCases.map { language == .zh ? $0.chineseName : $0.keyword }.joined(separator: ",")
        #expect(ties.contains("sqref=\"C2:C10001\"><formula1>\"\(relations)\"</formula1>"))
        #expect(ties.contains("sqref=\"F2:F10001\"><formula1>\"\(language == .zh ? "是,否" : "yes,no")\"</formula1>"))
        // Inline lists may hold at most 255 characters.
        #expect(kinds.count <= 255 && relations.count <= 255)
        let strings = try part(bytes, "xl/sharedStrings.xml")
        for word in language == .zh ? ["信任度", "社工总站", "资源链接", "康复", "未知标签会原样保留"]
                                   : ["trust5", "head-station", "mutual-aid", "rehabilitation", "unknown tag"] {
            #expect(strings.contains(word), "\(word)")
        }
        // Blank but valid: reads as an empty network without problems.
        let outcome = NetworkReader.readXLSX(bytes)
        #expect(outcome.diagnostics.isEmpty, "\(lines(outcome))")
        #expect(outcome.network?.nodes.isEmpty == true)
    }

    @Test func sameBytesEveryTime() throws {
        let first = try TemplateWriter.files(format: .xlsx, language: .zh)
        let second = try TemplateWriter.files(format: .xlsx, language: .zh)
        #expect(first.map(\.bytes) == second.map(\.bytes))
    }
}
