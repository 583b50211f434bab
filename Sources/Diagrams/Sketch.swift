import TrustModel

/// The part of a network a view draws, after folding: items (a node, or a group of folded
/// clients) and links (all ties between two items merged into one).
struct Sketch: Sendable {
    struct Item: Sendable {
        /// Display name as written (or a pseudonym, or a group's description).
        var name: String
        /// Second line of the label (kind, people), already in the output language.
        var detail: String?
        /// Hover text (SVG tooltip), already in the output language.
        var tooltip: String
        var kind: NodeKind
        /// The model node this item draws, when it is a single node.
        var node: Int32?
        /// Folded nodes, when this item is a group.
        var members: [Int32] = []
        /// People the item stands for (clients' `size`; a group's sum).
        var people: Int
        /// The area (community id) the item belongs to, for clusters.
        var area: String?
        /// What a group folds: `c` clients, `p` partners of one kind, `a` a community, `s` a
        /// station's street, `d` a head station's district; `nil` for a single node.
        var fold: String? = nil
        /// The station whose street a `s` group folds.
        var station: Int32? = nil
        var isGroup: Bool { node == nil }
    }

    /// Every tie between two items, merged: the direction(s) resources flow, the highest
    /// trust, and the relations involved in vocabulary order.
    struct Link: Sendable {
        var a: Int
        var b: Int
        /// Some tie flows from `a` to `b` (or is mutual).
        var forward = false
        /// Some tie flows from `b` to `a` (or is mutual).
        var backward = false
        var trust = 0.0
        var relations: Set<Relation> = []
        var ties = 0
        /// Per relation, the highest trust of the ties from `a` to `b` (mutual ties count both
        /// ways), and of those from `b` to `a`: a pair whose directions differ shows both.
        var trustForward: [Relation: Double] = [:]
        var trustBackward: [Relation: Double] = [:]
        /// One-way ties from `a` to `b` minus those from `b` to `a`: which way the link
        /// mostly flows, for drawing it from giver to receiver.
        var balance = 0
        /// Ties of the link that changed since an earlier version (``DiagramChanges``).
        var changedTies: [Int] = []
    }

    /// How far a view folds, each stage taken only while the drawing is still over
    /// `maxNodes` (or does not fit its paper): a city of 100k ties is 58k nodes, 22k after
    /// the first stage (sfdp needs 95 s for that), about 5k after the third. Then each
    /// community folds whole (committee, office, clients, local partners), then everything
    /// of a station's street into one node beside the station, then (a city of several
    /// districts) everything under a head station into one node beside it.
    enum FoldStage: Int, Sendable, Comparable, CaseIterable {
        case none, clientsByAreaAndNeed, clientsByArea, partnersByAreaAndKind, communities, stations, districts
        static func < (a: FoldStage, b: FoldStage) -> Bool { a.rawValue < b.rawValue }
    }

    /// What folding did, for the legend.
    struct Folding: Sendable, Equatable {
        var stage: FoldStage
        var clients: Int
        var groups: Int
        var partners = 0
        var partnerGroups = 0
    }

    var items: [Item] = []
    var links: [Link] = []
    var folding: Folding?
    /// Item position of each drawn model node.
    var itemOfNode: [Int32: Int] = [:]
}

extension Sketch {
    /// Builds the sketch of `nodes` (model indices, in drawing order) and the ties between
    /// them that `includeTie` accepts. Past `options.maxNodes`, nodes not in `keep` fold in
    /// stages until the drawing fits or nothing more folds: clients into one item per
    /// community and (first) need, then per community, then resource partners (businesses,
    /// universities, social organisations, volunteers, funds, federations) into one per
    /// community and kind. Posts, committees, street offices and the hierarchy never fold.
    /// - Complexity: O(V + E) over the network per stage tried (at most three), plus
    ///   O(k log k) sorting merged links.
    init(network: TrustNetwork, nodes: [Int32], keep: Set<Int32>, options: DiagramOptions,
         stage minimum: FoldStage = .none, homes: Homes? = nil, includeTie: (Tie) -> Bool = { _ in true }) {
        let labels = NodeLabels(network: network, options: options)
        let homes = homes ?? Homes(network)
        var stage = minimum
        while stage < .partnersByAreaAndKind,
              Sketch.itemCount(network, nodes: nodes, keep: keep, stage: stage, homes: homes) > options.maxNodes,
              let next = FoldStage(rawValue: stage.rawValue + 1) {
            stage = next
        }
        var groupOfKey: [String: Int] = [:]
        var folded = 0, foldedPartners = 0
        for index in nodes {
            let node = network[index]
            if let key = Sketch.groupKey(node, index: index, keep: keep, stage: stage, homes: homes) {
                let people = node.kind == .client ? node.size : 0
                if let group = groupOfKey[key] {
                    items[group].members.append(index)
                    items[group].people += people
                } else {
                    groupOfKey[key] = items.count
                    let (kind, area, station) = Sketch.groupLook(node, index: index, stage: stage, homes: homes)
                    items.append(Item(name: "", detail: nil, tooltip: "", kind: kind, node: nil,
                                      members: [index], people: people, area: area, fold: key.first.map(String.init),
                                      station: station))
                }
                itemOfNode[index] = groupOfKey[key]
                if node.kind == .client { folded += 1 } else { foldedPartners += 1 }
            } else {
                itemOfNode[index] = items.count
                items.append(labels.item(for: index))
            }
        }
        var partnerGroups = 0
        for position in items.indices where items[position].isGroup {
            if items[position].fold != "c", let only = items[position].members.first,
               items[position].members.count == 1 {
                // A partner alone of its kind in its community (a community of one node) is
                // drawn as itself.
                items[position] = labels.item(for: only)
                if network[only].kind != .client { foldedPartners -= 1 } else { folded -= 1 }
                continue
            }
            if items[position].fold == "p" { partnerGroups += 1 }
            labels.describeGroup(&items[position], byNeed: stage == .clientsByAreaAndNeed)
        }
        if stage > .none, folded + foldedPartners > 0 {
            let clientGroups = items.filter { $0.fold == "c" }.count
            folding = Folding(stage: stage, clients: folded, groups: clientGroups,
                              partners: foldedPartners, partnerGroups: partnerGroups)
        }

        var linkOfPair: [Int: Int] = [:]
        let count = items.count
        for (tieIndex, tie) in network.ties.enumerated() where includeTie(tie) {
            guard let s = itemOfNode[tie.source], let t = itemOfNode[tie.target], s != t else { continue }
            let (a, b) = s < t ? (s, t) : (t, s)
            let key = a * count + b
            let position: Int
            if let existing = linkOfPair[key] {
                position = existing
            } else {
                position = links.count
                linkOfPair[key] = position
                links.append(Link(a: a, b: b))
            }
            if tie.mutual || s == a {
                links[position].forward = true
                links[position].trustForward[tie.relation] = max(links[position].trustForward[tie.relation] ?? 0, tie.trust)
            }
            if tie.mutual || s == b {
                links[position].backward = true
                links[position].trustBackward[tie.relation] = max(links[position].trustBackward[tie.relation] ?? 0, tie.trust)
            }
            if !tie.mutual { links[position].balance += s == a ? 1 : -1 }
            links[position].trust = max(links[position].trust, tie.trust)
            links[position].relations.insert(tie.relation)
            links[position].ties += 1
            if options.changes?.ties[tieIndex] != nil { links[position].changedTies.append(tieIndex) }
        }
    }

    /// The group a node folds into at `stage`, or `nil` when it is drawn alone. Keys start
    /// with `c` (clients), `p` (partners by kind), `a` (a whole community) or `s` (a
    /// station's street).
    private static func groupKey(_ node: Node, index: Int32, keep: Set<Int32>, stage: FoldStage, homes: Homes) -> String? {
        guard stage > .none, !keep.contains(index) else { return nil }
        if stage >= .districts, node.kind != .headStation, let district = homes.district(of: index) {
            return "d\u{1F}" + String(district)
        }
        if stage >= .stations, node.kind != .station, node.kind != .headStation, let station = homes.station(of: index) {
            return "s\u{1F}" + String(station)
        }
        if stage >= .communities, let community = homes.community(of: index) {
            return "a\u{1F}" + String(community)
        }
        let area = node.area ?? ""
        if node.kind == .client {
            return stage == .clientsByAreaAndNeed
                ? "c\u{1F}" + area + "\u{1F}" + (node.needs.first?.keyword ?? "")
                : "c\u{1F}" + area
        }
        guard stage >= .partnersByAreaAndKind, node.kind.foldsAsPartner else { return nil }
        return "p\u{1F}" + area + "\u{1F}" + node.kind.rawValue
    }

    /// The kind (for its shape and colour) and area of a new group whose first member is
    /// `node`: a community is drawn as its committee, a station's street as a committee in
    /// that station's area.
    private static func groupLook(_ node: Node, index: Int32, stage: FoldStage, homes: Homes) -> (NodeKind, String?, Int32?) {
        if stage >= .districts, node.kind != .headStation, let district = homes.district(of: index) {
            return (.station, nil, district)
        }
        if stage >= .stations, node.kind != .station, node.kind != .headStation, let station = homes.station(of: index) {
            return (.committee, homes.network[station].area, station)
        }
        if stage >= .communities, let community = homes.community(of: index) {
            return (.committee, homes.network[community].id, nil)
        }
        return (node.kind, node.area, nil)
    }

    /// How many items the drawing would have at `stage`.
    static func itemCount(_ network: TrustNetwork, nodes: [Int32], keep: Set<Int32>,
                          stage: FoldStage, homes: Homes) -> Int {
        var alone = 0
        var groups = Set<String>()
        for index in nodes {
            if let key = groupKey(network[index], index: index, keep: keep, stage: stage, homes: homes) {
                groups.insert(key)
            } else {
                alone += 1
            }
        }
        return alone + groups.count
    }
}

extension NodeKind {
    /// Resource partners, which a city-wide drawing folds by community and kind.
    fileprivate var foldsAsPartner: Bool {
        switch self {
        case .business, .university, .socialOrg, .volunteer, .charity, .federation: true
        default: false
        }
    }
}

/// Which community and which station each node belongs to, for folding whole communities and
/// streets: a community is a committee with its office, clients and partners (`area` = the
/// committee); a community's station is the station with the most ties to its committee and
/// office (lowest index on a tie); a street office's station is the station whose `area` it
/// is, else the one with most ties to it.
struct Homes: Sendable {
    let network: TrustNetwork
    private var communityOf: [Int32: Int32] = [:]
    private var stationOf: [Int32: Int32] = [:]
    /// Each station's head station (the one it has most ties with, lowest index on a tie).
    private var headOf: [Int32: Int32] = [:]
    /// How many head stations the network has (a city's districts fold only when several).
    let headStations: Int
    /// The district of a node in none of them otherwise (an agency, a district's civil
    /// affairs bureau): the one whose stations and head station it has most ties with.
    private var districtOf: [Int32: Int32] = [:]

    /// - Complexity: O(V + E).
    init(_ network: TrustNetwork) {
        self.network = network
        headStations = network.nodes.lazy.filter { $0.kind == .headStation }.count
        var committees: [String: Int32] = [:]
        for (i, node) in network.nodes.enumerated() where node.kind == .committee { committees[node.id] = Int32(i) }
        for (i, node) in network.nodes.enumerated() {
            let index = Int32(i)
            if node.kind == .committee { communityOf[index] = index }
            else if let area = node.area, let committee = committees[area], node.kind != .station,
                    node.kind != .headStation, node.kind != .streetOffice {
                communityOf[index] = committee
            }
        }
        // Ties from stations to each community (via its committee or office) and street office.
        var counts: [Int32: [Int32: Int]] = [:]
        func count(_ station: Int32, _ other: Int32) {
            let node = network[other]
            let target: Int32?
            if node.kind == .committee || node.kind == .office { target = communityOf[other] }
            else if node.kind == .streetOffice { target = other }
            else { target = nil }
            if let target { counts[target, default: [:]][station, default: 0] += 1 }
        }
        for tie in network.ties {
            if network[tie.source].kind == .station { count(tie.source, tie.target) }
            if network[tie.target].kind == .station { count(tie.target, tie.source) }
        }
        func best(_ target: Int32) -> Int32? {
            counts[target]?.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
        }
        var streetStation: [String: Int32] = [:]
        for (i, node) in network.nodes.enumerated() where node.kind == .station {
            if let area = node.area, streetStation[area] == nil { streetStation[area] = Int32(i) }
            stationOf[Int32(i)] = Int32(i)
        }
        for (i, node) in network.nodes.enumerated() where node.kind == .streetOffice {
            stationOf[Int32(i)] = streetStation[node.id] ?? best(Int32(i))
        }
        var communityStation: [Int32: Int32] = [:]
        for (index, community) in communityOf where community == index {
            communityStation[community] = best(community)
        }
        var heads: [Int32: [Int32: Int]] = [:]
        for tie in network.ties {
            let (a, b) = (network[tie.source].kind, network[tie.target].kind)
            if a == .headStation, b == .station { heads[tie.target, default: [:]][tie.source, default: 0] += 1 }
            if b == .headStation, a == .station { heads[tie.source, default: [:]][tie.target, default: 0] += 1 }
        }
        for (station, counts) in heads {
            headOf[station] = counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
        }
        var tiesToDistrict: [Int32: [Int32: Int]] = [:]
        for tie in network.ties {
            for (one, other) in [(tie.source, tie.target), (tie.target, tie.source)] {
                let kind = network[other].kind
                let district = kind == .headStation ? other : (kind == .station ? headOf[other] : nil)
                if let district, network[one].kind != .station, network[one].kind != .headStation {
                    tiesToDistrict[one, default: [:]][district, default: 0] += 1
                }
            }
        }
        for (node, counts) in tiesToDistrict {
            districtOf[node] = counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
        }
        for (i, node) in network.nodes.enumerated() where stationOf[Int32(i)] == nil {
            let index = Int32(i)
            if let community = communityOf[index], let station = communityStation[community] {
                stationOf[index] = station
            } else if let area = node.area, let street = network.index(of: area),
                      network[street].kind == .streetOffice, let station = stationOf[street] {
                stationOf[index] = station
            }
        }
    }

    /// The head station whose district the node belongs to (through its station; a head
    /// station its own), for folding whole districts of a city.
    func district(of index: Int32) -> Int32? {
        if network[index].kind == .headStation { return index }
        return station(of: index).flatMap { headOf[$0] } ?? districtOf[index]
    }

    /// The committee whose community the node belongs to (a committee its own).
    func community(of index: Int32) -> Int32? { communityOf[index] }

    /// The station whose street the node belongs to (a station its own).
    func station(of index: Int32) -> Int32? { stationOf[index] }
}
