import Testing
import Formats
import TrustModel

/// `guanxi generate`: seeded, valid, about the size asked for, and shaped like the domain.
@Suite struct SyntheticCityTests {
    static func files(_ scale: Int, seed: UInt64 = 7, language: Language = .zh) -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: SyntheticCity.files(scale: scale, seed: seed, language: language)
            .map { ($0.name, $0.bytes) })
    }

    @Test func theSameSeedGivesTheSameBytes() {
        #expect(Self.files(2) == Self.files(2))
        #expect(Self.files(2, language: .en) == Self.files(2, language: .en))
        #expect(Self.files(2)["ties.csv"] != Self.files(2, seed: 8)["ties.csv"])
    }

    @Test(arguments: [Language.zh, .en])
    func readsBackWithoutErrorsOrWarnings(language: Language) throws {
        let files = Self.files(3, language: language)
        let outcome = NetworkReader.readCSV(nodes: try #require(files["nodes.csv"]), ties: try #require(files["ties.csv"]))
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.listing(.en).prefix(5))")
        let read = try #require(outcome.network)
        let generated = try SyntheticCity.generate(scale: 3, seed: 7, language: language)
        #expect(read.nodes == generated.nodes)
        #expect(read.ties == generated.ties)
    }

    @Test(arguments: [1, 10, 30])
    func scaleGivesAboutAThousandTiesAndSixHundredNodesPerUnit(scale: Int) throws {
        let network = try SyntheticCity.generate(scale: scale, seed: 1)
        let ties = Double(network.ties.count), nodes = Double(network.nodes.count)
        #expect(abs(ties - 1000 * Double(scale)) < 150 * Double(scale), "\(ties) ties at scale \(scale)")
        #expect(nodes > 450 * Double(scale) && nodes < 700 * Double(scale), "\(nodes) nodes at scale \(scale)")
    }

    @Test func shapedLikeTheDomain() throws {
        let network = try SyntheticCity.generate(scale: 30, seed: 3)
        let nodes = network.nodes
        func count(_ kind: NodeKind) -> Int { nodes.filter { $0.kind == kind }.count }
        for kind in NodeKind.allCases { #expect(count(kind) > 0, "no \(kind)") }
        #expect(count(.headStation) >= 2)
        // Every station under a head station and an agency; every office under a station.
        var guidedBy: [Int32: Set<NodeKind>] = [:]
        var managed: Set<Int32> = [], served: Set<Int32> = []
        for tie in network.ties {
            if tie.relation == .guidance { guidedBy[tie.target, default: []].insert(nodes[Int(tie.source)].kind) }
            if tie.relation == .management { managed.insert(tie.target) }
            if tie.relation == .service { served.insert(tie.target) }
        }
        for (i, node) in nodes.enumerated() {
            let index = Int32(i)
            switch node.kind {
            case .station:
                #expect(guidedBy[index]?.contains(.headStation) == true, "\(node.id) has no head station")
                #expect(managed.contains(index), "\(node.id) has no agency")
            case .office:
                #expect(guidedBy[index]?.contains(.station) == true, "\(node.id) has no station")
                #expect(network.node(id: try #require(node.area))?.kind == .committee)
            case .client:
                #expect(served.contains(index), "\(node.id) is served by nobody")
                #expect(!node.needs.isEmpty && node.size >= 1)
                #expect(network.node(id: try #require(node.area))?.kind == .committee)
            default: break
            }
        }
        let summary = NetworkSummary(network)
        #expect(!summary.oneSidedPairs.isEmpty, "no one-sided pairs")
        #expect(network.ties.contains { $0.relation == .mutualAid })
        #expect(nodes.filter { $0.kind == .client && $0.size > 1 }.count > 0, "no client groups")
        // Idle resource holders: businesses with resources and no resource tie.
        let giving = Set(network.ties.filter { $0.relation == .resource }.map(\.source))
        #expect(nodes.indices.contains { nodes[$0].kind == .business && !giving.contains(Int32($0)) })
        #expect(Set(network.ties.map(\.trust)).count > 10, "trust should vary")
    }
}

/// The CSV reader's fast lane (plain rows read from the bytes) gives exactly what the
/// general path gives: the same city read once as written (every row plain) and once with
/// every id padded by a space (every row through the general path, which trims it).
@Suite struct CSVFastLaneTests {
    static func padded(_ bytes: [UInt8]) -> [UInt8] {
        // After the byte-order mark and after every line end, a space before the first cell.
        var out: [UInt8] = Array(bytes.prefix(3))
        var atLineStart = false
        for b in bytes.dropFirst(3) {
            if atLineStart { out.append(0x20) }
            out.append(b)
            atLineStart = b == 0x0A
        }
        return out
    }

    @Test(arguments: [Language.zh, .en])
    func fastAndGeneralPathsReadTheSameNetwork(language: Language) throws {
        let files = Dictionary(uniqueKeysWithValues: SyntheticCity.files(scale: 2, seed: 11, language: language)
            .map { ($0.name, $0.bytes) })
        let nodes = try #require(files["nodes.csv"]), ties = try #require(files["ties.csv"])
        let fast = NetworkReader.readCSV(nodes: nodes, ties: ties)
        let general = NetworkReader.readCSV(nodes: Self.padded(nodes), ties: Self.padded(ties))
        #expect(fast.diagnostics.isEmpty)
        #expect(general.diagnostics.isEmpty, "\(general.diagnostics.listing(.en).prefix(3))")
        let a = try #require(fast.network), b = try #require(general.network)
        #expect(a == b)
        #expect(a.index(of: "HS01") == 0 && b.index(of: "HS01") == 0)
    }

    @Test func aBadRowAmongPlainOnesIsReportedAtItsPosition() {
        let nodes = Array("id,kind\na,station\nb,client\nc,client\n".utf8)
        let ties = Array("source,target,relation,trust\na,b,service,0.8\na,c,servise,0.7\na,x,service,1.5\n".utf8)
        let outcome = NetworkReader.readCSV(nodes: nodes, ties: ties)
        #expect(outcome.network == nil)
        let lines = outcome.diagnostics.listing(.en)
        #expect(lines.contains { $0.hasPrefix("ties.csv:3:5: error:") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("ties.csv:4:3: error:") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("ties.csv:4:13: error:") }, "\(lines)")
    }
}
