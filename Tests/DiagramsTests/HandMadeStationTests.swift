import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Guanxi
@testable import Diagrams

/// What a trainer found on a street station's network of their own making (QA round): shapes
/// whose decoration ran through the text, caption lines centred under left-aligned ones, a
/// folding note counting "0 clients into 0 groups", the solid arrow of a two-way pair on its
/// weaker way, `--area` by part of a community's name, and a name of 20,000 characters whose
/// tooltip was cut.
@Suite struct HandMadeStationTests {
    static let longName = "某某大学" + String(repeating: "社会工作与社会政策学院", count: 1_818) + "尾"

    /// A street station: its street office (支持 1.00 one way, 0.40 the other), two
    /// communities with their offices and clients, an agency, a federation, a bureau, a charity
    /// fund with a long name and a university whose name runs to 20,000 characters.
    static func street() throws -> TrustNetwork {
        let nodes = [
            Node(id: "ST", name: "某某区长庚街道社会工作服务站", kind: .station, area: "JD"),
            Node(id: "JD", name: "某某市某某区长庚街道办事处", kind: .streetOffice),
            Node(id: "AG", name: "某某市春晖社会工作服务中心", kind: .agency),
            Node(id: "C1", name: "长庚里社区居民委员会", kind: .committee),
            Node(id: "O1", name: "长庚里社区社会工作室", kind: .office, area: "C1"),
            Node(id: "C2", name: "望江苑社区居民委员会", kind: .committee),
            Node(id: "O2", name: "望江苑社区社会工作室", kind: .office, area: "C2"),
            Node(id: "K1", name: "独居老人（望江苑社区）", kind: .client, area: "C2", needs: [Tag(.care)], size: 12),
            Node(id: "K2", name: "困境儿童（长庚里社区）", kind: .client, area: "C1", needs: [Tag(.education)], size: 8),
            Node(id: "F1", name: "某某市某某区残疾人联合会", kind: .federation, resources: [Tag(.rehabilitation)]),
            Node(id: "G1", name: "某某市某某区人力资源和社会保障局", kind: .government),
            Node(id: "P1", name: "长庚街道社区发展慈善基金会", kind: .charity, resources: [Tag(.funding)]),
            Node(id: "U1", name: longName, kind: .university, resources: [Tag(.training)]),
        ]
        func tie(_ s: Int32, _ t: Int32, _ relation: Relation, _ trust: Double) -> Tie {
            Tie(source: s, target: t, relation: relation, trust: trust)
        }
        let ties = [
            tie(1, 0, .support, 1.0), tie(0, 1, .support, 0.4), tie(2, 0, .management, 0.85),
            tie(0, 4, .guidance, 0.8), tie(0, 6, .guidance, 0.75), tie(3, 4, .support, 0.8), tie(5, 6, .support, 0.7),
            tie(6, 7, .service, 0.8), tie(4, 8, .service, 0.7), tie(9, 0, .resource, 0.6), tie(10, 0, .cooperation, 0.3),
            tie(11, 0, .funding, 0.75), tie(12, 0, .cooperation, 0.8),
        ]
        return try TrustNetwork(title: "长庚街道社工站合作网络", date: "2026-10-01", nodes: nodes, ties: ties)
    }

    @Test func areaByPartOfACommunitysName() throws {
        let network = try Self.street()
        // The community's name is held by its committee, office and clients: one community.
        let found = try DiagramView.committee(forArea: "望江苑社区", in: network)
        #expect(network[found.index].id == "C2" && found.match == .fragment)
        #expect(network[try DiagramView.committee(forArea: "K2", in: network).index].id == "C1")
        #expect(network[try DiagramView.committee(forArea: "长庚里社区居民委员会", in: network).index].id == "C1")
        // Two communities hold "社区社会工作室": say which, not "no such node".
        #expect(throws: DiagramError.self) { try DiagramView.committee(forArea: "社区社会工作室", in: network) }
        do {
            _ = try DiagramView.committee(forArea: "ST", in: network)
            Issue.record("a station is no community")
        } catch {
            guard case let .notACommunity(node, communities) = error else { Issue.record("\(error)"); return }
            #expect(node.id == "ST" && communities.map(\.id) == ["C1", "C2"])
            #expect(error.message(.zh).contains("不属于任何社区"))
        }
    }

    @Test func aVeryLongNameIsWholeInTheTooltip() throws {
        let network = try Self.street()
        for view in [DiagramView.ego(center: "U1", depth: 1), .network] {
            let diagram = try Diagram(network, view: view, options: DiagramOptions(language: .zh))
            let svg = try diagram.render(.svg).bytes
            let titles = svgTooltips(svg)
            #expect(titles.contains { $0.hasPrefix(Self.longName + " (U1)") }, "\(view.keyword): the whole name is not in a tooltip")
            // DOT stays readable by `dot` (no quoted string over 16 KB).
            #expect(!diagram.dot.contains(Self.longName))
        }
    }

    /// No line of a node's shape (an office's marked corners, a 3-D box's depth, a folder's
    /// tab) runs through its text, and an arrow box's text lies within its body, in the views
    /// Graphviz sizes (hierarchy, network) and those Guanxi places (ecomap, ego).
    @Test(arguments: [DiagramView.hierarchy, .network, .ecomap(center: "ST"), .ego(center: "ST", depth: 1)])
    func shapesLeaveTheirTextClear(view: DiagramView) throws {
        let network = try Self.street()
        let svg = try Diagram(network, view: view, options: DiagramOptions(language: .zh)).render(.svg).bytes
        let nodes = svgNodes(svg)
        #expect(!nodes.isEmpty)
        for node in nodes {
            guard let body = node.polygons.first else { continue }
            let top = body.map(\.y).min() ?? 0, bottom = body.map(\.y).max() ?? 0
            for text in node.texts {
                let box = text.box
                for line in node.polylines {
                    for (a, b) in zip(line, line.dropFirst()) {
                        #expect(!segment(a, b, crosses: box), "\(view.keyword): a line of the shape crosses “\(text.text)”")
                    }
                }
                #expect(box.y0 >= top - 0.5 && box.y1 <= bottom + 0.5, "\(view.keyword): “\(text.text)” runs out of its shape")
            }
        }
    }

    @Test func captionLinesAllStartAtTheLeft() throws {
        let network = try Self.street()
        let svg = try Diagram(network, view: .ecomap(center: "ST"), options: DiagramOptions(language: .zh)).render(.svg).bytes
        let caption = svgGraphTexts(svg)
        #expect(caption.count > 4)
        #expect(Set(caption.map(\.x)).count == 1, "caption lines do not start at one x: \(caption.map(\.x))")
    }

    @Test func twoWayPairDrawsItsSolidArrowTheStrongerWay() throws {
        let network = try Self.street()
        for view in [DiagramView.network, .ecomap(center: "ST")] {
            let dot = try Diagram(network, view: view, options: DiagramOptions(language: .zh)).dot
            // The street office trusts the station 1.00, the station it 0.40: solid 1.00 first.
            #expect(dot.contains("支持 1.00 / 0.40") || dot.contains("支 1.00/0.40"), "\(view.keyword)")
            #expect(!dot.contains("0.40 / 1.00") && !dot.contains("0.40/1.00"), "\(view.keyword)")
        }
    }

    /// Turned sideways, the rings widen into the page's width instead of folding partners to
    /// fit its height.
    @Test func landscapeRingsUseTheWidth() throws {
        let network = try Self.street()
        for view in [DiagramView.ecomap(center: "ST"), .ego(center: "ST", depth: 1)] {
            let svg = try Diagram(network, view: view, options: DiagramOptions(language: .zh, landscape: true)).render(.svg).bytes
            // The root element's size, in points: <svg width="527pt" height="287pt" …>.
            let root = String(decoding: svg.prefix(2_000), as: UTF8.self).components(separatedBy: "<svg").last ?? ""
            let size = ["width", "height"].map { name -> Double in
                guard let start = root.range(of: " \(name)=\"")?.upperBound,
                      let end = root[start...].firstIndex(of: "p") else { return 0 }
                return Double(root[start..<end]) ?? 0
            }
            #expect(size[0] > size[1], "\(view.keyword): \(size[0]) × \(size[1]) pt on a landscape page")
        }
    }

    @Test func foldingNoteSaysOnlyWhatWasMerged() throws {
        let kit = DrawingKit(network: try Self.street(), options: DiagramOptions(language: .zh, page: .a4))
        let partnersOnly = kit.foldingNote(.init(stage: .partnersByAreaAndKind, clients: 0, groups: 0, partners: 15, partnerGroups: 6))
        #expect(partnersOnly == ["为在 A4 纸上字号不小于 7 磅，15 个资源伙伴按社区和类型合并为 6 个节点（双边框）。"])
        let both = kit.foldingNote(.init(stage: .clientsByArea, clients: 34, groups: 6, partners: 4, partnerGroups: 2))
        #expect(both.first?.contains("34 个服务对象按社区合并为 6 组，4 个资源伙伴") == true)
        #expect(kit.foldingNote(.init(stage: .clientsByArea, clients: 0, groups: 0)).isEmpty)
    }
}

// MARK: - Reading Graphviz's SVG

/// A point, y down as in SVG.
struct SVGPoint { var x: Double; var y: Double }

/// A text of a node and its box as a reader's ruler measures it (wide characters 1 em, others
/// 0.55 em; 0.8 em above the baseline, 0.2 below), shrunk by 15 % of the font size a side.
struct SVGText {
    var text: String
    var x: Double
    var y: Double
    var size: Double
    var anchor: String
    var box: (x0: Double, y0: Double, x1: Double, y1: Double) {
        let width = text.unicodeScalars.reduce(0.0) { $0 + ($1.value >= 0x2E80 ? 1 : 0.55) } * size
        let left = anchor == "middle" ? x - width / 2 : anchor == "end" ? x - width : x
        let pad = 0.15 * size
        return (left + pad, y - 0.8 * size + pad, left + width - pad, y + 0.2 * size - pad)
    }
}

/// A node's polygons, polylines and texts.
struct SVGNode {
    var polygons: [[SVGPoint]] = []
    var polylines: [[SVGPoint]] = []
    var texts: [SVGText] = []
}

private final class SVGCollector: NSObject, XMLParserDelegate {
    var nodes: [SVGNode] = []
    var graphTexts: [SVGText] = []
    var tooltips: [String] = []
    private var depth = 0
    private var nodeDepth: Int?
    private var inGraphText = false
    private var text: SVGText?

    static func points(_ list: String?) -> [SVGPoint] {
        let numbers = (list ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        return stride(from: 0, to: numbers.count - 1, by: 2).map { SVGPoint(x: numbers[$0], y: numbers[$0 + 1]) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        if name == "g", attributes["class"] == "node", nodeDepth == nil {
            nodeDepth = depth
            nodes.append(SVGNode())
        }
        if let title = attributes["xlink:title"] { tooltips.append(title) }
        switch name {
        case "polygon" where nodeDepth != nil: nodes[nodes.count - 1].polygons.append(Self.points(attributes["points"]))
        case "polyline" where nodeDepth != nil: nodes[nodes.count - 1].polylines.append(Self.points(attributes["points"]))
        case "text":
            text = SVGText(text: "", x: Double(attributes["x"] ?? "") ?? 0, y: Double(attributes["y"] ?? "") ?? 0,
                           size: Double(attributes["font-size"] ?? "") ?? 14, anchor: attributes["text-anchor"] ?? "start")
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text?.text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let done = text {
            if nodeDepth != nil { nodes[nodes.count - 1].texts.append(done) } else if nodes.isEmpty { graphTexts.append(done) }
            text = nil
        }
        if depth == nodeDepth { nodeDepth = nil }
        depth -= 1
    }
}

private func collect(_ svg: [UInt8]) -> SVGCollector {
    let parser = XMLParser(data: Data(svg))
    parser.shouldResolveExternalEntities = false
    let collector = SVGCollector()
    parser.delegate = collector
    _ = parser.parse()
    return collector
}

/// Every node's shapes and texts.
func svgNodes(_ svg: [UInt8]) -> [SVGNode] { collect(svg).nodes }

/// The texts drawn before the first node: the graph's own label (title and caption).
func svgGraphTexts(_ svg: [UInt8]) -> [SVGText] { collect(svg).graphTexts }

/// Every `xlink:title` (tooltip), entities decoded.
func svgTooltips(_ svg: [UInt8]) -> [String] { collect(svg).tooltips }

/// Whether the segment from `a` to `b` passes through `box` (sampled at 16 points).
func segment(_ a: SVGPoint, _ b: SVGPoint, crosses box: (x0: Double, y0: Double, x1: Double, y1: Double)) -> Bool {
    (0...16).contains { k in
        let t = Double(k) / 16
        let x = a.x + (b.x - a.x) * t, y = a.y + (b.y - a.y) * t
        return x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1
    }
}
