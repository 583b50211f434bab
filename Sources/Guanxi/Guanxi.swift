@_exported import Analysis
@_exported import Formats
@_exported import Phrasing
@_exported import GraphCore
@_exported import Reports
@_exported import TrustModel

/// Guanxi's public API: load a network, and (as the layers arrive) compute influence and
/// gaps, render views and write reports. The `guanxi` command is built on these calls only.
public enum Guanxi {
    /// Reading failed: every diagnostic (errors and warnings), and whether the input was
    /// missing or unreadable rather than wrong.
    public struct LoadFailure: Error, Sendable {
        public var diagnostics: [Diagnostic]
        public var inputUnavailable: Bool
        /// The language of the data's headers, when any were read.
        public var language: Language?
    }

    /// A network read without errors, with the warnings found on the way.
    public struct Loaded: Sendable {
        public var network: TrustNetwork
        public var warnings: [Diagnostic]
        /// The language of the data's headers (and sheet or file names): Chinese when any
        /// holds a Chinese character.
        public var language: Language?
    }

    /// Reads a network from a folder (`nodes.csv`, `ties.csv`, optional `network.json`), a
    /// `.json` file, an `.xlsx` workbook or a `.graphml` file.
    ///
    /// ```swift
    /// let loaded = try Guanxi.load("Datasets/ximarket")
    /// print(NetworkSummary(loaded.network).peopleRepresented)
    /// ```
    public static func load(_ path: String) throws(LoadFailure) -> Loaded {
        let outcome = NetworkReader.read(path: path)
        guard let network = outcome.network else {
            throw LoadFailure(diagnostics: outcome.diagnostics, inputUnavailable: outcome.inputUnavailable,
                              language: outcome.language)
        }
        return Loaded(network: network, warnings: outcome.diagnostics, language: outcome.language)
    }

    /// Writes a network in a format (by default the one the path's extension names: `.json`,
    /// `.xlsx`, `.graphml`, `.gexf`, else a folder of CSV files), whole or not at all.
    ///
    /// ```swift
    /// try Guanxi.write(loaded.network, to: "out/network.graphml")
    /// ```
    public static func write(_ network: TrustNetwork, to path: String, format: ExportFormat? = nil,
                             language: Language = .en) throws(WriteError) {
        let chosen = format ?? ExportFormat.inferred(from: path)
        guard chosen == .dot else {
            try NetworkWriter.write(network, to: path, format: chosen, language: language)
            return
        }
        // DOT is the network view's own DOT, the same text the diagrams are laid out from.
        let dot: String
        do {
            dot = try Diagram(network, view: .network, options: DiagramOptions(language: language, page: nil)).dot
        } catch {
            throw .encoding(error.message(language))
        }
        try AtomicFile.write(Array(dot.utf8), to: path)
    }

    /// Writes a blank, ready-to-fill template into the folder `path` (created if missing):
    /// `network.xlsx`, or `nodes.csv`, `ties.csv` and a guide. Existing files are kept
    /// unless `overwrite`.
    public static func writeTemplate(to path: String, format: TemplateWriter.Format = .xlsx,
                                     language: Language = .zh, overwrite: Bool = false) throws(WriteError) {
        try NetworkWriter.place(TemplateWriter.files(format: format, language: language), at: path, isFolder: true,
                                overwrite: overwrite)
    }

    /// The influence measures of every node (DESIGN §4), only those asked for.
    ///
    /// ```swift
    /// let table = Guanxi.influence(loaded.network)
    /// let broker = table.ranking(by: .betweenness, count: 1)
    /// ```
    public static func influence(_ network: TrustNetwork,
                                 options: InfluenceTable.Options = InfluenceTable.Options()) -> InfluenceTable {
        InfluenceTable.compute(network, options: options)
    }

    /// Every gap finding with its summary figures (DESIGN §4 "Gaps").
    public static func gaps(_ network: TrustNetwork,
                            options: GapAnalysis.Options = GapAnalysis.Options()) throws(GapAnalysis.Failure) -> GapAnalysis {
        try GapAnalysis.analyse(network, options: options)
    }

    /// What goes into a report.
    public struct ReportOptions: Sendable {
        public var language: Language
        /// Clients under pseudonyms, their attributes left out (training material).
        public var anonymize: Bool
        /// Only this station's ecomap and the findings that concern it.
        public var station: String?
        /// When anonymizing, groups under this many people are shown as "<k 人" (k-anonymity).
        public var k: Int

        public init(language: Language = .zh, anonymize: Bool = false, station: String? = nil, k: Int = NodeNames.defaultK) {
            self.language = language
            self.anonymize = anonymize
            self.station = station
            self.k = k
        }
    }

    /// Everything a report shows: summary, influence, gaps and the diagrams (rendered through
    /// `diagrams`, which returns the figures or notes on why they are missing).
    public static func reportContent(_ network: TrustNetwork, source: String, options: ReportOptions,
                                     diagrams: (TrustNetwork, ReportOptions, GapAnalysis) -> ReportDiagrams)
        throws(GapAnalysis.Failure) -> ReportContent {
        let gaps = try GapAnalysis.analyse(network, options: .init(station: options.station))
        let names = NodeNames(network, language: options.language, anonymize: options.anonymize, k: options.k)
        return ReportContent(network: network, summary: NetworkSummary(network), influence: InfluenceTable.compute(network),
                             gaps: gaps, diagrams: diagrams(network, options, gaps), source: source,
                             version: version, names: names)
    }

    /// The library's version, printed in reports and by `guanxi --version`.
    public static let version = "0.1.0"
}
