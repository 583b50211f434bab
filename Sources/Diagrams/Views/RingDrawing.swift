import TrustModel

/// A drawing whose nodes Guanxi places itself (``RadialLayout``) and `neato` only draws:
/// dashed rings first (so nodes lie over them), then the items pinned where they were put,
/// straight lines, and the legend's nodes in rows below.
struct RingDrawing {
    let kit: DrawingKit
    var graph = DiagramGraph()
    /// Position in `graph.nodes` of item 0.
    private var firstItem = 0
    private var width = 0.0

    init(kit: DrawingKit, options: DiagramOptions) {
        self.kit = kit
        graph.graphAttributes = kit.graphAttributes(engine: .neato) + [
            ("inputscale", .plain("72")), ("splines", .plain("false")), ("overlap", .plain("true")),
            ("notranslate", .plain("false"))]
        graph.nodeDefaults = kit.nodeDefaults
        graph.edgeDefaults = kit.edgeDefaults
    }

    private static func pin(_ x: Double, _ y: Double) -> DiagramGraph.Value {
        .plain(Palette.number(x) + "," + Palette.number(y) + "!")
    }

    /// Dashed ellipses of the given horizontal radii, innermost first (what each ring means
    /// is said in the caption: a label on a ring would crowd the nodes on it).
    mutating func addRings(_ radii: [Double]) {
        for radius in radii {
            _ = graph.addNode(prefix: "r", [
                ("shape", .plain("ellipse")), ("style", .plain("dashed")), ("label", .plain("")),
                ("color", .plain(Palette.lightGrey)), ("fixedsize", .plain("true")),
                ("width", .plain(Palette.number(2 * radius / 72))),
                ("height", .plain(Palette.number(2 * radius * RadialLayout.aspect / 72))),
                ("pos", Self.pin(0, 0)), ("tooltip", .plain(" "))])
            width = max(width, 2 * radius)
        }
    }

    /// The items, pinned; the centre drawn bolder.
    mutating func addItems(_ items: [Sketch.Item], positions: [Int: (x: Double, y: Double)], center: Int) {
        firstItem = graph.nodes.count
        for (index, item) in items.enumerated() {
            var attributes = kit.nodeAttributes(item)
            if let at = positions[index] { attributes.append(("pos", Self.pin(at.x, at.y))) }
            if index == center { attributes.append(("penwidth", .plain("2.5"))) }
            _ = graph.addNode(attributes)
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

    /// The legend's nodes in rows as wide as the rings, starting `below` points under the
    /// centre.
    mutating func addLegend(_ items: [Sketch.Item], below: Double) {
        let nodes = kit.legendNodes(items)
        let language = kit.language
        let rowWidth = max(width, 300)
        var x = -rowWidth / 2, y = -below - 40
        _ = graph.addNode(prefix: "k", [
            ("shape", .plain("plaintext")), ("style", .plain("solid")),
            ("label", .html("<FONT POINT-SIZE=\"\(Palette.number(DrawingKit.smallFont))\">\(LabelText.html(language.pick("图例：", "Key:")))</FONT>")),
            ("pos", Self.pin(x + 20, y))])
        x += 50
        for (attributes, kind) in zip(nodes, Set(items.map(\.kind)).sorted()) {
            let w = LabelText.width(kind.name(language)) * DrawingKit.smallFont * 1.3 + 26
            if x + w > rowWidth / 2 { x = -rowWidth / 2 + 50; y -= 30 }
            _ = graph.addNode(prefix: "k", attributes + [("pos", Self.pin(x + w / 2, y))])
            x += w + 8
        }
    }
}
