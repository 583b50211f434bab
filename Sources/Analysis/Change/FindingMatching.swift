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

/// Matches the findings of two gap analyses by kind and the node each is about (its
/// ``FindingKey``: kind, main node id, and what tells two findings about one node apart),
/// by id so that the networks' own indices do not matter.
///
/// Three passes, so that findings pair with their own first: the same key and exactly the
/// same nodes (the weak tie B4→C7 in both quarters), then the same key (an unmet need whose
/// nearest holder changed), then the same kind and main node (a mutual-aid group that grew a
/// need). Within a pass, findings pair in rank order.
///
/// - Complexity: O(f) expected in the number of findings.
public enum FindingMatching {
    public static func compare(old: [Finding], of oldNetwork: TrustNetwork,
                               new: [Finding], of newNetwork: TrustNetwork) -> FindingComparison {
        var oldTaken = [Bool](repeating: false, count: old.count)
        var newMatch = [Int?](repeating: nil, count: new.count)
        let keyings: [(Finding, TrustNetwork) -> [String]] = [
            { finding, network in [finding.key(in: network).description] + finding.nodes.map { network[$0].id } },
            { finding, network in [finding.key(in: network).description] },
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

    /// What a finding is about: its main node's id.
    static func subject(_ finding: Finding, in network: TrustNetwork) -> [String] {
        finding.main.map { [network[$0].id] } ?? []
    }
}
