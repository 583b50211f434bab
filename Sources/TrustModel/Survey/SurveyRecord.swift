/// One row of a survey response table as read, before it is checked against a network: who
/// answered about whom, and the scores as written.
public struct SurveyRecord: Sendable {
    /// Line (row) and column where the row starts.
    public var line: Int
    public var column: Int = 1
    public var respondent: Cell?
    public var partner: Cell?
    public var rater: Cell?
    /// The item cells of the row, blank ones included (a blank cell is skipped, not zero).
    public var scores: [(item: SurveyItem, cell: Cell)] = []

    public init(line: Int) { self.line = line }
}

/// A survey response table as read: where from, which item columns it has, its rows, and the
/// problems found reading it (file and header problems; rows are checked later, against the
/// network).
public struct SurveyTable: Sendable {
    public var source: TableSource
    /// The item columns present, in the table's order.
    public var items: [SurveyItem]
    /// Each item column's header as the user wrote it (`可靠（1–5）`, `Reliability`), for messages.
    public var headers: [SurveyItem: String] = [:]
    public var records: [SurveyRecord]
    public var diagnostics: [Diagnostic]
    /// The scale the item headers state (`可靠（1–5）`, as `guanxi init --survey --scale 5`
    /// writes them), when they state one and agree.
    public var statedScale: Int?

    public init(source: TableSource, items: [SurveyItem] = [], records: [SurveyRecord] = [],
                diagnostics: [Diagnostic] = []) {
        self.source = source
        self.items = items
        self.records = records
        self.diagnostics = diagnostics
    }
}
