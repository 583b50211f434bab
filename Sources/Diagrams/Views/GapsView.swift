import TrustModel

/// The `gaps` view: the findings, drawn on the part of the network they concern — the nodes
/// a finding names, the stations, and the shortest routes (not through clients) that join
/// them; the rest of the network is left out and counted in a note. Untapped resources,
/// single points of failure and other marks carry their label inside the node (so it can
/// neither be hidden nor collide), in the node's own text colour; suggested introductions
/// (blue) and mutual-aid groups (purple) are dashed lines. At most ``markLimit`` marks and
/// ``suggestionLimit`` suggestions are drawn, the highest ranked; the others are counted.
enum GapsView {
    static let markLimit = 16
    static let suggestionLimit = 10

    static func draw(_ network: TrustNetwork, overlay full: DiagramOverlay, options: DiagramOptions,
                     stage: Sketch.FoldStage = .none, homes: Homes? = nil) throws(DiagramError) -> Drawing {
        for id in full.nodeIDs where network.index(of: id) == nil { throw .unknownNode(id: id) }
        var overlay = full
        overlay.untappedResources = Array(full.untappedResources.prefix(markLimit / 2))
        overlay.singlePointsOfFailure = Array(full.singlePointsOfFailure.prefix(markLimit - overlay.untappedResources.count))
        overlay.suggestions = Array(full.suggestions.prefix(suggestionLimit))
        let left = full.untappedResources.count + full.singlePointsOfFailure.count + full.suggestions.count
            - overlay.untappedResources.count - overlay.singlePointsOfFailure.count - overlay.suggestions.count
        var keep = Set<Int32>()
        for id in overlay.nodeIDs { if let index = network.index(of: id) { keep.insert(index) } }
        let shown = routes(network, joining: keep)
        let language = options.language
        let keys: [(text: String, color: String)] = [
            (language.pick("粗虚框 = 闲置资源；红色三重框 = 单点风险（框内写明）", "thick dashed outline = untapped resource; red triple outline = single point of failure (said inside)"), "#000000"),
            (language.pick("蓝虚线 = 建议引荐；紫虚线 = 建议互助小组", "blue dashed = suggested introduction; purple dashed = suggested mutual-aid group"), Palette.blue),
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
        var (drawing, sketch) = NetworkView.draw(
            network, options: options, stage: stage, homes: homes, nodes: shown, keep: keep,
            viewName: language.pick("问题与建议", "Gaps and suggestions"), notes: notes, extraKeys: keys)
        func position(_ id: String) -> Int? {
            network.index(of: id).flatMap { sketch.itemOfNode[$0] }
        }
        var extraLines: [Int: [String]] = [:]
        for mark in overlay.untappedResources {
            guard let p = position(mark.node) else { continue }
            drawing.graph.nodes[p].attributes += [("style", .plain("filled,dashed")), ("penwidth", .plain("3")),
                                                  ("color", .plain("#000000"))]
            extraLines[p, default: []].append(mark.label)
        }
        for mark in overlay.singlePointsOfFailure {
            guard let p = position(mark.node) else { continue }
            drawing.graph.nodes[p].attributes += [("penwidth", .plain("2")), ("color", .plain(Palette.vermillion)),
                                                  ("peripheries", .plain("3"))]
            extraLines[p, default: []].append(mark.label)
        }
        for (p, lines) in extraLines {
            let item = sketch.items[p]
            var attributes = DrawingKit(network: network, options: options).nodeAttributes(item, findings: lines)
            attributes += drawing.graph.nodes[p].attributes.filter { ["style", "penwidth", "color", "peripheries"].contains($0.name) }
            drawing.graph.nodes[p].attributes = attributes
        }
        for suggestion in overlay.suggestions {
            let positions = suggestion.nodes.compactMap(position)
            guard positions.count >= 2 else { continue }
            let isIntroduction = suggestion.kind == .introduction
            let color = isIntroduction ? Palette.blue : Palette.reddishPurple
            let pairs = isIntroduction ? [(positions[0], positions[positions.count - 1])]
                                       : zip(positions, positions.dropFirst()).map { ($0, $1) }
            for (number, pair) in pairs.enumerated() where pair.0 != pair.1 {
                var attributes: DiagramGraph.Attributes = [
                    ("style", .plain("dashed")), ("color", .plain(color)), ("penwidth", .plain("2")),
                    ("constraint", .plain("false")), ("fontcolor", .plain(color)),
                    ("tooltip", .plain(LabelText.tooltip(suggestion.label)))]
                if !isIntroduction { attributes.append(("dir", .plain("both"))) }
                if number == 0 {
                    let text = LabelText.lines(suggestion.label, width: 12, maxLines: 2).lines.map(LabelText.html).joined(separator: "<BR/>")
                    attributes.append(("label", .html(text)))
                }
                drawing.graph.edges.append(DiagramGraph.Edge(tail: pair.0, head: pair.1, attributes: attributes))
            }
        }
        return drawing
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
