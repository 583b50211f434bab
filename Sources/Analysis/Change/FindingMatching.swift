import TrustModel

/// The gap findings of two networks side by side: new this time, resolved since last time,
/// and persisting. Findings hold node indices of their own network: `new` and `persisting`'s
/// `new` refer to the new network, `resolved` and `persisting`'s `old` to the old one.
public struct FindingComparison: Sendable {
    public var new: [Finding] = []
    public var resolved: [Finding] = []
    public var persisting: [(old: Finding, new: Finding)] = []

    public init(new: [Finding] = [], resolved: [Finding] = [], persisting: [(old: Finding, new: Finding)] = []) {
        self.new = new
        self.resolved = resolved
        self.persisting = persisting
    }
}

/// Matches the findings of two gap analyses by kind and the node each is about (its first
/// node, DESIGN §4), by id so that the networks' own indices do not matter.
///
/// Three passes, so that several findings of one kind about one node pair up right: first
/// findings that are word for word the same, then findings of the same kind concerning
/// exactly the same nodes (the weak tie B4→C7 in both quarters), then the rest by kind and
/// subject — the node it is about, or for an unmet need,
/// which is about a tag rather than a node, the needs its clients share (the 法律 need is
/// still unmet even when one of the clients needing it is served now). Within a pass,
/// findings pair in rank order.
///
/// - Complexity: O(f) expected in the number of findings.
public enum FindingMatching {
    public static func compare(old: [Finding], of oldNetwork: TrustNetwork,
                               new: [Finding], of newNetwork: TrustNetwork) -> FindingComparison {
        var oldTaken = [Bool](repeating: false, count: old.count)
        var newMatch = [Int?](repeating: nil, count: new.count)
        let keyings: [(Finding, TrustNetwork) -> [String]] = [
            // The very same finding, word for word: so that two findings of one kind about
            // the same nodes (a client's two unmet needs) pair with their own.
            { finding, network in [finding.kind.keyword, finding.explanation.en] + finding.nodes.map { network[$0].id } },
            { finding, network in [finding.kind.keyword] + finding.nodes.map { network[$0].id } },
            { finding, network in [finding.kind.keyword] + subject(finding, in: network) },
        ]
        for keying in keyings {
            var waiting: [[String]: [Int]] = [:]
            for (i, finding) in old.enumerated() where !oldTaken[i] {
                waiting[keying(finding, oldNetwork), default: []].append(i)
            }
            for (j, finding) in new.enumerated() where newMatch[j] == nil {
                let key = keying(finding, newNetwork)
                guard let list = waiting[key], let first = list.first else { continue }
                waiting[key] = Array(list.dropFirst())
                oldTaken[first] = true
                newMatch[j] = first
            }
        }
        var comparison = FindingComparison()
        for (j, finding) in new.enumerated() {
            if let i = newMatch[j] { comparison.persisting.append((old[i], finding)) } else { comparison.new.append(finding) }
        }
        comparison.resolved = old.indices.filter { !oldTaken[$0] }.map { old[$0] }
        return comparison
    }

    /// What a finding is about: its first node's id; for an unmet need, the needs all its
    /// clients share.
    static func subject(_ finding: Finding, in network: TrustNetwork) -> [String] {
        if finding.kind == .unmetNeed, let first = finding.nodes.first {
            var shared = Set(network[first].needs)
            for node in finding.nodes.dropFirst() { shared.formIntersection(network[node].needs) }
            if !shared.isEmpty { return ["needs"] + shared.map(\.keyword).sorted() }
        }
        return finding.nodes.first.map { [network[$0].id] } ?? []
    }
}
