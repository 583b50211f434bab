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
