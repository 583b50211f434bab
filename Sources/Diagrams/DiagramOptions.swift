import TrustModel

/// How a diagram is drawn, whatever the view.
public struct DiagramOptions: Sendable, Equatable {
    /// Language of everything around the names (kinds, legend, title line); names render as
    /// written.
    public var language: Language
    /// Label clients by stable pseudonyms (服务对象 07 / Client 07) and leave their
    /// attributes (needs, size, area) out, for training material.
    public var anonymize: Bool
    /// With `anonymize`, head counts from 1 to k − 1 are shown as "<k 人" (`NodeNames`):
    /// the report passes its `--k` so a drawing reveals no more than its tables. Default 10.
    public var k: Int = NodeNames.defaultK
    /// Past this many drawn nodes, clients fold into one node per community and need before
    /// layout. Default 400.
    public var maxNodes: Int
    /// A layout engine to use instead of the one chosen by view and size.
    public var engine: LayoutEngine?

    /// Resolution of PNG output (and the scale of SVG/PDF units), dots per inch. Default 96.
    public var dpi: Int
    /// The paper the drawing must be legible on (every text at least 7 pt once fitted to
    /// it): clients, partners, communities and stations fold until it fits. `nil` draws
    /// everything at full size (a poster). Default A4.
    public var page: PageSize?
    /// Fit the drawing to the paper turned sideways; otherwise the better of portrait and
    /// landscape is used.
    public var landscape: Bool

    /// What changed since an earlier version, drawn on the view (``DiagramChanges``).
    public var changes: DiagramChanges?

    /// The paper's margin each side, in points, inside which the drawing must fit (5 mm by
    /// default; more for a diagram printed within a document, such as the report's pages).
    public var pageMargin: Double = 14
    /// Height, in points, kept free on the page above the drawing (a caption's, when the
    /// diagram is printed within a document); none by default.
    public var pageHeadroom: Double = 0

    public static let defaultMaxNodes = 400

    public init(language: Language = .zh, anonymize: Bool = false,
                maxNodes: Int = DiagramOptions.defaultMaxNodes, engine: LayoutEngine? = nil,
                dpi: Int = 96, page: PageSize? = .a4, landscape: Bool = false) {
        self.language = language
        self.anonymize = anonymize
        self.maxNodes = maxNodes
        self.engine = engine
        self.dpi = dpi
        self.page = page
        self.landscape = landscape
    }
}
