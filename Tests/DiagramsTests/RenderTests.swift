import TestSupport
import Foundation
import Testing
@testable import Diagrams
import Guanxi

@Suite struct RenderTests {
    /// Every view's SVG holds the Chinese names as text (not paths), so it can be searched,
    /// copied and read by screen readers.
    @Test(arguments: demoViews.map(\.name))
    func svgHoldsChineseNames(name: String) throws {
        let view = try #require(demoViews.first { $0.name == name }).view
        let svg = try Diagram(demo, view: view, options: DiagramOptions(language: .zh, page: nil)).render(.svg).bytes
        let texts = [svgTexts(svg).joined()]
        #expect(texts[0].contains("西市场街道社工站合作网络（示例）"), "title missing")
        let expected: [String] = switch name {
        case "hierarchy": ["青槐区社会工作总站", "西市场街道社工站", "柳荫社区社工室", "启明社会工作服务中心"]
        case "ego-O6-1": ["柳荫社区社工室", "西市场街道社工站", "独居老人（柳荫社区）"]
        case "gaps": ["西市场街道社工站", "建议经残联引荐"]
        // Names are drawn without the street's and district's names, and inside a community's
        // box without the community's (the full names are in the tooltips).
        case "ecomap-ST": ["西市场街道社工站", "社会工作总站", "柳荫社区居委会"]
        default: ["西市场街道社工站", "社会工作总站", "柳荫社区", "居委会"]
        }
        for text in expected { #expect(texts[0].contains(text), "\(text) missing in \(name)") }
    }

    /// Same network, view and options → the same bytes, in every format (every view as DOT
    /// and SVG; PNG and PDF, drawn from the same layout, for two views).
    @Test(arguments: [OutputFormat.dot, .svg, .png, .pdf])
    func renderingTwiceGivesTheSameBytes(format: OutputFormat) throws {
        let views = format == .png || format == .pdf ? demoViews.filter { ["hierarchy", "ego-O6-1"].contains($0.name) } : demoViews
        for (_, view) in views {
            let first = try Diagram(demo, view: view).render(format).bytes
            let second = try Diagram(demo, view: view).render(format).bytes
            let same = first == second
            #expect(same, "\(view.keyword) as \(format.rawValue) differs")
            #expect(!first.isEmpty)
        }
    }

    /// sfdp (chosen past the dot limit) is reproducible too: its seed is fixed by `start`.
    @Test func sfdpIsReproducible() throws {
        let options = DiagramOptions(language: .en, engine: .sfdp)
        let first = try Diagram(demo, view: .network, options: options).render(.svg).bytes
        // Another layout in between must not change the next one.
        _ = try Diagram(demo, view: .ego(center: "ST", depth: 2), options: options).render(.png)
        let second = try Diagram(demo, view: .network, options: options).render(.svg).bytes
        let same = first == second
        #expect(same)
    }

    @Test func formatsHaveTheirSignatures() throws {
        let diagram = try Diagram(demo, view: .hierarchy)
        #expect(Array(try diagram.render(.png).bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try diagram.render(.pdf).bytes
        #expect(Array(pdf.prefix(5)) == Array("%PDF-".utf8))
        #expect(String(decoding: pdf, as: UTF8.self).contains("/CreationDate (D:20210524000000Z)"))
        #expect(String(decoding: try diagram.render(.svg).bytes, as: UTF8.self).contains("<svg"))
        #expect(diagram.dot.hasPrefix("digraph guanxi {"))
    }

    /// Graphviz is not thread-safe; the lock must make concurrent renders safe and correct.
    @Test func rendersFromSeveralThreadsAtOnce() async throws {
        let expected = try Diagram(demo, view: .ecomap(center: "ST")).render(.png).bytes
        try await withThrowingTaskGroup(of: [UInt8]?.self) { group in
            for index in 0..<6 {
                group.addTask {
                    // Other renders (another view, another engine) interleave with the checked ones.
                    guard index.isMultiple(of: 2) else {
                        _ = try Diagram(demo, view: .network, options: DiagramOptions(engine: .sfdp)).render(.svg)
                        return nil
                    }
                    return try Diagram(demo, view: .ecomap(center: "ST")).render(.png).bytes
                }
            }
            for try await bytes in group {
                if let bytes { let same = bytes == expected; #expect(same) }
            }
        }
        // And from plain threads, outside Swift's task pool.
        let results = ResultsBox()
        let threads = (0..<2).map { _ in
            Thread {
                let bytes = try? Diagram(demo, view: .ecomap(center: "ST")).render(.png).bytes
                results.append(bytes)
            }
        }
        threads.forEach { $0.start() }
        while results.count < 2 { usleep(10_000) }
        let allSame = results.all.allSatisfy { $0 == expected }
        #expect(allSame)
    }

    @Test func unknownCentreIsAClearError() {
        #expect(throws: DiagramError.unknownNode(id: "NOPE")) { try Diagram(demo, view: .ecomap(center: "NOPE")) }
        #expect(throws: DiagramError.unknownNode(id: "NOPE")) { try Diagram(demo, view: .ego(center: "NOPE", depth: 1)) }
        #expect(throws: DiagramError.invalidOption(name: "--depth", value: "0")) { try Diagram(demo, view: .ego(center: "ST", depth: 0)) }
        let overlay = DiagramOverlay(marks: [.init(kind: "untapped-resource", nodes: ["ZZ"], label: "x")])
        #expect(throws: DiagramError.unknownNode(id: "ZZ")) { try Diagram(demo, view: .gaps(overlay)) }
        #expect(DiagramError.unknownNode(id: "NOPE").message(.zh).contains("NOPE"))
    }

    /// Past the node limit, clients fold into one node per community and need, with a note;
    /// then per community; then resource partners per community and kind, until it fits.
    @Test func largeNetworksFoldClients() throws {
        let byNeed = try Diagram(demo, view: .network, options: DiagramOptions(language: .en, maxNodes: 70))
        #expect(byNeed.foldedClients == 36)
        #expect(byNeed.nodeCount < 73 && byNeed.nodeCount > 40)
        #expect(byNeed.dot.contains("clients folded by community and need"))
        #expect(byNeed.dot.contains("东园社区居委会 · "))
        let byArea = try Diagram(demo, view: .network, options: DiagramOptions(language: .en, maxNodes: byNeed.nodeCount - 1))
        #expect(byArea.foldedClients == 36 && byArea.nodeCount < byNeed.nodeCount)
        #expect(byArea.dot.contains("36 clients folded by community into"))
        #expect(byArea.dot.contains("东园社区居委会 · client"))
        #expect(!byArea.dot.contains("resource partners"))
        let partners = try Diagram(demo, view: .network, options: DiagramOptions(language: .zh, maxNodes: 20))
        #expect(partners.nodeCount < byArea.nodeCount)
        #expect(partners.dot.contains("个资源伙伴按社区和类型合并为"))
        #expect(partners.dot.contains("西市场街道办事处 · 社会组织"))
        // A partner alone of its kind in its community is drawn as itself, not as a group of one.
        #expect(partners.dot.contains("康宁大药房（南苑店）") && !partners.dot.contains("\n1 个\""))
        // Posts and the hierarchy are never folded.
        for id in ["ST", "SO"] { #expect(partners.dot.contains(try #require(demo.node(id: id)).name)) }
        let unfolded = try Diagram(demo, view: .network, options: DiagramOptions(language: .en))
        #expect(unfolded.foldedClients == 0 && unfolded.nodeCount == 73)
        // The ecomap's centre never folds.
        let ecomap = try Diagram(demo, view: .ecomap(center: "K23"), options: DiagramOptions(maxNodes: 1))
        #expect(ecomap.dot.contains("独居老人（柳荫社区）"))
    }

    @Test func anonymizedClientsShowPseudonymsOnly() throws {
        let options = DiagramOptions(language: .zh, anonymize: true)
        for (_, view) in demoViews {
            let dot = try Diagram(demo, view: view, options: options).dot
            for client in demo.nodes where client.kind == .client {
                #expect(!dot.contains(client.name), "\(client.name) leaks")
            }
        }
        let dot = try Diagram(demo, view: .network, options: options).dot
        #expect(dot.contains("服务对象 01") && dot.contains("服务对象 36"))
        #expect(!dot.contains("12 人"), "client sizes are attributes and stay out")
        let english = try Diagram(demo, view: .ecomap(center: "O6"), options: DiagramOptions(language: .en, anonymize: true)).dot
        #expect(english.contains("Client 23"))
    }

    /// Output files are whole or absent.
    @Test func writesAtomically() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/h.svg"
        try Guanxi.render(demo, view: .hierarchy, as: .svg, to: path)
        #expect(FileManager.default.fileExists(atPath: path))
        // A file where a folder should be: an error, and nothing left behind.
        #expect(throws: WriteError.self) { try AtomicFile.write([1, 2, 3], to: folder + "/h.svg/x.svg") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["h.svg"])
    }

    /// The layout worker process: same bytes as in process; a time limit that ends with a
    /// clear error.
    @Test func workerRendersAndTimesOut() throws {
        let worker = LayoutWorker(executable: guanxiExecutable, arguments: ["layout-worker"])
        let diagram = try Diagram(demo, view: .ego(center: "O6", depth: 1))
        let inProcess = try diagram.render(.png).bytes
        let png = try worker.render(diagram, as: .png, timeout: 60).bytes == inProcess
        #expect(png)
        let pdf = try worker.render(diagram, as: .pdf, timeout: 60).bytes == diagram.render(.pdf).bytes
        #expect(pdf)
        // sfdp in a fresh process gives what it gives here.
        let sfdp = try Diagram(demo, view: .network, options: DiagramOptions(engine: .sfdp))
        let sfdpSame = try worker.render(sfdp, as: .svg, timeout: 60).bytes == sfdp.render(.svg).bytes
        #expect(sfdpSame)
        #expect(throws: DiagramError.timedOut(seconds: 0.001)) { try worker.render(diagram, as: .png, timeout: 0.001) }
    }
}

final class ResultsBox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [[UInt8]?] = []
    func append(_ bytes: [UInt8]?) { lock.lock(); results.append(bytes); lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return results.count }
    var all: [[UInt8]?] { lock.lock(); defer { lock.unlock() }; return results }
}

/// The README's Swift example for diagrams, as written there (paths in a scratch folder).
@Test func readmeRenderingExample() throws {
    let folder = try scratchFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let network = try Guanxi.load(repositoryRoot + "/Datasets/ximarket").network
    try Guanxi.render(network, view: .ecomap(center: "ST"), as: .pdf, to: folder + "/ecomap.pdf",
                      options: DiagramOptions(language: .zh, anonymize: true))
    let diagram = try Diagram(network, view: .hierarchy)
    #expect(FileManager.default.fileExists(atPath: folder + "/ecomap.pdf"))
    #expect(try diagram.render(.svg).bytes.count > 1000)
}

/// A network printed as PDF: the overview, then a page per community, joined into one PDF
/// whose every page is A4; the same bytes each time.
@Test func networkPDFHasAPagePerCommunity() throws {
    let first = try Guanxi.render(demo, view: .network, as: .pdf).bytes
    let second = try Guanxi.render(demo, view: .network, as: .pdf).bytes
    let same = first == second
    #expect(same)
    let text = String(decoding: first.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
    #expect(text.hasPrefix("%PDF-1.5") && text.hasSuffix("%%EOF\n"))
    #expect(text.contains("/Count 9"))
    #expect(text.matches(of: /\/Type \/Page\b/).count == 9)
    #expect(text.matches(of: /\/MediaBox \[ 0 0 (842 59[45]|59[45] 842) \]/).count == 9)
    // Another view, or no paper: one page.
    let ecomap = String(decoding: try Guanxi.render(demo, view: .ecomap(center: "ST"), as: .pdf).bytes.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
    #expect(ecomap.matches(of: /\/Type \/Page\b/).count == 1)
    // A PDF that is not one cairo writes cannot be joined: nil, never a broken file.
    #expect(PDFPages.merge([first, Array("%PDF-1.7 nonsense".utf8)]) == nil)
}
