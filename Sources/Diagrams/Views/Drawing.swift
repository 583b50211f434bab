/// A view drawn: the graph to hand to Graphviz and what the caller may want to know.
struct Drawing: Sendable {
    var graph: DiagramGraph
    var engine: LayoutEngine
    /// Nodes drawn (folded groups count once; invisible spacers not at all).
    var nodeCount: Int
    var folding: Sketch.Folding?
    /// Crossings allowed per line of the most detailed drawing of the view (``Crossings``),
    /// for views where lines run between many nodes; `nil` where crossings do not decide.
    var crossingsPerLine: Double? = nil
    /// Lines drawn (links between items).
    var lines = 0
    /// Only counted, not drawn: a fold stage far too big for the page (``outline(_:)``).
    var isOutline = false
    /// Used only when nothing else fits (its lines, too many to route, cross its labels).
    var lastResort = false

    /// A stage that cannot be tried on the page: its counts only, nothing built (a city's
    /// 58,000 labels would take seconds to write and never be laid out).
    static func outline(_ sketch: Sketch) -> Drawing {
        Drawing(graph: DiagramGraph(), engine: .sfdp, nodeCount: sketch.items.count, folding: sketch.folding,
                lines: sketch.links.count, isOutline: true)
    }
}

extension Sketch {
    /// Adds every item as a node of `graph` (positions in `graph.nodes` equal item positions
    /// when `graph` starts empty).
    func addNodes(to graph: inout DiagramGraph, kit: DrawingKit) {
        for item in items { _ = graph.addNode(kit.nodeAttributes(item)) }
    }

    /// Adds every link as an edge.
    func addEdges(to graph: inout DiagramGraph, kit: DrawingKit, labelled: Bool) {
        for link in links {
            graph.edges.append(kit.edge(link, tail: link.a, head: link.b, labelled: labelled))
        }
    }
}
