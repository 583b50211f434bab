import TrustModel

/// The `hierarchy` view: government → head station → stations → offices, with agencies and
/// street offices, laid out top-down by `dot`. Cooperation ties are drawn but do not rank.
enum HierarchyView {
    static let kinds: Set<NodeKind> = [.government, .headStation, .station, .office, .agency, .streetOffice]

    static func draw(_ network: TrustNetwork, options: DiagramOptions) -> Drawing {
        let kit = DrawingKit(network: network, options: options)
        let chosen = network.nodes.indices.filter { kinds.contains(network.nodes[$0].kind) }.map { Int32($0) }
        let sketch = Sketch(network: network, nodes: chosen, keep: [], options: options)
        let engine = options.engine ?? (sketch.items.count <= 2000 ? .dot : .sfdp)
        var graph = DiagramGraph()
        graph.graphAttributes = kit.graphAttributes(engine: engine)
        if engine == .dot {
            graph.graphAttributes += [("rankdir", .plain("TB")), ("nodesep", .plain("0.3")), ("ranksep", .plain("0.8"))]
        }
        graph.nodeDefaults = kit.nodeDefaults
        graph.edgeDefaults = kit.edgeDefaults
        sketch.addNodes(to: &graph, kit: kit)
        for link in sketch.links {
            let extra: DiagramGraph.Attributes = link.relations == [.cooperation] ? [("constraint", .plain("false"))] : []
            graph.edges.append(kit.edge(link, tail: link.a, head: link.b, labelled: true, extra: extra))
        }
        graph.graphAttributes.append(("label", kit.caption(
            view: options.language.pick("层级结构", "Hierarchy"), items: sketch.items,
            linkCount: sketch.links.count, notes: [])))
        return Drawing(graph: graph, engine: engine, nodeCount: sketch.items.count, folding: nil)
    }
}
