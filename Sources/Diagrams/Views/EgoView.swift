import TrustModel

/// The `ego` view: every node within `depth` ties of the centre (either direction) and the
/// ties among them, in rings by distance (`twopi`; `sfdp` beyond ``twopiLimit`` nodes).
enum EgoView {
    static let twopiLimit = 300

    /// - Complexity: O(V + E) for the breadth-first search.
    static func draw(_ network: TrustNetwork, center id: String, depth: Int, options: DiagramOptions) throws(DiagramError) -> Drawing {
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
            next.sort()
            order += next
            frontier = next
            if frontier.isEmpty { break }
        }
        let kit = DrawingKit(network: network, options: options)
        let sketch = Sketch(network: network, nodes: order, keep: [center], options: options)
        let engine = options.engine ?? (sketch.items.count <= twopiLimit ? .twopi : .sfdp)
        var graph = DiagramGraph()
        graph.graphAttributes = kit.graphAttributes(engine: engine)
        if engine == .twopi {
            var perRing = [Int](repeating: 0, count: depth)
            for node in order.dropFirst() { perRing[(distance[node] ?? 1) - 1] += 1 }
            let rings = perRing.filter { $0 > 0 }
            graph.graphAttributes += [("root", .plain("n0")),
                                      ("ranksep", .plain(DrawingKit.ringSeparations(rings, total: rings.last ?? 1, gap: 2)))]
        }
        graph.nodeDefaults = kit.nodeDefaults
        graph.edgeDefaults = kit.edgeDefaults
        sketch.addNodes(to: &graph, kit: kit)
        graph.nodes[0].attributes += [("penwidth", .plain("2.5")), ("fontsize", .plain("15"))]
        sketch.addEdges(to: &graph, kit: kit, labelled: false)
        let language = options.language
        let view = language.pick("个体网络：\(sketch.items[0].name)（\(depth) 步以内）",
                                 "Ego network: \(sketch.items[0].name) (within \(depth) step\(depth == 1 ? "" : "s"))")
        graph.graphAttributes.append(("label", kit.caption(
            view: view, items: sketch.items, linkCount: sketch.links.count,
            notes: kit.foldingNote(sketch.folding) + kit.anonymizeNote)))
        return Drawing(graph: graph, engine: engine, nodeCount: sketch.items.count, folding: sketch.folding)
    }
}
