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
        /// One-way ties from `a` to `b` minus those from `b` to `a`: which way the link
        /// mostly flows, for drawing it from giver to receiver.
        var balance = 0
    }

    /// How far a view folds, each stage taken only while the drawing is still over
    /// `maxNodes`: a city of 100k ties is 58k nodes, 22k after the first stage (sfdp needs
    /// 95 s for that), about 5k after the third.
    enum FoldStage: Int, Sendable, Comparable {
        case none, clientsByAreaAndNeed, clientsByArea, partnersByAreaAndKind
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
         includeTie: (Tie) -> Bool = { _ in true }) {
        let labels = NodeLabels(network: network, options: options)
        var stage = FoldStage.none
        while stage < .partnersByAreaAndKind,
              Sketch.itemCount(network, nodes: nodes, keep: keep, stage: stage) > options.maxNodes,
              let next = FoldStage(rawValue: stage.rawValue + 1) {
            stage = next
        }
        var groupOfKey: [String: Int] = [:]
        var folded = 0, foldedPartners = 0
        for index in nodes {
            let node = network[index]
            if let key = Sketch.groupKey(node, index: index, keep: keep, stage: stage) {
                if let group = groupOfKey[key] {
                    items[group].members.append(index)
                    items[group].people += node.size
                } else {
                    groupOfKey[key] = items.count
                    items.append(Item(name: "", detail: nil, tooltip: "", kind: node.kind, node: nil,
                                      members: [index], people: node.size, area: node.area))
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
            if items[position].kind != .client, let only = items[position].members.first,
               items[position].members.count == 1 {
                // A partner alone of its kind in its community is drawn as itself.
                items[position] = labels.item(for: only)
                foldedPartners -= 1
                continue
            }
            if items[position].kind != .client { partnerGroups += 1 }
            labels.describeGroup(&items[position], byNeed: stage == .clientsByAreaAndNeed)
        }
        if stage > .none, folded + foldedPartners > 0 {
            let clientGroups = items.filter { $0.isGroup && $0.kind == .client }.count
            folding = Folding(stage: stage, clients: folded, groups: clientGroups,
                              partners: foldedPartners, partnerGroups: partnerGroups)
        }

        var linkOfPair: [Int: Int] = [:]
        let count = items.count
        for tie in network.ties where includeTie(tie) {
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
            if tie.mutual || s == a { links[position].forward = true }
            if tie.mutual || s == b { links[position].backward = true }
            if !tie.mutual { links[position].balance += s == a ? 1 : -1 }
            links[position].trust = max(links[position].trust, tie.trust)
            links[position].relations.insert(tie.relation)
            links[position].ties += 1
        }
    }

    /// The group a node folds into at `stage`, or `nil` when it is drawn alone.
    private static func groupKey(_ node: Node, index: Int32, keep: Set<Int32>, stage: FoldStage) -> String? {
        guard stage > .none, !keep.contains(index) else { return nil }
        let area = node.area ?? ""
        if node.kind == .client {
            return stage == .clientsByAreaAndNeed
                ? "c\u{1F}" + area + "\u{1F}" + (node.needs.first?.keyword ?? "")
                : "c\u{1F}" + area
        }
        guard stage == .partnersByAreaAndKind, node.kind.foldsAsPartner else { return nil }
        return "p\u{1F}" + area + "\u{1F}" + node.kind.rawValue
    }

    /// How many items the drawing would have at `stage`.
    private static func itemCount(_ network: TrustNetwork, nodes: [Int32], keep: Set<Int32>,
                                  stage: FoldStage) -> Int {
        var alone = 0
        var groups = Set<String>()
        for index in nodes {
            if let key = groupKey(network[index], index: index, keep: keep, stage: stage) {
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
