import Foundation
import Testing
import Formats
import TrustModel

/// Lossless round trips: every format Guanxi writes a network in reads back to an equal model.
@Suite struct RoundTripTests {
    static func networks() throws -> [(String, TrustNetwork)] {
        let demoNetwork = try #require(NetworkReader.read(path: demo).network)
        return [("ximarket", demoNetwork), ("hostile", try hostileNetwork())]
    }

    @Test(arguments: [Language.en, .zh])
    func csvToXLSXToJSONToGraphMLToCSVGivesAnEqualModel(language: Language) throws {
        for (label, original) in try RoundTripTests.networks() {
            let folder = try temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            var network = original
            for (step, format) in [("csv1", ExportFormat.csv), ("n.xlsx", .xlsx), ("n.json", .json),
                                   ("n.graphml", .graphml), ("csv2", .csv)] {
                let path = try written(network, as: format, language: language, in: folder, name: step)
                let outcome = NetworkReader.read(path: path)
                #expect(!outcome.diagnostics.hasErrors, "\(label) \(step): \(lines(outcome))")
                let read = try #require(outcome.network, "\(label) \(step)")
                #expect(read == original, "\(label): \(step) changed the network\n\(difference(read, original))")
                network = read
            }
        }
    }

    @Test func writingIsDeterministic() throws {
        let network = try hostileNetwork()
        for format in [ExportFormat.json, .xlsx, .graphml, .gexf, .csv, .neo4j] {
            let first = try NetworkWriter.files(network, format: format, language: .zh)
            let second = try NetworkWriter.files(network, format: format, language: .zh)
            #expect(first.map(\.name) == second.map(\.name))
            #expect(first.map(\.bytes) == second.map(\.bytes), "\(format) differs between two runs")
        }
    }

    @Test func hostileValuesSurviveAsText() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let network = try hostileNetwork()
        // In the CSV Excel opens, formula-like text is neutralised with a leading apostrophe…
        let csv = try written(network, as: .csv, in: folder, name: "csv")
        let bytes = try #require(FileManager.default.contents(atPath: csv + "/nodes.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF] + Array("id,name,kind,".utf8)))
        let nodes = String(decoding: bytes, as: UTF8.self)
        #expect(nodes.contains("\r\n'=1+1,'@SUM(A1:A9),business,"))
        #expect(nodes.contains(",'=cmd|' /C calc'!A0,"))
        #expect(nodes.contains(",''=already quoted,"))
        #expect(nodes.contains(",'-,'\tstarts with a tab,"))
        #expect(!nodes.contains(",=") && !nodes.contains(",@") && !nodes.contains(",+86"))
        // …and read back exactly as it was (the round-trip test checks the whole model).
        let read = try #require(NetworkReader.read(path: csv).network)
        #expect(read.node(id: "=1+1")?.name == "@SUM(A1:A9)")
        #expect(read.nodes[0].attributes["备注"] == "=cmd|' /C calc'!A0")
        #expect(read.nodes[3].attributes["tab"] == "'=already quoted")
        // XML escapes markup and keeps CR.
        let graphml = GraphMLWriter.render(network)
        #expect(graphml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!graphml.contains("<script>"))
        #expect(graphml.contains("<node id=\"引号&quot;id\">"))
        #expect(graphml.contains("&#13;"))
    }

    @Test func graphMLHasTypedKeysAndGEXFColoursKinds() throws {
        let network = try hostileNetwork()
        let graphml = GraphMLWriter.render(network)
        #expect(graphml.contains("<key id=\"n5\" for=\"node\" attr.name=\"size\" attr.type=\"int\"/>"))
        #expect(graphml.contains("<key id=\"e1\" for=\"edge\" attr.name=\"trust\" attr.type=\"double\"/>"))
        #expect(graphml.contains("<key id=\"e2\" for=\"edge\" attr.name=\"mutual\" attr.type=\"boolean\"/>"))
        #expect(graphml.contains("attr.name=\"备注\" attr.type=\"string\""))
        #expect(graphml.contains("<key id=\"g0\" for=\"graph\" attr.name=\"title\" attr.type=\"string\"/>"))
        let gexf = GEXFWriter.render(network)
        #expect(gexf.contains("xmlns=\"http://gexf.net/1.3\"") && gexf.contains("version=\"1.3\""))
        #expect(gexf.contains("<attribute id=\"n0\" title=\"kind\" type=\"string\"/>"))
        #expect(gexf.contains("<viz:color r=\"0\" g=\"114\" b=\"178\"/>"))  // station: #0072B2, as in the diagrams
        #expect(gexf.contains("weight=\"0.8\" type=\"mutual\""))
    }

    @Test func neo4jImportHeaders() throws {
        let files = try NetworkWriter.files(try hostileNetwork(), format: .neo4j, language: .zh)
        #expect(files.map(\.name) == ["nodes.csv", "relationships.csv"])
        let nodes = String(decoding: files[0].bytes, as: UTF8.self)
        let relationships = String(decoding: files[1].bytes, as: UTF8.self)
        #expect(nodes.hasPrefix("id:ID,name,kind,:LABEL,area,resources:string[],needs:string[],size:int,capacity:double,备注,电话,url,tab,emoji\r\n"))
        #expect(nodes.contains("\r\nST,西市场街道社工站,station,\"Partner;Station\",,\"training;psychological\",,1,,=cmd|' /C calc'!A0,"))
        #expect(nodes.contains("\r\n=1+1,@SUM(A1:A9),business,\"Partner;Business\",,\"funding;手语\",,1,50000.5,"))
        #expect(relationships.hasPrefix(":START_ID,:END_ID,:TYPE,trust:double,mutual:boolean,frequency:double,value:double,since:date,项目,emoji\r\n"))
        #expect(relationships.contains("\r\nC<1>,ST,COOPERATION,0,false,,,2020,,\r\n"))
        #expect(relationships.contains("\r\nK 1,C<1>,MUTUAL_AID,0.9,true,,,,,\r\n"))
    }

    @Test func outputsAreWrittenWholeOrNotAtAll() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let network = try hostileNetwork()
        // A file where a folder should go: an error, nothing written.
        try writeFile(folder + "/taken", [1, 2, 3])
        #expect(throws: WriteError.wrongKind(path: folder + "/taken")) {
            try NetworkWriter.write(network, to: folder + "/taken", format: .csv, language: .en)
        }
        // An unwritable place: an error, and no temporary file left behind.
        #expect(throws: WriteError.self) {
            try NetworkWriter.write(network, to: "/proc/guanxi-test.json", format: .json, language: .en)
        }
        try NetworkWriter.write(network, to: folder + "/n.json", format: .json, language: .en)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["n.json", "taken"])
    }
}

/// The first difference between two networks, to make a failed round trip readable.
func difference(_ a: TrustNetwork, _ b: TrustNetwork) -> String {
    if a.title != b.title || a.date != b.date { return "title/date: \(String(describing: a.title)) \(String(describing: a.date)) vs \(String(describing: b.title)) \(String(describing: b.date))" }
    if a.thresholds != b.thresholds { return "thresholds: \(a.thresholds) vs \(b.thresholds)" }
    if a.nodeAttributeNames != b.nodeAttributeNames || a.tieAttributeNames != b.tieAttributeNames {
        return "attribute names: \(a.nodeAttributeNames) \(a.tieAttributeNames) vs \(b.nodeAttributeNames) \(b.tieAttributeNames)"
    }
    if a.nodes.count != b.nodes.count || a.ties.count != b.ties.count { return "counts differ" }
    for (x, y) in zip(a.nodes, b.nodes) where x != y { return "node:\n\(x)\n\(y)" }
    for (x, y) in zip(a.ties, b.ties) where x != y { return "tie:\n\(x)\n\(y)" }
    return "equal"
}

/// Large files: Foundation's XML parser on Linux reports a spurious error at the end of
/// documents of about 20 MB and more, which must not reject a complete file.
@Suite struct LargeInterchangeTests {
    @Test func aHundredThousandTiesRoundTripThroughGraphMLAndXLSX() throws {
        let kinds: [NodeKind] = [.station, .client, .business, .committee]
        let nodes = (0..<20_000).map { Node(id: "N\($0)", name: "节点\($0)", kind: kinds[$0 % 4], resources: [Tag(.funding)], size: 1 + $0 % 9) }
        var ties: [Tie] = []
        ties.reserveCapacity(100_000)
        for i in 0..<100_000 {
            let source = Int32(i % 20_000), target = Int32((i * 7 + 1 + i / 20_000) % 20_000)
            ties.append(Tie(source: source, target: target == source ? (target + 1) % 20_000 : target,
                            relation: .cooperation, trust: Double(i % 100 + 1) / 100, since: "2021-05-24"))
        }
        let network = try TrustNetwork(title: "大网络", nodes: nodes, ties: ties)
        for format in [ExportFormat.graphml, .xlsx] {
            let bytes = try #require(try NetworkWriter.files(network, format: format, language: .zh).first?.bytes)
            let outcome = format == .graphml ? NetworkReader.readGraphML(bytes) : NetworkReader.readXLSX(bytes)
            #expect(!outcome.diagnostics.hasErrors, "\(format): \(lines(outcome).prefix(3))")
            #expect(outcome.network == network, "\(format)")
        }
    }
}
