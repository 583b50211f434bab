import TestSupport
import Foundation
import Testing
import Guanxi

@Suite(.serialized) struct InterchangeCLITests {
    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "guanxi-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func initWritesATemplateThatValidatesAndIsNotOverwritten() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try guanxi(["init", dir + "/站点", "--lang", "zh"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "已写入模板：\(dir)/站点（network.xlsx）\n")
        let check = try guanxi(["validate", dir + "/站点/network.xlsx", "--lang", "zh"])
        #expect(check.status == 0 && check.stdout.hasPrefix("通过："), "\(check.stderr)")
        let again = try guanxi(["init", dir + "/站点"])
        #expect(again.status == 73)
        #expect(again.stderr == "guanxi: error: \(dir)/站点/network.xlsx already exists; add --force to overwrite it\n")
        #expect(try guanxi(["init", dir + "/站点", "--force"]).status == 0)
    }

    @Test func initCSVHasBOMHeadersAndAGuide() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try guanxi(["init", dir, "--format", "csv", "--lang", "zh"]).status == 0)
        let nodes = try #require(FileManager.default.contents(atPath: dir + "/nodes.csv"))
        #expect(Array(nodes) == [0xEF, 0xBB, 0xBF] + Array("编号,名称,类型,社区,资源,需求,人数,能力\r\n".utf8))
        let ties = try #require(FileManager.default.contents(atPath: dir + "/ties.csv"))
        #expect(Array(ties) == [0xEF, 0xBB, 0xBF] + Array("起点,终点,关系,信任,信任度,双向,频率,价值,开始\r\n".utf8))
        let guide = String(decoding: try #require(FileManager.default.contents(atPath: dir + "/说明.txt")), as: UTF8.self)
        for word in ["社工总站", "资源链接", "康复", "信任度"] { #expect(guide.contains(word)) }
        #expect(try guanxi(["validate", dir]).status == 0)
    }

    @Test func convertToEveryFormatAndBack() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for output in ["n.json", "n.xlsx", "n.graphml", "n.gexf", "csv"] {
            let run = try guanxi(["convert", "Datasets/ximarket", "-o", dir + "/" + output])
            #expect(run.status == 0, "\(output): \(run.stderr)")
        }
        let neo4j = try guanxi(["convert", dir + "/n.xlsx", "-o", dir + "/neo4j", "--format", "neo4j"])
        #expect(neo4j.stdout == "Wrote \(dir)/neo4j (neo4j): 73 nodes, 195 ties\n")
        #expect(FileManager.default.fileExists(atPath: dir + "/neo4j/relationships.csv"))
        for input in ["n.json", "n.xlsx", "n.graphml", "csv"] {
            let back = try guanxi(["summary", dir + "/" + input, "--format", "json"])
            let original = try guanxi(["summary", "Datasets/ximarket", "--format", "json"])
            #expect(back.stdout == original.stdout, "\(input)")
        }
    }

    @Test func convertWritesNothingOnErrorAndWritesTheDiagramsDOT() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "id,kind\nA,statoin\n".write(toFile: dir + "/nodes.csv", atomically: true, encoding: .utf8)
        try "source,target,relation,trust\n".write(toFile: dir + "/ties.csv", atomically: true, encoding: .utf8)
        let bad = try guanxi(["convert", dir, "-o", dir + "/out.json"])
        #expect(bad.status == 65)
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.json"))
        let dot = try guanxi(["convert", "Datasets/ximarket", "-o", dir + "/n.dot"])
        #expect(dot.status == 0)
        let text = try String(contentsOfFile: dir + "/n.dot", encoding: .utf8)
        let rendered = try guanxi(["render", "Datasets/ximarket", "--view", "network", "--format", "dot", "--page", "none", "--lang", "en"])
        #expect(text == rendered.stdout)  // the same DOT the network diagram is laid out from
        let missing = try guanxi(["convert", dir + "/nothing.xlsx", "-o", dir + "/x.json"])
        #expect(missing.status == 66)
    }
}
