import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Guanxi
import TestSupport

/// The demo network, loaded once.
let demo: TrustNetwork = {
    do { return try Guanxi.load(repositoryRoot + "/Datasets/ximarket").network } catch {
        fatalError("the demo network does not load: \(error)")
    }
}()

/// The hand-made overlay the README's gaps diagram uses.
let demoOverlay: DiagramOverlay = {
    let path = repositoryRoot + "/docs/examples/ximarket-gaps-overlay.json"
    guard let data = FileManager.default.contents(atPath: path),
          let overlay = try? JSONDecoder().decode(DiagramOverlay.self, from: data) else {
        fatalError("cannot read \(path)")
    }
    return overlay
}()

/// Every view of the demo, by name (the golden files' names).
let demoViews: [(name: String, view: DiagramView)] = [
    ("network", .network),
    ("hierarchy", .hierarchy),
    ("ecomap-ST", .ecomap(center: "ST")),
    ("ego-O6-1", .ego(center: "O6", depth: 1)),
    ("gaps", .gaps(demoOverlay)),
]

/// The `dot` command, when installed.
let dotCommand: String? = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// The text content of every SVG `<text>` element, XML entities decoded.
func svgTexts(_ svg: [UInt8]) -> [String] {
    final class Collector: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var inText = false
        var current = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "text" { inText = true; current = "" }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current += string }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" { texts.append(current); inText = false }
        }
    }
    let parser = XMLParser(data: Data(svg))
    // Graphviz's SVG names an external DTD; don't fetch it.
    parser.shouldResolveExternalEntities = false
    let collector = Collector()
    parser.delegate = collector
    _ = parser.parse()
    return collector.texts
}

/// A scratch folder, removed by the caller.
func scratchFolder() throws -> String {
    let path = NSTemporaryDirectory() + "guanxi-diagrams-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
