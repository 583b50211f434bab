import TrustModel

/// The `ego` view: every node within `depth` ties of the centre (either direction) and the
/// ties among them, the centre in the middle and each further step on a ring of its own
/// (``RadialLayout``); a node on an outer ring sits near the partner that links it in. On a
/// page, what the rings hold folds (clients, then partners, then communities) until it fits.
enum EgoView {
    /// - Complexity: O(V + E) for the breadth-first search, O(n²) per growth step of the rings.
    static func draw(_ network: TrustNetwork, center id: String, depth: Int, options: DiagramOptions,
                     stage: Sketch.FoldStage = .none, homes: Homes? = nil) throws(DiagramError) -> Drawing {
        guard let center = network.index(of: id) else { throw .unknownNode(id: id) }
        guard depth >= 1 else { throw .invalidOption(name: "--depth", value: String(depth)) }
        var neighbours = [[Int32]](repeating: [], count: network.nodes.count)
        for tie in network.ties {
            neighbours[Int(tie.source)].append(tie.target)
            neighbours[Int(tie.target)].append(tie.source)
        }
        var distance: [Int32: Int] = [center: 0]
        var order: [Int32] = [center]
        var frontier: [Int32] = [center]
        for step in 1...depth {
            var next: [Int32] = []
            for node in frontier {
                for other in neighbours[Int(node)] where distance[other] == nil {
                    distance[other] = step
                    next.append(other)
                }
            }
            next.sort { (network[$0].kind, $0) < (network[$1].kind, $1) }
            order += next
            frontier = next
            if frontier.isEmpty { break }
        }
        let kit = DrawingKit(network: network, options: options)
        let sketch = Sketch(network: network, nodes: order, keep: [center], options: options, stage: stage, homes: homes)
        // Each item's ring: the nearest of its members.
        var ring = [Int](repeating: depth, count: sketch.items.count)
        for node in order {
            if let item = sketch.itemOfNode[node] { ring[item] = min(ring[item], distance[node] ?? depth) }
        }
        ring[0] = 0
        var adjacent = [[Int]](repeating: [], count: sketch.items.count)
        for link in sketch.links {
            adjacent[link.a].append(link.b)
            adjacent[link.b].append(link.a)
        }
        // Rings in order: the first ring as drawn, each later one by its parent's place.
        var place = [Double](repeating: 0, count: sketch.items.count)
        var rings: [[Int]] = []
        let deepest = ring.max() ?? 0
        for k in stride(from: 1, through: max(deepest, 1), by: 1) {
            var members = sketch.items.indices.filter { ring[$0] == k }
            if k > 1 {
                func parentPlace(_ item: Int) -> Double {
                    adjacent[item].filter { ring[$0] == k - 1 }.map { place[$0] }.min() ?? 1
                }
                members.sort { (parentPlace($0), $0) < (parentPlace($1), $1) }
            }
            for (number, item) in members.enumerated() {
                place[item] = (Double(number) + 0.5) / Double(max(members.count, 1))
            }
            rings.append(members)
        }
        let inRings = rings.flatMap { $0 }
        let placed = inRings.map { item -> RadialLayout.Placed in
            let size = EcomapView.size(sketch.items[item])
            return RadialLayout.Placed(ring: max(ring[item], 1), turn: 0.25 + place[item], width: size.width, height: size.height)
        }
        let layout = RadialLayout(nodes: placed, rings: max(deepest, 1), center: EcomapView.size(sketch.items[0]), gap: 60)
        var positions: [Int: (x: Double, y: Double)] = [0: (0, 0)]
        for (k, item) in inRings.enumerated() { positions[item] = layout.positions[k] }

        var graph = RingDrawing(kit: kit, options: options)
        let language = options.language
        graph.addRings(layout.radii)
        graph.addItems(sketch.items, positions: positions, center: 0)
        graph.addEdges(sketch.links.map { kit.edge($0, tail: $0.a, head: $0.b, labelled: false) })
        graph.addLegend(sketch.items, below: (layout.radii.last ?? 100) * RadialLayout.aspect)
        let view = language.pick("个体网络：\(sketch.items[0].name)（\(depth) 步以内）",
                                 "Ego network: \(sketch.items[0].name) (within \(depth) step\(depth == 1 ? "" : "s"))")
        graph.graph.graphAttributes.append(("label", kit.caption(
            view: view, items: sketch.items, links: sketch.links,
            notes: kit.foldingNote(sketch.folding) + kit.anonymizeNote)))
        return Drawing(graph: graph.graph, engine: .neato, nodeCount: sketch.items.count, folding: sketch.folding)
    }
}
