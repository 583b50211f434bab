import TestSupport
import Foundation
import Testing
@testable import Diagrams
import Guanxi

/// The DOT of every view of the demo, against files committed under `Golden/`. Set
/// GUANXI_RECORD=1 to re-record them on purpose (then review the diff).
@Suite struct GoldenTests {
    static let record = ProcessInfo.processInfo.environment["GUANXI_RECORD"] == "1"

    @Test(arguments: demoViews.map(\.name))
    func dotMatchesGolden(name: String) throws {
        let view = try #require(demoViews.first { $0.name == name }).view
        let dot = try Diagram(demo, view: view, options: DiagramOptions(language: .zh)).dot
        let path = repositoryRoot + "/Tests/DiagramsTests/Golden/\(name).zh.dot"
        if Self.record {
            try dot.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let golden = try #require(FileManager.default.contents(atPath: path), "missing \(path): run with GUANXI_RECORD=1")
        let same = Array(dot.utf8) == Array(golden)
        #expect(same, "DOT of \(name) differs from \(path); re-record with GUANXI_RECORD=1 if intended")
    }

    @Test func englishHierarchyMatchesGolden() throws {
        let dot = try Diagram(demo, view: .hierarchy, options: DiagramOptions(language: .en)).dot
        let path = repositoryRoot + "/Tests/DiagramsTests/Golden/hierarchy.en.dot"
        if Self.record { try dot.write(toFile: path, atomically: true, encoding: .utf8); return }
        let golden = try #require(FileManager.default.contents(atPath: path))
        let same = Array(dot.utf8) == Array(golden)
        #expect(same)
    }

    /// The DOT Guanxi emits is valid input to the `dot` command, which renders it as we do.
    @Test(arguments: demoViews.map(\.name))
    func dotCommandReadsOurDOT(name: String) throws {
        guard let dotCommand else { return }
        let view = try #require(demoViews.first { $0.name == name }).view
        let diagram = try Diagram(demo, view: view, options: DiagramOptions(language: .zh))
        // Straight lines: routing them round the nodes is Graphviz's business and slow.
        let result = try run(dotCommand, ["-Tsvg", "-Gsplines=line"], input: Data(diagram.dot.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(svgTexts(Array(result.stdoutBytes)).joined().contains("西市场街道社") || name.hasPrefix("ego"))
    }
}
