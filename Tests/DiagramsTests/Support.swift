import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Guanxi

/// The repository root, found from this file's path.
let repositoryRoot: String = {
    var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
}()

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

/// The built `guanxi` executable: beside the test bundle in the same build folder.
let guanxiExecutable: String = {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while folder.path.hasSuffix(".xctest") || folder.lastPathComponent == "Contents" || folder.lastPathComponent == "MacOS" {
        folder.deleteLastPathComponent()
    }
    let candidate = folder.appendingPathComponent("guanxi").path
    return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : repositoryRoot + "/.build/debug/guanxi"
}()

struct Run {
    var status: Int32
    var stdout: Data
    var stderr: String
}

/// Runs a program with arguments from the repository root, feeding `input` on stdin.
func run(_ executable: String, _ arguments: [String], input: Data? = nil,
         environment: [String: String] = ["LANG": "en_US.UTF-8"]) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: repositoryRoot)
    process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { a, _ in a }
    let out = Pipe(), err = Pipe(), stdin = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = stdin
    try process.run()
    let writer = Thread {
        if let input { try? stdin.fileHandleForWriting.write(contentsOf: input) }
        try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let errorBox = DataBox()
    let reader = Thread { errorBox.data = err.fileHandleForReading.readDataToEndOfFile(); errorBox.done.signal() }
    reader.start()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    errorBox.done.wait()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: outData,
               stderr: String(decoding: errorBox.data, as: UTF8.self))
}

final class DataBox: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}

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
