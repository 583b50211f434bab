/// What to draw, before Graphviz sees it: the graph, its clusters, nodes and edges with their
/// Graphviz attributes, in the order they are to be written. Views build one; ``Graphviz``
/// turns it into a cgraph graph and DOT text.
///
/// Node names are generated (`n0`, `n1`, …; `s0`… for invisible spacers): user text appears
/// only in attribute values, already escaped by ``LabelText``.
struct DiagramGraph: Sendable {
    /// An attribute value: plain text (a DOT quoted string; Graphviz's escString rules apply)
    /// or an HTML-like label (written `<…>`).
    enum Value: Sendable, Equatable {
        case plain(String)
        case html(String)
        /// A node's tooltip as the reader should get it, unescaped and whole. DOT holds at
        /// most ``LabelText/tooltipLimit`` characters of it (`dot` reads no quoted string over
        /// 16 KB); a longer one also gives the node an `id` (``LabelText/tooltipID(_:)``) by
        /// which ``LabelText/restoringTooltips(_:_:)`` puts it back whole into the SVG.
        case tooltip(String)
    }

    typealias Attributes = [(name: String, value: Value)]

    struct Node: Sendable {
        var name: String
        var attributes: Attributes
    }

    struct Edge: Sendable {
        var tail: Int
        var head: Int
        var attributes: Attributes
    }

    /// A `cluster…` subgraph: a labelled box around its members (node positions in ``nodes``).
    struct Cluster: Sendable {
        var name: String
        var attributes: Attributes
        var members: [Int]
    }

    var name = "guanxi"
    var directed = true
    var graphAttributes: Attributes = []
    var nodeDefaults: [(name: String, value: String)] = []
    var edgeDefaults: [(name: String, value: String)] = []
    var clusters: [Cluster] = []
    var nodes: [Node] = []
    var edges: [Edge] = []

    /// Adds a node named `prefix` + its position and returns its position.
    mutating func addNode(prefix: String = "n", _ attributes: Attributes) -> Int {
        nodes.append(Node(name: prefix + String(nodes.count), attributes: attributes))
        return nodes.count - 1
    }
}
