import Foundation
@testable import Formats
import Guanxi
import TestSupport
import Testing
import ZIPFoundation

/// `guanxi diff`, `guanxi survey` and `guanxi init --survey` as a station lead runs them.
@Suite(.serialized) struct ChangeCLITests {
    @Test func diffPrintsTheChangesInChineseAndEnglish() throws {
        let q1 = fixture("donghu-q1"), q2 = fixture("donghu-q2.xlsx")
        let zh = try guanxi(["diff", q1, q2, "--lang", "zh"])
        #expect(zh.status == 0, "\(zh.stderr)")
        for line in ["新增节点（1）：\n  湖城大学社会工作系（U1，高校）\n",
                     "节点变化（2）：\n  德康大药房（B1）：名称 德康药房 → 德康大药房\n  独居老人（湖滨社区）（K1）：人数 20 → 24\n",
                     "删除关系（1）：\n  东湖街道社工站 ↔ 东湖青年志愿队 合作 信任 0.50\n",
                     "  东湖街道社工站 → 东湖街道办事处 支持 0.60 → 0.45（-0.15）\n",
                     "  东湖街道社工站 → 东湖街道办事处 支持：频率 4 → 6\n",
                     "另有 1 条双向关系在新文件中起点与终点互换书写，视为同一关系。",
                     "已解决的问题（"] {
            #expect(zh.stdout.contains(line), "\(line)\n\(zh.stdout)")
        }
        let en = try guanxi(["diff", q1, q2, "--lang", "en"])
        for line in ["Nodes added (1):\n  湖城大学社会工作系 (U1, university)\n",
                     "Ties added (3):\n  东湖街道社工站 → 桃源社区社工室 guidance trust 0.75\n",
                     "  东湖街道社工站 ↔ 桃源社区居委会 cooperation 0.60 → 0.65 (+0.05)\n",
                     "Findings resolved ("] {
            #expect(en.stdout.contains(line), "\(line)\n\(en.stdout)")
        }
    }

    /// `render NEW --previous OLD` as the issue writes it, with no --view: the whole network,
    /// its changes marked; --center alone draws the ecomap.
    @Test func renderWithoutAViewDrawsTheNetworkOrWhatTheOptionsImply() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try guanxi(["render", fixture("donghu-q2.xlsx"), "--previous", fixture("donghu-q1"), "--page", "A4",
                              "-o", folder + "/changes.dot", "--lang", "zh"])
        #expect(run.status == 0, "\(run.stderr)")
        let dot = try String(contentsOfFile: folder + "/changes.dot", encoding: .utf8)
        #expect(dot.contains("新增"))
        let ecomap = try guanxi(["render", fixture("donghu-q2.xlsx"), "--center", "ST", "-o", folder + "/ecomap.dot", "--lang", "en"])
        #expect(ecomap.status == 0, "\(ecomap.stderr)")
        let area = try guanxi(["render", fixture("donghu-q2.xlsx"), "--view", "network", "--area", "C1", "--lang", "en"])
        #expect(area.status == 64 && area.stderr.contains("--area goes with --view community"))
    }

    /// The JSON of issue 14's shape.
    @Test func diffJSONHasTheIssuesShape() throws {
        let run = try guanxi(["diff", fixture("donghu-q2.xlsx"), fixture("donghu-q3.json"), "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any])
        let old = try #require(json["old"] as? [String: Any]), new = try #require(json["new"] as? [String: Any])
        #expect(old["date"] as? String == "2024-06-30" && new["date"] as? String == "2024-09-30")
        #expect(old["nodes"] as? Int == 14 && new["ties"] as? Int == 17)
        let nodes = try #require(json["nodes"] as? [String: Any])
        #expect(nodes["added"] as? [String] == ["K4"] && nodes["removed"] as? [String] == ["SG1"])
        let changed = try #require((nodes["changed"] as? [[String: Any]])?.first)
        #expect(changed["id"] as? String == "B1")
        #expect((changed["fields"] as? [String: Any])?["area"] as? [String] == ["C1", "C2"])
        let ties = try #require(json["ties"] as? [String: Any])
        let added = try #require(ties["added"] as? [[String: Any]])
        #expect(added.count == 1 && added[0]["source"] as? String == "O1" && added[0]["relation"] as? String == "service"
                    && added[0]["trust"] as? Double == 0.7)
        #expect((ties["removed"] as? [[String: Any]])?.map { $0["relation"] as? String } == ["service", "incubation"])
        let trust = try #require((ties["changed"] as? [[String: Any]])?.first)
        #expect(trust["source"] as? String == "ST" && trust["relation"] as? String == "support")
        #expect(trust["trust"] as? [Double] == [0.45, 0.7])
        let measures = try #require(json["measures"] as? [String: [Any]])
        #expect(measures["density"]?.count == 2 && measures["meanTrust"]?.count == 2)
        let influence = try #require(json["influence"] as? [[String: Any]])
        #expect(influence.allSatisfy { Set($0.keys) == ["id", "measure", "old", "new"] })
        let findings = try #require(json["findings"] as? [String: [[String: Any]]])
        #expect(Set(findings.keys) == ["new", "resolved", "persisting"])
        #expect(findings["resolved"]?.contains { $0["kind"] as? String == "weak-trust" && $0["node"] as? String == "ST" } == true)
    }

    @Test func diffWritesCSVAndAWorkbook() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let q2 = fixture("donghu-q2.xlsx"), q3 = fixture("donghu-q3.json")
        #expect(try guanxi(["diff", q2, q3, "-o", folder + "/changes.csv", "--lang", "en"]).status == 0)
        let bytes = try #require(FileManager.default.contents(atPath: folder + "/changes.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("section,change,id,name,source,target,relation,field,old,new,detail\r\n"))
        #expect(csv.contains("\r\nnodes,added,K4,残障人士（湖滨社区）,,,,,,,\r\n"))
        // Trust to 2 decimals, each figure as the text rounds it.
        #expect(csv.contains("\r\nties,changed,,,ST,SO,support,trust,0.45,0.70,\r\n"))
        #expect(csv.contains("\r\nsummary,,,,,,,mean trust,0.71,0.72,0.01\r\n"))
        #expect(csv.contains("\r\nsummary,,,,,,,density,0.187,0.176,-0.011\r\n"))
        #expect(csv.contains("\r\nnodes,changed,B1,德康大药房,,,,area,C1,C2,\r\n"))

        let written = try guanxi(["diff", q2, q3, "-o", folder + "/changes.xlsx", "--lang", "zh"])
        #expect(written.status == 0, "\(written.stderr)")
        let book = try #require(FileManager.default.contents(atPath: folder + "/changes.xlsx"))
        let workbook = try XLSXReader(bytes: Array(book))
        #expect(workbook.sheets.map(\.name) == ["概况", "节点", "关系", "影响力", "问题", "全部变化"])
        let ties = try workbook.rows(ofSheetAt: workbook.sheets[2].path)
        #expect(ties.first?.cells.map(\.text) == ["变化", "起点", "终点", "关系", "字段", "之前", "之后"])
        #expect(ties.dropFirst().contains { $0.cells.map(\.text) == ["变化", "ST", "SO", "支持", "信任", "0.45", "0.7"] })
        // Piped, the workbook goes to standard output; --format contradicting -o is a usage error.
        let piped = try guanxi(["diff", q2, q3, "--format", "xlsx"])
        #expect(piped.status == 0 && piped.stdoutBytes.starts(with: [0x50, 0x4B]))
        #expect(try guanxi(["diff", q2, q3, "--format", "json", "-o", folder + "/x.xlsx"]).status == 64)
    }

    @Test func surveyWritesTheNetworkAndPrintsJSON() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try guanxi(["survey", fixture("survey-q3.xlsx"), "--network", fixture("donghu-q3.json"), "--scale", "5",
                              "-o", folder + "/q3-surveyed", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any])
        let pairs = try #require(json["pairs"] as? [[String: Any]])
        #expect(pairs.map { "\($0["respondent"] ?? "")→\($0["partner"] ?? "")" } == ["ST→C2", "C2→O2", "U1→O2"])
        #expect(close(pairs[0]["trust"] as? Double, 19.0 / 24) && pairs[0]["raters"] as? Int == 2)
        let overall = try #require(json["network"] as? [String: Double])
        #expect(close(overall["trust"], 23.0 / 36) && close(overall["value"], 19.0 / 36))
        #expect(json["respondents"] as? Int == 3 && close(json["responseRate"] as? Double, 0.3))
        let surveyed = try Guanxi.load(folder + "/q3-surveyed").network
        let rated = try #require(surveyed.ties.first { surveyed[$0.source].id == "ST" && surveyed[$0.target].id == "C2" })
        #expect(abs(rated.trust - 19.0 / 24) < 1e-9 && rated.attributes["trust_before"] == "0.65")
    }

    /// An output named as another kind of file — `-o 测量后.xls`, `report -o 报告.pdf` — is a
    /// usage error, not a folder or an HTML file under that name.
    @Test func outputsNamedAsAnotherKindOfFileAreRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let survey = try guanxi(["survey", fixture("survey-q3-gb18030.csv"), "--network", fixture("donghu-q3.json"),
                                 "-o", folder + "/测量后.xls", "--lang", "zh"])
        #expect(survey.status == 64)
        #expect(survey.stderr.hasPrefix("guanxi: error: 输出 \(folder)/测量后.xls 的扩展名（.xls）不是网络的格式"), "\(survey.stderr)")
        let convert = try guanxi(["convert", fixture("donghu-q1"), "-o", folder + "/net.csv", "--lang", "en"])
        #expect(convert.status == 64 && convert.stderr.contains("has the extension .csv, which is no network format"))
        let report = try guanxi(["report", fixture("donghu-q1"), "-o", folder + "/报告.pdf", "--lang", "zh"])
        #expect(report.status == 64 && report.stderr.contains("报告是 HTML 文件（--format md 时为 Markdown），不能写成 .pdf"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        // A folder name, or the format given outright, is fine.
        #expect(try guanxi(["convert", fixture("donghu-q1"), "-o", folder + "/net.csv", "--format", "csv"]).status == 0)
    }

    /// Answers headed as people head them (`受访单位名称`, `评价对象`, `填表人姓名`) are read;
    /// a file that cannot be a survey is one error, not one per consequence.
    @Test func surveyHeadersAsPeopleWriteThemAndOneErrorForTheWrongFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let answers = folder + "/answers.csv"
        try Data("受访单位名称,评价对象,填表人姓名,可靠,使命一致\nST,SO,王,4,3\nST,SO,李,2,\n".utf8).write(to: URL(fileURLWithPath: answers))
        let run = try guanxi(["survey", answers, "--network", fixture("donghu-q3.json"), "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let pair = try #require((json["pairs"] as? [[String: Any]])?.first)
        // (4 + 3) / 2 = 3.5 → 5/6; 2 → 1/3; mean 7/12.
        #expect(abs((pair["trust"] as? Double ?? 0) - 7.0 / 12) < 1e-9 && pair["raters"] as? Int == 2)
        // A form made with --scale 5 says so in its headers: read on that scale without --scale.
        let five = folder + "/five.csv"
        try Data("受访单位,被评单位,可靠（1–5）,使命一致(1-5)\nST,SO,5,4\n".utf8).write(to: URL(fileURLWithPath: five))
        let stated = try guanxi(["survey", five, "--network", fixture("donghu-q3.json"), "--format", "json"])
        #expect(stated.status == 0, "\(stated.stderr)")
        let fiveJSON = try #require(try JSONSerialization.jsonObject(with: Data(stated.stdout.utf8)) as? [String: Any])
        #expect(fiveJSON["scale"] as? Int == 5)
        // (5 + 4) / 2 = 4.5 → 3.5 / 4.
        #expect(abs(((fiveJSON["pairs"] as? [[String: Any]])?.first?["trust"] as? Double ?? 0) - 0.875) < 1e-9)
        let told = try guanxi(["survey", five, "--network", fixture("donghu-q3.json"), "--scale", "4", "--lang", "en"])
        #expect(told.status == 65 && told.stderr.contains("is outside the scale 1–4"))
        let text = folder + "/answers.xlsx"
        try Data("受访单位,被评单位,可靠\nST,SO,4\n".utf8).write(to: URL(fileURLWithPath: text))
        let wrong = try guanxi(["survey", text, "--network", fixture("donghu-q3.json"), "--lang", "zh"])
        #expect(wrong.status == 65)
        #expect(wrong.stderr == "\(text):1:1: error: 这是文本文件（如 CSV），只是文件名以 .xlsx 结尾，不是工作簿：请把它改名为 .csv 后使用\n未能读取问卷：1 个错误，没有写入任何文件。\n", "\(wrong.stderr)")
    }

    @Test func surveyWritesNothingOnError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try guanxi(["survey", fixture("survey-q3.xlsx"), "--network", fixture("donghu-q3.json"),
                              "-o", folder + "/out", "--lang", "zh"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("survey-q3.xlsx:Responses!D3: error: “Reliability”的评分“5”超出 1–4 的范围（5 分制请加 --scale 5）\n"))
        #expect(run.stderr.hasSuffix("未能读取问卷：5 个错误，没有写入任何文件。\n"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
        #expect(run.stdout.isEmpty)
    }

    @Test func initSurveyWritesAFormWithDropDownsOfThePartners() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try guanxi(["init", folder + "/问卷", "--survey", "--network", fixture("donghu-q3.json"), "--lang", "zh"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "已写入问卷：\(folder)/问卷/survey.xlsx（1–4 分）\n")
        let bytes = try #require(FileManager.default.contents(atPath: folder + "/问卷/survey.xlsx"))
        let workbook = try XLSXReader(bytes: Array(bytes))
        #expect(workbook.sheets.map(\.name) == ["答卷", "伙伴", "说明"])
        let partners = try workbook.rows(ofSheetAt: workbook.sheets[1].path)
        // The ten organisations of Q3, no client.
        #expect(partners.count == 11)
        #expect(partners.dropFirst().map { $0.cells[0].text } == ["HS", "ST", "SO", "C1", "C2", "O1", "O2", "B1", "V1", "U1"])
        let sheet = try #require(try ZIPEntryText.text(of: bytes, path: "xl/worksheets/sheet1.xml"))
        #expect(sheet.contains("sqref=\"A2:A10001\"><formula1>'伙伴'!$B$2:$B$11</formula1>"))
        #expect(sheet.contains("sqref=\"D2:D10001\"><formula1>\"1,2,3,4\"</formula1>"))
        // The network given after --survey, the folder first: whichever path is a network.
        let second = try guanxi(["init", folder + "/form", "--survey", fixture("donghu-q3.json"), "--lang", "en"])
        #expect(second.stdout == "Survey form written: \(folder)/form/survey.xlsx (scale 1–4)\n", "\(second.stderr)")
        let both = try guanxi(["init", "--survey", fixture("donghu-q1"), fixture("donghu-q3.json"), "--lang", "en"])
        #expect(both.status == 64 && both.stderr.contains("give it with --network"))
        // A network folder given as DIR: the form goes into it.
        let copy = folder + "/q1"
        try FileManager.default.copyItem(atPath: fixture("donghu-q1"), toPath: copy)
        let beside = try guanxi(["init", "--survey", copy, "--scale", "5", "--lang", "en"])
        #expect(beside.stdout == "Survey form written: \(copy)/survey.xlsx (scale 1–5)\n", "\(beside.stderr)")
    }
}

/// The text of one part of a ZIP archive (a workbook's sheet XML).
enum ZIPEntryText {
    static func text(of bytes: Data, path: String) throws -> String? {
        let archive = try Archive(data: bytes, accessMode: .read)
        guard let entry = archive[path] else { return nil }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }
}
