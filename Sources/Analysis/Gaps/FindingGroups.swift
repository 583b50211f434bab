import TrustModel

/// Findings grouped for reading at city scale (DESIGN §4): per station, for each kind how
/// many there are and the first few in rank order — a table per street rather than
/// thousands of lines. A finding belongs to the station whose area of work its main node
/// lies in (``Finding/station``); findings no station reaches form the last group.
///
/// - Complexity: O(f) over the findings.
public struct FindingGroups: Sendable {
    public struct KindGroup: Sendable, Equatable {
        public var kind: FindingKind
        /// How many findings of this kind the station has, and of them how many are high.
        public var total: Int
        public var high: Int
        /// The first `perKind` of them, in rank order: indices into the analysis's findings.
        public var top: [Int]
    }

    public struct Group: Sendable, Equatable {
        /// The station; `nil` for the findings no station reaches.
        public var station: Int32?
        /// The kinds with findings, in DESIGN order.
        public var kinds: [KindGroup]
        public var total: Int { kinds.reduce(0) { $0 + $1.total } }
        public var high: Int { kinds.reduce(0) { $0 + $1.high } }
    }

    /// Stations in node order, then the unreached; stations without findings left out.
    public var groups: [Group]
    public var perKind: Int

    /// - Parameter perKind: findings kept per station and kind (all with `Int.max`).
    public init(_ analysis: GapAnalysis, perKind: Int) {
        self.perKind = max(0, perKind)
        var byStation: [Int32: [FindingKind: KindGroup]] = [:]
        let none: Int32 = -1
        let findings = analysis.findings
        for i in findings.indices {
            let station = findings[i].station ?? none, kind = findings[i].kind
            var group = byStation[station, default: [:]][kind] ?? KindGroup(kind: kind, total: 0, high: 0, top: [])
            group.total += 1
            if findings[i].severity == .high { group.high += 1 }
            // The findings are ranked already, so the first met are the top.
            if group.top.count < self.perKind { group.top.append(i) }
            byStation[station, default: [:]][kind] = group
        }
        let order = byStation.keys.sorted { a, b in a == none ? false : b == none ? true : a < b }
        groups = order.map { station in
            let kinds = FindingKind.allCases.compactMap { byStation[station]?[$0] }
            return Group(station: station == none ? nil : station, kinds: kinds)
        }
    }

    /// Findings above which, spread over several stations, a listing by kind stops being
    /// readable.
    public static let cityFindings = 200

    /// Whether the findings are read per station: more than one station has some, and they
    /// are too many to list by kind (a hand-made network of two stations is listed in full).
    public var isCityScale: Bool {
        groups.filter { $0.station != nil }.count > 1 && groups.reduce(0) { $0 + $1.total } > FindingGroups.cityFindings
    }
}
