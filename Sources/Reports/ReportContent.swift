import Analysis
import TrustModel

/// Everything a report shows, computed beforehand: the report layer only lays it out.
public struct ReportContent: Sendable {
    public var network: TrustNetwork
    public var summary: NetworkSummary
    public var influence: InfluenceTable
    public var gaps: GapAnalysis
    public var diagrams: ReportDiagrams
    /// The data's source, as given on the command line.
    public var source: String
    /// Guanxi's version, for the method notes.
    public var version: String
    /// Names as shown (clients pseudonymised under `--anonymize`), in the report's language.
    public var names: NodeNames
    /// What changed since an earlier version (`report --previous`), shown after the overview.
    public var changes: NetworkDiff?
    public var language: Language { names.language }

    public init(network: TrustNetwork, summary: NetworkSummary, influence: InfluenceTable, gaps: GapAnalysis,
                diagrams: ReportDiagrams, source: String, version: String, names: NodeNames) {
        self.network = network
        self.summary = summary
        self.influence = influence
        self.gaps = gaps
        self.diagrams = diagrams
        self.source = source
        self.version = version
        self.names = names
    }
}

/// The diagrams of a report as SVG text (from the Diagrams layer), or notes on why one is
/// missing (Graphviz or the CJK font absent), so a report is still written without them.
public struct ReportDiagrams: Sendable {
    public struct Figure: Sendable {
        /// A short file-name-safe key: `network`, `hierarchy`, `ecomap-ST` …
        public var key: String
        public var title: String
        public var svg: String

        public init(key: String, title: String, svg: String) {
            self.key = key
            self.title = title
            self.svg = svg
        }
    }

    /// The page margin and the room above a drawing, in points, to fit the report's diagrams
    /// within on A4 (`DiagramOptions.pageMargin`, `pageHeadroom`): printed in the report, every
    /// text stays 7 pt or more.
    public static let pageMargin = DiagramFigures.diagramMargin
    public static let pageHeadroom = DiagramFigures.diagramHeadroom

    public var network: Figure?
    public var hierarchy: Figure?
    public var ecomaps: [Figure]
    /// The network with the findings drawn on it, shown with the gaps.
    public var gaps: Figure?
    public var notes: [String]

    public init(network: Figure? = nil, hierarchy: Figure? = nil, ecomaps: [Figure] = [], gaps: Figure? = nil,
                notes: [String] = []) {
        self.network = network
        self.hierarchy = hierarchy
        self.ecomaps = ecomaps
        self.gaps = gaps
        self.notes = notes
    }
}
