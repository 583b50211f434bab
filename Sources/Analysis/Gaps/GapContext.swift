import TrustModel

/// What every gap finding reads, computed once and never changed: the partners' graph
/// (clients as end points, each step carrying the asker's own trust), the social-work posts,
/// the most trusted route from the nearest station to every node, who serves each client,
/// and the communities' offices and clients.
///
/// No all-pairs work: "how well does any station reach X" is one multi-source search, and
/// "how near is a holder of tag T" one search backwards from all holders of T.
///
/// - Complexity: O((n + m) log n) to build.
final class GapContext: Sendable {
    let network: TrustNetwork
    let thresholds: Thresholds
    let graph: PartnerGraph
    /// Stations, offices and head stations.
    let posts: [Int32]
    /// Street/township stations: the unit five-party linkage, introductions and focus are given for.
    /// A network of offices alone has none; its posts stand in for them as starting points.
    let stations: [Int32]
    /// The starting points of the search from stations: `stations`, or `posts` without any.
    let origins: [Int32]
    /// The search from every station outwards (partners only).
    let fromStations: MultiSourceTrust
    /// Best route trust from the nearest station, and that station, for every node (a
    /// client through the partner tied to it that gives the best route); 0 and −1 when no
    /// station reaches it.
    let stationTrust: [Double]
    let nearestStation: [Int32]
    /// For a client reached through a partner, that partner (−1 otherwise).
    let clientEntry: [Int32]
    /// Who serves each client: the sources of its `service` ties that carry trust, with the
    /// highest such trust each (`serverOffsets[k] ..< serverOffsets[k + 1]`).
    let serverOffsets: [Int]
    let servers: [Int32]
    let serverTrust: [Double]
    /// The communities nodes belong to (`area`): as written, an area written as a
    /// committee's (unique) name taken as that committee's id; sorted.
    let areas: [String]
    /// The community of each node, an index into `areas`, or −1.
    let areaOf: [Int32]
    /// Each community's index in `areas`.
    let areaIndex: [String: Int32]
    /// Per community, its first office in node order (−1 when none) and its clients.
    let officeOfArea: [Int32]
    let clientsOfArea: [[Int32]]
    /// The clients in each station's area of work, in node order.
    let clientsByStation: [Int32: [Int32]]
    /// Partners with resources that are neither posts nor clients.
    let resourceHolders: [Int32]

    init(_ network: TrustNetwork, thresholds: Thresholds? = nil) {
        self.network = network
        self.thresholds = thresholds ?? network.thresholds
        let n = network.nodes.count
        let graph = PartnerGraph(network)
        self.graph = graph
        posts = network.nodes.indices.compactMap { network.nodes[$0].kind.isSocialWorkPost ? Int32($0) : nil }
        stations = network.nodes.indices.compactMap { network.nodes[$0].kind == .station ? Int32($0) : nil }
        origins = stations.isEmpty ? posts : stations
        var search = MultiSourceTrust(nodeCount: n)
        search.run(graph, sources: origins, direction: .fromSources)
        fromStations = search
        var trust = [Double](repeating: 0, count: n)
        var nearest = [Int32](repeating: -1, count: n)
        var entry = [Int32](repeating: -1, count: n)
        for v in 0 ..< n where network.nodes[v].kind != .client {
            trust[v] = search.trust(Int32(v))
            nearest[v] = search.origin[v]
        }
        for k in 0 ..< n where network.nodes[k].kind == .client {
            for a in graph.clientArcs(of: k) {
                let p = graph.clientPartners[a]
                let t = trust[Int(p)] * graph.clientTrust[a]
                if t > trust[k] || (t == trust[k] && t > 0 && nearest[Int(p)] < nearest[k]) {
                    trust[k] = t
                    nearest[k] = nearest[Int(p)]
                    entry[k] = p
                }
            }
        }
        stationTrust = trust
        nearestStation = nearest
        clientEntry = entry

        // Service ties to clients, bucketed by client (counting sort), repeats merged.
        var offsets = [Int](repeating: 0, count: n + 1)
        let isService = { (tie: Tie) in
            tie.relation == .service && tie.trust > 0 && network.nodes[Int(tie.target)].kind == .client
        }
        for tie in network.ties where isService(tie) { offsets[Int(tie.target) + 1] += 1 }
        for k in 0 ..< n { offsets[k + 1] += offsets[k] }
        var sources = [Int32](repeating: 0, count: offsets[n])
        var sourceTrust = [Double](repeating: 0, count: offsets[n])
        var fill = Array(offsets[0 ..< n])
        for tie in network.ties where isService(tie) {
            let k = Int(tie.target)
            sources[fill[k]] = tie.source
            sourceTrust[fill[k]] = tie.trust
            fill[k] += 1
        }
        var write = 0
        for k in 0 ..< n {
            let start = offsets[k], end = offsets[k + 1]
            offsets[k] = write
            for a in start ..< end {
                if let seen = (offsets[k] ..< write).first(where: { sources[$0] == sources[a] }) {
                    sourceTrust[seen] = max(sourceTrust[seen], sourceTrust[a])
                } else {
                    sources[write] = sources[a]
                    sourceTrust[write] = sourceTrust[a]
                    write += 1
                }
            }
        }
        offsets[n] = write
        sources.removeLast(sources.count - write)
        sourceTrust.removeLast(sourceTrust.count - write)
        serverOffsets = offsets
        servers = sources
        serverTrust = sourceTrust

        // Communities: an area written as a committee's name means that committee's id.
        var committeeByName: [String: String] = [:]
        var repeated = Set<String>()
        for node in network.nodes where node.kind == .committee && node.name != node.id {
            if committeeByName[node.name] != nil { repeated.insert(node.name) }
            committeeByName[node.name] = node.id
        }
        for name in repeated { committeeByName[name] = nil }
        var keyOf: [String: String] = [:]   // area as written → community, once per spelling
        var rawArea = [String?](repeating: nil, count: n)
        for (i, node) in network.nodes.enumerated() {
            guard let area = node.area else { continue }
            if keyOf[area] == nil { keyOf[area] = network.index(of: area) == nil ? committeeByName[area] ?? area : area }
            rawArea[i] = keyOf[area]
        }
        let areas = Set(keyOf.values).sorted()
        let position = Dictionary(uniqueKeysWithValues: areas.enumerated().map { ($1, Int32($0)) })
        var areaOf = [Int32](repeating: -1, count: n)
        var offices = [Int32](repeating: -1, count: areas.count)
        var clients = [[Int32]](repeating: [], count: areas.count)
        var byStation: [Int32: [Int32]] = [:]
        var holders: [Int32] = []
        for (i, node) in network.nodes.enumerated() {
            if let area = rawArea[i], let a = position[area] {
                areaOf[i] = a
                if node.kind == .office, offices[Int(a)] < 0 { offices[Int(a)] = Int32(i) }
                if node.kind == .client { clients[Int(a)].append(Int32(i)) }
            }
            if node.kind == .client {
                if nearest[i] >= 0 { byStation[nearest[i], default: []].append(Int32(i)) }
            } else if !node.resources.isEmpty && !node.kind.isSocialWorkPost {
                holders.append(Int32(i))
            }
        }
        self.areas = areas
        areaIndex = position
        self.areaOf = areaOf
        officeOfArea = offices
        clientsOfArea = clients
        clientsByStation = byStation
        resourceHolders = holders
    }

    var nodes: [Node] { network.nodes }

    func node(_ index: Int32) -> Node { network.nodes[Int(index)] }

    /// The nodes that serve a client (sources of its `service` ties that carry trust).
    func servers(of client: Int32) -> ArraySlice<Int32> {
        servers[serverOffsets[Int(client)] ..< serverOffsets[Int(client) + 1]]
    }

    /// Whether anybody serves the client.
    func isServed(_ client: Int32) -> Bool {
        serverOffsets[Int(client) + 1] > serverOffsets[Int(client)]
    }

    /// Highest trust of the service ties a client receives (0 when served by nobody).
    func serviceTrust(_ client: Int32) -> Double {
        serverTrust[serverOffsets[Int(client)] ..< serverOffsets[Int(client) + 1]].max() ?? 0
    }

    /// The posts (stations, offices) that serve a client.
    func servingPosts(of client: Int32) -> [Int32] {
        servers(of: client).filter { node($0).kind.isSocialWorkPost }
    }

    /// The most trusted route from the nearest station to `node`, station first (through
    /// the partner tied to it, for a client); empty when no station reaches it.
    func routeFromNearestStation(to node: Int32) -> TrustRoute {
        if self.node(node).kind == .client {
            let p = clientEntry[Int(node)]
            guard p >= 0 else { return TrustRoute(nodes: [], trusts: []) }
            var route = fromStations.route(p, direction: .fromSources)
            let last = graph.clientArcs(of: Int(node)).first { graph.clientPartners[$0] == p }.map { graph.clientTrust[$0] } ?? 0
            route.nodes.append(node)
            route.trusts.append(last)
            return route
        }
        return fromStations.route(node, direction: .fromSources)
    }

    /// The station a finding about `node` belongs to: the station itself, or the one with
    /// the most trusted route to it.
    func station(of node: Int32) -> Int32? {
        if self.node(node).kind == .station { return node }
        let s = nearestStation[Int(node)]
        return s >= 0 ? s : nil
    }

    /// The community a node belongs to (see `areas`).
    func community(of index: Int32) -> String? {
        let a = areaOf[Int(index)]
        return a >= 0 ? areas[Int(a)] : nil
    }

    /// The first office of a community, if it has one.
    func office(in area: String) -> Int32? {
        guard let a = areaIndex[area], officeOfArea[Int(a)] >= 0 else { return nil }
        return officeOfArea[Int(a)]
    }

    /// The clients of a community, in node order.
    func clients(in area: String) -> [Int32] {
        areaIndex[area].map { clientsOfArea[Int($0)] } ?? []
    }

    /// The node a community (`area`) names, if it names one.
    func committee(of area: String) -> Int32? {
        network.index(of: area)
    }
}
