import TrustModel

/// The `ecomap` view (Hartman 1978): one node at the centre and its partners on drawn rings
/// by trust — strong ties on the inner ring, moderate on the middle, tenuous on the outer —
/// each partner at its own angle (grouped by kind) so no line passes another partner. Lines
/// follow Hartman's notation (thick solid strong, dashed tenuous, red strained), arrows the
/// way resources flow; each partner's label says the relations and their trust, both ways
/// when they differ. Positions come from ``RadialLayout``; Graphviz draws them pinned.
enum EcomapView {
    static func draw(_ network: TrustNetwork, center id: String, options: DiagramOptions,
                     stage: Sketch.FoldStage = .none, homes: Homes? = nil, outlineAbove: Int? = nil) throws(DiagramError) -> Drawing {
        guard let center = network.index(of: id) else { throw .unknownNode(id: id) }
        let homes = homes ?? Homes(network)
        let language = options.language
        let kit = DrawingKit(network: network, options: options)
        var partners = Set<Int32>()
        for tie in network.ties {
            if tie.source == center { partners.insert(tie.target) }
            if tie.target == center { partners.insert(tie.source) }
        }
        let ordered = partners.sorted { RingView.order(network, homes, $0) < RingView.order(network, homes, $1) }
        var sketch = Sketch(network: network, nodes: [center] + ordered, keep: [center], options: options,
                            stage: stage, homes: homes, includeTie: { $0.source == center || $0.target == center })
        if let outlineAbove, sketch.items.count > outlineAbove { return .outline(sketch) }
        sketch.links.sort { max($0.a, $0.b) < max($1.a, $1.b) }
        let thresholds = network.thresholds
        // Each partner's label carries its relations and trust (the line stays unlabelled).
        var edges: [DiagramGraph.Edge] = []
        var ringOf: [Int: Int] = [:]
        for link in sketch.links {
            let partner = link.a == 0 ? link.b : link.a
            let edge = kit.edge(link, tail: link.a, head: link.b, labelled: false)
            let text = kit.codedTrustText(link, reversed: edge.tail != link.a)
            let detail = sketch.items[partner].isGroup ? (sketch.items[partner].detail ?? "") + "\n" + text : text
            sketch.items[partner].detail = detail
            ringOf[partner] = TrustBand(link.trust, thresholds: thresholds).rawValue
            edges.append(edge)
        }
        let partnersInOrder = sketch.items.indices.dropFirst().filter { ringOf[$0] != nil }
        var rings: [Int: (ring: Int, turn: Double)] = [:]
        for (number, item) in partnersInOrder.enumerated() {
            rings[item] = (ringOf[item] ?? 3, Double(number) / Double(max(partnersInOrder.count, 1)))
        }
        let centerName = sketch.items[0].name
        let (drawn, key) = ShortNames(network, homes: homes, anonymize: options.anonymize).apply(to: sketch.items, options: options)
        let strong = Palette.number(max(0.7, thresholds.pathTrust)), path = Palette.number(thresholds.pathTrust)
        let note = language.pick(
            "圆环按信任分三圈：内圈强（≥ \(strong)）、中圈 \(path)–\(strong)、外圈弱（< \(path)）；每个伙伴下方写明关系与信任。",
            "Rings by trust: inner strong (≥ \(strong)), middle \(path)–\(strong), outer tenuous (< \(path)); each partner's label gives its relations and trust.")
        let caption = kit.caption(view: language.pick("生态图：", "Ecomap: ") + centerName, items: drawn, links: sketch.links,
                                  notes: [note] + (kit.relationKey(sketch.links).map { [$0] } ?? []) + key
                                      + kit.foldingNote(sketch.folding) + kit.anonymizeNote)
        let (graph, straight) = try RingView.draw(kit: kit, items: drawn, rings: rings, ringCount: rings.values.map(\.ring).max() ?? 1,
                                      edges: edges, caption: caption, detailWidth: 7, detailLines: 2)
        return Drawing(graph: graph, engine: .pinned, nodeCount: sketch.items.count, folding: sketch.folding,
                       lines: sketch.links.count, lastResort: straight)
    }
}
