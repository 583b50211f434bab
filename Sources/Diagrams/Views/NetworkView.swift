import TrustModel

/// The `network` view (and the base of `community` and `gaps`): each community a box of its
/// own, the hierarchy and the partners in rows above, each over what it is tied to
/// (``BlockLayout``); names shortened the same way everywhere (``ShortNames``), labels
/// measured by Graphviz before placing, lines routed around the nodes. Past ``blockLimit``
/// nodes (a city drawn without a page) `sfdp` places them instead. On a page, the view is
/// drawn at each fold stage in turn until one fits (``Diagram``).
enum NetworkView {
    /// With `--engine dot`, past this many nodes `sfdp` takes over (dot needs minutes on a
    /// tangled network of a few hundred).
    static let dotLimit = 200
    /// Past this many drawn nodes the labels are not measured one by one and `sfdp` places them.
    static let blockLimit = 400
    /// On a page, a drawing whose lines cross more than this many times per line of the whole
    /// network gives way to a more folded one (a layered drawing of a station network crosses
    /// about four times per line, and is then past reading). Judged on the lines as routed.
    static let crossingsPerLine = 1.25

    /// What a view adds to a node it marks (the gaps view's findings): lines said inside the
    /// node and attributes (outline, colour).
    struct Mark: Sendable {
        var lines: [String]
        /// Added to the kind's style (`dashed`).
        var style: String?
        var peripheries: Int?
        var attributes: DiagramGraph.Attributes
    }

    /// A line to draw between two model nodes that is not a tie (a suggestion).
    struct ExtraLine: Sendable {
        var from: Int32
        var to: Int32
        var attributes: DiagramGraph.Attributes
    }

    /// - Complexity: O(V + E) to build, O(n log n) per width tried for placing, one label
    ///   measurement per drawn node; the layout (line routing) dominates.
    static func draw(_ network: TrustNetwork, options: DiagramOptions, stage: Sketch.FoldStage = .none,
                     homes: Homes? = nil, nodes: [Int32]? = nil, keep: Set<Int32> = [],
                     viewName: String? = nil, notes: [String] = [],
                     extraKeys: [(text: String, color: String)] = [],
                     marks: [Int32: Mark] = [:], extraLines: [ExtraLine] = [],
                     outlineAbove: Int? = nil) throws(DiagramError) -> (Drawing, Sketch) {
        let homes = homes ?? Homes(network)
        var kit = DrawingKit(network: network, options: options)
        kit.thinLines = true
        let all = nodes ?? (0..<Int32(network.nodes.count)).map { $0 }
        let sketch = Sketch(network: network, nodes: all, keep: keep, options: options, stage: stage, homes: homes)
        if let outlineAbove, sketch.items.count > outlineAbove { return (.outline(sketch), sketch) }
        let name = viewName ?? options.language.pick("合作网络全图", "Whole network")
        let engine = options.engine ?? (sketch.items.count <= blockLimit ? .pinned : .sfdp)
        guard engine == .pinned else {
            return (freeLayout(sketch, kit: kit, engine: engine == .dot && sketch.items.count > dotLimit ? .sfdp : engine,
                               name: name, notes: notes, extraKeys: extraKeys), sketch)
        }
        let short = ShortNames(network, homes: homes, anonymize: options.anonymize)

        // Community boxes: every item of a community whose committee is drawn as itself.
        var committeeItem: [Int32: Int] = [:]
        for (p, item) in sketch.items.enumerated() where item.kind == .committee {
            if let node = item.node { committeeItem[node] = p }
        }
        var boxOf: [Int: Int32] = [:]
        for (p, item) in sketch.items.enumerated() where item.fold == nil || item.fold == "c" || item.fold == "p" {
            guard let first = item.node ?? item.members.first, let community = homes.community(of: first),
                  committeeItem[community] != nil else { continue }
            boxOf[p] = community
        }
        var membersOf: [Int32: [Int]] = [:]
        for (p, community) in boxOf { membersOf[community, default: []].append(p) }
        for (community, members) in membersOf where members.count < 2 {
            for p in members { boxOf[p] = nil }
            membersOf[community] = nil
        }

        // Names as drawn.
        let (drawn, key) = short.apply(to: sketch.items, options: options, boxes: boxOf)
        let keyNotes = key + notes

        // Nodes with their final labels, then measured.
        var graph = PinnedDrawing(kit: kit, options: options, routed: true)
        let caption = kit.caption(view: name, items: drawn, links: sketch.links,
                                  notes: kit.foldingNote(sketch.folding) + kit.anonymizeNote + keyNotes,
                                  extraKeys: extraKeys)
        let itemMarks = drawn.map { item in item.node.flatMap { marks[$0] } }
        let rows = drawn.indices.map { kit.labelRows(drawn[$0], findings: itemMarks[$0]?.lines ?? []) }
        let labels = rows.map(DrawingKit.html)
        let legend = graph.legendNodes(drawn)
        let measured = try PinnedDrawing.measure(kit: kit, labels: labels, caption: caption, legend: legend)
        let (attributes, sizes) = PinnedDrawing.sized(drawn, labels: labels, sizes: measured.labels, kit: kit,
                                                      estimates: rows.map(DrawingKit.estimatedWidth)) { p in
            (itemMarks[p]?.style, itemMarks[p]?.peripheries, itemMarks[p]?.attributes ?? [])
        }

        // Rows and boxes.
        var levels: [[Int]] = [[], [], []]
        for p in drawn.indices where boxOf[p] == nil { levels[level(drawn[p])].append(p) }
        let blocks = membersOf.keys.sorted { a, b in
            let sa = homes.station(of: a) ?? Int32.max, sb = homes.station(of: b) ?? Int32.max
            return (sa, committeeItem[a] ?? 0) < (sb, committeeItem[b] ?? 0)
        }.map { community in
            let members = (membersOf[community] ?? []).sorted { (rank(drawn[$0]), $0) < (rank(drawn[$1]), $1) }
            // A box's title on one line of at most 14 ems (a longer one shortened).
            let title = LabelText.lines(short.community(community) ?? network[community].name, width: 14, maxLines: 1).lines.joined()
            return BlockLayout.Block(title: title, members: members,
                                     lead: members.prefix { rank(drawn[$0]) < 2 }.count)
        }
        var links = sketch.links.map { ($0.a, $0.b) }
        for line in extraLines {
            if let a = sketch.itemOfNode[line.from], let b = sketch.itemOfNode[line.to] { links.append((a, b)) }
        }
        let fit = PageFit(options)
        let layout = bestLayout(sizes: sizes, levels: levels, blocks: blocks, links: links, fit: fit) { layout in
            let legendHeight = PinnedDrawing.legendPlaces(measured.legend, width: layout.width).height
            return (max(layout.width, measured.caption.width), layout.height + measured.caption.height + legendHeight + 24)
        }

        graph.addItems(attributes, sizes: sizes, positions: layout.positions)
        graph.addBoxes(layout.frames)
        sketch.addEdges(to: &graph.graph, kit: kit, labelled: false)
        // A suggested line only where no line is drawn yet: two lines between one pair would
        // lie on top of each other (and Graphviz 2.42's router crashes on them).
        var joined = Set(sketch.links.map { [$0.a, $0.b] })
        for line in extraLines {
            guard let a = sketch.itemOfNode[line.from], let b = sketch.itemOfNode[line.to], a != b,
                  joined.insert([min(a, b), max(a, b)]).inserted else { continue }
            graph.graph.edges.append(DiagramGraph.Edge(tail: a, head: b, attributes: line.attributes))
        }
        let bottom = (layout.positions.map { $0.value.y - sizes[$0.key].height / 2 } + layout.frames.map { $0.y - $0.height / 2 }).min() ?? 0
        graph.addLegend(legend, sizes: measured.legend, top: bottom - 8)
        graph.graph.graphAttributes.append(("label", caption))
        let straight = graph.limitRouting()
        return (Drawing(graph: graph.graph, engine: .pinned, nodeCount: sketch.items.count, folding: sketch.folding,
                        crossingsPerLine: crossingsPerLine, lines: sketch.links.count, lastResort: straight), sketch)
    }

    /// The row an item outside the boxes goes in: the government, head stations and agencies
    /// on top, then stations and street offices, then everything else.
    private static func level(_ item: Sketch.Item) -> Int {
        guard item.fold == nil || item.fold == "p" || item.fold == "c" else { return 2 }
        switch item.kind {
        case .government, .headStation, .agency: return 0
        case .station, .streetOffice: return 1
        default: return 2
        }
    }

    /// Order inside a community's box: the office, the committee, partners, then clients.
    private static func rank(_ item: Sketch.Item) -> Int {
        switch item.kind {
        case .office: 0
        case .committee: 1
        case .client: 3
        default: 2
        }
    }

    /// The block layout to draw, among those of widths from the widest node to a few times
    /// the nodes' area (and, with boxes, two ways of sharing the boxes between the sides): of
    /// those legible on the paper (every text 7 pt or more once fitted), the one whose lines
    /// cross least, then the largest on paper; without boxes, or if none is legible, the
    /// largest on paper, then the smallest. `measure` gives a layout's whole size (caption and
    /// legend included).
    static func bestLayout(sizes: [BlockLayout.Size], levels: [[Int]], blocks: [BlockLayout.Block],
                           links: [(Int, Int)], fit: PageFit,
                           measure: (BlockLayout) -> (width: Double, height: Double)) -> BlockLayout {
        let widest = sizes.map(\.width).max() ?? 100
        let total = sizes.reduce(0.0) { $0 + ($1.width + BlockLayout.itemGap) * ($1.height + BlockLayout.rowGap) }
        let upper = max(widest, 2.5 * total.squareRoot())
        var tried: [(layout: BlockLayout, scale: Double, area: Double, legible: Bool)] = []
        var width = max(widest, 160)
        while true {
            for arrangement in blocks.count >= 2 ? [0, 1, 2, 3] : [0] {
                let layout = BlockLayout(sizes: sizes, levels: levels, blocks: blocks, links: links, width: width,
                                         arrangement: arrangement)
                let size = measure(layout)
                tried.append((layout, fit.scale(width: size.width, height: size.height), size.width * size.height,
                              fit.holds(width: size.width, height: size.height)))
            }
            if width >= upper { break }
            width = min(upper, width + max(20, upper / 40))
        }
        let legible = tried.filter(\.legible)
        // Without boxes (rows only) the widths differ little in crossings: the largest, smallest.
        guard !legible.isEmpty, blocks.count >= 2 else {
            return tried.max { ($0.scale, -$0.area) < ($1.scale, -$1.area) }!.layout
        }
        let counted = legible.map { ($0, crossings($0.layout, sizes: sizes, links: links)) }
        return counted.min { a, b in (a.1, -a.0.scale, a.0.area) < (b.1, -b.0.scale, b.0.area) }!.0.layout
    }

    /// Pairs of links that cross, drawn straight from box to box (as Graphviz draws them),
    /// away from their ends — what ``Crossings`` counts once laid out, estimated before.
    /// - Complexity: O(m²) for m links.
    static func crossings(_ layout: BlockLayout, sizes: [BlockLayout.Size], links: [(Int, Int)]) -> Int {
        typealias Point = (x: Double, y: Double)
        /// Where the line from a's centre towards b leaves a's box.
        func exit(_ a: Point, _ size: BlockLayout.Size, towards b: Point) -> Point {
            let (dx, dy) = (b.x - a.x, b.y - a.y)
            let tx = dx == 0 ? Double.infinity : size.width / 2 / abs(dx)
            let ty = dy == 0 ? Double.infinity : size.height / 2 / abs(dy)
            let t = min(tx, ty, 1)
            return (a.x + dx * t, a.y + dy * t)
        }
        let segments = links.compactMap { link -> (Point, Point)? in
            guard let a = layout.positions[link.0], let b = layout.positions[link.1] else { return nil }
            return (exit(a, sizes[link.0], towards: b), exit(b, sizes[link.1], towards: a))
        }
        func orient(_ p: Point, _ q: Point, _ r: Point) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
        func near(_ p: Point, _ q: Point) -> Bool { abs(p.x - q.x) < 12 && abs(p.y - q.y) < 12 }
        var count = 0
        for i in segments.indices {
            let s = segments[i]
            for j in (i + 1)..<max(i + 1, segments.count) {
                let t = segments[j]
                let o1 = orient(s.0, s.1, t.0), o2 = orient(s.0, s.1, t.1)
                guard (o1 > 0) != (o2 > 0) else { continue }
                let o3 = orient(t.0, t.1, s.0), o4 = orient(t.0, t.1, s.1)
                guard (o3 > 0) != (o4 > 0) else { continue }
                // Where they cross, unless next to an end (lines fanning out of one node).
                let k = o3 / (o3 - o4)
                let cross = (s.0.x + (s.1.x - s.0.x) * k, s.0.y + (s.1.y - s.0.y) * k)
                if [s.0, s.1, t.0, t.1].contains(where: { near($0, cross) }) { continue }
                count += 1
            }
        }
        return count
    }

    /// The drawing laid out by Graphviz alone: `sfdp` for a city drawn without a page, or
    /// `dot` when asked for (boxed by community).
    private static func freeLayout(_ sketch: Sketch, kit: DrawingKit, engine: LayoutEngine, name: String,
                                   notes: [String], extraKeys: [(text: String, color: String)]) -> Drawing {
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
            graph.clusters = clusters(of: sketch, network: kit.network, kit: kit)
            kit.addLegend(sketch.items, to: &graph)
        }
        graph.graphAttributes.append(("label", kit.caption(
            view: name, items: sketch.items, links: sketch.links,
            notes: kit.foldingNote(sketch.folding) + kit.anonymizeNote + notes, extraKeys: extraKeys,
            legendInLabel: engine != .dot)))
        return Drawing(graph: graph, engine: engine, nodeCount: sketch.items.count, folding: sketch.folding,
                       lines: sketch.links.count)
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
