import Testing
import Formats
import TrustModel

/// Every error and warning of DESIGN §3, with its message and position.
@Suite struct DiagnosticsTests {
    @Test func missingRequiredColumn() {
        let outcome = read(nodes: "id,name\nA,a\n", ties: "source,target,trust\nA,A,0.5\n")
        #expect(outcome.network == nil)
        #expect(lines(outcome) == [
            "nodes.csv:1:1: error: the nodes table lacks the required column \"kind\" (类型)",
            "ties.csv:1:1: error: the ties table lacks the required column \"relation\" (关系)",
        ])
        let zh = read(nodes: "编号,类型\nA,企业\n", ties: "起点,终点,关系\nA,A,合作\n")
        #expect(lines(zh, .zh) == ["ties.csv:1:1: error: 关系表需要“信任”（0–1）或“信任度”（1–5）列之一"])
    }

    @Test func duplicateID() {
        let outcome = read(nodes: "id,kind\nA,business\nB,business\nA,station\n",
                           ties: "source,target,relation,trust\nA,B,resource,0.5\n")
        #expect(lines(outcome) == ["nodes.csv:4:1: error: duplicate id \"A\" (already used on line 2)"])
        #expect(lines(outcome, .zh) == ["nodes.csv:4:1: error: 编号“A”重复（第 2 行已用过）"])
    }

    @Test func tieToUnknownID() {
        let outcome = read(nodes: simpleNodes, ties: "source,target,relation,trust\nST,K9,service,0.8\n")
        #expect(lines(outcome) == ["ties.csv:2:4: error: tie refers to unknown id \"K9\""])
    }

    @Test func trustOutsideItsRangeOrNotANumber() {
        let outcome = read(nodes: simpleNodes, ties: """
            source,target,relation,trust,trust5
            ST,K1,service,1.2,
            ST,C1,cooperation,high,
            C1,K1,support,,7
            C1,ST,support,,

            """)
        #expect(lines(outcome) == [
            "ties.csv:2:15: error: trust \"1.2\" is outside 0–1",
            "ties.csv:3:19: error: trust \"high\" is not a number",
            "ties.csv:4:16: error: trust5 \"7\" must be a number from 1 to 5",
            "ties.csv:5:15: error: no trust: fill in \"trust\" (0–1) or \"trust5\" (1–5)",
        ])
    }

    @Test func trust5MapsToTheUnitInterval() throws {
        let outcome = read(nodes: simpleNodes, ties: "source,target,relation,trust5\nST,K1,service,4\nST,C1,合作,1\n")
        let network = try #require(outcome.network)
        #expect(network.ties.map(\.trust) == [0.75, 0])
    }

    @Test func unknownKindOrRelationWithTheClosestKeyword() {
        let outcome = read(nodes: "id,kind\nA,univercity\nB,社工占\nC,business\n",
                           ties: "source,target,relation,trust\nC,A,coperation,0.5\nC,B,xyzzy,0.5\n")
        #expect(lines(outcome) == [
            "nodes.csv:2:3: error: unknown kind \"univercity\"; did you mean \"university\"?",
            "nodes.csv:3:3: error: unknown kind \"社工占\"; did you mean \"社工室\" or \"社工站\"?",
            "ties.csv:2:5: error: unknown relation \"coperation\"; did you mean \"cooperation\"?",
            "ties.csv:3:5: error: unknown relation \"xyzzy\"",
        ])
        #expect(lines(outcome, .zh)[1] == "nodes.csv:3:3: error: 未知的类型“社工占”；是不是“社工室”或“社工站”？")
    }

    @Test func tiesToRejectedNodesAreNotReportedTwice() {
        let outcome = read(nodes: "id,kind\nA,univercity\nB,business\n",
                           ties: "source,target,relation,trust\nB,A,resource,0.5\n")
        #expect(outcome.diagnostics.count == 1)
    }

    @Test func selfTie() {
        let outcome = read(nodes: simpleNodes, ties: "source,target,relation,trust\nST,ST,guidance,0.9\n")
        #expect(lines(outcome) == ["ties.csv:2:4: error: \"ST\" is tied to itself (source equals target)"])
    }

    @Test func unknownTagIsKeptAndWarnedOnce() throws {
        let outcome = read(nodes: """
            id,kind,resources
            A,business,资金;团建
            B,business,团建
            C,station,

            """, ties: "source,target,relation,trust\nA,C,resource,0.5\nB,C,resource,0.5\n")
        #expect(lines(outcome) == ["nodes.csv:2:12: warning: unknown resource/need tag \"团建\", kept as written (not repeated for later uses)"])
        let network = try #require(outcome.network)
        #expect(network.nodes[1].resources.map(\.keyword) == ["团建"])
    }

    @Test func isolatedNode() throws {
        let outcome = read(nodes: simpleNodes, ties: "source,target,relation,trust\nST,K1,service,0.8\n")
        #expect(lines(outcome) == ["nodes.csv:3:1: warning: \"C1\" has no ties (isolated node)"])
        #expect(outcome.network != nil)
    }

    @Test func duplicateTieRows() throws {
        let outcome = read(nodes: simpleNodes, ties: """
            source,target,relation,trust
            ST,K1,service,0.8
            C1,ST,support,0.7
            ST,K1,服务,0.6
            K1,ST,service,0.6

            """)
        #expect(lines(outcome) == ["ties.csv:4:1: warning: duplicates the tie on line 2 (same source, target and relation)"])
        #expect(try #require(outcome.network).ties.count == 4)
    }

    @Test func otherCellsAreChecked() {
        let outcome = read(nodes: "id,kind,size,capacity\nA,client,-3,\nB,business,,lots\nC,station,,\n", ties: """
            source,target,relation,trust,mutual,frequency,value,since
            C,A,service,0.5,maybe,,,
            B,C,resource,0.5,,-1,,2021-02-30

            """)
        #expect(lines(outcome) == [
            "nodes.csv:2:10: error: size \"-3\" must be a whole number ≥ 0",
            "nodes.csv:3:13: error: \"capacity\" value \"lots\" must be a number ≥ 0",
            "ties.csv:2:17: error: \"mutual\" value \"maybe\" must be yes/no (是/否)",
            "ties.csv:3:19: error: \"frequency\" value \"-1\" must be a number ≥ 0",
            "ties.csv:3:23: error: the date \"2021-02-30\" does not exist: February 2021 has 28 days",
        ])
    }

    @Test func emptyRequiredCellsAndShortRows() {
        let outcome = read(nodes: "id,kind\n,business\nB\n", ties: "source,target,relation,trust\n")
        #expect(lines(outcome) == [
            "nodes.csv:2:1: error: \"id\" must not be empty",
            "nodes.csv:3:1: error: \"kind\" must not be empty",
        ])
    }

    @Test func allProblemsAreReportedAtOnceInOrder() {
        let outcome = read(nodes: "id,kind\nA,bizness\nA,business\nB,client\n",
                           ties: "source,target,relation,trust\nA,Z,resource,2\nB,B,service,0.5\n")
        // bizness; the second A is then the first valid A, not a duplicate; Z; trust 2; B–B.
        #expect(outcome.diagnostics.errors.count == 4)
        #expect(outcome.diagnostics == outcome.diagnostics.sorted())
    }

    @Test func extraCellsAreWarnedAbout() {
        let outcome = read(nodes: "id,kind\nA,business,oops\nB,station\n", ties: "source,target,relation,trust\nA,B,resource,0.5\n")
        #expect(lines(outcome) == ["nodes.csv:2:12: warning: this row has 1 more cells than the header; ignored"])
    }

    @Test func columnsAreCountedInCharactersNotBytes() {
        let outcome = read(nodes: "编号,名称,类型\n甲,东园社区,企业\n乙,西岭,社工占\n",
                           ties: "起点,终点,关系,信任\n甲,乙,资源,0.5\n")
        #expect(lines(outcome) == ["nodes.csv:3:6: error: unknown kind \"社工占\"; did you mean \"社工室\" or \"社工站\"?"])
    }
}
