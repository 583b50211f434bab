import TrustModel

/// The `hierarchy` view: government → head station → stations → offices, with agencies and
/// street offices, laid out top-down by `dot`. Cooperation ties are drawn but do not rank.
/// On a page, a district's offices fold into one node per community, then per station.
enum HierarchyView {
    static let kinds: Set<NodeKind> = [.government, .headStation, .station, .office, .agency, .streetOffice]

    /// How far the hierarchy folds at a stage: offices per station, then a city's districts.
    static func fold(_ stage: Sketch.FoldStage) -> Sketch.FoldStage {
        stage == .none ? .none : (stage >= .districts ? .districts : .stations)
    }

    /// The hierarchy in rows by level (``BlockLayout``), each item over what it is tied to.
    static func drawInRows(_ network: TrustNetwork, options: DiagramOptions, stage: Sketch.FoldStage = .none,
                           homes: Homes? = nil) throws(DiagramError) -> Drawing {
        let chosen = network.nodes.indices.filter { kinds.contains(network.nodes[$0].kind) }.map { Int32($0) }
        return try NetworkView.draw(network, options: options, stage: Self.fold(stage), homes: homes,
                                    nodes: chosen, viewName: options.language.pick("层级结构", "Hierarchy")).0
    }

    static func draw(_ network: TrustNetwork, options: DiagramOptions, stage: Sketch.FoldStage = .none,
                     homes: Homes? = nil) -> Drawing {
        let kit = DrawingKit(network: network, options: options)
        let chosen = network.nodes.indices.filter { kinds.contains(network.nodes[$0].kind) }.map { Int32($0) }
        // Offices fold per station; communities of one office each add nothing.
        let sketch = Sketch(network: network, nodes: chosen, keep: [], options: options, stage: fold(stage), homes: homes)
        let engine = options.engine ?? (sketch.items.count <= 2000 ? .dot : .sfdp)
        var graph = DiagramGraph()
        graph.graphAttributes = kit.graphAttributes(engine: engine)
        if engine == .dot {
            graph.graphAttributes += [("rankdir", .plain("TB")), ("nodesep", .plain("0.12")), ("ranksep", .plain("0.45"))]
        }
        graph.nodeDefaults = kit.nodeDefaults
        graph.edgeDefaults = kit.edgeDefaults
        sketch.addNodes(to: &graph, kit: kit)
        // Unlabelled: in a layered drawing a label beside one line is crossed by the next (the
        // relations and trust of each line are in its tooltip).
        let labelled = false
        for link in sketch.links {
            // Cooperation does not rank; such a line often joins two nodes of one rank, and is
            // left unlabelled there (Graphviz 2.42 mishandles labels on lines within a rank).
            let cooperation = link.relations == [.cooperation]
            let extra: DiagramGraph.Attributes = cooperation ? [("constraint", .plain("false"))] : []
            graph.edges.append(kit.edge(link, tail: link.a, head: link.b, labelled: labelled && !cooperation, extra: extra))
        }
        if engine == .dot { kit.addLegend(sketch.items, to: &graph) }
        graph.graphAttributes.append(("label", kit.caption(
            view: options.language.pick("层级结构", "Hierarchy"), items: sketch.items, links: sketch.links,
            notes: kit.foldingNote(sketch.folding), legendInLabel: engine != .dot)))
        return Drawing(graph: graph, engine: engine, nodeCount: sketch.items.count, folding: sketch.folding,
                       lines: sketch.links.count)
    }
}
