import TrustModel

/// **Single point of failure** (DESIGN §4 gap 6): a partner whose loss would cut a station
/// off from clients (size-weighted) or from resource holders (partners with resources other
/// than governance partners), on routes that never pass through clients. Social work posts are not reported (an office that alone links its
/// clients is the station's own arm), nor are clients (an end point, never a channel).
///
/// Each station is searched within its own area of work — the partners for which it is the
/// most trusted station (the context's search from all stations; every node on a station's
/// most trusted route to one of them belongs to the same station, so an area hangs
/// together) — so the searches cover the network once in all.
///
/// For each station, one depth-first search over the partners gives every separator at
/// once: a child `c` of `v` in the DFS tree with `low[c] ≥ disc[v]` is cut off from the root
/// when `v` goes (Tarjan 1972; Hopcroft & Tarjan 1973), and its subtree is a contiguous run
/// of the DFS order, so people and holders cut off come from prefix sums. A client, tied
/// to partners U, is cut off by `v` exactly when every partner of U other than `v` lies in a
/// subtree `v` cuts off: it hangs at w = the lowest common ancestor of U (found offline,
/// Tarjan's union–find method, from the DFS order), counts within every subtree holding w,
/// and at w itself when each of its other partners lies below a cut child of w.
///
/// - Score: people cut off (client `size`) plus one per resource holder cut off.
/// - Severity: high from 10 people or any resource holder cut off; medium otherwise.
/// - Complexity: O((n + m) α(n)) over all stations together.
public enum SinglePointOfFailure {
    public struct Facts: Sendable, Hashable {
        /// The partner whose loss cuts the station off, and the station.
        public var partner: Int32
        public var station: Int32
        public var people: Int
        public var holders: Int
        /// Clients and resource holders cut off (at most a dozen each): those hung on the
        /// partner itself first, then in the order the search met them.
        public var clients: [Int32]
        public var resourceHolders: [Int32]
        /// The partners and clients tied to `partner` that are cut off with it: the only links.
        public var onlyLinks: [Int32]
    }

    static let listed = 12

    static func findings(_ context: GapContext) -> [Finding] {
        let n = context.nodes.count
        var isHolder = [Bool](repeating: false, count: n)
        // Governance partners are reached through the hierarchy, not as resource partners.
        for holder in context.resourceHolders where !Giving.governance.contains(context.node(holder).kind) {
            isHolder[Int(holder)] = true
        }
        var search = SeparatorSearch(nodeCount: n, isHolder: isHolder)
        var findings: [Finding] = []
        for station in context.origins {
            search.run(context, root: station)
            for loss in search.losses() where !context.node(loss.partner).kind.isSocialWorkPost {
                guard loss.people > 0 || loss.holders > 0 else { continue }
                let severity: FindingSeverity = loss.people >= 10 || loss.holders > 0 ? .high : .medium
                let facts = Facts(partner: loss.partner, station: station, people: loss.people, holders: loss.holders,
                                  clients: loss.clients, resourceHolders: loss.resourceHolders, onlyLinks: loss.onlyLinks)
                var nodes = [loss.partner, station]
                for v in loss.resourceHolders + loss.clients where !nodes.contains(v) { nodes.append(v) }
                findings.append(Finding(severity: severity, score: Double(loss.people + loss.holders), nodes: nodes,
                                        station: station, facts: .singlePointOfFailure(facts)))
            }
        }
        return findings
    }
}

/// An iterative depth-first search (no recursion: a million-node chain must not overflow the
/// stack) over one station's partners, with the clients hung where they are cut off.
struct SeparatorSearch {
    struct Loss {
        var partner: Int32
        var people: Int
        var holders: Int
        var clients: [Int32]
        var resourceHolders: [Int32]
        var onlyLinks: [Int32]
    }

    private var discovery: [Int32]
    private var low: [Int32]
    private var parent: [Int32]
    private var subtreeEnd: [Int32]
    /// Union–find for the offline common ancestors.
    private var ancestor: [Int32]
    private var order: [Int32] = []
    private var root = 0
    private var peoplePrefix: [Int] = []
    private var holderPrefix: [Int] = []
    /// Clients hung at each partner (CSR over the DFS order position of the partner), and
    /// whether that partner itself cuts each of them off.
    private var hungOffsets: [Int] = []
    private var hung: [(client: Int32, cutByHost: Bool, tiedToHost: Bool)] = []
    private var childOffsets: [Int] = []
    private var children: [Int32] = []
    private let holderFlags: [Bool]
    private var clientSize: [Int] = []

    init(nodeCount n: Int, isHolder: [Bool]) {
        holderFlags = isHolder
        discovery = [Int32](repeating: -1, count: n)
        low = [Int32](repeating: 0, count: n)
        parent = [Int32](repeating: -1, count: n)
        subtreeEnd = [Int32](repeating: 0, count: n)
        ancestor = [Int32](repeating: -1, count: n)
    }

    mutating func run(_ context: GapContext, root station: Int32) {
        for v in order { discovery[Int(v)] = -1; parent[Int(v)] = -1; ancestor[Int(v)] = -1 }
        order.removeAll(keepingCapacity: true)
        let graph = context.graph
        let within = { (v: Int) in context.nearestStation[v] == station }
        root = Int(station)
        var stack: [(node: Int, arc: Int)] = [(root, graph.offsets[root])]
        discovery[root] = 0
        low[root] = 0
        order.append(station)
        while let top = stack.last {
            let u = top.node
            if top.arc < graph.offsets[u + 1] {
                stack[stack.count - 1].arc += 1
                let v = Int(graph.neighbours[top.arc])
                guard graph.trustOut[top.arc] > 0 || graph.trustIn[top.arc] > 0, within(v) else { continue }
                if discovery[v] < 0 {
                    parent[v] = Int32(u)
                    discovery[v] = Int32(order.count)
                    low[v] = discovery[v]
                    order.append(Int32(v))
                    stack.append((v, graph.offsets[v]))
                } else if v != Int(parent[u]) {
                    low[u] = min(low[u], discovery[v])
                }
            } else {
                stack.removeLast()
                subtreeEnd[u] = Int32(order.count)
                let p = Int(parent[u])
                if p >= 0 { low[p] = min(low[p], low[u]) }
            }
        }
        // Children of every partner, in DFS order.
        childOffsets = [Int](repeating: 0, count: order.count + 1)
        for v in order.dropFirst() { childOffsets[Int(discovery[Int(parent[Int(v)])]) + 1] += 1 }
        for i in 0 ..< order.count { childOffsets[i + 1] += childOffsets[i] }
        children = [Int32](repeating: 0, count: childOffsets[order.count])
        var fill = Array(childOffsets.dropLast())
        for v in order.dropFirst() {
            let p = Int(discovery[Int(parent[Int(v)])])
            children[fill[p]] = v
            fill[p] += 1
        }
        hangClients(context, station: station)
    }

    /// The child of `w` whose subtree holds `u` (a proper descendant of `w`).
    private func child(of w: Int32, holding u: Int32) -> Int32 {
        let position = Int(discovery[Int(w)])
        var lo = childOffsets[position], hi = childOffsets[position + 1]
        let target = discovery[Int(u)]
        // The last child discovered at or before u.
        while hi - lo > 1 {
            let mid = (lo + hi) >> 1
            if discovery[Int(children[mid])] <= target { lo = mid } else { hi = mid }
        }
        return children[lo]
    }

    private func isCutChild(_ c: Int32, of w: Int32) -> Bool {
        Int(w) != root && low[Int(c)] >= discovery[Int(w)]
    }

    private mutating func hangClients(_ context: GapContext, station: Int32) {
        let graph = context.graph
        var host: [(client: Int32, partners: [Int32], at: Int32)] = []
        // Pairs (first, last) in DFS order whose common ancestor is wanted, by the later one.
        var queries: [(later: Int32, earlier: Int32, index: Int)] = []
        for client in context.clientsByStation[station] ?? [] {
            var partners: [Int32] = []
            for a in graph.clientArcs(of: Int(client)) where graph.clientTrust[a] > 0 {
                let p = graph.clientPartners[a]
                if discovery[Int(p)] >= 0, !partners.contains(p) { partners.append(p) }
            }
            guard !partners.isEmpty else { continue }
            partners.sort { discovery[Int($0)] < discovery[Int($1)] }
            if let first = partners.first, let last = partners.last, first != last {
                queries.append((last, first, host.count))
            }
            host.append((client, partners, partners[0]))
        }
        // Tarjan's offline lowest common ancestors, replaying the DFS order: when the later
        // node of a pair is visited, the earlier one's set is rooted at their common ancestor.
        queries.sort { discovery[Int($0.later)] < discovery[Int($1.later)] }
        var open: [Int32] = []
        var next = 0
        for (position, v) in order.enumerated() {
            while let top = open.last, Int(subtreeEnd[Int(top)]) <= position {
                open.removeLast()
                ancestor[Int(top)] = parent[Int(top)]
            }
            ancestor[Int(v)] = v
            open.append(v)
            while next < queries.count, queries[next].later == v {
                host[queries[next].index].at = find(queries[next].earlier)
                next += 1
            }
        }
        // Hang each client at its host, noting whether the host itself cuts it off.
        var counts = [Int](repeating: 0, count: order.count + 1)
        for h in host { counts[Int(discovery[Int(h.at)]) + 1] += 1 }
        for i in 0 ..< order.count { counts[i + 1] += counts[i] }
        hungOffsets = counts
        hung = [(client: Int32, cutByHost: Bool, tiedToHost: Bool)](repeating: (0, false, false), count: host.count)
        var fill = Array(counts.dropLast())
        var people = [Int](repeating: 0, count: order.count)
        for h in host {
            let cut = h.partners.allSatisfy { $0 == h.at || isCutChild(child(of: h.at, holding: $0), of: h.at) }
            let position = Int(discovery[Int(h.at)])
            hung[fill[position]] = (h.client, cut, h.partners.contains(h.at))
            fill[position] += 1
            people[position] += context.node(h.client).size
        }
        peoplePrefix = [0]
        holderPrefix = [0]
        peoplePrefix.reserveCapacity(order.count + 1)
        holderPrefix.reserveCapacity(order.count + 1)
        for (position, v) in order.enumerated() {
            peoplePrefix.append(peoplePrefix[position] + people[position])
            holderPrefix.append(holderPrefix[position] + (holderFlags[Int(v)] ? 1 : 0))
        }
        clientSize = hung.map { context.node($0.client).size }
    }

    private mutating func find(_ x: Int32) -> Int32 {
        var x = x
        while ancestor[Int(x)] != x {
            let up = ancestor[Int(x)]
            ancestor[Int(x)] = ancestor[Int(up)]
            x = up
        }
        return x
    }

    /// Every partner of the station's area whose loss cuts off people or holders, in DFS order.
    func losses() -> [Loss] {
        var result: [Loss] = []
        for position in 1 ..< max(1, order.count) {
            let v = order[position]
            let cutChildren = children[childOffsets[position] ..< childOffsets[position + 1]].filter { isCutChild($0, of: v) }
            let cutHere = (hungOffsets[position] ..< hungOffsets[position + 1]).filter { hung[$0].cutByHost }
            guard !cutChildren.isEmpty || !cutHere.isEmpty else { continue }
            var people = 0, holders = 0
            for c in cutChildren {
                let from = Int(discovery[Int(c)]), to = Int(subtreeEnd[Int(c)])
                people += peoplePrefix[to] - peoplePrefix[from]
                holders += holderPrefix[to] - holderPrefix[from]
            }
            for i in cutHere { people += clientSize[i] }
            guard people > 0 || holders > 0 else { continue }
            // Who is cut off, for naming: the clients hung at v first, then the subtrees.
            var clients = cutHere.map { hung[$0].client }
            var resourceHolders: [Int32] = []
            for c in cutChildren {
                for k in Int(discovery[Int(c)]) ..< Int(subtreeEnd[Int(c)]) {
                    let u = order[k]
                    if holderFlags[Int(u)], resourceHolders.count < SinglePointOfFailure.listed { resourceHolders.append(u) }
                    for h in hungOffsets[k] ..< hungOffsets[k + 1] where clients.count < SinglePointOfFailure.listed {
                        clients.append(hung[h].client)
                    }
                }
            }
            clients = Array(clients.prefix(SinglePointOfFailure.listed))
            let onlyLinks = cutChildren + cutHere.filter { hung[$0].tiedToHost }.map { hung[$0].client }
            result.append(Loss(partner: v, people: people, holders: holders, clients: clients,
                               resourceHolders: resourceHolders, onlyLinks: Array(onlyLinks.prefix(SinglePointOfFailure.listed))))
        }
        return result
    }
}
