import Testing
import Formats
import TrustModel

@Suite struct SpreadsheetCSVTests {
    @Test func formulasAreNeutralisedReversibly() {
        for text in ["=1+1", "+86", "-", "@SUM(A1)", "\tx", "\rx", "'=x", "''+x"] {
            let written = SpreadsheetCSV.neutralised(text)
            #expect(written == "'" + text)
            #expect(SpreadsheetCSV.restore(written) == text)
        }
        for text in ["plain", "'quoted'", "a=b", "", "'", "''", "中文=1"] {
            #expect(SpreadsheetCSV.neutralised(text) == text)
            #expect(SpreadsheetCSV.restore(text) == text)
        }
    }

    @Test func rendersForExcel() {
        let bytes = SpreadsheetCSV.render([
            [.text("名称"), .text("score"), .text("note")],
            [.text("=cmd|' /C calc'!A0"), .number(-0.25), .text("a, \"b\"\nc")],
            [.text(" x "), .integer(3), .empty],
        ])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self)
            == "名称,score,note\r\n'=cmd|' /C calc'!A0,-0.25,\"a, \"\"b\"\"\nc\"\r\n\" x \",3,\r\n")
    }

    @Test func csvReaderRestoresNeutralisedCells() throws {
        let outcome = read(nodes: "id,kind,备注\n'=A,station,'@x\nB,client,'-\n", ties: "source,target,relation,trust\n'=A,B,service,1\n")
        let network = try #require(outcome.network)
        #expect(network.nodes.map(\.id) == ["=A", "B"])
        #expect(network.nodes.map { $0.attributes["备注"] } == ["@x", "-"])
    }
}
