import TestSupport
import Foundation
import Testing

/// Whether a program is on the PATH.
private func installed(_ program: String) -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
}

private let openpyxlReady: Bool = {
    guard installed("python3"), let result = try? run("/usr/bin/env", ["python3", "-c", "import openpyxl"]) else { return false }
    return result.status == 0
}()

/// `-o FILE.xlsx` and `--format csv|xlsx` on every command that prints tables, read by the
/// tools people open them with.
@Suite(.serialized) struct TableOutputCLITests {
    static let commands: [[String]] = [
        ["summary", "Datasets/ximarket"], ["influence", "Datasets/ximarket"], ["communities", "Datasets/ximarket"],
        ["path", "Datasets/ximarket", "ST", "鑫达"], ["gaps", "Datasets/ximarket"],
    ]

    func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "guanxi-tables-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Each command's workbook, in Chinese, in `folder`.
    func workbooks(in folder: String) throws -> [String] {
        try TableOutputCLITests.commands.map { command in
            let file = folder + "/\(command[0]).xlsx"
            let result = try guanxi(command + ["--lang", "zh", "-o", file])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            return file
        }
    }

    @Test(.enabled(if: openpyxlReady, "openpyxl missing: pip install -r Scripts/peers/requirements.txt (Scripts/setup.sh does)"))
    func openpyxlReadsChineseHeadersAndRoundedNumbers() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = try workbooks(in: folder)
        let script = """
            import json, sys, openpyxl
            out = {}
            for path in sys.argv[1:]:
                book = openpyxl.load_workbook(path)
                out[path.rsplit("/", 1)[1]] = [{
                    "sheet": s.title, "header": [c.value for c in s[1]], "frozen": s.freeze_panes,
                    "filter": s.auto_filter.ref,
                    "numbers": [c.value for row in s.iter_rows(min_row=2) for c in row if isinstance(c.value, float)],
                    "formats": sorted({c.number_format for row in s.iter_rows(min_row=2) for c in row}),
                    "widths": [s.column_dimensions[k].width for k in sorted(s.column_dimensions)],
                } for s in book.worksheets]
            print(json.dumps(out, ensure_ascii=False))
            """
        let result = try run("/usr/bin/env", ["python3", "-c", script] + files)
        #expect(result.status == 0, "\(result.stderr)")
        let books = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: [[String: Any]]])
        #expect(books["summary.xlsx"]?.map { $0["sheet"] as? String } == ["概况", "节点类型", "关系类型", "单向信任", "孤立节点"])
        #expect(books["gaps.xlsx"]?.map { $0["sheet"] as? String } == ["问题与建议", "按需求的覆盖", "按社区的覆盖", "五社联动"])
        let influence = try #require(books["influence.xlsx"]?.first)
        #expect((influence["header"] as? [String])?.prefix(6) == ["编号", "名称", "类型", "伙伴数", "信任强度", "影响力"])
        #expect((books["path.xlsx"]?.first?["header"] as? [String])?.last == "累计信任（相乘）")
        #expect((books["gaps.xlsx"]?[2]["formats"] as? [String]) == ["0", "0.0", "0.0%", "General"])
        for (name, sheets) in books {
            for sheet in sheets {
                #expect(sheet["frozen"] as? String == "A2", "\(name) \(sheet["sheet"] ?? "")")
                #expect((sheet["filter"] as? String)?.hasPrefix("A1:") == true, "\(name) \(sheet["sheet"] ?? "")")
                // Rounded as people read them: at most four significant digits.
                for case let number as Double in sheet["numbers"] as? [Any] ?? [] {
                    let digits = String(number).filter(\.isNumber).drop { $0 == "0" }
                    #expect(digits.count <= 5 || number == number.rounded(), "\(name) \(sheet["sheet"] ?? ""): \(number)")
                }
            }
        }
    }

    @Test(.enabled(if: installed("soffice"), "LibreOffice (soffice) missing: apt-get install libreoffice-calc-nogui (Scripts/setup.sh does)"))
    func libreOfficeConvertsThemWithChineseHeaders() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = try workbooks(in: folder)
        // Every sheet of every workbook to UTF-8 CSV as shown (-1: all sheets).
        let result = try run("/usr/bin/env", ["soffice", "-env:UserInstallation=file://\(folder)/profile", "--headless",
                                              "--norestore", "--convert-to",
                                              "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                                              "--outdir", folder + "/out"] + files,
                         environment: ["LANG": "C.UTF-8", "HOME": folder])
        #expect(result.status == 0, "\(result.stderr)")
        let influence = try String(contentsOfFile: folder + "/out/influence-影响力.csv", encoding: .utf8)
        #expect(influence.hasPrefix("编号,名称,类型,伙伴数,信任强度,影响力,"))
        #expect(influence.contains("\nST,西市场街道社工站,社工站,36,28.2,0.2132,"))
        let coverage = try String(contentsOfFile: folder + "/out/gaps-按社区的覆盖.csv", encoding: .utf8)
        #expect(coverage.hasPrefix("社区,记录人数,服务人数（按信任加权）,覆盖率,偏低\n东园社区居委会,70,57.5,82.1%,"))
        let path = try String(contentsOfFile: folder + "/out/path-路径.csv", encoding: .utf8)
        #expect(path.contains("最可信,2,C7,桥头社区居委会,B4,鑫达置业有限公司,0.30,0.225"))
    }

    @Test func csvHasChineseHeadersKindsAndRoundedNumbers() throws {
        let influence = try guanxi(["influence", "Datasets/ximarket", "--format", "csv", "--lang", "zh"])
        #expect(influence.status == 0)
        #expect(influence.stdout.hasPrefix("\u{FEFF}编号,名称,类型,伙伴数,信任强度,影响力,特征向量,桥梁,接近度,受限度,有效规模,核心层,社群\r\n"))
        #expect(influence.stdout.contains("\r\nHS,青槐区社会工作总站,社工总站,3,2.4,"))
        let gaps = try guanxi(["gaps", "Datasets/ximarket", "--format", "csv", "--lang", "zh"])
        #expect(gaps.stdout.hasPrefix("\u{FEFF}社工站,类别,该站该类条数,排名,严重程度,分数,编号,名称,说明,建议\r\n西市场街道社工站,闲置资源,2,1,高,77500,"))
        // No number with more digits than a person reads (102.49999999999999): four
        // significant ones at most, or a whole number.
        for output in [gaps.stdout, influence.stdout] {
            for field in output.split(whereSeparator: { $0 == "," || $0 == "\r\n" }) where Double(field) != nil && field.contains(".") {
                let digits = field.filter { $0.isNumber }.drop { $0 == "0" }
                #expect(digits.count <= 4, "\(field)")
            }
        }
    }

    @Test func theExtensionChoosesTheFormatAndAContradictionIsAnError() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let csv = try guanxi(["summary", "Datasets/ximarket", "--lang", "zh", "-o", folder + "/概况.csv"])
        #expect(csv.status == 0)
        let written = try Data(contentsOf: URL(fileURLWithPath: folder + "/概况.csv"))
        #expect(written.starts(with: Data("\u{FEFF}项目,数值\r\n节点,73\r\n".utf8)))
        let wrong = try guanxi(["gaps", "Datasets/ximarket", "--lang", "zh", "--format", "csv", "-o", folder + "/差距.xlsx"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr == "guanxi: error: --format csv 与输出文件 \(folder)/差距.xlsx 的扩展名（xlsx）不一致；请去掉 --format，或把文件名改为 .csv\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/差距.xlsx"))
        let noJSON = try guanxi(["path", "Datasets/ximarket", "ST", "B4", "--format", "json", "--lang", "en"])
        #expect(noJSON.status == 64)
        #expect(noJSON.stderr == "guanxi: error: this command has no JSON output; use text, csv or xlsx\n")
    }
}
