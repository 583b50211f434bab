import TrustModel

/// What the ecomap and the ego view share: item 0 in the middle, the others on rings
/// (``RadialLayout``) sized by Graphviz's own measure of their labels, dashed rings, the
/// lines, the legend under the rings and the caption above.
enum RingView {
    /// The order round the rings: first what belongs to no community (the hierarchy, then
    /// partners, by kind), then each community together — its office, committee, partners
    /// and clients side by side, so the ties within it are short — communities in network
    /// order.
    static func order(_ network: TrustNetwork, _ homes: Homes, _ node: Int32) -> OrderKey {
        let community = homes.community(of: node).map(Int.init) ?? -1
        return OrderKey(community: community, kind: network[node].kind, node: node)
    }

    struct OrderKey: Comparable {
        var community: Int
        var kind: NodeKind
        var node: Int32
        static func < (a: OrderKey, b: OrderKey) -> Bool { (a.community, a.kind, a.node) < (b.community, b.kind, b.node) }
    }

    /// - Parameters:
    ///   - items: what is drawn, item 0 the centre (names as drawn).
    ///   - rings: each other item's ring (1 = innermost) and where it would like to be as a
    ///     fraction of a turn (the order around the rings).
    static func draw(kit: DrawingKit, items: [Sketch.Item], rings: [Int: (ring: Int, turn: Double)], ringCount: Int,
                     edges: [DiagramGraph.Edge], caption: DiagramGraph.Value, detailWidth: Double = 10,
                     detailLines: Int = 2, routed: Bool = false) throws(DiagramError) -> (graph: DiagramGraph, straight: Bool) {
        var graph = PinnedDrawing(kit: kit, options: kit.options, routed: routed)
        let rows = items.map { kit.labelRows($0, detailWidth: detailWidth, detailLines: detailLines) }
        let labels = rows.map(DrawingKit.html)
        let legend = graph.legendNodes(items)
        let measured = try PinnedDrawing.measure(kit: kit, labels: labels, caption: caption, legend: legend)
        let (attributes, sizes) = PinnedDrawing.sized(items, labels: labels, sizes: measured.labels, kit: kit,
                                                      estimates: rows.map(DrawingKit.estimatedWidth))
        let placedItems = items.indices.dropFirst().filter { rings[$0] != nil }
        let placed = placedItems.map { item in
            RadialLayout.Placed(ring: rings[item]?.ring ?? ringCount, turn: rings[item]?.turn ?? 1,
                                width: sizes[item].width, height: sizes[item].height)
        }
        let center = sizes[0]
        // One row per ring, or two (every other node a little further out), and rings round to
        // tall (wide on a page turned sideways), whichever fits the paper better.
        let fit = PageFit(kit.options)
        var best: (layout: RadialLayout, scale: Double, aspect: Double)?
        for rows in [1, 2] where rows == 1 || placed.count >= 12 {
          for aspect in kit.options.landscape ? [0.75, 0.87, 1.0] : [1.0, 1.15, 1.3] {
            let layout = RadialLayout(nodes: placed, rings: ringCount, center: (center.width, center.height), rows: rows,
                                      aspect: aspect)
            var halfWidth = (layout.radii.last ?? 0), halfHeight = halfWidth * aspect
            for (k, node) in placed.enumerated() {
                halfWidth = max(halfWidth, abs(layout.positions[k].x) + node.width / 2)
                halfHeight = max(halfHeight, abs(layout.positions[k].y) + node.height / 2)
            }
            let legend = PinnedDrawing.legendPlaces(measured.legend, width: 2 * halfWidth).height
            let width = max(2 * halfWidth, measured.caption.width)
            let height = 2 * halfHeight + measured.caption.height + legend + 24
            let scale = fit.scale(width: width, height: height)
            if best == nil || scale > best!.scale * 1.01 { best = (layout, scale, aspect) }
          }
        }
        guard let layout = best?.layout, let aspect = best?.aspect else { return (graph.graph, false) }
        var positions: [Int: (x: Double, y: Double)] = [0: (0, 0)]
        for (k, item) in placedItems.enumerated() { positions[item] = layout.positions[k] }
        graph.addRings(layout.radii, aspect: aspect)
        graph.addItems(attributes, sizes: sizes, positions: positions, center: 0)
        graph.addEdges(edges)
        let ringBottom = -(layout.radii.last ?? 0) * aspect
        let itemBottom = positions.map { $0.value.y - sizes[$0.key].height / 2 }.min() ?? 0
        graph.addLegend(legend, sizes: measured.legend, top: min(ringBottom, itemBottom) - 8)
        graph.graph.graphAttributes.append(("label", caption))
        let straight = graph.limitRouting()
        return (graph.graph, straight)
    }
}
