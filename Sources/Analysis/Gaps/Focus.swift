import TrustModel

/// **Focus** (DESIGN §4 gap 10; the seed's signature service, liangdian fuwu, with three social workers): for each
/// station, the need where many of its people are under-served *and* trusted partners can
/// help — where to start. A station's people are the clients in its area of work (the
/// station with the most trusted route to them).
///
/// demand(N) = the people (size) of its clients needing N who are under-served in it: the
/// need is unmet (``UnmetNeed``), or nobody serves them along a service tie of trust ≥ the
/// path-trust threshold; support(N) = the trust of the best route from the station to a
/// holder of N when it reaches the threshold (1 if the station holds N), else 0;
/// score = demand × support. Only needs with both, and at least five such people, are
/// options: people well served (a tie of 0.8 is not "20 % under-served") and needs nobody
/// can help with yet (the unmet-need findings) give no advice on where to start.
///
/// Only needs for a service count (care, rehabilitation, psychological, legal, medical,
/// education, employment, training, companionship, and unknown tags): a signature service
/// is professional work, not handing out goods, money, discounts, a venue, equipment or
/// information, which are resources to link rather than a service to build.
///
/// - Score: demand × support of the best need. Severity medium (advice, not a fault).
/// - Complexity: O(n) plus the need searches (shared with unmet needs).
public enum Focus {
    public struct Option: Sendable, Hashable {
        public var need: Tag
        public var demand: Double
        public var support: Double
        public var partner: Int32?
        public var score: Double { demand * support }
    }

    public struct Facts: Sendable, Hashable {
        public var station: Int32
        /// The best need first, then up to two more with a score.
        public var options: [Option]
    }

    /// A signature service is a group's programme: fewer under-served people than this is
    /// casework, not where a station starts.
    static let minimumPeople = 5.0

    static func options(_ context: GapContext, station: Int32, support: [Tag: (trust: Double, holder: Int32)],
                        unmet: Set<UnmetNeed.ClientTag>) -> [Option] {
        let threshold = context.thresholds.pathTrust
        var demand: [Tag: Double] = [:]
        for i in context.clientsByStation[station] ?? [] {
            let node = context.node(i)
            let weaklyServed = context.serviceTrust(i) < threshold - 1e-12
            for need in node.needs where isService(need) {
                if weaklyServed || unmet.contains(UnmetNeed.ClientTag(client: i, tag: need)) {
                    demand[need, default: 0] += Double(node.size)
                }
            }
        }
        return demand.keys.sorted().map { need in
            let best = support[need]
            let trusted = best.map { $0.trust >= threshold - 1e-12 && $0.holder >= 0 } ?? false
            return Option(need: need, demand: demand[need] ?? 0, support: trusted ? best?.trust ?? 0 : 0,
                          partner: trusted ? best?.holder : nil)
        }.sorted { ($0.score, $0.demand, $1.need) > ($1.score, $1.demand, $0.need) }
    }

    /// Whether a need calls for a service a station can build (see the type's comment).
    static func isService(_ tag: Tag) -> Bool {
        switch tag.known {
        case .goods, .discount, .funding, .venue, .equipment, .information: false
        default: true
        }
    }

    static func findings(_ context: GapContext, _ assessment: UnmetNeed.Assessment) -> [Finding] {
        var unmet = Set<UnmetNeed.ClientTag>()
        for (client, needs) in assessment.unmet {
            for need in needs { unmet.insert(UnmetNeed.ClientTag(client: client, tag: need.tag)) }
        }
        return context.stations.compactMap { station in
            let options = options(context, station: station, support: assessment.support[station] ?? [:], unmet: unmet)
                .filter { $0.score > 0 && $0.demand >= minimumPeople }
            guard let top = options.first else { return nil }
            let shown = Array(options.prefix(3))
            var nodes = [station]
            if let partner = top.partner, partner != station { nodes.append(partner) }
            return Finding(severity: .medium, score: top.score, nodes: nodes, station: station,
                           facts: .focus(Facts(station: station, options: shown)))
        }
    }
}
