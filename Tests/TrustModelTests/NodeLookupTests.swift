import Testing
@testable import TrustModel

@Suite struct NodeLookupTests {
    let network: TrustNetwork = {
        let nodes = [
            Node(id: "ST", name: "西市场街道社工站", kind: .station),
            Node(id: "WF", name: "西市场街道妇联", kind: .federation),
            Node(id: "CL", name: "西市场街道残联", kind: .federation),
            Node(id: "C3", name: "红星社区居委会", kind: .committee),
            Node(id: "K1", name: "独居老人", kind: .client),
            Node(id: "K2", name: "独居老人", kind: .client),
            Node(id: "B1", name: "Kangning Pharmacy", kind: .business),
        ]
        // Force-unwrapping is fine in a test: these nodes are valid.
        return try! TrustNetwork(nodes: nodes, ties: [])
    }()

    @Test func theIdComesFirstThenTheNameThenAFragment() throws {
        let lookup = NodeLookup(network)
        #expect(try lookup.resolve("WF") == .init(index: 1, match: .id))
        #expect(try lookup.resolve(" WF ") == .init(index: 1, match: .id))
        #expect(try lookup.resolve("西市场街道妇联") == .init(index: 1, match: .name))
        // Spaces, case and full-width forms do not matter for names.
        #expect(try lookup.resolve("西市场 街道妇联") == .init(index: 1, match: .name))
        #expect(try lookup.resolve("kangning pharmacy") == .init(index: 6, match: .name))
        #expect(try lookup.resolve("ｗｆ") == .init(index: 1, match: .name))
        #expect(try lookup.resolve("红星") == .init(index: 3, match: .fragment))
        #expect(try lookup.resolve("妇联") == .init(index: 1, match: .fragment))
    }

    @Test func ambiguityListsTheCandidates() {
        let lookup = NodeLookup(network)
        #expect(throws: NodeLookup.Failure.ambiguous("独居老人", candidates: [
            .init(id: "K1", name: "独居老人"), .init(id: "K2", name: "独居老人"),
        ], total: 2)) { try lookup.resolve("独居老人") }
        do {
            _ = try lookup.resolve("西市场街道")
            Issue.record("西市场街道 is in three names")
        } catch {
            #expect(error.message(.zh) == "“西市场街道”可指多个节点：“WF”（西市场街道妇联）、“CL”（西市场街道残联）、“ST”（西市场街道社工站）；请写出编号或更完整的名称")
            #expect(error.message(.en).hasPrefix("\"西市场街道\" could be several nodes: \"WF\" (西市场街道妇联), "))
        }
    }

    /// `--area 红星社区` or `--station 西市场`: among the nodes the text could mean, the one
    /// of the kind the option needs.
    @Test func anAmbiguousTextResolvesAmongTheKindWanted() throws {
        let lookup = NodeLookup(network)
        #expect(try lookup.resolve("西市场街道", preferring: { $0.kind == .station }) == .init(index: 0, match: .fragment))
        #expect(try lookup.resolve("独居老人", preferring: { $0.id == "K2" }) == .init(index: 5, match: .name))
        // Several of the kind wanted: still ambiguous, listing only those.
        #expect(throws: NodeLookup.Failure.ambiguous("西市场街道", candidates: [
            .init(id: "WF", name: "西市场街道妇联"), .init(id: "CL", name: "西市场街道残联"),
        ], total: 2)) { try lookup.resolve("西市场街道", preferring: { $0.kind == .federation }) }
        // None of the kind: the failure as without a preference.
        #expect(throws: NodeLookup.Failure.self) { try lookup.resolve("西市场街道", preferring: { $0.kind == .client }) }
        #expect(try lookup.resolve("WF", preferring: { $0.kind == .client }) == .init(index: 1, match: .id))
    }

    @Test func nothingFoundSuggestsTheClosest() {
        let lookup = NodeLookup(network)
        #expect(throws: NodeLookup.Failure.notFound("青山街道妇联", suggestions: [.init(id: "WF", name: "西市场街道妇联")])) {
            try lookup.resolve("青山街道妇联")
        }
        #expect(NodeLookup.Failure.notFound("青山街道妇联", suggestions: [.init(id: "WF", name: "西市场街道妇联")]).message(.zh)
            == "没有编号或名称为“青山街道妇联”的节点；是不是“WF”（西市场街道妇联）？")
        // One character in common is not closeness.
        #expect(lookup.suggestions(for: "K9").isEmpty)
        // A short fragment several names hold (a tie written `街道`) suggests those names,
        // however much longer they are.
        #expect(lookup.suggestions(for: "街道").map(\.id) == ["WF", "CL", "ST"])
        #expect(lookup.suggestions(for: "社区").map(\.id) == ["C3"])
        #expect(throws: NodeLookup.Failure.empty) { try lookup.resolve("  ") }
    }

    /// A name of 20,000 characters in a file made every "did you mean" 20,000 characters
    /// long: ids, names and the typed text are shown by their start and end.
    @Test func longNamesAreShortenedInMessages() {
        let long = String(repeating: "很长的机构名称", count: 3000)
        let typed = String(repeating: "查", count: 500)
        let suggestion = NodeLookup.Failure.notFound(typed, suggestions: [.init(id: "N1", name: long)])
        let ambiguity = NodeLookup.Failure.ambiguous(typed, candidates: [.init(id: long, name: long)], total: 3)
        for message in [suggestion.message(.zh), suggestion.message(.en), ambiguity.message(.zh), ambiguity.message(.en)] {
            #expect(message.count < 400)
            #expect(message.contains("…"))
        }
        #expect(suggestion.message(.zh).hasSuffix("是不是“N1”（很长的机构名称很长的机构名称很长的机构名称很长的机构名称很长的机构名称很长的机构名称很长的机构名称很长的机构名称很长的机…构名称很长的机构名称）？"))
    }

    @Test func manyNodesAreSearchedInOnePass() throws {
        // A suggestion search per pair would take hours at this size; one pass takes a moment.
        let count = 100_000
        var nodes: [Node] = []
        nodes.reserveCapacity(count)
        for i in 0..<count { nodes.append(Node(id: "N\(i)", name: "服务对象小组\(i)", kind: .client)) }
        let big = try TrustNetwork(nodes: nodes, ties: [])
        let lookup = NodeLookup(big)
        let clock = ContinuousClock()
        var found: NodeLookup.Found?
        var suggested: [NodeLookup.Mention] = []
        let elapsed = clock.measure {
            found = try? lookup.resolve("服务对象小组99999")
            suggested = lookup.suggestions(for: "服务对像小组12345")
        }
        #expect(found?.index == 99_999)
        #expect(suggested.first?.id == "N12345")
        // Generous for a debug build on a shared machine; quadratic would be far beyond.
        #expect(elapsed < .seconds(30))
    }
}
