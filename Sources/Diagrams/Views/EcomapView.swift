import TrustModel

/// The `ecomap` view (Hartman 1978): one node at the centre and its partners on rings by
/// trust — strong ties on the inner ring, tenuous ones on the outer — drawn by `twopi`.
/// Lines follow Hartman's notation (thick solid strong, dashed tenuous, red strained), arrows
/// the way resources flow; node size grows with the people a node serves.
///
/// `twopi` puts a node on ring k when the tree it grows from the root reaches it in k steps,
/// so a partner meant for ring k hangs from the centre by a chain of k − 1 invisible spacer
/// nodes, and its visible tie has `weight=0` (left out of that tree). Each partner has its own
/// chain, so partners stay spread around the centre rather than grouped by ring.
enum EcomapView {
    static func draw(_ network: TrustNetwork, center id: String, options: DiagramOptions) throws(DiagramError) -> Drawing {
        guard let center = network.index(of: id) else { throw .unknownNode(id: id) }
        let language = options.language
        let kit = DrawingKit(network: network, options: options)
        var partners = Set<Int32>()
        for tie in network.ties {
            if tie.source == center { partners.insert(tie.target) }
            if tie.target == center { partners.insert(tie.source) }
        }
        let ordered = partners.sorted { (network[$0].kind, $0) < (network[$1].kind, $1) }
        var sketch = Sketch(network: network, nodes: [center] + ordered, keep: [center], options: options,
                            includeTie: { $0.source == center || $0.target == center })
        let engine = options.engine ?? .twopi
        let served = PeopleServed(network: network)
        // Partners in drawing order, so twopi spreads them round the centre in that order.
        sketch.links.sort { max($0.a, $0.b) < max($1.a, $1.b) }
        var perRing = [0, 0, 0]
        for link in sketch.links { perRing[TrustBand(link.trust, thresholds: network.thresholds).rawValue - 1] += 1 }

        var graph = DiagramGraph()
        graph.graphAttributes = kit.graphAttributes(engine: engine)
        if engine == .twopi {
            // Rings 2 and 3 exist only through spacers, so every ring up to the outermost used
            // one needs a separation.
            let outermost = (perRing.lastIndex { $0 > 0 } ?? 0) + 1
            let ringSizes = (0..<outermost).map { max(perRing[$0], 1) }
            graph.graphAttributes += [
                ("root", .plain("n0")),
                ("ranksep", .plain(DrawingKit.ringSeparations(ringSizes, total: sketch.links.count, gap: 1.4))),
                ("splines", .plain("false"))]
        }
        graph.nodeDefaults = kit.nodeDefaults
        graph.edgeDefaults = kit.edgeDefaults
        for item in sketch.items {
            var attributes = kit.nodeAttributes(item)
            let people = options.anonymize && item.kind == .client ? 0 : served.people(of: item)
            if people > 0 {
                let scale = min(2.0, Double(people).squareRoot() * 0.12)
                attributes += [("width", .plain(Palette.number(0.9 + scale))),
                               ("height", .plain(Palette.number(0.5 + scale * 0.6)))]
            }
            _ = graph.addNode(attributes)
        }
        graph.nodes[0].attributes += [("penwidth", .plain("2.5")), ("fontsize", .plain("15"))]
        for link in sketch.links {
            let partner = link.a == 0 ? link.b : link.a
            let ring = TrustBand(link.trust, thresholds: network.thresholds).rawValue
            var previous = 0
            if ring > 1, engine == .twopi {
                for _ in 1..<ring {
                    let spacer = graph.addNode(prefix: "s", [
                        ("style", .plain("invis")), ("label", .plain("")), ("shape", .plain("point")),
                        ("width", .plain("0.01")), ("height", .plain("0.01")), ("fixedsize", .plain("true"))])
                    graph.edges.append(DiagramGraph.Edge(tail: previous, head: spacer, attributes: [("style", .plain("invis"))]))
                    previous = spacer
                }
                graph.edges.append(DiagramGraph.Edge(tail: previous, head: partner, attributes: [("style", .plain("invis"))]))
            }
            let extra: DiagramGraph.Attributes = previous == 0 ? [] : [("weight", .plain("0"))]
            graph.edges.append(kit.edge(link, tail: link.a, head: link.b, labelled: true, extra: extra))
        }
        let centerName = sketch.items[0].name
        let strong = Palette.number(max(0.7, network.thresholds.pathTrust))
        let path = Palette.number(network.thresholds.pathTrust)
        let rings = language.pick(
            "圆环：内圈信任 ≥ \(strong)，中圈 \(path)–\(strong)，外圈 < \(path)；节点大小表示服务人数。",
            "Rings: inner trust ≥ \(strong), middle \(path)–\(strong), outer < \(path); node size shows people served.")
        graph.graphAttributes.append(("label", kit.caption(
            view: language.pick("生态图：", "Ecomap: ") + centerName, items: sketch.items,
            linkCount: sketch.links.count, notes: [rings] + kit.foldingNote(sketch.folding) + kit.anonymizeNote)))
        return Drawing(graph: graph, engine: engine, nodeCount: sketch.items.count, folding: sketch.folding)
    }
}

/// People a node serves: a client's own `size`; for anyone else, the sizes of the clients its
/// `service` ties reach (mutual ties count); a folded group's people.
struct PeopleServed {
    private var served: [Int32: Int] = [:]
    private let network: TrustNetwork

    /// - Complexity: O(E).
    init(network: TrustNetwork) {
        self.network = network
        for tie in network.ties where tie.relation == .service {
            if network[tie.target].kind == .client { served[tie.source, default: 0] += network[tie.target].size }
            if tie.mutual, network[tie.source].kind == .client { served[tie.target, default: 0] += network[tie.source].size }
        }
    }

    func people(of item: Sketch.Item) -> Int {
        guard let node = item.node else { return item.people }
        return network[node].kind == .client ? network[node].size : served[node] ?? 0
    }
}
