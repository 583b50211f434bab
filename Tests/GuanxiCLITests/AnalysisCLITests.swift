import TestSupport
import Foundation
import Guanxi
import Testing

@Suite(.serialized) struct AnalysisCLITests {
    @Test func influenceCSVHasExactlyTheScriptColumns() throws {
        let run = try guanxi(["influence", "Datasets/ximarket", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("\u{FEFF}id,name,kind,degree,strength,pagerank,eigenvector,betweenness,harmonic,constraint,effective_size,core,community\r\n"))
        let lines = run.stdout.split(separator: "\r\n")
        #expect(lines.count == 74)  // header + 73 nodes
        #expect(lines[2].hasPrefix("ST,西市场街道社工站,station,36,28.2"))
    }

    @Test func influenceJSONIsOneObjectPerNode() throws {
        let run = try guanxi(["influence", "Datasets/ximarket", "--format", "json", "--measures", "pagerank,degree"])
        #expect(run.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 73)
        #expect(Set(rows[0].keys) == ["id", "name", "kind", "degree", "strength", "pagerank", "eigenvector", "betweenness",
                                      "harmonic", "constraint", "effective_size", "core", "community"])
        #expect(rows[0]["betweenness"] is NSNull)  // not asked for
        let sum = rows.compactMap { $0["pagerank"] as? Double }.reduce(0, +)
        #expect(abs(sum - 1) < 1e-9)
    }

    @Test func influenceTableReadsRightAndTimingsGoToStandardError() throws {
        let run = try guanxi(["influence", "Datasets/ximarket", "--lang", "zh", "--top", "3", "--timings"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("西市场街道社工站合作网络（示例）：谁最重要（按“影响力”排序，前 3 名）\n"))
        #expect(run.stdout.contains("桥梁 — 桥梁作用：其他伙伴之间的最可信路径有多少经过它（0–1）。\n  1. 西市场街道社工站（社工站） 0.736"))
        #expect(run.stderr.contains("load ") && run.stderr.contains("betweenness "))
        let bad = try guanxi(["influence", "Datasets/ximarket", "--measures", "pagerank,fame"])
        #expect(bad.status == 64)
    }

    @Test func pivotsEstimateBothPathMeasuresAndSaySo() throws {
        let run = try guanxi(["influence", "Datasets/ximarket", "--lang", "en", "--pivots", "20",
                              "--measures", "betweenness,harmonic", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("betweenness estimated from 20 pivot sources"))
        #expect(run.stderr.contains("closeness estimated from 20 pivot sources"))
        let table = try guanxi(["influence", "Datasets/ximarket", "--lang", "zh", "--pivots", "20",
                                "--measures", "harmonic", "--sort", "harmonic"])
        #expect(table.stdout.contains("（由 20 个随机起点估计：每个值除以其他节点数后误差在 ±"))
    }

    @Test func pathShowsEachTieAndTheProduct() throws {
        let run = try guanxi(["path", "Datasets/ximarket", "ST", "B4", "--lang", "zh"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            最可信的路径（信任相乘 = 0.225）：
              西市场街道社工站
                —(0.75)— 桥头社区居委会
                —(0.30)— 鑫达置业有限公司
            按距离（1/信任）最短的路径与它相同。

            """)
        #expect(try guanxi(["path", "Datasets/ximarket", "ST", "NOPE"]).status == 64)
    }

    @Test func communitiesLineUpWithAreas() throws {
        let run = try guanxi(["communities", "Datasets/ximarket"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("communities by trust (Louvain, modularity 0."))
        #expect(run.stdout.contains("Agreement with the recorded communities (area): "))
        #expect(try guanxi(["communities", "Datasets/ximarket"]).stdout == run.stdout)
    }

    @Test func gapsAsTextJSONAndCSV() throws {
        let text = try guanxi(["gaps", "Datasets/ximarket", "--lang", "zh"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("闲置资源（2）\n  [高] 鑫达置业有限公司（企业）有资源：资金、优惠（能力 100000）"))
        #expect(text.stdout.contains("建议：请桥头社区居委会（信任 0.75）引荐鑫达置业有限公司（0.30），路径信任 0.22。"))
        let json = try guanxi(["gaps", "Datasets/ximarket", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        // The shape scripts rely on, with the facts, the key and the station added.
        #expect(Set(findings[0].keys) == ["kind", "severity", "score", "nodes", "explanation", "action", "facts", "key", "station"])
        #expect(findings[0]["key"] as? String == "untapped-resource:B4")
        #expect((findings[0]["facts"] as? [String: Any])?["holder"] as? String == "B4")
        #expect(findings.first?["kind"] as? String == "untapped-resource")
        let summary = try #require(object["summary"] as? [String: Any])
        #expect((summary["counts"] as? [String: Int])?["mutual-aid"] == 1)
        let csv = try guanxi(["gaps", "Datasets/ximarket", "--format", "csv", "--only", "one-sided-trust"])
        #expect(csv.stdout.hasPrefix("\u{FEFF}station,kind,of,rank,severity,score,nodes,names,explanation,action\r\n西市场街道社工站,one-sided-trust,1,1,high,0.5,\"ST;SO\","))
        #expect(csv.stdout.contains("\"In their support ties, 西市场街道办事处 trusts 西市场街道社工站 0.90, but 西市场街道社工站 trusts 西市场街道办事处 only 0.40, a gap of 0.50: the relationship is one-sided.\""))
        #expect(csv.stdout.split(separator: "\r\n").count == 2)
    }

    /// `-o gaps.json` streams the JSON to the file (a city's is never held whole): the same
    /// bytes as standard output, and as `GapsWriter.json` makes them at once.
    @Test func gapsJSONToAFileIsTheSameBytes() throws {
        let folder = NSTemporaryDirectory() + "guanxi-gaps-json-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let stdout = try guanxi(["gaps", "Datasets/ximarket", "--format", "json", "--anonymize"])
        #expect(try guanxi(["gaps", "Datasets/ximarket", "--anonymize", "-o", folder + "/gaps.json"]).status == 0)
        let file = try #require(FileManager.default.contents(atPath: folder + "/gaps.json"))
        #expect(file == Data(stdout.stdout.utf8) && file.count > 10_000)
        let network = try Guanxi.load(repositoryRoot + "/Datasets/ximarket").network
        let names = NodeNames(network, language: .zh, anonymize: true)
        let analysis = try Guanxi.gaps(network)
        var chunks = 0
        var streamed: [UInt8] = []
        GapsWriter.json(analysis, of: network, names: names) { (chunk: [UInt8]) in
            chunks += 1
            streamed += chunk
        }
        #expect(streamed == GapsWriter.json(analysis, of: network, names: names) && chunks >= 3)
    }

    @Test func gapsOptionsAndErrors() throws {
        let strict = try guanxi(["gaps", "Datasets/ximarket", "--only", "weak-trust", "--format", "json"])
        let lenient = try guanxi(["gaps", "Datasets/ximarket", "--only", "weak-trust", "--format", "json", "--strained", "0.5"])
        #expect(strict.stdout != lenient.stdout)
        #expect(try guanxi(["gaps", "Datasets/ximarket", "--station", "XX"]).status == 64)
        #expect(try guanxi(["gaps", "Datasets/ximarket", "--path-trust", "1.5"]).status == 64)
        #expect(try guanxi(["gaps", "Datasets/ximarket", "--only", "nonsense"]).status == 64)
        // Kinds comma-separated, as `influence --measures` takes measures (it was an error).
        let two = try guanxi(["gaps", "Datasets/ximarket", "--only", "weak-trust,one-sided-trust", "--format", "csv", "--lang", "en"])
        let kinds = Set(two.stdout.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[1] })
        #expect(two.status == 0 && kinds == ["weak-trust", "one-sided-trust"])
        let wrong = try guanxi(["gaps", "Datasets/ximarket", "--only", "weak-trust,oops", "--lang", "zh"])
        #expect(wrong.status == 64 && wrong.stderr.contains("不认识“oops”"))
        let station = try guanxi(["gaps", "Datasets/ximarket", "--station", "ST", "--format", "json"])
        #expect(station.status == 0)
    }

    @Test func outputFilesAreWrittenWhole() throws {
        let folder = NSTemporaryDirectory() + "guanxi-out-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try guanxi(["gaps", "Datasets/ximarket", "--format", "csv", "-o", folder + "/gaps.csv"])
        #expect(run.status == 0 && run.stdout.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder + "/gaps.csv"))
        // Missing folders are made; a file where a folder should be is an error.
        #expect(try guanxi(["gaps", "Datasets/ximarket", "-o", folder + "/new/dir/gaps.txt"]).status == 0)
        let failed = try guanxi(["gaps", "Datasets/ximarket", "-o", folder + "/gaps.csv/gaps.txt"])
        #expect(failed.status == 73)
    }
}

@Suite(.serialized) struct AnonymizeCLITests {
    /// Client names and ids from the demo's nodes.csv.
    static func clients() throws -> [(id: String, name: String)] {
        let text = try String(contentsOfFile: repositoryRoot + "/Datasets/ximarket/nodes.csv", encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return cells.count > 2 && cells[2] == "服务对象" ? (cells[0], cells[1]) : nil
        }
    }

    @Test(arguments: [["gaps", "--format", "json"], ["gaps", "--lang", "zh"], ["gaps", "--format", "csv", "--lang", "en"],
                      ["influence", "--format", "json"], ["influence", "--format", "csv"], ["influence", "--lang", "zh"]])
    func noClientNameOrIdLeaks(_ arguments: [String]) throws {
        let run = try guanxi([arguments[0], "Datasets/ximarket", "--anonymize"] + arguments.dropFirst())
        #expect(run.status == 0)
        let clients = try Self.clients()
        #expect(clients.count == 36)
        for client in clients {
            #expect(!run.stdout.contains(client.name), "\(client.name) leaks")
            #expect(!run.stdout.contains("\"\(client.id)\"") && !run.stdout.contains("\n\(client.id),"), "\(client.id) leaks")
        }
        // Lists of every node show the pseudonyms (the influence table's top rows are partners).
        if arguments.contains("--format") || arguments[0] == "gaps" {
            #expect(run.stdout.contains("服务对象 ") || run.stdout.contains("Client "))
        }
    }
}
