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
        /// Folded client nodes, when this item is a group.
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

    /// What folding did, for the legend.
    struct Folding: Sendable, Equatable {
        var clients: Int
        var groups: Int
    }

    var items: [Item] = []
    var links: [Link] = []
    var folding: Folding?
    /// Item position of each drawn model node.
    var itemOfNode: [Int32: Int] = [:]
}

extension Sketch {
    /// Builds the sketch of `nodes` (model indices, in drawing order) and the ties between
    /// them that `includeTie` accepts. Past `options.maxNodes`, clients not in `keep` fold
    /// into one item per community and (first) need.
    /// - Complexity: O(V + E) over the network, plus O(k log k) sorting merged links.
    init(network: TrustNetwork, nodes: [Int32], keep: Set<Int32>, options: DiagramOptions,
         includeTie: (Tie) -> Bool = { _ in true }) {
        let labels = NodeLabels(network: network, options: options)
        let fold = nodes.count > options.maxNodes
        var groupOfKey: [String: Int] = [:]
        var folded = 0
        for index in nodes {
            let node = network[index]
            if fold, node.kind == .client, !keep.contains(index) {
                let need = node.needs.first
                let key = (node.area ?? "") + "\u{1F}" + (need?.keyword ?? "")
                if let group = groupOfKey[key] {
                    items[group].members.append(index)
                    items[group].people += node.size
                } else {
                    groupOfKey[key] = items.count
                    items.append(Item(name: "", detail: nil, tooltip: "", kind: .client, node: nil,
                                      members: [index], people: node.size, area: node.area))
                }
                itemOfNode[index] = groupOfKey[key]
                folded += 1
            } else {
                itemOfNode[index] = items.count
                items.append(labels.item(for: index))
            }
        }
        for position in items.indices where items[position].isGroup {
            labels.describeGroup(&items[position])
        }
        if fold, folded > 0 { folding = Folding(clients: folded, groups: groupOfKey.count) }

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
}
