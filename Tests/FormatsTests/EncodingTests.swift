import Testing
import Foundation
import Formats
import TrustModel

/// Excel and WPS save CSV as GB18030 on Chinese Windows, as UTF-8 with a BOM when asked for
/// "CSV UTF-8", and as UTF-16 for "Unicode text": all must read the same.
@Suite struct EncodingTests {
    static let nodesText = "编号,名称,类型,需求,人数\r\n甲,东园社区居委会,居委会,,\r\n乙,残障人士小组,服务对象,康复；心理,12\r\n"
    static let tiesText = "起点,终点,关系,信任\r\n甲,乙,服务,0.8\r\n"

    func network(nodes: [UInt8], ties: [UInt8]) throws -> TrustNetwork {
        let outcome = NetworkReader.readCSV(nodes: nodes, ties: ties)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map { $0.formatted(.en) })")
        return try #require(outcome.network)
    }

    var reference: TrustNetwork {
        get throws { try network(nodes: Array(Self.nodesText.utf8), ties: Array(Self.tiesText.utf8)) }
    }

    @Test func utf8WithoutBOM() throws {
        let network = try reference
        #expect(network.nodes.map(\.name) == ["东园社区居委会", "残障人士小组"])
        #expect(network.nodes[1].needs.map(\.keyword) == ["rehabilitation", "psychological"])
        #expect(network.nodes[1].size == 12)
    }

    @Test func utf8WithBOM() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(try network(nodes: bom + Array(Self.nodesText.utf8), ties: bom + Array(Self.tiesText.utf8)) == reference)
    }

    @Test func gb18030() throws {
        let nodes = try #require(gb18030Bytes(Self.nodesText))
        let ties = try #require(gb18030Bytes(Self.tiesText))
        #expect(nodes != Array(Self.nodesText.utf8))
        #expect(try network(nodes: nodes, ties: ties) == reference)
    }

    @Test func utf16LittleAndBigEndianWithTabs() throws {
        func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
            let tabbed = text.replacingOccurrences(of: ",", with: "\t")
            var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            for unit in tabbed.utf16 {
                let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
                bytes += littleEndian ? pair : pair.reversed()
            }
            return bytes
        }
        for littleEndian in [true, false] {
            #expect(try network(nodes: utf16(Self.nodesText, littleEndian: littleEndian),
                                ties: utf16(Self.tiesText, littleEndian: littleEndian)) == reference)
        }
    }

    @Test func lfAndCRLFReadAlike() throws {
        let lf = try network(nodes: Array(Self.nodesText.replacingOccurrences(of: "\r\n", with: "\n").utf8),
                             ties: Array(Self.tiesText.replacingOccurrences(of: "\r\n", with: "\n").utf8))
        #expect(lf == (try reference))
    }

    @Test func theDemoSavedByExcelAsGB18030ReadsAsItsUTF8Twin() throws {
        let utf8 = NetworkReader.read(path: demo)
        let gb = NetworkReader.read(path: fixtures + "/ximarket-gb18030")
        #expect(utf8.diagnostics.isEmpty)
        #expect(gb.diagnostics.isEmpty, "\(gb.diagnostics.map { $0.formatted(.en) })")
        let network = try #require(utf8.network)
        #expect(network.nodes.count == 73)
        #expect(try #require(gb.network) == network)
    }

    @Test func undecodableBytesAreAnErrorWithAPosition() {
        // 0xFF never occurs in UTF-8, and 0xFF 0xFF is not GB18030 either.
        let nodes: [UInt8] = Array("id,kind\nA,business\n".utf8) + [0x42, 0xFF, 0xFF, 0x2C] + Array("station\n".utf8)
        let outcome = NetworkReader.readCSV(nodes: nodes, ties: Array("source,target,relation,trust\n".utf8))
        #expect(lines(outcome).first == "nodes.csv:3:2: error: unknown text encoding: neither UTF-8 nor GB18030/GBK; save it as \"CSV UTF-8\"")
    }
}

/// GB18030 bytes of a string, made with the C library (as the reader decodes with it too,
/// the twin fixture in Fixtures/ximarket-gb18030 was made independently, by Python).
func gb18030Bytes(_ text: String) -> [UInt8]? {
    TextDecoding.gb18030Encoded(text)
}
