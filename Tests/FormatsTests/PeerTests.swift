import TestSupport
import Foundation
import Testing
import Formats
import TrustModel

/// Whether the Python peers are installed (Scripts/peers/requirements.txt; Scripts/setup.sh
/// installs them, so CI runs these tests).
let pythonPeersReady: Bool = {
    guard onPath("python3"), let result = try? run("python3", ["-c", "import networkx, igraph, openpyxl"]) else { return false }
    return result.status == 0
}()

/// Whether LibreOffice is installed (Debian's libreoffice-calc-nogui; Scripts/setup.sh installs it).
let libreOfficeReady = onPath("soffice")

/// Real tools read the files Guanxi writes.
@Suite struct PeerTests {
    @Test(.enabled(if: pythonPeersReady,
                   "networkx, python-igraph or openpyxl missing: pip install -r Scripts/peers/requirements.txt (Scripts/setup.sh does)"),
          arguments: ["ximarket", "hostile"])
    func networkxIgraphAndOpenpyxlReadOurFiles(label: String) throws {
        let network = label == "hostile" ? try hostileNetwork() : try #require(NetworkReader.read(path: demo).network)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for format in [ExportFormat.json, .graphml, .gexf, .xlsx] {
            _ = try written(network, as: format, language: .en, in: folder, name: "network.\(format.rawValue)")
        }
        let result = try run("python3", [repositoryRoot + "/Scripts/peers/check_peers.py", folder])
        #expect(result.status == 0, "\(label): \(result.output)")
        #expect(result.output.contains("openpyxl"), "\(result.output)")
    }
}

/// LibreOffice, headless, converts what Guanxi writes, and Guanxi reads what it wrote.
@Suite(.serialized, .enabled(if: libreOfficeReady,
                             "LibreOffice (soffice) not found: apt-get install libreoffice-calc-nogui (Scripts/setup.sh does)"))
struct LibreOfficeTests {
    /// Runs `soffice --convert-to` with a private profile, so tests never touch a user's.
    func convert(_ file: String, to filter: String, in folder: String) throws -> String {
        let profile = "file://" + folder + "/profile"
        let result = try run("soffice", ["-env:UserInstallation=" + profile, "--headless", "--norestore",
                                         "--convert-to", filter, "--outdir", folder + "/out", file])
        #expect(result.status == 0, "\(result.output)")
        return result.output
    }

    @Test(arguments: ["ximarket", "hostile"])
    func ourWorkbookToCSVByLibreOfficeReadsTheSame(label: String) throws {
        let network = label == "hostile" ? try hostileNetwork() : try #require(NetworkReader.read(path: demo).network)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let workbook = try written(network, as: .xlsx, language: .zh, in: folder, name: "x.xlsx")
        // Every sheet to its own UTF-8 CSV (the last option, -1, is LibreOffice 7.2's "all sheets").
        _ = try convert(workbook, to: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", in: folder)
        let csv = folder + "/csv"
        try FileManager.default.createDirectory(atPath: csv, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: folder + "/out/x-节点.csv", toPath: csv + "/节点.csv")
        try FileManager.default.copyItem(atPath: folder + "/out/x-关系.csv", toPath: csv + "/关系.csv")
        let outcome = NetworkReader.read(path: csv)
        #expect(!outcome.diagnostics.hasErrors, "\(lines(outcome))")
        let read = try #require(outcome.network)
        // The settings sheet is not part of the CSV pair: compare without it.
        let expected = try asLibreOfficeKeepsIt(network, viaCSV: true)
        #expect(difference(read, expected) == "equal")
    }

    @Test(arguments: ["ximarket", "hostile"])
    func workbookSavedByLibreOfficeReadsTheSame(label: String) throws {
        let network = label == "hostile" ? try hostileNetwork() : try #require(NetworkReader.read(path: demo).network)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let workbook = try written(network, as: .xlsx, language: .zh, in: folder, name: "x.xlsx")
        _ = try convert(workbook, to: "xlsx:Calc MS Excel 2007 XML", in: folder)
        let outcome = NetworkReader.read(path: folder + "/out/x.xlsx")
        #expect(!outcome.diagnostics.hasErrors, "\(lines(outcome))")
        let read = try #require(outcome.network)
        #expect(difference(read, try asLibreOfficeKeepsIt(network, viaCSV: false)) == "equal")
        if label == "ximarket" {
            // A workbook LibreOffice wrote, with Chinese sheet names, and the GB18030 CSV that
            // Excel on Chinese Windows saves of the same data: the same model.
            let gb18030 = try #require(NetworkReader.read(path: fixtures + "/ximarket-gb18030").network)
            #expect(difference(read, gb18030) == "equal")
        }
    }
}

/// The network as LibreOffice 7.4 keeps it, for the hostile values where it differs from
/// what Guanxi wrote (these are LibreOffice's limits, not losses in Guanxi's files, which the
/// round-trip tests and openpyxl read back exactly):
/// - it keeps 15 significant digits of a number (`1/3` comes back `0.333333333333333`);
/// - it turns CR LF inside a cell into LF;
/// - its CSV export writes text as is, so a value that itself starts with `'=` loses that
///   apostrophe when Guanxi reads the CSV (Guanxi's reversible neutralising, see
///   `SpreadsheetCSV`); and the CSV pair has no settings sheet.
func asLibreOfficeKeepsIt(_ network: TrustNetwork, viaCSV: Bool) throws -> TrustNetwork {
    func text(_ value: String) -> String {
        var kept = value.replacingOccurrences(of: "\r\n", with: "\n")
        if viaCSV { kept = SpreadsheetCSV.restore(kept) }
        return kept
    }
    func digits15(_ value: Double) -> Double { Double(String(format: "%.15g", value)) ?? value }
    let nodes = network.nodes.map { node in
        Node(id: node.id, name: node.name, kind: node.kind, area: node.area, resources: node.resources, needs: node.needs,
             size: node.size, capacity: node.capacity.map(digits15), attributes: node.attributes.mapValues(text))
    }
    let ties = network.ties.map { tie in
        Tie(source: tie.source, target: tie.target, relation: tie.relation, trust: digits15(tie.trust), mutual: tie.mutual,
            frequency: tie.frequency.map(digits15), value: tie.value.map(digits15), since: tie.since,
            attributes: tie.attributes.mapValues(text))
    }
    return try TrustNetwork(title: viaCSV ? nil : network.title, date: viaCSV ? nil : network.date,
                            thresholds: viaCSV ? Thresholds() : network.thresholds, nodes: nodes, ties: ties,
                            nodeAttributeNames: network.nodeAttributeNames, tieAttributeNames: network.tieAttributeNames)
}
