import Testing
import Formats
import TrustModel

@Suite struct JSONTests {
    @Test func jsonAndCSVOfTheSameNetworkGiveEqualModels() throws {
        let csv = NetworkReader.read(path: demo)
        let json = NetworkReader.read(path: fixtures + "/ximarket.json")
        #expect(json.diagnostics.isEmpty, "\(lines(json))")
        let network = try #require(csv.network)
        #expect(network.title == "西市场街道社工站合作网络（示例）")
        #expect(network.date == "2021-05-24")
        #expect(try #require(json.network) == network)
    }

    @Test func keysAndValuesInChineseAndTagsAsTextOrArrays() throws {
        let outcome = NetworkReader.readJSON(Array("""
            {"标题": "测试", "日期": "2021/5/24", "阈值": {"pathTrust": 0.6, "weakTrust": {"支持": 0.7}},
             "节点": [{"编号": "A", "类型": "企业", "资源": "资金;场地", "人数": null, "联系人": "王"},
                      {"id": "B", "kind": "station", "needs": ["康复", "legal"], "size": 3}],
             "关系": [{"起点": "A", "终点": "B", "关系": "资源链接", "信任": 0.8, "双向": true, "项目": 7}]}
            """.utf8))
        #expect(outcome.diagnostics.isEmpty, "\(lines(outcome))")
        let network = try #require(outcome.network)
        #expect(network.title == "测试" && network.date == "2021-05-24")
        #expect(network.thresholds.pathTrust == 0.6)
        #expect(network.thresholds.weakTrust(for: .support) == 0.7)
        #expect(network.thresholds.weakTrust(for: .guidance) == 0.5)
        #expect(network.nodes[0].resources == [Tag(.funding), Tag(.venue)])
        #expect(network.nodes[1].needs == [Tag(.rehabilitation), Tag(.legal)])
        #expect(network.nodes[0].attributes == ["联系人": "王"])
        #expect(network.ties[0].mutual && network.ties[0].attributes == ["项目": "7"])
    }

    @Test func problemsPointAtTheValueInTheFile() {
        let outcome = NetworkReader.readJSON(Array("""
            {"nodes": [
              {"id": "A", "kind": "bussiness"},
              {"id": "B", "kind": "station"}
            ],
            "ties": [{"source": "A", "target": "B", "relation": "resource", "trust": 1.5}]}
            """.utf8), name: "city.json")
        #expect(lines(outcome) == [
            "city.json:2:23: error: unknown kind \"bussiness\"; did you mean \"business\"?",
            "city.json:5:74: error: trust \"1.5\" is outside 0–1",
        ])
    }

    @Test func syntaxErrorsAndTruncationAreReportedWithTheirPosition() {
        let truncated = NetworkReader.readJSON(Array("{\"nodes\": [\n  {\"id\": \"A\", \"kind\": \"station\"".utf8), name: "n.json")
        #expect(lines(truncated) == ["n.json:2:32: error: invalid JSON: unexpected end of the document: missing \"}\" (truncated?)"])
        let comma = NetworkReader.readJSON(Array("{\"nodes\": [], \"ties\": [],}".utf8), name: "n.json")
        #expect(lines(comma) == ["n.json:1:26: error: invalid JSON: expected a quoted key"])
        let shape = NetworkReader.readJSON(Array("[1, 2]".utf8), name: "n.json")
        #expect(lines(shape, .zh) == ["n.json:1:1: error: JSON 结构不对：此处应为an object {…} / 对象 {…}"])
    }

    @Test func keysWrittenTwiceAreSaidOnceAndTheFirstIsRead() throws {
        // `"trust": 0.7, "trust": 0.2` was read as 0.2 without a word, and a second
        // `"nodes": []` emptied the table (one "unknown id" error per tie).
        let outcome = NetworkReader.readJSON(Array("""
            {"nodes": [{"id": "A", "kind": "station"}, {"id": "B", "kind": "client", "kind": "station"}],
             "ties": [{"source": "A", "target": "B", "relation": "service", "trust": 0.7, "信任": 0.2},
                      {"source": "B", "target": "A", "relation": "cooperation", "trust": 0.6, "trust": 0.1}],
             "nodes": []}
            """.utf8), name: "n.json")
        #expect(lines(outcome) == [
            "n.json:1:82: warning: column \"kind\" appears twice; the first is used",
            "n.json:2:85: warning: column \"信任\" appears twice; the first is used",
            "n.json:3:92: warning: column \"trust\" appears twice; the first is used",
            "n.json:4:11: warning: column \"nodes\" appears twice; the first is used",
        ])
        let network = try #require(outcome.network)
        #expect(network.nodes.map(\.kind) == [.station, .client])
        #expect(network.ties.map(\.trust) == [0.7, 0.6])
    }

    @Test func nodesThatAreNotAListAreOneError() {
        let outcome = NetworkReader.readJSON(Array("""
            {"nodes": "A", "ties": [{"source": "A", "target": "B", "relation": "service", "trust": 0.7},
                                    {"source": "B", "target": "C", "relation": "service", "trust": 0.7}]}
            """.utf8), name: "n.json")
        #expect(lines(outcome) == ["n.json:1:11: error: unexpected JSON here: expected an array […] / 数组 […]"])
    }

    @Test func deepNestingIsRefusedNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let outcome = NetworkReader.readJSON(Array(deep.utf8), name: "deep.json")
        #expect(lines(outcome) == ["deep.json:1:513: error: JSON nested deeper than 512 levels"])
    }

    @Test func unicodeEscapesAndSurrogatePairsDecode() throws {
        let outcome = NetworkReader.readJSON(Array(#"""
            {"nodes": [{"id": "A", "name": "\u793e\u5de5\u7ad9 \ud83d\ude00", "kind": "station"},
                       {"id": "B", "kind": "client"}],
             "ties": [{"source": "A", "target": "B", "relation": "service", "trust5": 5}]}
            """#.utf8))
        let network = try #require(outcome.network)
        #expect(network.nodes[0].name == "社工站 😀")
        #expect(network.ties[0].trust == 1)
    }

    @Test func settingsFileProblemsAreReported() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        try writeFile(folder + "/nodes.csv", Array("id,kind\nA,station\nB,client\n".utf8))
        try writeFile(folder + "/ties.csv", Array("source,target,relation,trust\nA,B,service,0.9\n".utf8))
        try writeFile(folder + "/network.json", Array(#"{"title": "T", "thresholds": {"pathTrust": 2, "colour": 1}}"#.utf8))
        let outcome = NetworkReader.read(path: folder)
        #expect(lines(outcome) == [
            "\(folder)/network.json:1:44: error: threshold pathTrust value \"2\" must be a number in 0–1",
            "\(folder)/network.json:1:57: warning: unknown setting \"thresholds.colour\", ignored",
        ])
    }
}
