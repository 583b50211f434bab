import TrustModel

/// A document of one or more tables — what a command that prints tables gives — written as a
/// real workbook, as CSV for Excel, or as text for the terminal, with numbers rounded as a
/// person reads them and every header in the output language.
///
/// Build one from sheets of typed columns, then write it:
///
/// ```swift
/// var sheet = TableSheet(name: "影响力", columns: [
///     TableColumn("编号"), TableColumn("名称"),
///     TableColumn("伙伴数", .integer), TableColumn("影响力", .score), TableColumn("信任", .trust),
/// ])
/// sheet.append([.text("ST"), .text("西市场街道社工站"), .integer(36), .number(0.0812345), .number(0.8)])
/// let document = TableDocument(title: "谁最重要", sheets: [sheet])
/// let workbook = try document.xlsx()     // bytes of an .xlsx: one sheet per table
/// let csv = document.csv()               // UTF-8 with BOM, CRLF; the `csvSheet` table only
/// let text = document.text()             // aligned columns, CJK counted two wide
/// let format = try TableDocument.Format.chosen(requested: nil, output: "out.xlsx")   // .xlsx
/// ```
///
/// - **Numbers** are stored as numbers, rounded by their column's ``ColumnKind``: trust to 2
///   decimals, scores to 4 significant digits (whole digits never dropped: 102.5, 0.01235),
///   percentages as a share shown with one decimal (`41.2%`), integers whole. A workbook
///   cell carries the matching number format (`0.00`, `0.0%`, `0`), so Excel, WPS and
///   LibreOffice show what the CSV and the text show. A cell may override its column's kind
///   (``TableValue/typed(_:_:)``), for tables of label–value rows.
/// - **Workbooks**: a bold, shaded header row, frozen, with filters; column widths that fit
///   the longest text (a Chinese character counted two wide); one sheet per table, named
///   within Excel's rules (31 characters, none of `[]:*?/\`, unique).
/// - **CSV**: UTF-8 with a byte-order mark (without it Excel on Chinese Windows reads the
///   file as GBK and garbles every Chinese character), CRLF, text that a spreadsheet would
///   run as a formula neutralised (``SpreadsheetCSV``). CSV holds one table: the sheet
///   ``csvSheet`` names.
/// - **Text**: the title, then each sheet's name and its table, numbers right-aligned.
///
/// Deterministic: the same document gives the same bytes in every format.
public struct TableDocument: Sendable, Equatable {
    /// A line above the tables in text (the workbook's sheets carry their own names).
    public var title: String?
    public var sheets: [TableSheet]
    /// The sheet written as CSV, which holds one table.
    public var csvSheet: Int

    public init(title: String? = nil, sheets: [TableSheet], csvSheet: Int = 0) {
        self.title = title
        self.sheets = sheets
        self.csvSheet = csvSheet
    }
}

/// One table: a name, typed columns and rows of values (one per column).
public struct TableSheet: Sendable, Equatable {
    public var name: String
    public var columns: [TableColumn]
    public var rows: [[TableValue]]
    /// A line under the table in text (what a number means, where it comes from).
    public var note: String?

    public init(name: String, columns: [TableColumn], rows: [[TableValue]] = [], note: String? = nil) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.note = note
    }

    public mutating func append(_ row: [TableValue]) { rows.append(row) }
}

/// A column: its header in the output language and the kind of value it holds.
public struct TableColumn: Sendable, Equatable {
    public var header: String
    public var kind: ColumnKind

    public init(_ header: String, _ kind: ColumnKind = .text) {
        self.header = header
        self.kind = kind
    }
}

/// How a column's numbers are rounded and shown.
public enum ColumnKind: Sendable, Equatable {
    case text
    /// Whole numbers.
    case integer
    /// A trust in [0, 1]: 2 decimals.
    case trust
    /// A measure or score: 4 significant digits, whole digits kept (`102.5`, `0.01235`).
    case score
    /// A share in [0, 1] shown as a percentage with one decimal (`0.412` → `41.2%`).
    case percentage
    /// A fixed number of decimals.
    case decimals(Int)
}

/// One cell.
public enum TableValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    case integer(Int)
    /// A number with its own kind, overriding the column's (a label–value table).
    case typed(Double, ColumnKind)
    case empty

    /// Text, or empty for `nil`.
    public static func optional(_ text: String?) -> TableValue { text.map(TableValue.text) ?? .empty }
    /// A number, or empty for `nil` (and for a value that is not finite).
    public static func optional(_ number: Double?) -> TableValue {
        guard let number, number.isFinite else { return .empty }
        return .number(number)
    }
}
