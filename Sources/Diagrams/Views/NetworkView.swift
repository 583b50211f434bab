import TrustModel

/// The `network` view (and the base of `gaps`): every node, boxed by community (`area`)
/// when the layout is `dot`; `sfdp` beyond ``dotLimit`` nodes, which ignores boxes. On a
/// page, the view is drawn at each fold stage in turn until one fits (``Diagram``).
enum NetworkView {
    /// Above this many drawn nodes `dot` is too slow on a tangled network (minutes at a few
    /// hundred): `sfdp` takes over.
    static let dotLimit = 200

    /// - Complexity: O(V + E) to build; the layout dominates.
    static func draw(_ network: TrustNetwork, options: DiagramOptions, stage: Sketch.FoldStage = .none,
                     homes: Homes? = nil, nodes: [Int32]? = nil, keep: Set<Int32> = [],
                     viewName: String? = nil, notes: [String] = [],
                     extraKeys: [(text: String, color: String)] = []) -> (Drawing, Sketch) {
        let kit = DrawingKit(network: network, options: options)
        let all = nodes ?? (0..<Int32(network.nodes.count)).map { $0 }
        let sketch = Sketch(network: network, nodes: all, keep: keep, options: options, stage: stage, homes: homes)
        let engine = options.engine ?? (sketch.items.count <= dotLimit ? .dot : .sfdp)

        var graph = DiagramGraph()
        graph.graphAttributes = kit.graphAttributes(engine: engine)
        if engine == .dot {
            graph.graphAttributes += [("rankdir", .plain("LR")), ("nodesep", .plain("0.08")),
                                      ("ranksep", .plain("0.3")), ("newrank", .plain("true"))]
        }
        graph.nodeDefaults = kit.nodeDefaults
        graph.edgeDefaults = kit.edgeDefaults
        sketch.addNodes(to: &graph, kit: kit)
        sketch.addEdges(to: &graph, kit: kit, labelled: false)
        if engine == .dot {
            graph.clusters = clusters(of: sketch, network: network, kit: kit)
            kit.addLegend(sketch.items, to: &graph)
        }
        let name = viewName ?? options.language.pick("合作网络全图", "Whole network")
        graph.graphAttributes.append(("label", kit.caption(
            view: name, items: sketch.items, links: sketch.links,
            notes: kit.foldingNote(sketch.folding) + kit.anonymizeNote + notes, extraKeys: extraKeys,
            legendInLabel: engine != .dot)))
        return (Drawing(graph: graph, engine: engine, nodeCount: sketch.items.count, folding: sketch.folding), sketch)
    }

    /// One box per community: the items whose `area` it is, and the community's own node.
    /// Boxes in order of first appearance. Folded communities and streets get no box.
    static func clusters(of sketch: Sketch, network: TrustNetwork, kit: DrawingKit) -> [DiagramGraph.Cluster] {
        let areas = Set(network.nodes.compactMap { $0.area }.filter { !$0.isEmpty })
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (position, item) in sketch.items.enumerated() where item.fold != "a" && item.fold != "s" {
            var key = item.area.flatMap { $0.isEmpty ? nil : $0 }
            if key == nil, let node = item.node, areas.contains(network[node].id) { key = network[node].id }
            guard let key else { continue }
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(position)
        }
        let labels = NodeLabels(network: network, options: kit.options)
        return order.enumerated().compactMap { number, key in
            guard let list = members[key], list.count > 1 else { return nil }
            return DiagramGraph.Cluster(name: "cluster_\(number)", attributes: [
                ("label", .html("<FONT POINT-SIZE=\"\(Palette.number(DrawingKit.nameFont))\"><B>\(LabelText.html(LabelText.lines(labels.areaName(key), width: 12, maxLines: 1).lines.joined()))</B></FONT>")),
                ("style", .plain("rounded,filled")),
                ("fillcolor", .plain("#FAFAFA")),
                ("color", .plain(Palette.lightGrey)),
                ("fontname", .plain(FontCheck.fontName)),
            ], members: list)
        }
    }
}
