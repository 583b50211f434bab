import Foundation
import Testing
@testable import Formats
import TrustModel

/// Every input the fuzzers (Scripts/fuzz.sh) or the issue found to crash, hang or exhaust a
/// reader, kept under Fixtures/fuzz/READER/: each is read as the fuzz target reads it and
/// must end in a result or in diagnostics that print, never in a crash.
@Suite struct FuzzRegressionTests {
    static let folder = fixtures + "/fuzz"

    static func inputs(_ reader: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + reader)) ?? []).sorted()
            .map { folder + "/" + reader + "/" + $0 }
    }

    static func read(_ reader: String, _ bytes: [UInt8]) -> NetworkReader.Outcome {
        switch reader {
        case "csv":
            // As the CSV target splits its input: nodes up to the first NUL, ties after it.
            guard let split = bytes.firstIndex(of: 0) else {
                return NetworkReader.readCSV(nodes: Array("id,kind\nS,station\nC,client\n".utf8), ties: bytes)
            }
            return NetworkReader.readCSV(nodes: Array(bytes[..<split]), ties: Array(bytes[(split + 1)...]))
        case "json": return NetworkReader.readJSON(bytes)
        case "xlsx": return NetworkReader.readXLSX(bytes)
        default: return NetworkReader.readGraphML(bytes)
        }
    }

    @Test(arguments: ["csv", "json", "xlsx", "graphml"])
    func foundInputsNeverCrash(reader: String) throws {
        for path in Self.inputs(reader) {
            let bytes = try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) })
            let outcome = Self.read(reader, bytes)
            for diagnostic in outcome.diagnostics {
                #expect(!diagnostic.formatted(.zh).isEmpty && !diagnostic.formatted(.en).isEmpty)
            }
            #expect(outcome.network != nil || outcome.diagnostics.hasErrors, "\(path)")
        }
    }

    @Test func theIssuesCrashInputsAreErrors() throws {
        for name in ["end-record-past-end", "invalid-utf8-pi-name", "invalid-utf8-attribute-name"] {
            let bytes = try #require(FileManager.default.contents(atPath: Self.folder + "/xlsx/\(name).xlsx"))
            let outcome = NetworkReader.readXLSX([UInt8](bytes))
            #expect(outcome.diagnostics.map(\.problem.code) == ["unreadable-workbook"], "\(name)")
        }
    }

    @Test func processingInstructionsWithoutDataRead() {
        // Foundation's XMLParser crashed on `<?pi?>` (libxml2 passes it no data): valid XML.
        let graphml = "<graphml><key id=\"k\" for=\"node\" attr.name=\"kind\"/><?pi?><graph><node id=\"a\"><?x?><data key=\"k\">client</data></node></graph><?end?></graphml>"
        let outcome = NetworkReader.readGraphML(Array(graphml.utf8))
        #expect(outcome.network?.nodes.first?.kind == .client)
        // And markup inside an attribute value (libxml2 recovered into a PI from there).
        let broken = NetworkReader.readGraphML(Array("<graphml><key id=\"d<?pi?>\"/></graphml>".utf8))
        #expect(broken.diagnostics.map(\.problem) == [.invalidXML(.markupInTag)])
    }
}
