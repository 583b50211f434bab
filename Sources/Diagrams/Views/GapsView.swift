import TrustModel

/// The `gaps` view: the findings, drawn on the part of the network they concern — the nodes
/// a finding names, the stations, and the shortest routes (not through clients) that join
/// them, laid out like the network view; the rest of the network is left out and counted in
/// a note. Each finding is said inside its main node, in bold, in the node's own text colour
/// (so it can neither be hidden nor collide), and the node's outline says how much it
/// matters (red high, orange medium, grey low; dashed for an untapped resource, triple for a
/// single point of failure). Suggested introductions (blue) and mutual-aid groups (purple)
/// are dashed lines. At most ``markLimit`` findings are drawn, the most severe first; the
/// others are counted.
enum GapsView {
    static let markLimit = 16
    /// Nodes of one finding drawn at most (a five-party finding may name dozens of candidates).
    static let contextLimit = 6
    /// Findings said inside one node; more are counted ("等 3 项").
    static let linesPerNode = 2

    static func draw(_ network: TrustNetwork, overlay: DiagramOverlay, options: DiagramOptions,
                     stage: Sketch.FoldStage = .none, homes: Homes? = nil, outlineAbove: Int? = nil) throws(DiagramError) -> Drawing {
        for id in overlay.nodeIDs where network.index(of: id) == nil { throw .unknownNode(id: id) }
        let language = options.language
        // Fewer findings as the drawing folds further (a district's most folded page).
        let limit = stage >= .stations ? markLimit / 2 : (stage >= .communities ? markLimit * 3 / 4 : markLimit)
        let drawn = chosen(overlay.marks.filter { !$0.nodes.isEmpty }, limit: limit)
        let left = overlay.marks.count - drawn.count
        // Never folded: each finding's main node and those its mark names besides (the station
        // and go-between of an introduction, the other side of a pair, a group's members).
        // Drawn if there is room: a few more of its nodes, the routes to the stations, and the
        // committees of the communities they belong to (so each is drawn in its box).
        var keep = Set<Int32>()
        var context = Set<Int32>()
        for mark in drawn {
            let nodes = mark.nodes.compactMap { network.index(of: $0) }
            let essential: Int
            switch mark.kind {
            case "introduction": essential = 3
            case "weak-trust", "one-sided-trust": essential = 2
            case "mutual-aid": essential = 4
            default: essential = 1
            }
            keep.formUnion(nodes.prefix(essential))
            context.formUnion(nodes.prefix(contextLimit))
        }
        let homes = homes ?? Homes(network)
        context.formUnion(routes(network, joining: keep))
        for node in keep { if let community = homes.community(of: node) { context.insert(community) } }
        let shown = context.sorted()

        // What each main node says and how it is outlined (its most severe finding decides).
        var lines: [Int32: [String]] = [:]
        var severity: [Int32: Int] = [:]
        var kinds: [Int32: Set<String>] = [:]
        var extra: [NetworkView.ExtraLine] = []
        for mark in drawn {
            let nodes = mark.nodes.compactMap { network.index(of: $0) }
            guard let main = nodes.first else { continue }
            lines[main, default: []].append(mark.label)
            severity[main] = min(severity[main] ?? 3, rank(mark.severity))
            kinds[main, default: []].insert(mark.kind)
            switch mark.kind {
            case "introduction" where nodes.count >= 2:
                extra.append(.init(from: nodes[1], to: nodes[0], attributes: suggestion(Palette.blue, mark.label, both: false)))
            case "mutual-aid":
                let members = nodes.filter { network[$0].kind == .client }
                for (a, b) in zip(members, members.dropFirst()) {
                    extra.append(.init(from: a, to: b, attributes: suggestion(Palette.reddishPurple, mark.label, both: true)))
                }
            default: break
            }
        }
        var marks: [Int32: NetworkView.Mark] = [:]
        for (node, said) in lines {
            var shownLines = Array(said.prefix(linesPerNode))
            if said.count > linesPerNode {
                shownLines.append(language.pick("等 \(said.count) 项", "\(said.count) findings in all"))
            }
            let colour = [Palette.vermillion, "#B07800", Palette.grey][min(severity[node] ?? 1, 2)]
            let own = kinds[node] ?? []
            marks[node] = NetworkView.Mark(
                lines: shownLines,
                style: own.contains("untapped-resource") ? "dashed" : nil,
                peripheries: own.contains("single-point-of-failure") ? 3 : nil,
                attributes: [("color", .plain(colour)), ("penwidth", .plain(severity[node] == 0 ? "2.5" : "2"))])
        }

        let keys: [(text: String, color: String)] = [
            (language.pick("框内粗体 = 发现的问题；红框 = 高，橙框 = 中，灰框 = 低；虚线框 = 闲置资源；三重框 = 单点依赖",
                           "bold inside a node = a finding; outline red = high, orange = medium, grey = low; dashed = untapped resource; triple = single point of failure"), "#000000"),
            (language.pick("蓝虚线 = 建议引荐；紫虚线 = 可组建的互助小组", "blue dashed = suggested introduction; purple dashed = possible mutual-aid group"), Palette.blue),
        ]
        var notes: [String] = []
        let hidden = network.nodes.count - shown.count
        if hidden > 0 {
            notes.append(language.pick("只画出问题涉及的节点及其与社工站之间的路径；其余 \(hidden) 个节点未画出。",
                                       "Only the nodes the findings concern and their routes to the stations are drawn; \(hidden) other nodes are left out."))
        }
        if left > 0 {
            notes.append(language.pick("另有 \(left) 项问题未画出（见问题清单）。", "\(left) more findings are not drawn (see the list of findings)."))
        }
        if drawn.isEmpty { notes.append(language.pick("没有发现问题。", "No findings.")) }
        return try NetworkView.draw(network, options: options, stage: stage, homes: homes, nodes: shown, keep: keep,
                                    viewName: language.pick("问题与建议", "Gaps and suggestions"), notes: notes,
                                    extraKeys: keys, marks: marks, extraLines: extra, outlineAbove: outlineAbove).0
    }

    /// The marks drawn: at most `limit`, the most severe first and, within a severity,
    /// one of each kind in turn (a district's many untapped resources do not crowd out its
    /// single points of failure).
    static func chosen(_ marks: [DiagramOverlay.Mark], limit: Int = markLimit) -> [DiagramOverlay.Mark] {
        var result: [DiagramOverlay.Mark] = []
        for severity in 0...2 {
            var byKind: [String: [DiagramOverlay.Mark]] = [:]
            var kinds: [String] = []
            for mark in marks where rank(mark.severity) == severity {
                if byKind[mark.kind] == nil { kinds.append(mark.kind) }
                byKind[mark.kind, default: []].append(mark)
            }
            var round = 0
            while result.count < limit, kinds.contains(where: { (byKind[$0]?.count ?? 0) > round }) {
                for kind in kinds where result.count < limit {
                    if let list = byKind[kind], round < list.count { result.append(list[round]) }
                }
                round += 1
            }
        }
        return result
    }

    /// 0 high, 1 medium (or none), 2 low.
    private static func rank(_ severity: String?) -> Int {
        switch severity {
        case "high": 0
        case "low": 2
        default: 1
        }
    }

    /// A suggested tie: dashed, coloured, its label as the tooltip (said inside the node).
    private static func suggestion(_ color: String, _ label: String, both: Bool) -> DiagramGraph.Attributes {
        var attributes: DiagramGraph.Attributes = [
            ("style", .plain("dashed")), ("color", .plain(color)), ("penwidth", .plain("2")),
            ("tooltip", .plain(LabelText.tooltip(label)))]
        if both { attributes.append(("dir", .plain("both"))) }
        return attributes
    }

    /// The nodes drawn: those the findings name, every station, and the nodes on a shortest
    /// route (fewest ties, either direction, never through a client) from each named node to
    /// the nearest station. In network order.
    /// - Complexity: O(V + E) per named node.
    static func routes(_ network: TrustNetwork, joining named: Set<Int32>) -> [Int32] {
        var neighbours = [[Int32]](repeating: [], count: network.nodes.count)
        for tie in network.ties {
            neighbours[Int(tie.source)].append(tie.target)
            neighbours[Int(tie.target)].append(tie.source)
        }
        var chosen = named
        for (i, node) in network.nodes.enumerated() where node.kind == .station || node.kind == .headStation && named.isEmpty {
            chosen.insert(Int32(i))
        }
        for start in named.sorted() {
            var parent: [Int32: Int32] = [start: start]
            var frontier = [start]
            var found: Int32?
            search: while !frontier.isEmpty {
                var next: [Int32] = []
                for node in frontier {
                    if network[node].kind == .station { found = node; break search }
                    if node != start, network[node].kind == .client { continue }
                    for other in neighbours[Int(node)] where parent[other] == nil {
                        parent[other] = node
                        next.append(other)
                    }
                }
                frontier = next.sorted()
            }
            var step = found
            while let node = step, node != start {
                chosen.insert(node)
                step = parent[node]
            }
        }
        return chosen.sorted()
    }
}
