import TestSupport
import Foundation
import Testing

/// Messages, help and names as a station lead meets them: Chinese when she asks for it or
/// when her data is Chinese, names wherever an id is expected.
@Suite struct ChineseFirstCLITests {
    let people = "Tests/FormatsTests/Fixtures/people/"

    @Test func helpIsInTheUsersLanguage() throws {
        let flag = try guanxi(["gaps", "--help", "--lang", "zh"])
        #expect(flag.status == 0)
        #expect(flag.stdout.hasPrefix("概述：差距与建议："))
        #expect(flag.stdout.contains("\n用法：guanxi gaps "))
        #expect(flag.stdout.contains("\n选项：\n"))
        #expect(flag.stdout.contains("只看与这个社工站有关的问题（编号、名称或名称的一部分）。"))
        #expect(flag.stdout.contains("显示帮助。"))
        #expect(!flag.stdout.contains("OPTIONS") && !flag.stdout.contains("(default"))
        let locale = try guanxi(["influence", "--help"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(locale.stdout.contains("文字输出列出的行数。 （默认：10）"))
        let english = try guanxi(["influence", "--help"])
        #expect(english.stdout.contains("Rows in the table. (default: 10)"))
        // A half-width pair after a closed full-width one stays half-width.
        let survey = try guanxi(["survey", "--help", "--lang", "zh"])
        #expect(survey.stdout.contains("受访单位（respondent）"))
        #expect(survey.stdout.contains("(x − 1) / (量表 − 1)"))
        #expect(survey.stdout.contains("（可选：text, json；默认：text）"))
    }

    @Test func usageErrorsAreInTheUsersLanguage() throws {
        let top = try guanxi(["influence", "Datasets/ximarket", "--top", "0", "--lang", "zh"])
        #expect(top.status == 64)
        #expect(top.stderr.hasPrefix("guanxi: error: --top 至少为 1\n用法：guanxi influence <path>"))
        let missing = try guanxi(["summary"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("guanxi: error: 缺少参数 '<path>'\n"))
    }

    @Test func chineseDataSpeaksChineseWhenNothingElseChooses() throws {
        // No --lang, and the C locale a bare server has: the data's Chinese headers decide.
        for environment in [["LANG": "C.UTF-8"], [:]] {
            let run = try guanxi(["validate", people + "unclear-header.xlsx"], environment: environment)
            #expect(run.status == 65)
            #expect(run.stderr.hasPrefix(people + "unclear-header.xlsx:节点!E2: error: 表头“资源需求”合并了 E2:F2 这几列"))
            #expect(run.stderr.contains(people + "unclear-header.xlsx:节点!A22: error: “编号”不能为空\n"))
            #expect(run.stderr.hasSuffix("未能读取网络：12 个错误。\n"))
        }
        // A locale that asks for English is obeyed.
        let english = try guanxi(["validate", people + "workbook-as-csv"])
        #expect(english.stderr.contains("error: this is an Excel/WPS workbook under a .csv name, not CSV"))
        let chinese = try guanxi(["validate", people + "merged-headers.xlsx"], environment: ["LANG": "C"])
        #expect(chinese.status == 0)
        #expect(chinese.stdout == "通过：\(people)merged-headers.xlsx（73 个节点、195 条关系、代表 522 人），有 3 条警告。\n")
    }

    @Test func aFolderNamedInChineseGetsAChineseTemplate() throws {
        let folder = NSTemporaryDirectory() + "guanxi-init-\(UUID().uuidString)/我的网络"
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        let run = try guanxi(["init", folder, "--format", "csv"], environment: [:])
        #expect(run.stdout == "已写入模板：\(folder)（nodes.csv, ties.csv, 说明.txt）\n")
        let nodes = try Data(contentsOf: URL(fileURLWithPath: folder + "/nodes.csv"))
        #expect(nodes.starts(with: Data("\u{FEFF}编号,名称,类型".utf8)))
    }

    @Test func namesWhereIdsAreExpected() throws {
        let byName = try guanxi(["path", "Datasets/ximarket", "西市场街道社工站", "鑫达", "--lang", "zh"])
        #expect(byName.status == 0)
        #expect(byName.stderr == "guanxi: note: “鑫达”认作“B4”（鑫达置业有限公司）\n")
        #expect(byName.stdout.hasPrefix("最可信的路径（信任相乘 = 0.225）：\n  西市场街道社工站\n"))
        let unclear = try guanxi(["path", "Datasets/ximarket", "ST", "柳荫社区", "--lang", "zh"])
        #expect(unclear.status == 64)
        #expect(unclear.stderr.hasPrefix("guanxi: error: “柳荫社区”可指多个节点："))
        let near = try guanxi(["path", "Datasets/ximarket", "ST", "西市场妇联", "--lang", "zh"])
        #expect(near.stderr == "guanxi: error: 没有编号或名称为“西市场妇联”的节点；是不是“WF”（西市场街道妇联）？\n")
        let station = try guanxi(["gaps", "Datasets/ximarket", "--station", "西市场街道社工站", "--format", "json"])
        #expect(station.status == 0)
        let centre = try guanxi(["render", "Datasets/ximarket", "--view", "ecomap", "--center", "西市场街道社工站", "--format", "dot"])
        #expect(centre.status == 0 && centre.stdout.contains("西市场街道社工站"))
        let unclearCentre = try guanxi(["render", "Datasets/ximarket", "--view", "ecomap", "--center", "柳荫", "--format", "dot", "--lang", "zh"])
        #expect(unclearCentre.status == 64)
        #expect(unclearCentre.stderr.hasPrefix("guanxi: error: “柳荫”可指多个节点：“C6”（柳荫社区居委会）、“O6”（柳荫社区社工室）"))
        // Where the option needs one kind, the text is read among that kind: a community by
        // its committee, a station among the stations and offices.
        let area = try guanxi(["render", "Datasets/ximarket", "--area", "柳荫", "--format", "dot", "--lang", "zh"])
        #expect(area.status == 0 && area.stderr == "guanxi: note: “柳荫”认作“C6”（柳荫社区居委会）\n", "\(area.stderr)")
        let byStation = try guanxi(["gaps", "Datasets/ximarket", "--station", "西市场", "--format", "json", "--lang", "zh"])
        #expect(byStation.status == 0 && byStation.stderr == "guanxi: note: “西市场”认作“ST”（西市场街道社工站）\n", "\(byStation.stderr)")
    }
}

/// What users read: a README that fits in a few screens and points only at files they have.
@Suite struct DocumentationTests {
    func read(_ path: String) throws -> String {
        try String(contentsOfFile: repositoryRoot + "/" + path, encoding: .utf8)
    }

    var userDocuments: [String] {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/docs")) ?? []
        return ["README.md", "Datasets/README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }

    @Test func theReadmeIsShortAndStartsWithTheTwoCommands() throws {
        let readme = try read("README.md")
        #expect(readme.utf8.count <= 12 * 1024)
        #expect(readme.contains("```sh\nbash Scripts/setup.sh && swift run guanxi report --lang zh\nbash Scripts/test.sh\n```"))
        for command in ["init", "validate", "summary", "influence", "path", "communities", "gaps", "render", "report", "convert"] {
            #expect(readme.contains("`guanxi \(command)"), "\(command) is missing from the commands at a glance")
        }
    }

    @Test func userDocumentsPointOnlyAtFilesInTheRepository() throws {
        for document in userDocuments {
            let text = try read(document)
            #expect(!text.contains("../shared"), "\(document) points outside the repository")
            let folder = document.contains("/") ? String(document[..<(document.lastIndex(of: "/") ?? document.endIndex)]) + "/" : ""
            for match in text.matches(of: /\]\(([^)#:]+)(#[^)]*)?\)/) {
                let target = folder + match.output.1
                #expect(FileManager.default.fileExists(atPath: repositoryRoot + "/" + target), "\(document) links to \(target)")
            }
        }
    }
}
