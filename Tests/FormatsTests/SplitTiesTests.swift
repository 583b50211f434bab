import Foundation
import Testing
@testable import Formats
import TrustModel

/// Reading a ties table in two halves on two threads (``CSVNetworkReader``) gives exactly
/// what reading it in one pass gives: the same network, the same diagnostics in the same
/// order with the same positions, including duplicates whose first row is in the other
/// half.
@Suite struct SplitTiesTests {
    /// Reads the two tables once in one pass and once with the ties split at any size;
    /// returns both outcomes and whether the split was used.
    static func bothWays(nodes: [UInt8], ties: [UInt8]) -> (one: NetworkReader.Outcome, two: NetworkReader.Outcome,
                                                            split: Bool) {
        let (one, two, _, split) = bothTablesBothWays(nodes: nodes, ties: ties)
        return (one, two, split)
    }

    /// The same, also saying whether the nodes were split.
    static func bothTablesBothWays(nodes: [UInt8], ties: [UInt8])
        -> (one: NetworkReader.Outcome, two: NetworkReader.Outcome, nodesSplit: Bool, tiesSplit: Bool) {
        func read(_ threshold: Int) -> (NetworkReader.Outcome, Bool, Bool) {
            var builder = NetworkBuilder(nodesSource: TableSource(file: "nodes.csv"),
                                         tiesSource: TableSource(file: "ties.csv"))
            let nodesSplit = CSVNetworkReader.read(.nodes, bytes: nodes, source: TableSource(file: "nodes.csv"),
                                                   into: &builder, splitAbove: threshold)
            let split = CSVNetworkReader.read(.ties, bytes: ties, source: TableSource(file: "ties.csv"),
                                              into: &builder, splitAbove: threshold)
            let (network, diagnostics) = builder.build()
            return (NetworkReader.Outcome(network: network, diagnostics: diagnostics), nodesSplit, split)
        }
        let (one, oneNodesSplit, oneSplit) = read(Int.max)
        let (two, nodesSplit, split) = read(0)
        #expect(!oneSplit && !oneNodesSplit)
        // The public entry point with its own threshold agrees too.
        let viaReader = NetworkReader.readCSV(nodes: nodes, ties: ties, splitAbove: 0)
        #expect(viaReader.network == two.network && viaReader.diagnostics == two.diagnostics)
        return (one, two, nodesSplit, split)
    }

    static func demo(_ name: String) throws -> [UInt8] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try Array(Data(contentsOf: root.appendingPathComponent("Datasets/ximarket/\(name)")))
    }

    @Test func theDemoReadsTheSameInHalves() throws {
        let (one, two, split) = Self.bothWays(nodes: try Self.demo("nodes.csv"), ties: try Self.demo("ties.csv"))
        #expect(split)
        #expect(one.network != nil)
        #expect(one.network == two.network)
        #expect(one.diagnostics == two.diagnostics)
    }

    @Test(arguments: [Language.zh, .en])
    func aGeneratedCityReadsTheSameInHalves(language: Language) throws {
        let files = Dictionary(uniqueKeysWithValues: SyntheticCity.files(scale: 3, seed: 5, language: language)
            .map { ($0.name, $0.bytes) })
        let (one, two, split) = Self.bothWays(nodes: try #require(files["nodes.csv"]),
                                              ties: try #require(files["ties.csv"]))
        #expect(split)
        #expect(one.network != nil)
        #expect(one.network == two.network)
        #expect(one.diagnostics == two.diagnostics)
    }

    static let nodes = Array("id,kind\na,station\nb,client\nc,client\nd,client\ne,volunteer\n".utf8)

    /// Ties with errors and warnings in both halves: an unknown relation and an unknown node
    /// early, a self tie, a bad number and an extra field late, and a duplicate whose first
    /// row is in the first half.
    static let badTies: [UInt8] = {
        var rows = ["source,target,relation,trust,frequency"]
        rows.append("a,b,service,0.8,")
        rows.append("a,c,servise,0.7,")
        rows.append("a,x,service,0.5,")
        for _ in 0 ..< 20 { rows.append("a,d,service,0.6,") }   // duplicates from the second on
        rows.append("b,c,service,0.9,2")
        for _ in 0 ..< 20 { rows.append("c,e,service,0.4,1") }
        rows.append("b,b,service,0.5,")
        rows.append("d,e,service,0.5,-3")
        rows.append("e,a,service,0.5,,extra")
        rows.append("a,b,service,1.5,")
        rows.append("a,d,service,0.6,")
        return Array((rows.joined(separator: "\n") + "\n").utf8)
    }()

    @Test func errorsInBothHalvesAreReportedAsInOnePass() {
        let (one, two, split) = Self.bothWays(nodes: Self.nodes, ties: Self.badTies)
        #expect(split)
        #expect(one.network == nil && two.network == nil)
        #expect(one.diagnostics == two.diagnostics)
        let lines = two.diagnostics.listing(.en, perKind: 1000)
        #expect(lines.contains { $0.hasPrefix("ties.csv:3:5: error:") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("ties.csv:4:3: error:") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("ties.csv:46:3: error:") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("ties.csv:47:17: error:") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("ties.csv:48:18:") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("ties.csv:49:13: error:") }, "\(lines)")
        #expect(lines.filter { $0.contains("line 5") }.count == 20, "\(lines)")
    }

    @Test func theSameWithWindowsLineEndsAndWithoutTheLastOne() {
        let crlf = Array(String(decoding: Self.badTies, as: UTF8.self)
            .replacingOccurrences(of: "\n", with: "\r\n").utf8)
        for ties in [crlf, Array(Self.badTies.dropLast())] {
            let (one, two, split) = Self.bothWays(nodes: Self.nodes, ties: ties)
            #expect(split)
            #expect(one.diagnostics == two.diagnostics)
            #expect(!one.diagnostics.isEmpty)
        }
    }

    /// Old Mac line ends (a lone carriage return) end records but are no line feeds, so the
    /// second half starts on a line the first half never reaches: its work is dropped and
    /// the rest read in turn.
    @Test func halvesThatDoNotMeetAreReadInTurn() {
        let mixed = Array(String(decoding: Self.badTies, as: UTF8.self)
            .replacingOccurrences(of: "0.7,\n", with: "0.7,\r").utf8)
        let (one, two, split) = Self.bothWays(nodes: Self.nodes, ties: mixed)
        #expect(!split)
        #expect(one.diagnostics == two.diagnostics)
        #expect(!one.diagnostics.isEmpty)
    }

    /// Quoted cells with line ends: in the first half they are no obstacle; a middle after
    /// an odd number of quotes is not tried; a middle inside quotes after an even number
    /// (a quote inside an unquoted cell) is found out and read in turn.
    @Test func quotedLineEnds() {
        let text = String(decoding: Self.badTies, as: UTF8.self)
        let early = text.replacingOccurrences(of: "a,x,service", with: "a,x,\"ser\nvice\"")
        let odd = text.replacingOccurrences(of: "b,c,service", with: "b,c,\"ser" + String(repeating: "x\n", count: 2000) + "vice\"")
        let even = text.replacingOccurrences(of: "b,c,service", with: "b,c\"x,\"ser" + String(repeating: "x\n", count: 2000) + "vice\"")
        for (ties, splits) in [(early, true), (odd, false), (even, false)] {
            let (one, two, split) = Self.bothWays(nodes: Self.nodes, ties: Array(ties.utf8))
            #expect(split == splits)
            #expect(one.diagnostics == two.diagnostics)
            #expect(!one.diagnostics.isEmpty)
        }
    }

    /// Nodes in halves: an unknown kind in each half, ids taken again in the second half
    /// (first taken in either half) before and after its first row that is not plain.
    @Test func nodesWithErrorsInBothHalvesAreReportedAsInOnePass() {
        var rows = ["id,name,kind"]
        for k in 0 ..< 40 { rows.append("n\(k),Name \(k),client") }
        rows[5] = "n4,Name 4,clent"
        rows[26] = "n1,Again,client"
        rows[28] = "n26,Again,volunteer"
        rows[30] = "n29,Name 29,statoin"
        rows[33] = "n2,Again,client"
        rows[36] = "n34,Again,client"
        let nodes = Array((rows.joined(separator: "\n") + "\n").utf8)
        let ties = Array("source,target,relation,trust\nn0,n3,service,0.5\nn26,n3,service,0.5\n".utf8)
        let (one, two, nodesSplit, _) = Self.bothTablesBothWays(nodes: nodes, ties: ties)
        #expect(nodesSplit)
        #expect(one.network == nil)
        #expect(one.diagnostics == two.diagnostics)
        let lines = two.diagnostics.listing(.en, perKind: 1000)
        for prefix in ["nodes.csv:6:", "nodes.csv:27:", "nodes.csv:29:", "nodes.csv:31:", "nodes.csv:34:",
                       "nodes.csv:37:"] {
            #expect(lines.contains { $0.hasPrefix(prefix) }, "\(prefix) \(lines)")
        }
        // Without errors, the second half's nodes follow the first's in order.
        var clean = ["id,kind"]
        for k in 0 ..< 40 { clean.append("n\(k),client") }
        var cleanTies = ["source,target,relation,trust"]
        for k in 1 ..< 40 { cleanTies.append("n0,n\(k),service,0.5") }
        let (a, b, split, _) = Self.bothTablesBothWays(nodes: Array((clean.joined(separator: "\n") + "\n").utf8),
                                                     ties: Array((cleanTies.joined(separator: "\r\n")).utf8))
        #expect(split)
        #expect(a.network != nil && a.network == b.network && a.diagnostics == b.diagnostics)
        #expect(b.network?.index(of: "n39") == 39)
    }
}
