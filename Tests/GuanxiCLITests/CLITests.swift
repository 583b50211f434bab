import Foundation
import Testing
import Guanxi
import TestSupport

@Suite(.serialized) struct CLITests {
    @Test func validateTheDemo() throws {
        let run = try guanxi(["validate", "Datasets/ximarket"])
        #expect(run.status == 0)
        #expect(run.stdout == "OK: Datasets/ximarket (73 nodes, 195 ties, 522 people represented), no problems.\n")
        let zh = try guanxi(["validate", "Datasets/ximarket", "--lang", "zh"])
        #expect(zh.stdout == "通过：Datasets/ximarket（73 个节点、195 条关系、代表 522 人），没有问题。\n")
    }

    @Test func summaryReadsRightInChinese() throws {
        let run = try guanxi(["summary", "Datasets/ximarket"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(run.status == 0)
        let text = run.stdout
        #expect(text.hasPrefix("西市场街道社工站合作网络（示例）（2021-05-24）\n节点 73 个 · 关系 195 条 · 代表服务对象 522 人\n"))
        for expected in ["服务对象    36", "服务        48", "资源链接    48", "连通分量     1 个（最大的含 73 个节点）",
                         "孤立节点     0 个", "最低 0.30", "单向信任（同一对伙伴两个方向的信任相差 ≥ 0.30）：1 对",
                         "西市场街道办事处 → 西市场街道社工站 0.90，反向 0.40（相差 0.50）"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        #expect(run.stderr.isEmpty)
    }

    @Test func summaryReadsRightInEnglish() throws {
        let run = try guanxi(["summary", "Datasets/ximarket", "--lang", "en"])
        #expect(run.status == 0)
        for expected in ["73 nodes · 195 ties · 522 people represented by clients", "client (服务对象)                  36",
                         "mutual aid (互助)", "components   1 (the largest has 73 nodes)",
                         "One-sided trust (the two directions of a pair differ by ≥ 0.30): 1",
                         "西市场街道办事处 → 西市场街道社工站 0.90, back 0.40 (gap 0.50)"] {
            #expect(run.stdout.contains(expected), "missing: \(expected)")
        }
    }

    @Test func summaryAsJSONIsStableAndComplete() throws {
        let first = try guanxi(["summary", "Datasets/ximarket", "--format", "json"])
        let second = try guanxi(["summary", "Datasets/ximarket", "--format", "json", "--lang", "zh"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(object["nodes"] as? Int == 73)
        #expect(object["peopleRepresented"] as? Int == 522)
        #expect((object["tiesByRelation"] as? [String: Int])?["mutual-aid"] == 6)
        let pairs = try #require(object["oneSidedPairs"] as? [[String: Any]])
        #expect(pairs.count == 1 && pairs[0]["from"] as? String == "SO" && pairs[0]["to"] as? String == "ST")
    }

    @Test func badDataExits65WithPositionsOnStandardError() throws {
        let folder = NSTemporaryDirectory() + "guanxi-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("编号,类型\nA,企业\nB,社工站\n".utf8).write(to: URL(fileURLWithPath: folder + "/nodes.csv"))
        try Data("起点,终点,关系,信任\nA,B,资原,0.8\nA,C,资源,2\n".utf8).write(to: URL(fileURLWithPath: folder + "/ties.csv"))
        let run = try guanxi(["summary", folder, "--lang", "zh"])
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == """
            \(folder)/ties.csv:2:5: error: 未知的关系“资原”；是不是“资源”或“资金”？
            \(folder)/ties.csv:3:3: error: 关系指向不存在的编号“C”
            \(folder)/ties.csv:3:8: error: 信任“2”超出 0–1 范围；若是 1–5 分，请写在“信任度”列
            未能读取网络：3 个错误。

            """)
    }

    @Test func missingInputExits66AndBadUsage64() throws {
        let missing = try guanxi(["validate", "no/such/folder"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("input not found: no/such/folder"))
        let usage = try guanxi(["summary", "Datasets/ximarket", "--format", "xml"])
        #expect(usage.status == 64)
        let language = try guanxi(["summary", "Datasets/ximarket", "--lang", "fr"])
        #expect(language.status == 64)
    }

    /// The README's Swift example, verbatim, must compile and run.
    @Test func readmeExampleRuns() throws {
        let readme = try String(contentsOfFile: repositoryRoot + "/README.md", encoding: .utf8)
        #expect(readme.contains(ReadmeExample.source), "README's example differs from ReadmeExample.source")
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(repositoryRoot)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let result = try ReadmeExample.run()
        #expect(result == "522 people, 1 one-sided pair(s)")
    }
}

/// The example shown in the README, kept here so a test compiles and runs it.
enum ReadmeExample {
    static let source = """
        import Guanxi

        let loaded = try Guanxi.load("Datasets/ximarket")
        let summary = NetworkSummary(loaded.network)
        print("\\(summary.peopleRepresented) people, \\(summary.oneSidedPairs.count) one-sided pair(s)")
        """

    static func run() throws -> String {
        let loaded = try Guanxi.load("Datasets/ximarket")
        let summary = NetworkSummary(loaded.network)
        return "\(summary.peopleRepresented) people, \(summary.oneSidedPairs.count) one-sided pair(s)"
    }
}
