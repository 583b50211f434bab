import TrustModel

/// The `ecomap` view (Hartman 1978): one node at the centre and its partners on drawn rings
/// by trust — strong ties on the inner ring, moderate on the middle, tenuous on the outer —
/// each partner at its own angle (grouped by kind) so no line passes another partner. Lines
/// follow Hartman's notation (thick solid strong, dashed tenuous, red strained), arrows the
/// way resources flow; each partner's label says the relations and their trust, both ways
/// when they differ. Positions come from ``RadialLayout``; Graphviz (`neato`, pinned) draws.
enum EcomapView {
    static func draw(_ network: TrustNetwork, center id: String, options: DiagramOptions,
                     stage: Sketch.FoldStage = .none, homes: Homes? = nil) throws(DiagramError) -> Drawing {
        guard let center = network.index(of: id) else { throw .unknownNode(id: id) }
        let language = options.language
        let kit = DrawingKit(network: network, options: options)
        var partners = Set<Int32>()
        for tie in network.ties {
            if tie.source == center { partners.insert(tie.target) }
            if tie.target == center { partners.insert(tie.source) }
        }
        let ordered = partners.sorted { (network[$0].kind, $0) < (network[$1].kind, $1) }
        var sketch = Sketch(network: network, nodes: [center] + ordered, keep: [center], options: options,
                            stage: stage, homes: homes, includeTie: { $0.source == center || $0.target == center })
        sketch.links.sort { max($0.a, $0.b) < max($1.a, $1.b) }
        let thresholds = network.thresholds
        // Each partner's label carries its relations and trust (the line stays unlabelled).
        var edges: [DiagramGraph.Edge] = []
        var ringOf: [Int: Int] = [:]
        for link in sketch.links {
            let partner = link.a == 0 ? link.b : link.a
            let edge = kit.edge(link, tail: link.a, head: link.b, labelled: false)
            let text = kit.trustText(link, reversed: edge.tail != link.a)
            let detail = sketch.items[partner].isGroup ? (sketch.items[partner].detail ?? "") + language.pick("；", "; ") + text : text
            sketch.items[partner].detail = detail
            ringOf[partner] = TrustBand(link.trust, thresholds: thresholds).rawValue
            edges.append(edge)
        }
        let strong = Palette.number(max(0.7, thresholds.pathTrust)), path = Palette.number(thresholds.pathTrust)
        let partnersInOrder = sketch.items.indices.dropFirst().filter { ringOf[$0] != nil }
        let rings = partnersInOrder.map { ringOf[$0] ?? 3 }.max() ?? 1
        let placed = partnersInOrder.enumerated().map { number, item in
            RadialLayout.Placed(ring: ringOf[item] ?? 3, turn: 0.25 + (Double(number) + 0.5) / Double(max(partnersInOrder.count, 1)),
                                width: 0, height: 0)
        }
        var sized = placed
        for (k, item) in partnersInOrder.enumerated() {
            let size = Self.size(sketch.items[item])
            sized[k].width = size.width
            sized[k].height = size.height
        }
        let layout = RadialLayout(nodes: sized, rings: rings, center: Self.size(sketch.items[0]))
        var positions: [Int: (x: Double, y: Double)] = [0: (0, 0)]
        for (k, item) in partnersInOrder.enumerated() { positions[item] = layout.positions[k] }

        var graph = RingDrawing(kit: kit, options: options)
        graph.addRings(layout.radii)
        graph.addItems(sketch.items, positions: positions, center: 0)
        graph.addEdges(edges)
        graph.addLegend(sketch.items, below: (layout.radii.last ?? 100) * RadialLayout.aspect)
        let centerName = sketch.items[0].name
        let note = language.pick(
            "圆环按信任分三圈：内圈强（≥ \(strong)）、中圈 \(path)–\(strong)、外圈弱（< \(path)）；每个伙伴下方写明关系与信任。",
            "Rings by trust: inner strong (≥ \(strong)), middle \(path)–\(strong), outer tenuous (< \(path)); each partner's label gives its relations and trust.")
        graph.graph.graphAttributes.append(("label", kit.caption(
            view: language.pick("生态图：", "Ecomap: ") + centerName, items: sketch.items, links: sketch.links,
            notes: [note] + kit.foldingNote(sketch.folding) + kit.anonymizeNote)))
        return Drawing(graph: graph.graph, engine: .neato, nodeCount: sketch.items.count, folding: sketch.folding)
    }

    /// A drawn item's estimated box.
    static func size(_ item: Sketch.Item) -> (width: Double, height: Double) {
        RadialLayout.estimate(nameLines: LabelText.lines(item.name, width: DrawingKit.nameWidth).lines,
                              smallLines: LabelText.lines(item.detail ?? "", width: 10, maxLines: 2).lines)
    }
}
