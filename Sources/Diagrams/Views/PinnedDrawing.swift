import TrustModel

/// A drawing whose nodes Guanxi places itself (``RadialLayout``, ``BlockLayout``) and Graphviz
/// only draws (`nop`: positions in points, as given): background shapes first (dashed rings, community boxes), then the items pinned
/// where they were put, the lines (straight, or routed around the items), and the legend's
/// nodes in rows below.
struct PinnedDrawing {
    let kit: DrawingKit
    var graph = DiagramGraph()
    /// Position in `graph.nodes` of item 0.
    private var firstItem = 0
    /// Horizontal extent of what is placed so far (for the legend's rows).
    private var left = Double.infinity
    private var right = -Double.infinity
    /// Background shapes in xdot (`_background`): polygons and ellipses only (text in it crashes
    /// Graphviz 2.42).
    private var background = ""

    /// `routed`: lines go around the items (`splines=true`) instead of straight.
    init(kit: DrawingKit, options: DiagramOptions, routed: Bool = false) {
        self.kit = kit
        graph.graphAttributes = kit.graphAttributes(engine: .pinned) + [
            ("splines", .plain(routed ? "polyline" : "false")), ("sep", .plain("+3"))]
        graph.nodeDefaults = kit.nodeDefaults
        graph.edgeDefaults = kit.edgeDefaults
    }

    /// Lines are routed round the nodes only in drawings up to this many nodes and
    /// ``routedLineLimit`` lines: Graphviz's router is cubic in the nodes' corners (a
    /// 100-node drawing took 10 s); a bigger drawing gets straight lines.
    static let routedNodeLimit = 90
    static let routedLineLimit = 250

    /// Straight lines instead of routed ones in a drawing too big to route quickly; returns
    /// whether its lines, meant to go round the nodes, are now straight (such a drawing is
    /// used only when nothing else fits: its lines cross the labels).
    @discardableResult
    mutating func limitRouting() -> Bool {
        guard graph.nodes.count > Self.routedNodeLimit || graph.edges.count > Self.routedLineLimit,
              let index = graph.graphAttributes.firstIndex(where: { $0.name == "splines" }),
              graph.graphAttributes[index].value == .plain("polyline") else { return false }
        graph.graphAttributes[index].value = .plain("line")
        return true
    }

    private static func pin(_ x: Double, _ y: Double) -> DiagramGraph.Value {
        .plain(Palette.number(x) + "," + Palette.number(y) + "!")
    }

    private mutating func extend(_ x0: Double, _ x1: Double) {
        left = min(left, x0)
        right = max(right, x1)
    }

    /// Dashed ellipses of the given horizontal radii round (0, 0), innermost first, drawn
    /// behind everything (what each ring means is said in the caption: a label on a ring
    /// would crowd the nodes on it).
    mutating func addRings(_ radii: [Double], aspect: Double = RadialLayout.aspect) {
        for radius in radii {
            background += "S 6 -dashed c 7 -\(Palette.lightGrey) e 0 0 \(Palette.number(radius)) \(Palette.number(radius * aspect)) "
            extend(-radius, radius)
        }
        setBackground()
    }

    private mutating func setBackground() {
        graph.graphAttributes.removeAll { $0.name == "_background" }
        graph.graphAttributes.append(("_background", .plain(background)))
    }

    /// Community boxes: a light box each, its title in bold at its top left.
    mutating func addBoxes(_ frames: [BlockLayout.Frame]) {
        for frame in frames {
            let x0 = frame.x - frame.width / 2, x1 = frame.x + frame.width / 2
            let y0 = frame.y - frame.height / 2, y1 = frame.y + frame.height / 2
            let corners = [x0, y0, x1, y0, x1, y1, x0, y1].map(Palette.number).joined(separator: " ")
            background += "S 5 -solid c 7 -\(Palette.lightGrey) C 7 -#F4F6F8 P 4 \(corners) "
            let title = LabelText.lines(frame.title, width: max(4, (frame.width - 8) / DrawingKit.nameFont), maxLines: 1).lines.joined()
            let titleWidth = LabelText.width(title) * DrawingKit.nameFont
            _ = graph.addNode(prefix: "b", [
                ("shape", .plain("plaintext")), ("style", .plain("solid")), ("margin", .plain("0")),
                ("width", .plain("0")), ("height", .plain("0")),
                ("label", .html("<FONT POINT-SIZE=\"\(Palette.number(DrawingKit.nameFont))\"><B>\(LabelText.html(title))</B></FONT>")),
                ("tooltip", .tooltip(frame.title)),
                ("pos", Self.pin(x0 + 4 + titleWidth / 2, y1 - BlockLayout.titleHeight / 2 - 1))])
            extend(x0, x1)
        }
        setBackground()
    }

    /// The items, pinned; the centre (if any) drawn bolder.
    mutating func addItems(_ attributes: [DiagramGraph.Attributes], sizes: [BlockLayout.Size],
                           positions: [Int: (x: Double, y: Double)], center: Int? = nil) {
        firstItem = graph.nodes.count
        for (index, attributes) in attributes.enumerated() {
            var list = attributes
            if let at = positions[index] {
                list.append(("pos", Self.pin(at.x, at.y)))
                extend(at.x - sizes[index].width / 2, at.x + sizes[index].width / 2)
            }
            if index == center { list.append(("penwidth", .plain("2.5"))) }
            _ = graph.addNode(list)
        }
    }

    /// Edges between items (positions in the item list).
    mutating func addEdges(_ edges: [DiagramGraph.Edge]) {
        for var edge in edges {
            edge.tail += firstItem
            edge.head += firstItem
            graph.edges.append(edge)
        }
    }

    /// What the legend draws: "Key:" and one node per kind drawn, in vocabulary order.
    func legendNodes(_ items: [Sketch.Item]) -> [DiagramGraph.Attributes] {
        let key: DiagramGraph.Attributes = [
            ("shape", .plain("plaintext")), ("style", .plain("solid")), ("margin", .plain("0.02,0")),
            ("label", .html("<FONT POINT-SIZE=\"\(Palette.number(DrawingKit.smallFont))\">\(LabelText.html(kit.language.pick("图例：", "Key:")))</FONT>"))]
        return [key] + kit.legendNodes(items)
    }

    /// The sizes Graphviz draws things at: each label (HTML-like) on its own, the caption,
    /// and the legend's nodes (``legendNodes(_:)``).
    static func measure(kit: DrawingKit, labels: [String], caption: DiagramGraph.Value,
                        legend: [DiagramGraph.Attributes]) throws(DiagramError)
        -> (labels: [BlockLayout.Size], caption: BlockLayout.Size, legend: [BlockLayout.Size]) {
        var measuring = DiagramGraph()
        measuring.graphAttributes = kit.graphAttributes(engine: .pinned)
        measuring.nodeDefaults = kit.nodeDefaults
        let bare: DiagramGraph.Attributes = [("shape", .plain("plaintext")), ("margin", .plain("0"))]
        for label in labels { _ = measuring.addNode(bare + [("label", .html(label))]) }
        _ = measuring.addNode(bare + [("label", caption)])
        for list in legend { _ = measuring.addNode(list) }
        let sizes = try Graphviz.shared.nodeSizes(of: measuring).map { BlockLayout.Size(width: $0.width, height: $0.height) }
        return (Array(sizes[..<labels.count]), sizes[labels.count], Array(sizes[(labels.count + 1)...]))
    }

    /// Each item's attributes at a fixed size around its measured label, and that size.
    static func sized(_ items: [Sketch.Item], labels: [String], sizes: [BlockLayout.Size], kit: DrawingKit,
                      estimates: [Double] = [],
                      extra: (Int) -> (style: String?, peripheries: Int?, attributes: DiagramGraph.Attributes) = { _ in (nil, nil, []) })
        -> (attributes: [DiagramGraph.Attributes], sizes: [BlockLayout.Size]) {
        var attributes: [DiagramGraph.Attributes] = []
        var outer: [BlockLayout.Size] = []
        for p in items.indices {
            let more = extra(p)
            // Never narrower than the text as a ruler measures it (``DrawingKit/estimatedWidth(_:)``).
            let width = max(sizes[p].width, p < estimates.count ? estimates[p] : 0)
            let node = kit.sizedNodeAttributes(items[p], label: labels[p], labelSize: (width, sizes[p].height),
                                               peripheries: more.peripheries, extraStyle: more.style)
            attributes.append(node.attributes + more.attributes)
            outer.append(BlockLayout.Size(width: node.width, height: node.height))
        }
        return (attributes, outer)
    }

    private static let legendGap = 8.0

    /// Where the legend's nodes go: rows as wide as the drawing (at least 300 points), left
    /// aligned; each centre relative to the top left, and the rows' height.
    static func legendPlaces(_ sizes: [BlockLayout.Size], width: Double) -> (places: [(x: Double, y: Double)], height: Double) {
        let rowWidth = max(width, 300)
        var places: [(x: Double, y: Double)] = []
        var x = 0.0, top = 0.0, rowHeight = 0.0
        for (k, size) in sizes.enumerated() {
            if k > 1, x + size.width > rowWidth {
                x = (sizes.first?.width ?? 0) + legendGap      // under the first kind, after "Key:"
                top += rowHeight + legendGap
                rowHeight = 0
            }
            rowHeight = max(rowHeight, size.height)
            places.append((x + size.width / 2, top + size.height / 2))
            x += size.width + legendGap
        }
        return (places, top + rowHeight)
    }

    /// The legend's nodes (``legendNodes(_:)``, sized by ``measure(kit:items:caption:legend:)``)
    /// in rows from `top` (points, y up) downwards, from the drawing's left edge.
    mutating func addLegend(_ nodes: [DiagramGraph.Attributes], sizes: [BlockLayout.Size], top: Double) {
        let rowLeft = left.isFinite ? left : 0
        let rowWidth = max((right.isFinite ? right : rowLeft + 300) - rowLeft, 300)
        let (places, _) = Self.legendPlaces(sizes, width: rowWidth)
        for (attributes, place) in zip(nodes, places) {
            _ = graph.addNode(prefix: "k", attributes + [("pos", Self.pin(rowLeft + place.x, top - Self.legendGap - place.y))])
        }
    }
}
