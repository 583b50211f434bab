import GraphCore
import TrustModel

/// What every gap finding reads, computed once: the two graph views, the social-work
/// posts, each post's trusted neighbourhood (a bounded search) and the most trusted path
/// from the nearest station to every node (one multi-source search).
///
/// No all-pairs work: searches from posts stop at the path-trust threshold, and the
/// unbounded question "how well can any station reach X" is one multi-source Dijkstra.
///
/// - Complexity: O((n + m) log n) to build, plus O(n' log n') per post asked about, n'
///   being the part of the network within trusted reach of it.
public final class GapContext: @unchecked Sendable {
    public let network: TrustNetwork
    public let thresholds: Thresholds
    /// Undirected, parallel ties merged to their highest trust, trust-0 ties dropped.
    public let structural: CSRGraph
    /// The structural graph without the arcs leaving clients: trust searches reach clients
    /// but never pass through them — a station does not ask a family it serves to
    /// introduce a business.
    public let partners: CSRGraph
    /// Ties as they flow (giver → receiver), mutual ones both ways.
    public let flow: CSRGraph
    /// Stations, offices and head stations.
    public let posts: [Int32]
    /// Street/township stations: the unit 五社联动, introductions and focus are given for.
    public let stations: [Int32]
    /// Best path trust from the nearest station (0 where none reaches), that station, and
    /// the previous node on that path (−1 at a station or unreached).
    public let bestTrustFromStations: [Double]
    public let nearestStation: [Int32]
    public let previousTowardStation: [Int32]

    private let searcher: TrustSearcher
    // The context is used from one thread; the cache is filled lazily.
    private var reachCache: [Int32: [TrustedNode]] = [:]

    /// Clients hidden behind pseudonyms in every text (training material).
    public let anonymize: Bool

    public init(_ network: TrustNetwork, thresholds: Thresholds? = nil, anonymize: Bool = false) {
        self.network = network
        self.anonymize = anonymize
        self.thresholds = thresholds ?? network.thresholds
        structural = TrustGraphs.structural(network)
        flow = TrustGraphs.flow(network)
        posts = network.nodes.indices.compactMap { network.nodes[$0].kind.isSocialWorkPost ? Int32($0) : nil }
        stations = network.nodes.indices.compactMap { network.nodes[$0].kind == .station ? Int32($0) : nil }
        partners = GapContext.partnerGraph(structural, network)
        searcher = TrustSearcher(graph: partners)
        // Stations are the starting points; a network of offices alone starts from them.
        let nearest = MultiSourceTrust(partners, sources: stations.isEmpty ? posts : stations)
        bestTrustFromStations = nearest.trust
        nearestStation = nearest.origin
        previousTowardStation = nearest.previous
    }

    public var nodes: [Node] { network.nodes }

    static func partnerGraph(_ structural: CSRGraph, _ network: TrustNetwork) -> CSRGraph {
        var edges: [GraphEdge] = []
        edges.reserveCapacity(structural.arcCount)
        for u in 0..<structural.nodeCount where network.nodes[u].kind != .client {
            for arc in structural.arcs(of: u) {
                edges.append(GraphEdge(source: Int32(u), target: structural.neighbours[arc], trust: structural.trust[arc]))
            }
        }
        // The arcs come from a valid graph of the same size, so building cannot fail.
        return (try? CSRGraph.flow(nodeCount: structural.nodeCount, edges: edges)) ?? structural
    }

    public func node(_ index: Int32) -> Node { network.nodes[Int(index)] }

    /// Nodes reached from `post` along paths of trust ≥ the path-trust threshold, most
    /// trusted first (the post itself excluded).
    public func trustedReach(from post: Int32) -> [TrustedNode] {
        if let cached = reachCache[post] { return cached }
        let reached = searcher.reach(from: Int(post), threshold: thresholds.pathTrust)
        reachCache[post] = reached
        return reached
    }

    /// The most trusted path from the nearest station to `node`, station first.
    public func pathFromNearestStation(to node: Int32) -> [Int32] {
        guard bestTrustFromStations[Int(node)] > 0 else { return [] }
        var path = [node]
        var current = node
        while previousTowardStation[Int(current)] >= 0 {
            current = previousTowardStation[Int(current)]
            path.append(current)
        }
        return path.reversed()
    }

    /// Trust of the direct tie between two nodes in the structural view, if tied.
    public func directTrust(_ a: Int32, _ b: Int32) -> Double? {
        structural.trust(from: Int(a), to: Int(b))
    }

    /// The nodes that serve a client: sources of service ties to it that carry trust, with
    /// the highest such trust each.
    public lazy var servers: [[(server: Int32, trust: Double)]] = {
        var servers = [[(server: Int32, trust: Double)]](repeating: [], count: network.nodes.count)
        for tie in network.ties where tie.relation == .service && tie.trust > 0 {
            let client = Int(tie.target)
            if let i = servers[client].firstIndex(where: { $0.server == tie.source }) {
                servers[client][i].trust = max(servers[client][i].trust, tie.trust)
            } else {
                servers[client].append((tie.source, tie.trust))
            }
        }
        return servers
    }()

    /// A node's name as written; a hidden client's name is a marker that
    /// ``resolvingPseudonyms(_:)`` turns into 服务对象 07 / Client 07, so that one sentence
    /// template serves both languages.
    public func name(_ index: Int32) -> String {
        guard anonymize, network.nodes[Int(index)].kind == .client else { return network.nodes[Int(index)].name }
        return "\u{E000}\(index)\u{E001}"
    }

    /// The finding with the pseudonym markers of its texts replaced, per language.
    func resolvingPseudonyms(_ finding: Finding) -> Finding {
        guard anonymize else { return finding }
        var finding = finding
        for language in Language.allCases {
            let names = NodeNames(network, language: language, anonymize: true)
            func resolve(_ text: String) -> String {
                guard text.contains("\u{E000}") else { return text }
                var out = ""
                var rest = Substring(text)
                while let open = rest.firstIndex(of: "\u{E000}"), let close = rest[open...].firstIndex(of: "\u{E001}") {
                    out += rest[..<open]
                    let number = rest[rest.index(after: open)..<close]
                    out += Int32(number).map(names.pseudonym) ?? ""
                    rest = rest[rest.index(after: close)...]
                }
                return out + rest
            }
            switch language {
            case .zh:
                finding.explanation.zh = resolve(finding.explanation.zh)
                finding.action.zh = resolve(finding.action.zh)
            case .en:
                finding.explanation.en = resolve(finding.explanation.en)
                finding.action.en = resolve(finding.action.en)
            }
        }
        return finding
    }

    /// Trust as printed in explanations: two decimals.
    public func trustText(_ trust: Double) -> String { NumberText.fixed(trust, 2) }

    /// Highest trust of the service ties a client receives (0 when served by nobody).
    public func serviceTrust(_ client: Int32) -> Double {
        servers[Int(client)].reduce(0) { max($0, $1.trust) }
    }

    /// The first office of each community (`area`), in node order: found once, not once per
    /// finding (a city has tens of thousands of communities and groups).
    public lazy var officeByArea: [String: Int32] = {
        var offices: [String: Int32] = [:]
        for (i, node) in network.nodes.enumerated() where node.kind == .office {
            if let area = node.area, offices[area] == nil { offices[area] = Int32(i) }
        }
        return offices
    }()

    /// The clients whose most trusted station is each station, in node order.
    public lazy var clientsByNearestStation: [Int32: [Int32]] = {
        var clients: [Int32: [Int32]] = [:]
        for (i, node) in network.nodes.enumerated() where node.kind == .client {
            clients[nearestStation[i], default: []].append(Int32(i))
        }
        return clients
    }()

    /// The clients of each community (`area`), in node order.
    public lazy var clientsByArea: [String: [Int32]] = {
        var clients: [String: [Int32]] = [:]
        for (i, node) in network.nodes.enumerated() where node.kind == .client {
            if let area = node.area { clients[area, default: []].append(Int32(i)) }
        }
        return clients
    }()

    /// Resource holders: partners with resources that are neither posts nor clients.
    public lazy var resourceHolders: [Int32] = network.nodes.indices.compactMap { i in
        let node = network.nodes[i]
        return !node.resources.isEmpty && !node.kind.isSocialWorkPost && node.kind != .client ? Int32(i) : nil
    }

    /// The community a node belongs to, as a display name: the name of the node whose id
    /// the area is, or the area as written.
    public func communityName(_ area: String) -> String {
        network.node(id: area)?.name ?? area
    }

    /// Names joined for a sentence, at most `limit` then "等" / "…".
    public func names(_ indices: [Int32], _ language: Language, limit: Int = 6) -> String {
        let shown = indices.prefix(limit).map(name)
        let more = indices.count > limit
        if language == .zh { return shown.joined(separator: "、") + (more ? " 等 \(indices.count) 个" : "") }
        return shown.joined(separator: ", ") + (more ? " and \(indices.count - limit) more" : "")
    }

    /// Tags joined for a sentence.
    public func tagNames(_ tags: [Tag], _ language: Language) -> String {
        tags.map { $0.name(language) }.joined(separator: language == .zh ? "、" : ", ")
    }
}
