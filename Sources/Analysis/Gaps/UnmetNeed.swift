import TrustModel

/// **Unmet need** (DESIGN §4 gap 2): a client's need that no holder of the tag meets. A
/// need is met when a holder gives to the client directly (``Giving``) with a tie of trust ≥
/// the path-trust threshold, or when a holder is reachable from one of the stations or
/// offices that serve the client along a route of trust ≥ the threshold (a post that holds
/// the tag itself counts; routes never pass through clients). One finding per client, every
/// unmet need listed inside it, each with the nearest holder and the trust of the route to
/// it (from the client's serving posts, or from its station when no post serves it), or
/// with the note that nobody in the network holds it.
///
/// A client served by nobody is reported under broken hierarchy (serve it first); its
/// unmet-need finding lists only the needs nobody in the network holds.
///
/// - Score: people (client `size`) × unmet needs.
/// - Severity: high when nobody in the network holds one of the needs, or from 10 people;
///   medium otherwise.
/// - Also: the coverage table, per tag the people needing it and the people whose need is met.
/// - Complexity: one search backwards from all holders of each needed tag, O(T (n + m) log n)
///   for T tags, then O(Σ needs × serving posts).
public enum UnmetNeed {
    /// Coverage of one need tag.
    public struct Coverage: Sendable, Equatable {
        public var tag: Tag
        public var peopleNeeding: Int
        public var peopleCovered: Int
        public var groupsNeeding: Int
        public var share: Double { peopleNeeding > 0 ? Double(peopleCovered) / Double(peopleNeeding) : 1 }
    }

    /// One unmet need of a client.
    public struct Need: Sendable, Hashable {
        public var tag: Tag
        /// Whether any partner in the network holds the tag.
        public var held: Bool
        /// The route from the client's serving post (or its station) to the nearest holder,
        /// holder last, below the threshold; empty when no route leads to one.
        public var nearest: TrustRoute
        /// A holder that gives to the client directly, though below the threshold, and the
        /// trust of that tie.
        public var directGiver: Int32?
        public var directTrust: Double
    }

    public struct Facts: Sendable, Hashable {
        public var client: Int32
        public var people: Int
        /// The community (`area`) of the client, as written.
        public var area: String?
        /// The stations and offices that serve the client.
        public var servingPosts: [Int32]
        /// Whether anybody serves the client at all.
        public var served: Bool
        public var needs: [Need]
        public var threshold: Double
    }

    /// Whether each (client, need) is met, computed once for this finding, the coverage
    /// table, untapped resources, introductions and focus.
    struct Assessment: Sendable {
        var coverage: [Coverage]
        /// Clients with unmet needs, in node order.
        var unmet: [(client: Int32, needs: [Need])]
        /// Per station, the need tags unmet among the clients in its area of work.
        var unmetByStation: [Int32: Set<Tag>]
        /// Per station and tag, the best route trust to a holder and that holder.
        var support: [Int32: [Tag: (trust: Double, holder: Int32)]]
        /// 1 − coverage share per needed tag.
        var uncovered: [Tag: Double]
    }

    static func assess(_ context: GapContext) -> Assessment {
        let nodes = context.nodes
        let threshold = context.thresholds.pathTrust
        var needed = Set<Tag>()
        for node in nodes where node.kind == .client { needed.formUnion(node.needs) }
        let tags = needed.sorted()
        // Direct gifts to clients: per (client, tag) the best giver holding the tag.
        var direct: [ClientTag: (giver: Int32, trust: Double)] = [:]
        Giving.forEachGiftToClient(context.network) { giver, client, trust in
            let held = nodes[Int(giver)].resources
            for need in nodes[Int(client)].needs where held.contains(need) {
                let key = ClientTag(client: client, tag: need)
                if let known = direct[key], (known.trust, -known.giver) >= (trust, -giver) { continue }
                direct[key] = (giver, trust)
            }
        }
        // Clients needing each tag, and the posts serving each client, found once.
        var needers: [Tag: [Int32]] = [:]
        var postOffsets = [0]
        var postList: [Int32] = []
        var clientSlot = [Int32](repeating: -1, count: nodes.count)
        for (i, node) in nodes.enumerated() where node.kind == .client && !node.needs.isEmpty {
            for need in node.needs { needers[need, default: []].append(Int32(i)) }
            clientSlot[i] = Int32(postOffsets.count - 1)
            postList += context.servingPosts(of: Int32(i))
            postOffsets.append(postList.count)
        }
        var needing: [Tag: (people: Int, groups: Int)] = [:]
        var covered: [Tag: Int] = [:]
        var found: [(client: Int32, need: Need)] = []
        var unmetByStation: [Int32: Set<Tag>] = [:]
        var support: [Int32: [Tag: (trust: Double, holder: Int32)]] = [:]
        var search = MultiSourceTrust(nodeCount: nodes.count)
        for tag in tags {
            let holders = context.resourceHolders.filter { nodes[Int($0)].resources.contains(tag) }
                + context.posts.filter { nodes[Int($0)].resources.contains(tag) }
            let held = !holders.isEmpty
            if held {
                search.run(context.graph, sources: holders.sorted(), direction: .toSources)
                for station in context.stations {
                    support[station, default: [:]][tag] = (search.trust(station), search.origin[Int(station)])
                }
            }
            for client in needers[tag] ?? [] {
                let i = Int(client), size = nodes[i].size
                needing[tag, default: (0, 0)].people += size
                needing[tag, default: (0, 0)].groups += 1
                let gift = direct[ClientTag(client: client, tag: tag)]
                if let gift, gift.trust >= threshold {
                    covered[tag, default: 0] += size
                    continue
                }
                let slot = Int(clientSlot[i])
                let posts = postList[postOffsets[slot] ..< postOffsets[slot + 1]]
                var from: Int32 = -1
                var best = 0.0
                if held {
                    let station = context.nearestStation[i]
                    let origins = posts.isEmpty ? (station >= 0 ? [station][...] : []) : posts
                    for p in origins where search.trust(p) > best || (search.trust(p) == best && best > 0 && p < from) {
                        best = search.trust(p)
                        from = p
                    }
                }
                if !posts.isEmpty && best >= threshold - 1e-12 {
                    covered[tag, default: 0] += size
                    continue
                }
                let route = from >= 0 ? search.route(from, direction: .toSources) : TrustRoute(nodes: [], trusts: [])
                found.append((client, Need(tag: tag, held: held, nearest: route, directGiver: gift?.giver,
                                           directTrust: gift?.trust ?? 0)))
                if let station = context.station(of: client) { unmetByStation[station, default: []].insert(tag) }
            }
        }
        let coverage = tags.map { tag in
            Coverage(tag: tag, peopleNeeding: needing[tag]?.people ?? 0, peopleCovered: covered[tag] ?? 0,
                     groupsNeeding: needing[tag]?.groups ?? 0)
        }
        var uncovered: [Tag: Double] = [:]
        for row in coverage { uncovered[row.tag] = 1 - row.share }
        // Per client, its needs in the order they were written.
        var order = Array(found.indices)
        order.sort { (found[$0].client, $0) < (found[$1].client, $1) }
        var list: [(client: Int32, needs: [Need])] = []
        for i in order {
            if list.last?.client == found[i].client { list[list.count - 1].needs.append(found[i].need) } else { list.append((found[i].client, [found[i].need])) }
        }
        for j in list.indices {
            let written = nodes[Int(list[j].client)].needs
            list[j].needs.sort { (written.firstIndex(of: $0.tag) ?? 0) < (written.firstIndex(of: $1.tag) ?? 0) }
        }
        return Assessment(coverage: coverage, unmet: list, unmetByStation: unmetByStation, support: support,
                          uncovered: uncovered)
    }

    static func findings(_ context: GapContext, _ assessment: Assessment) -> [Finding] {
        assessment.unmet.compactMap { client, allNeeds in
            let node = context.node(client)
            let served = context.isServed(client)
            // Serve an unserved client first (broken hierarchy); only a need nobody holds is
            // news about it here.
            let needs = served ? allNeeds : allNeeds.filter { !$0.held }
            guard !needs.isEmpty else { return nil }
            let posts = context.servingPosts(of: client)
            let severity: FindingSeverity = needs.contains { !$0.held } || node.size >= 10 ? .high : .medium
            var concerned: [Int32] = [client] + posts
            for need in needs {
                for v in [need.nearest.nodes.last, need.directGiver].compactMap({ $0 }) where !concerned.contains(v) {
                    concerned.append(v)
                }
            }
            return Finding(severity: severity, score: Double(node.size * needs.count), nodes: concerned,
                           station: context.station(of: client),
                           facts: .unmetNeed(Facts(client: client, people: node.size, area: context.community(of: client), servingPosts: posts,
                                                   served: served, needs: needs, threshold: context.thresholds.pathTrust)))
        }
    }

    struct ClientTag: Hashable {
        var client: Int32
        var tag: Tag
    }
}
