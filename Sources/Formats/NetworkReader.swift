import TrustModel

/// Reads a network from any supported input (DESIGN §3): a folder with `nodes.csv` and
/// `ties.csv` (Chinese file names `节点.csv`, `关系.csv` also) and an optional `network.json`,
/// one `.json` file, one `.xlsx` workbook, or one `.graphml` file. A path to `nodes.csv` or
/// `ties.csv` itself means its folder.
public enum NetworkReader {
    /// What reading produced: the network if there was no error, and every diagnostic.
    public struct Outcome: Sendable {
        public var network: TrustNetwork?
        public var diagnostics: [Diagnostic]
        /// The language the data's headers (or sheet and file names) are written in, when
        /// any were read: what messages default to when neither `--lang` nor the locale
        /// chooses.
        public var language: Language?

        init(network: TrustNetwork?, diagnostics: [Diagnostic], language: Language? = nil) {
            self.network = network
            self.diagnostics = diagnostics
            self.language = language
        }

        init(_ builder: NetworkBuilder) {
            let (network, diagnostics) = builder.build()
            self.init(network: network, diagnostics: diagnostics, language: builder.headerLanguage)
        }

        /// Whether the input itself could not be had (missing, unreadable, unsupported):
        /// exit 66 rather than 65.
        public var inputUnavailable: Bool {
            network == nil && diagnostics.contains { $0.severity == .error && $0.problem.isInputUnavailable }
        }
    }

    static let nodeFileNames = ["nodes.csv", "节点.csv"]
    static let tieFileNames = ["ties.csv", "关系.csv"]
    static let settingsFileName = "network.json"

    public static func read(path: String) -> Outcome {
        let display = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        switch FileBytes.kind(of: path) {
        case .missing:
            return failed(.inputMissing(path: display))
        case .directory:
            return readFolder(display)
        case .other:
            return failed(.unsupportedInput(path: display))
        case .file:
            let name = display.split(separator: "/").last.map(String.init) ?? display
            let lowered = name.lowercased()
            if nodeFileNames.contains(lowered) || tieFileNames.contains(lowered) {
                let folder = display.contains("/") ? String(display[..<(display.lastIndex(of: "/") ?? display.endIndex)]) : "."
                return readFolder(folder)
            }
            if lowered.hasSuffix(".json") { return readJSONFile(display) }
            // `.xls` and WPS's `.et` go to the workbook reader too, which recognises the old
            // binary format and says to save as `.xlsx`.
            if [".xlsx", ".xlsm", ".xls", ".et"].contains(where: lowered.hasSuffix) { return readWorkbookFile(display) }
            if lowered.hasSuffix(".graphml") { return readGraphMLFile(display) }
            // A single table file that is something else (a workbook saved under a .csv name):
            // say what it is.
            if case let .success(bytes) = FileBytes.read(display), let problem = TextDecoding.notATable(bytes) {
                return Outcome(network: nil, diagnostics: [Diagnostic(problem, at: SourcePosition(file: display, line: 1, column: 1))])
            }
            return failed(.unsupportedInput(path: display))
        }
    }

    private static func failed(_ problem: Problem) -> Outcome {
        Outcome(network: nil, diagnostics: [Diagnostic(problem, at: nil)])
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder == "." ? name : folder + "/" + name
    }

    private static func readFolder(_ folder: String) -> Outcome {
        func find(_ names: [String]) -> String? {
            names.map { join(folder, $0) }.first { FileBytes.kind(of: $0) == .file }
        }
        guard let nodesPath = find(nodeFileNames), let tiesPath = find(tieFileNames) else {
            let missing = find(nodeFileNames) == nil ? nodeFileNames[0] : tieFileNames[0]
            return failed(.inputMissing(path: join(folder, missing)))
        }
        var builder = NetworkBuilder(nodesSource: TableSource(file: nodesPath), tiesSource: TableSource(file: tiesPath))
        builder.noteHeaders([nodesPath, tiesPath].map { $0.split(separator: "/").last.map(String.init) ?? $0 })
        let settingsPath = join(folder, settingsFileName)
        if FileBytes.kind(of: settingsPath) == .file {
            switch FileBytes.read(settingsPath) {
            case let .success(bytes):
                JSONNetworkReader.readSettings(bytes: bytes, source: TableSource(file: settingsPath), into: &builder)
            case let .failure(failure):
                builder.report(failure.problem, at: nil)
            }
        }
        let nodesSource = TableSource(file: nodesPath), tiesSource = TableSource(file: tiesPath)
        // A large ties file is read, checked as UTF-8 and its lines counted on another thread
        // while the nodes are parsed (1M-tie city: three passes over 39 MB off the main
        // thread, at the cost of holding both files at once); its problems are reported
        // after the nodes', as when read in turn.
        let prepareTies = { () -> Result<CSVNetworkReader.Prepared, ProblemAt> in
            FileBytes.read(tiesPath).map { CSVNetworkReader.prepare($0, source: tiesSource) }
        }
        let tiesInBackground = (FileBytes.size(of: tiesPath) ?? 0) > CSVNetworkReader.splitThreshold
            ? Background(prepareTies) : nil
        switch FileBytes.read(nodesPath) {
        case let .success(bytes):
            CSVNetworkReader.read(.nodes, bytes: bytes, source: nodesSource, into: &builder)
        case let .failure(failure):
            // Without the nodes every tie would be an error of its own: the one error is
            // the file's.
            _ = tiesInBackground?.join()
            return failed(failure.problem)
        }
        var laterTies: NetworkBuilder?
        switch tiesInBackground?.join() ?? prepareTies() {
        case let .success(prepared):
            laterTies = CSVNetworkReader.read(.ties, prepared, source: tiesSource, into: &builder).laterTies
        case let .failure(failure):
            builder.report(failure.problem, at: nil)
        }
        // The ties of a second half are copied in with the file's bytes gone (1M ties: 24 MB
        // copied, 39 MB freed), so that reading in halves does not raise the peak.
        if let laterTies { builder.appendTies(of: laterTies) }
        return Outcome(builder)
    }

    private static func readJSONFile(_ path: String) -> Outcome {
        switch FileBytes.read(path) {
        case let .success(bytes): return readJSON(bytes, name: path)
        case let .failure(failure): return failed(failure.problem)
        }
    }

    private static func readWorkbookFile(_ path: String) -> Outcome {
        switch FileBytes.read(path) {
        case let .success(bytes): return readXLSX(bytes, name: path)
        case let .failure(failure): return failed(failure.problem)
        }
    }

    private static func readGraphMLFile(_ path: String) -> Outcome {
        switch FileBytes.read(path) {
        case let .success(bytes): return readGraphML(bytes, name: path)
        case let .failure(failure): return failed(failure.problem)
        }
    }

    /// Reads an `.xlsx` workbook given as bytes; `name` names it in diagnostics
    /// (`name:关系!C14`).
    public static func readXLSX(_ bytes: [UInt8], name: String = "network.xlsx") -> Outcome {
        Outcome(XLSXNetworkReader.read(bytes: bytes, file: name))
    }

    /// Reads GraphML given as bytes; `name` names it in diagnostics.
    public static func readGraphML(_ bytes: [UInt8], name: String = "network.graphml") -> Outcome {
        let source = TableSource(file: name)
        var builder = NetworkBuilder(nodesSource: source, tiesSource: source)
        GraphMLNetworkReader.read(bytes: bytes, source: source, into: &builder)
        return Outcome(builder)
    }

    /// Reads CSV tables given as bytes (for tests and for callers that hold the data in
    /// memory); `nodesName` and `tiesName` name them in diagnostics.
    public static func readCSV(nodes: [UInt8], ties: [UInt8], nodesName: String = "nodes.csv",
                               tiesName: String = "ties.csv") -> Outcome {
        readCSV(nodes: nodes, ties: ties, nodesName: nodesName, tiesName: tiesName,
                splitAbove: CSVNetworkReader.splitThreshold)
    }

    /// ``readCSV(nodes:ties:nodesName:tiesName:)`` with the ties read in two halves on two
    /// threads above `threshold` bytes (`Int.max`: never), for the tests that hold the two
    /// ways to each other.
    static func readCSV(nodes: [UInt8], ties: [UInt8], nodesName: String = "nodes.csv",
                        tiesName: String = "ties.csv", splitAbove threshold: Int) -> Outcome {
        var builder = NetworkBuilder(nodesSource: TableSource(file: nodesName), tiesSource: TableSource(file: tiesName))
        CSVNetworkReader.read(.nodes, bytes: nodes, source: TableSource(file: nodesName), into: &builder,
                              splitAbove: threshold)
        CSVNetworkReader.read(.ties, bytes: ties, source: TableSource(file: tiesName), into: &builder,
                              splitAbove: threshold)
        return Outcome(builder)
    }

    /// Reads a JSON network given as bytes; `name` names it in diagnostics.
    public static func readJSON(_ bytes: [UInt8], name: String = "network.json") -> Outcome {
        let source = TableSource(file: name)
        var builder = NetworkBuilder(nodesSource: source, tiesSource: source)
        JSONNetworkReader.readNetwork(bytes: bytes, source: source, into: &builder)
        return Outcome(builder)
    }
}
