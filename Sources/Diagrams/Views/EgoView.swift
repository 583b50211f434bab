import TrustModel

/// The `ego` view: every node within `depth` ties of the centre (either direction) and the
/// ties among them, the centre in the middle and each further step on a ring of its own
/// (``RadialLayout``); a node on an outer ring sits next to the partner that links it in. On
/// a page, what the rings hold folds (clients, then partners, then communities) until it fits.
enum EgoView {
    /// Crossings allowed per line of the full ego network: the ties among the partners cross
    /// the rings as chords, more than in the network view.
    static let crossingsPerLine = 4.0

    /// - Complexity: O(V + E) for the breadth-first search; the layout O(n log n) per radius tried.
    static func draw(_ network: TrustNetwork, center id: String, depth: Int, options: DiagramOptions,
                     stage: Sketch.FoldStage = .none, homes: Homes? = nil, outlineAbove: Int? = nil) throws(DiagramError) -> Drawing {
        guard let center = network.index(of: id) else { throw .unknownNode(id: id) }
        guard depth >= 1 else { throw .invalidOption(name: "--depth", value: String(depth)) }
        let homes = homes ?? Homes(network)
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
            next.sort { RingView.order(network, homes, $0) < RingView.order(network, homes, $1) }
            order += next
            frontier = next
            if frontier.isEmpty { break }
        }
        var kit = DrawingKit(network: network, options: options)
        kit.thinLines = true
        let sketch = Sketch(network: network, nodes: order, keep: [center], options: options, stage: stage, homes: homes)
        if let outlineAbove, sketch.items.count > outlineAbove { return .outline(sketch) }
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
        let deepest = max(ring.max() ?? 0, 1)
        var rings: [Int: (ring: Int, turn: Double)] = [:]
        for k in 1...deepest {
            var members = sketch.items.indices.filter { ring[$0] == k }
            func parentPlace(_ item: Int) -> Double {
                adjacent[item].filter { ring[$0] == k - 1 && k > 1 }.map { place[$0] }.min() ?? 1
            }
            if k > 1 { members.sort { (parentPlace($0), $0) < (parentPlace($1), $1) } }
            for (number, item) in members.enumerated() {
                // Ring k's nodes between their parents' places, in order.
                let own = (Double(number) + 0.5) / Double(max(members.count, 1))
                place[item] = k == 1 ? own : min(parentPlace(item), 1) + own * 1e-3
                rings[item] = (k, place[item])
            }
        }
        let language = options.language
        let (drawn, key) = ShortNames(network, homes: homes, anonymize: options.anonymize).apply(to: sketch.items, options: options)
        let view = language.pick("个体网络：\(sketch.items[0].name)（\(depth) 步以内）",
                                 "Ego network: \(sketch.items[0].name) (within \(depth) step\(depth == 1 ? "" : "s"))")
        let caption = kit.caption(view: view, items: drawn, links: sketch.links,
                                  notes: key + kit.foldingNote(sketch.folding) + kit.anonymizeNote)
        let (graph, straight) = try RingView.draw(kit: kit, items: drawn, rings: rings, ringCount: deepest,
                                      edges: sketch.links.map { kit.edge($0, tail: $0.a, head: $0.b, labelled: false) },
                                      caption: caption, routed: true)
        return Drawing(graph: graph, engine: .pinned, nodeCount: sketch.items.count, folding: sketch.folding,
                       crossingsPerLine: crossingsPerLine, lines: sketch.links.count, lastResort: straight)
    }
}
