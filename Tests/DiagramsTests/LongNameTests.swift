import TestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Guanxi

/// Names of 16,000 characters and more, and names with control characters, in every view and
/// in the report: nothing fails, nothing is dropped (the name's beginning is drawn, its whole
/// in the tooltip up to its limit), and no control character reaches SVG or DOT raw (the SVG
/// parses as XML).
@Suite struct LongNameTests {
    static let committee = String(repeating: "长", count: 16_500)
    static let office = "\u{1}\u{1B}[31m办公室" + String(repeating: "名", count: 16_400)
    static let business = String(repeating: "企", count: 17_000)

    static func network() throws -> TrustNetwork {
        let nodes = [
            Node(id: "HS", name: "区社工总站", kind: .headStation),
            Node(id: "ST", name: "某某街道社工站", kind: .station, resources: [Tag(.training)]),
            Node(id: "C1", name: committee, kind: .committee),
            Node(id: "O1", name: office, kind: .office, area: "C1"),
            Node(id: "K1", name: "困难家庭\u{7}", kind: .client, area: "C1", needs: [Tag(.goods)], size: 5),
            Node(id: "B1", name: business, kind: .business, resources: [Tag(.goods)], capacity: 10),
        ]
        let ties = [
            Tie(source: 0, target: 1, relation: .guidance, trust: 0.8),
            Tie(source: 1, target: 3, relation: .guidance, trust: 0.8),
            Tie(source: 1, target: 2, relation: .cooperation, trust: 0.7),
            Tie(source: 3, target: 4, relation: .service, trust: 0.8),
            Tie(source: 5, target: 4, relation: .resource, trust: 0.4),
        ]
        return try TrustNetwork(title: "长名字", date: "2024-01-01", nodes: nodes, ties: ties)
    }

    static let views: [DiagramView] = [.network, .hierarchy, .ecomap(center: "ST"), .ego(center: "O1", depth: 2),
                                       .community(area: "C1")]

    @Test(arguments: 0..<views.count)
    func everyViewDrawsThem(view: Int) throws {
        let network = try Self.network()
        let diagram = try Diagram(network, view: Self.views[view])
        let svg = try diagram.render(.svg).bytes
        for bytes in [Array(diagram.dot.utf8), svg] {
            #expect(!bytes.contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }, "a control character came through raw")
        }
        let parser = XMLParser(data: Data(svg))
        parser.shouldResolveExternalEntities = false
        #expect(parser.parse(), "the SVG is not XML")
        let text = svgTexts(svg).joined()
        // Each long name drawn, shortened (its start), where the view draws it.
        let expected: [String] = switch Self.views[view] {
        case .hierarchy: ["办公室名"]
        case .ecomap, .ego: ["长长", "办公室名"]
        default: ["长长", "办公室名", "企企"]
        }
        for start in expected { #expect(text.contains(start), "\(start) missing") }
        #expect(text.contains("…"))
    }

    @Test func theGapsViewAndTheReportDrawThem() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let network = try Self.network()
        try Guanxi.write(network, to: folder + "/network.json")
        let gaps = try run(guanxiExecutable, ["render", folder + "/network.json", "--view", "gaps", "-o", folder + "/gaps.svg"])
        #expect(gaps.status == 0, "\(gaps.stderr)")
        let report = try run(guanxiExecutable, ["report", folder + "/network.json", "-o", folder + "/report.html", "--lang", "zh"])
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: folder + "/report.html", encoding: .utf8)
        // The network, the hierarchy, the findings and the station's ecomap: none left out.
        #expect(html.components(separatedBy: "<figure class=\"diagram").count - 1 == 4)
        #expect(!html.contains("无法绘制") && html.contains("长长长") && !html.contains("\u{1B}"))
    }
}
