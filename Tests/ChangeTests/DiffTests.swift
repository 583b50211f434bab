import Foundation
import Guanxi
import TestSupport
import Testing

/// Three quarters of the hand-made 东湖街道 network, each in another format and language:
/// Q1 a CSV folder with Chinese headers and relation words, Q2 a workbook with English
/// headers and keywords, Q3 a JSON file with Chinese words again. Every change below was
/// planted by hand.
@Suite struct DiffTests {
    /// Q1 → Q2: the university U1 joins; the pharmacy B1 is renamed; K1 grows from 20 to 24
    /// people; ST starts guiding O2 (so "office under no station" is resolved); ST stops
    /// cooperating with V1; ST's trust of the street office falls to 0.45 (weak and
    /// one-sided: new findings); C2–ST cooperation is written ST→C2 now (the same mutual tie,
    /// trust 0.6 → 0.65); O2's service to K3 rises from 0.6 to 0.7.
    @Test func quarterOneToTwoFindsEveryChange() throws {
        let q1 = try network("donghu-q1"), q2 = try network("donghu-q2.xlsx")
        let diff = Guanxi.diff(q1, q2)
        #expect(diff.addedNodes.map { q2[$0].id } == ["U1"])
        #expect(diff.removedNodes.isEmpty)
        #expect(diff.changedNodes.map(\.id) == ["B1", "K1"])
        let b1 = try #require(diff.changedNodes.first)
        #expect(b1.fields.map(\.field) == [.name])
        #expect(b1.fields.first?.old == .text("德康药房") && b1.fields.first?.new == .text("德康大药房"))
        let k1 = try #require(diff.changedNodes.last)
        #expect(k1.fields.map(\.field) == [.size])
        #expect(k1.fields.first?.old == .integer(20) && k1.fields.first?.new == .integer(24))

        #expect(diff.addedTies.map { key(q2.ties[$0], q2) } == ["ST→O2 guidance", "U1→O2 volunteering", "ST→U1 cooperation"])
        #expect(diff.removedTies.map { key(q1.ties[$0], q1) } == ["ST→V1 cooperation"])
        #expect(diff.changedTies.map { key(q2.ties[$0.new], q2) } == ["ST→SO support", "ST→C2 cooperation", "O2→K3 service"])
        let support = diff.changedTies[0]
        #expect(support.oldTrust == 0.6 && support.newTrust == 0.45)
        #expect(support.fields.map(\.field) == [.trust, .frequency])
        #expect(support.fields.last?.old == .number(4) && support.fields.last?.new == .number(6))
        let cooperation = diff.changedTies[1]
        #expect(cooperation.reversed && cooperation.oldTrust == 0.6 && cooperation.newTrust == 0.65)
        #expect(key(q1.ties[cooperation.old], q1) == "C2→ST cooperation")
        #expect(diff.changedTies[2].oldTrust == 0.6 && diff.changedTies[2].newTrust == 0.7)
        #expect(diff.reversedTies.count == 1)

        let resolved = diff.findings.resolved.map { finding in "\(finding.kind.keyword) \(q1[finding.nodes[0]].id)" }
        #expect(resolved.contains("broken-hierarchy O2"), "\(resolved)")
        let new = diff.findings.new.map { finding in "\(finding.kind.keyword) " + finding.nodes.map { q2[$0].id }.joined(separator: ",") }
        #expect(new.contains("weak-trust ST,SO"), "\(new)")
        #expect(new.contains { $0.hasPrefix("one-sided-trust") }, "\(new)")
        // What did not change is not reported, whatever the language it is written in.
        #expect(!new.contains { $0.hasPrefix("broken-hierarchy O2") })
        let measures = Dictionary(uniqueKeysWithValues: diff.measures.map { ($0.measure, ($0.old, $0.new)) })
        #expect(measures[.nodes]?.0 == 13 && measures[.nodes]?.1 == 14)
        #expect(measures[.ties]?.0 == 16 && measures[.ties]?.1 == 18)
        #expect(measures[.people]?.0 == 40 && measures[.people]?.1 == 44)
        #expect(measures[.oneSidedPairs]?.0 == 0 && measures[.oneSidedPairs]?.1 == 1)
        // Density: 15 distinct tied pairs of 78 possible, then 17 of 91 (C2–ST is one pair).
        #expect(abs((measures[.density]?.0 ?? 0) - 15.0 / 78) < 1e-12)
        #expect(abs((measures[.density]?.1 ?? 0) - 17.0 / 91) < 1e-12)
    }

    /// Q2 → Q3: SG1 closes (its two ties go), the client group K4 is registered and served by
    /// O1, B1 moves to community C2, and ST's trust of the street office recovers to 0.7:
    /// the weak and one-sided findings are resolved.
    @Test func quarterTwoToThreeFindsEveryChange() throws {
        let q2 = try network("donghu-q2.xlsx"), q3 = try network("donghu-q3.json")
        let diff = Guanxi.diff(q2, q3)
        #expect(diff.addedNodes.map { q3[$0].id } == ["K4"])
        #expect(diff.removedNodes.map { q2[$0].id } == ["SG1"])
        #expect(diff.changedNodes.map(\.id) == ["B1"])
        #expect(diff.changedNodes.first?.fields.map(\.field) == [.area])
        #expect(diff.changedNodes.first?.fields.first?.old == .text("C1") && diff.changedNodes.first?.fields.first?.new == .text("C2"))
        #expect(diff.addedTies.map { key(q3.ties[$0], q3) } == ["O1→K4 service"])
        #expect(diff.removedTies.map { key(q2.ties[$0], q2) } == ["SG1→K1 service", "ST→SG1 incubation"])
        #expect(diff.changedTies.map { key(q3.ties[$0.new], q3) } == ["ST→SO support"])
        #expect(diff.changedTies.first?.oldTrust == 0.45 && diff.changedTies.first?.newTrust == 0.7)
        #expect(diff.changedTies.first?.fields.map(\.field) == [.trust])
        #expect(diff.reversedTies.isEmpty)

        let resolved = diff.findings.resolved.map { finding in "\(finding.kind.keyword) " + finding.nodes.map { q2[$0].id }.joined(separator: ",") }
        #expect(resolved.contains("weak-trust ST,SO"), "\(resolved)")
        #expect(resolved.contains { $0.hasPrefix("one-sided-trust") }, "\(resolved)")
        let persisting = diff.findings.persisting.map { "\($0.new.kind.keyword) \(q3[$0.new.nodes[0]].id)" }
        #expect(!persisting.contains { $0.hasPrefix("weak-trust") || $0.hasPrefix("one-sided-trust") })
    }

    /// Skipping a quarter compares the CSV folder with the JSON file directly.
    @Test func quarterOneToThreeAcrossFormats() throws {
        let q1 = try network("donghu-q1"), q3 = try network("donghu-q3.json")
        let diff = Guanxi.diff(q1, q3)
        #expect(diff.addedNodes.map { q3[$0].id } == ["U1", "K4"])
        #expect(diff.removedNodes.map { q1[$0].id } == ["SG1"])
        #expect(diff.changedNodes.map(\.id) == ["B1", "K1"])
        #expect(diff.changedNodes.first?.fields.map(\.field) == [.name, .area])
        #expect(diff.addedTies.map { key(q3.ties[$0], q3) }
                    == ["ST→O2 guidance", "O1→K4 service", "U1→O2 volunteering", "ST→U1 cooperation"])
        #expect(diff.removedTies.map { key(q1.ties[$0], q1) } == ["SG1→K1 service", "ST→SG1 incubation", "ST→V1 cooperation"])
        #expect(diff.changedTies.map { key(q3.ties[$0.new], q3) } == ["ST→SO support", "ST→C2 cooperation", "O2→K3 service"])
        #expect(diff.changedTies.first?.oldTrust == 0.6 && diff.changedTies.first?.newTrust == 0.7)
    }

    /// The demo written as a workbook in English and read back is the same network: no
    /// change at all, every finding persisting, no influence moved.
    @Test func aNetworkAgainstItsOwnConversionHasNoChange() throws {
        let original = try Guanxi.load(repositoryRoot + "/Datasets/ximarket").network
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Guanxi.write(original, to: folder + "/ximarket.xlsx", language: .en)
        let converted = try Guanxi.load(folder + "/ximarket.xlsx").network
        let diff = Guanxi.diff(original, converted)
        #expect(diff.isEmpty)
        #expect(diff.reversedTies.isEmpty)
        #expect(diff.findings.new.isEmpty && diff.findings.resolved.isEmpty)
        #expect(diff.findings.persisting.count == (try Guanxi.gaps(original)).findings.count)
        #expect(diff.influence.isEmpty)
        #expect(diff.measures.allSatisfy { $0.old == $0.new })
        // The sentence stands apart from the findings that follow it.
        #expect(DiffWriter.text(diff, language: .en).contains("No node or tie changed.\n\nFindings persisting ("))
    }

    @Test func directedTiesWrittenTheOtherWayAreRemovedAndAdded() throws {
        let nodes: [(String, NodeKind)] = [("A", .business), ("B", .station), ("C", .committee)]
        let old = try network(nodes: nodes, ties: [("A", "B", .resource, 0.7), ("B", "C", .cooperation, 0.8)])
        let new = try network(nodes: nodes, ties: [("B", "A", .resource, 0.7), ("C", "B", .cooperation, 0.8)])
        let diff = Guanxi.diff(old, new, options: .init(movers: 0, findings: false))
        #expect(diff.removedTies.map { key(old.ties[$0], old) } == ["A→B resource"])
        #expect(diff.addedTies.map { key(new.ties[$0], new) } == ["B→A resource"])
        #expect(diff.changedTies.isEmpty)
        #expect(diff.reversedTies.count == 1)
    }

    /// A value measured by a survey (0.8518…) reads as a person reads a number, in the text
    /// as in the tables.
    @Test func changedValuesAreRoundedForPeople() throws {
        let nodes = [Node(id: "A", kind: .station), Node(id: "B", kind: .committee)]
        let old = try TrustNetwork(nodes: nodes, ties: [Tie(source: 0, target: 1, relation: .support, trust: 0.7, value: 15000)])
        let new = try TrustNetwork(nodes: nodes, ties: [Tie(source: 0, target: 1, relation: .support, trust: 0.7, value: 23.0 / 27)])
        let text = DiffWriter.text(Guanxi.diff(old, new, options: .init(movers: 0, findings: false)), language: .en)
        #expect(text.contains("A → B support: value 15000 → 0.8519\n"), "\(text)")
    }

    /// A cooperation made one-way (`mutual` = no) is no longer the same tie the other way
    /// round; the same row with `mutual` changed is a changed tie.
    @Test func mutualityDecidesWhetherAReversedTieMatches() throws {
        let nodes: [(String, NodeKind)] = [("A", .station), ("B", .committee)]
        let old = try network(nodes: nodes, ties: [("A", "B", .cooperation, 0.8)])
        let reversedOneWay = try network(nodes: nodes, ties: [("B", "A", .cooperation, 0.8)], mutual: [0: false])
        let diff = Guanxi.diff(old, reversedOneWay, options: .init(movers: 0, findings: false))
        #expect(diff.removedTies.count == 1 && diff.addedTies.count == 1)
        let sameRowOneWay = try network(nodes: nodes, ties: [("A", "B", .cooperation, 0.8)], mutual: [0: false])
        let changed = Guanxi.diff(old, sameRowOneWay, options: .init(movers: 0, findings: false)).changedTies
        #expect(changed.count == 1 && changed.first?.fields.map(\.field) == [.mutual])
        #expect(changed.first?.fields.first?.old == .flag(true) && changed.first?.fields.first?.new == .flag(false))
    }

    /// A pair written both ways matches row for row before any reversal is considered, and
    /// repeated rows pair in file order.
    @Test func pairsWrittenBothWaysAndRepeatedRowsPairInOrder() throws {
        let nodes: [(String, NodeKind)] = [("A", .station), ("B", .committee)]
        let old = try network(nodes: nodes, ties: [("A", "B", .cooperation, 0.8), ("B", "A", .cooperation, 0.5),
                                                   ("A", "B", .support, 0.6), ("A", "B", .support, 0.7)])
        let new = try network(nodes: nodes, ties: [("B", "A", .cooperation, 0.5), ("A", "B", .cooperation, 0.9),
                                                   ("A", "B", .support, 0.6)])
        let diff = Guanxi.diff(old, new, options: .init(movers: 0, findings: false))
        #expect(diff.reversedTies.isEmpty)
        #expect(diff.changedTies.map { ($0.old, $0.new, $0.oldTrust, $0.newTrust) }.elementsEqual([(0, 1, 0.8, 0.9)]) { $0 == $1 })
        #expect(diff.removedTies == [3])
        #expect(diff.addedTies.isEmpty)
    }

    /// Tags compare as sets, whatever their order and language; blank and absent are the
    /// same; extra columns compare only when both files have them.
    @Test func fieldsCompareAsTheyMean() throws {
        let nodes = NetworkReader.readCSV(
            nodes: Array("id,kind,resources,area,phone\nA,business,\"funding;venue\",,123\nB,station,,,\n".utf8),
            ties: Array("source,target,relation,trust\nA,B,resource,0.7\n".utf8)).network
        let renamed = NetworkReader.readCSV(
            nodes: Array("编号,类型,资源,社区,phone,备注\nA,企业,场地、资金, ,124,new\nB,社工站,,,\n".utf8),
            ties: Array("起点,终点,关系,信任度\nA,B,资源,3.8\n".utf8)).network
        let old = try #require(nodes), new = try #require(renamed)
        let diff = Guanxi.diff(old, new, options: .init(movers: 0, findings: false))
        #expect(diff.changedNodes.map(\.id) == ["A"])
        #expect(diff.changedNodes.first?.fields.map(\.field) == [.attribute("phone")])
        // trust5 3.8 is (3.8 − 1) / 4 = 0.7: the same trust.
        #expect(diff.changedTies.isEmpty && diff.addedTies.isEmpty && diff.removedTies.isEmpty)
    }

    @Test func influenceMovesAreTheLargestFirst() throws {
        let q1 = try network("donghu-q1"), q2 = try network("donghu-q2.xlsx")
        let diff = Guanxi.diff(q1, q2, options: .init(movers: 3, findings: false))
        for measure in [InfluenceTable.Measure.pagerank, .betweenness] {
            let moves = diff.influence.filter { $0.measure == measure }
            #expect(moves.count == 3)
            #expect(zip(moves, moves.dropFirst()).allSatisfy { abs($0.change) >= abs($1.change) })
            let before = Guanxi.influence(q1, options: .init(measures: [measure]))
            let after = Guanxi.influence(q2, options: .init(measures: [measure]))
            for move in moves {
                #expect(move.old == before.value(measure, Int(move.oldIndex)))
                #expect(move.new == after.value(measure, Int(move.newIndex)))
                #expect(q1[move.oldIndex].id == move.id && q2[move.newIndex].id == move.id)
            }
            // Every node in both that is not listed moved no more than the last one listed.
            let smallest = moves.map { abs($0.change) }.min() ?? 0
            for (i, node) in q2.nodes.enumerated() {
                guard let o = q1.index(of: node.id), !moves.contains(where: { $0.id == node.id }),
                      let a = before.value(measure, Int(o)), let b = after.value(measure, i) else { continue }
                #expect(abs(b - a) <= smallest + 1e-15, "\(node.id)")
            }
        }
    }

    @Test func theTextShowsControlCharactersInNamesEscaped() throws {
        let old = try network(nodes: [("ST", .station), ("C\u{1B}[2J", .committee)], ties: [("ST", "C\u{1B}[2J", .cooperation, 0.5)])
        let new = try TrustNetwork(
            nodes: [Node(id: "ST", kind: .station), Node(id: "C\u{1B}[2J", name: "居委\u{202E}会\u{7}", kind: .committee),
                    Node(id: "V\u{9B}1", kind: .volunteer)],
            ties: [Tie(source: 0, target: 1, relation: .cooperation, trust: 0.9), Tie(source: 2, target: 0, relation: .volunteering, trust: 0.6)])
        for language in [Language.zh, .en] {
            let text = DiffWriter.text(Guanxi.diff(old, new), language: language)
            #expect(text.contains("␛[2J") && text.contains("⟨U+202E⟩") && text.contains("⟨U+009B⟩"))
            #expect(!text.unicodeScalars.contains { $0 != "\n" && TerminalText.isControl($0) })
        }
    }
}
