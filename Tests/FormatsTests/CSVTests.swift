import TestSupport
import Testing
import Formats
import TrustModel

@Suite struct CSVTests {
    @Test func quotedFieldsHoldCommasQuotesAndNewlines() throws {
        let outcome = read(nodes: #"""
            id,name,kind,resources,备注
            A,"启明社工中心, 总部",agency,"资金,场地","他说""好""
            第二行"
            B,"""引号""开头",business,,
            C,plain,station,,

            """#, ties: "source,target,relation,trust\nA,C,management,0.8\nB,C,resource,0.6\n")
        #expect(outcome.diagnostics.isEmpty, "\(lines(outcome))")
        let network = try #require(outcome.network)
        #expect(network.nodes[0].name == "启明社工中心, 总部")
        #expect(network.nodes[0].resources.map(\.keyword) == ["funding", "venue"])
        #expect(network.nodes[0].attributes["备注"] == "他说\"好\"\n第二行")
        #expect(network.nodes[1].name == "\"引号\"开头")
        #expect(network.nodeAttributeNames == ["备注"])
    }

    @Test func positionsAfterAMultiLineFieldCountTheLinesInside() {
        let outcome = read(nodes: "id,kind,note\nA,business,\"one\ntwo\nthree\"\nB,busines,\n",
                           ties: "source,target,relation,trust\n")
        #expect(lines(outcome) == ["nodes.csv:5:3: error: unknown kind \"busines\"; did you mean \"business\"?"])
    }

    @Test func extraColumnsAreKeptAsAttributesInOrder() throws {
        let outcome = read(nodes: "id,kind,联系人,电话\nA,business,王经理,123\nB,station,,\n",
                           ties: "source,target,relation,trust,项目\nA,B,resource,0.5,助残\n")
        let network = try #require(outcome.network)
        #expect(network.nodeAttributeNames == ["联系人", "电话"])
        #expect(network.nodes[0].attributes == ["联系人": "王经理", "电话": "123"])
        #expect(network.nodes[1].attributes.isEmpty)
        #expect(network.tieAttributeNames == ["项目"])
        #expect(network.ties[0].attributes == ["项目": "助残"])
    }

    @Test func blankRowsAndTrailingDelimitersAreTolerated() throws {
        let outcome = read(nodes: "id,kind,\n\nA,business,\n,,\nB,station,\n", ties: "source,target,relation,trust\nA,B,resource,0.5")
        #expect(outcome.diagnostics.isEmpty, "\(lines(outcome))")
        #expect(try #require(outcome.network).nodes.count == 2)
    }

    @Test func semicolonAndTabDelimitedFilesRead() throws {
        let outcome = read(nodes: "id;kind\nA;business\nB;station\n", ties: "source\ttarget\trelation\ttrust\nA\tB\tresource\t0.5\n")
        #expect(outcome.diagnostics.isEmpty, "\(lines(outcome))")
        #expect(try #require(outcome.network).ties.count == 1)
    }

    @Test func mutualOverridesTheRelationsDefault() throws {
        let outcome = read(nodes: "id,kind\nA,client\nB,client\nC,station\n", ties: """
            source,target,relation,trust,mutual
            A,B,mutual-aid,0.8,
            B,A,帮扶,0.8,否
            C,A,service,0.7,是

            """)
        #expect(try #require(outcome.network).ties.map(\.mutual) == [true, false, true])
    }

    @Test func everyFieldOfTheModelIsRead() throws {
        let outcome = read(nodes: """
            id,name,kind,area,resources,needs,size,capacity
            B1,鑫达置业,企业,C7,资金;优惠,,,"100,000"
            K1,独居老人,服务对象,C7,,照护、陪伴,8人,

            """, ties: """
            source,target,relation,trust,mutual,frequency,value,since
            B1,K1,捐赠,0.6,,0.5,2000,2021/3/1

            """)
        let network = try #require(outcome.network)
        let business = network.nodes[0], client = network.nodes[1]
        #expect(business.kind == .business && business.area == "C7" && business.capacity == 100_000)
        #expect(business.resources == [Tag(.funding), Tag(.discount)])
        #expect(business.size == 1 && business.people == 0)
        #expect(client.needs == [Tag(.care), Tag(.companionship)] && client.size == 8 && client.people == 8)
        let tie = network.ties[0]
        #expect(tie.relation == .resource && tie.trust == 0.6 && !tie.mutual)
        #expect(tie.frequency == 0.5 && tie.value == 2000 && tie.since == "2021-03-01")
    }
}

@Suite struct FileProblemTests {
    let tiesHeader = Array("source,target,relation,trust\n".utf8)

    @Test func emptyFile() {
        let outcome = NetworkReader.readCSV(nodes: [], ties: tiesHeader)
        #expect(lines(outcome) == ["nodes.csv:1:1: error: the file is empty; a header row is needed at least"])
        let blank = NetworkReader.readCSV(nodes: Array("\n\n,,\n".utf8), ties: tiesHeader)
        #expect(lines(blank) == ["nodes.csv:1:1: error: the file is empty; a header row is needed at least"])
    }

    @Test func binaryFile() {
        let outcome = NetworkReader.readCSV(nodes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00], ties: tiesHeader)
        #expect(lines(outcome) == ["nodes.csv:1:1: error: this is not a text file (it holds binary data); save it as CSV (UTF-8 or GB18030)"])
    }

    @Test func aWorkbookGivenAsCSV() {
        let outcome = NetworkReader.readCSV(nodes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], ties: tiesHeader)
        #expect(lines(outcome, .zh) == ["nodes.csv:1:1: error: 这是 Excel/WPS 工作簿，只是文件名以 .csv 结尾，不是 CSV：请把它改名为 .xlsx 后直接使用，或在 Excel/WPS 中“另存为”选择“CSV UTF-8（逗号分隔）”"])
    }

    @Test func truncatedFileWithAnOpenQuote() {
        let outcome = read(nodes: "id,kind,note\nA,business,ok\nB,station,\"cut off here", ties: "source,target,relation,trust\n")
        #expect(lines(outcome) == ["nodes.csv:3:11: error: unterminated quote: the file may be truncated, or a cell lacks a closing \""])
    }

    @Test func anOpenQuoteInTheMiddleIsOneErrorNotOnePerTie() {
        // The rest of the nodes file went into the quote; every tie to a node written
        // there said "unknown id" after it.
        let nodes = "id,kind,name\nA,station,\"站\nB,client,b\nC,client,c\nD,client,d\n"
        let outcome = read(nodes: nodes, ties: "source,target,relation,trust\nA,B,service,0.5\nA,C,service,0.5\nA,D,service,0.5\n")
        #expect(lines(outcome) == ["nodes.csv:2:11: error: unterminated quote: the file may be truncated, or a cell lacks a closing \""])
    }

    @Test func missingInputAndUnsupportedInput() {
        let missing = NetworkReader.read(path: "/nonexistent/folder")
        #expect(missing.inputUnavailable)
        #expect(lines(missing) == ["guanxi: error: input not found: /nonexistent/folder (expected a folder with nodes.csv and ties.csv, or a .json, .xlsx or .graphml file)"])
        let noTies = NetworkReader.read(path: fixtures)
        #expect(noTies.inputUnavailable)
        let unsupported = NetworkReader.read(path: repositoryRoot + "/Package.swift")
        #expect(unsupported.inputUnavailable)
    }

    @Test func enormousFileIsRefusedBeforeReading() throws {
        // A sparse file: the size says 2.1 GB but takes no disk; the reader must refuse it by
        // its size rather than try to read it.
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        try writeFile(folder + "/ties.csv", Array("source,target,relation,trust\n".utf8))
        try makeSparseFile(folder + "/nodes.csv", size: FileBytes.sizeLimit + 1)
        let outcome = NetworkReader.read(path: folder)
        #expect(outcome.network == nil)
        // One error naming the file: the ties are not read against nodes that were not.
        #expect(outcome.diagnostics.map(\.problem) == [.fileTooLarge(path: folder + "/nodes.csv", bytes: FileBytes.sizeLimit + 1,
                                                                      limit: FileBytes.sizeLimit)])
    }

    @Test func garbageNeverCrashes() {
        // A seeded stream of hostile inputs: random bytes, random CSV-ish text, cut-off rows.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let alphabet = Array("id,kind,source,target,relation,trust\"\n\r;，、资金社工站0.51é\u{FEFF} ".utf8)
        for round in 0..<300 {
            let length = Int(next() % 200)
            let bytes: [UInt8] = (0..<length).map { _ in
                round % 3 == 0 ? UInt8(truncatingIfNeeded: next()) : alphabet[Int(next() % UInt64(alphabet.count))]
            }
            let header = Array("id,kind\n".utf8)
            _ = NetworkReader.readCSV(nodes: round % 2 == 0 ? bytes : header + bytes, ties: bytes)
            _ = NetworkReader.readJSON(bytes)
        }
    }
}
