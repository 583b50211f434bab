import Foundation
import TrustModel
import ZIPFoundation

/// One worksheet to write: rows of typed cells and how the sheet should look.
public struct WorksheetContent: Sendable {
    public var name: String
    public var rows: [[SpreadsheetCSV.Field]]
    /// Column widths in characters (the rest take Excel's default).
    public var widths: [Double] = []
    /// Columns (1-based) formatted as text, so Excel keeps `001` and `2021-05` as typed.
    public var textColumns: Set<Int> = []
    /// Whether the first row is a header: bold, shaded and frozen.
    public var hasHeader = true
    /// Whether long text wraps (the guide sheet).
    public var wraps = false
    /// Drop-down lists: the column (1-based) and its choices, offered on rows 2 to 10 001.
    public var lists: [(column: Int, choices: [String])] = []
    /// Drop-down lists whose choices are cells of another sheet (a list too long for the
    /// 255 characters an inline list holds): the column (1-based) and the range, e.g.
    /// `'伙伴'!$B$2:$B$74` (see ``XLSXWriter/range(sheet:column:rows:)``).
    public var rangeLists: [(column: Int, range: String)] = []
    /// The warning shown for a value not in a drop-down list (typing another is allowed).
    public var listWarning: (title: String, message: String)?
    /// Number formats (`0.00`, `0.0%`) of the numbers in a column (1-based).
    public var numberFormats: [Int: String] = [:]
    /// Number formats of single cells, over their column's (`General` for none).
    public var cellFormats: [CellAddress: String] = [:]
    /// Whether the header row has filter buttons over the whole table.
    public var autoFilter = false

    public init(name: String, rows: [[SpreadsheetCSV.Field]]) {
        self.name = name
        self.rows = rows
    }
}

/// A cell of a worksheet, 1-based.
public struct CellAddress: Hashable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// Writes `.xlsx` workbooks (Office Open XML, ECMA-376) that Excel, WPS, LibreOffice and
/// openpyxl open: shared strings, a bold frozen header, text-formatted columns, drop-down
/// lists. The ZIP container is ZIPFoundation's; the few XML parts are written here from
/// templates because they are small and fixed, and because no Swift library on hand writes
/// spreadsheets (XMLCoder would add a dependency to produce a dozen lines).
///
/// Deterministic: entries in a fixed order with a fixed timestamp (1980-01-01, the earliest
/// a ZIP can hold), so the same content gives the same bytes.
public enum XLSXWriter {
    /// Rows past this are not given drop-down lists (a template's working range).
    static let listRows = 10_001

    /// The workbook's bytes.
    /// - Complexity: O(total size of the cells).
    public static func render(_ sheets: [WorksheetContent]) throws(WriteError) -> [UInt8] {
        var strings = SharedStrings()
        var parts: [(String, String)] = []
        let formats = NumberFormats(sheets)
        let sheetXML = sheets.enumerated().map { index, sheet in
            worksheet(sheet, selected: index == 0, formats: formats, strings: &strings)
        }
        parts.append(("[Content_Types].xml", contentTypes(sheetCount: sheets.count)))
        parts.append(("_rels/.rels", packageRelationships))
        parts.append(("xl/workbook.xml", workbook(sheets)))
        parts.append(("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)))
        parts.append(("xl/styles.xml", styles(formats)))
        parts.append(("xl/sharedStrings.xml", strings.xml))
        for (i, xml) in sheetXML.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", xml)) }
        return try zip(parts)
    }

    /// An absolute reference to rows of one column of a sheet, for ``WorksheetContent/rangeLists``:
    /// `'伙伴'!$B$2:$B$74` (the sheet name quoted, quotes in it doubled).
    public static func range(sheet: String, column: Int, rows: ClosedRange<Int>) -> String {
        let letters = SourcePosition.columnLetters(column)
        return "'" + sheet.replacing("'", with: "''") + "'!$\(letters)$\(rows.lowerBound):$\(letters)$\(rows.upperBound)"
    }

    private static let fixedDate = Date(timeIntervalSince1970: 315_532_800)  // 1980-01-01T00:00:00Z

    private static func zip(_ parts: [(String, String)]) throws(WriteError) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: fixedDate, permissions: 0o644,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw WriteError.encoding("empty ZIP archive") }
            return [UInt8](data)
        } catch let error as WriteError {
            throw error
        } catch {
            throw .encoding("ZIP: \(error)")
        }
    }

    // MARK: Parts

    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(sheetCount: Int) -> String {
        var xml = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for i in 1...max(1, sheetCount) where i <= sheetCount {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "</Types>"
        return xml
    }

    private static let packageRelationships = header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeRelationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    private static func workbook(_ sheets: [WorksheetContent]) -> String {
        var xml = header + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(officeRelationships)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (i, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"\(XMLText.attribute(sheet.name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        xml += "</sheets>"
        // The range of each sheet's filter, as Excel records it beside the sheet's autoFilter.
        let filtered = sheets.enumerated().compactMap { i, sheet in filterRange(sheet).map { (i, sheet.name, $0) } }
        if !filtered.isEmpty {
            xml += "<definedNames>"
            for (i, name, range) in filtered {
                let quoted = "'" + name.replacing("'", with: "''") + "'!" + range.absolute
                xml += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(i)\" hidden=\"1\">\(XMLText.escaped(quoted))</definedName>"
            }
            xml += "</definedNames>"
        }
        return xml + "</workbook>"
    }

    /// The range a sheet's filter covers (header and every row), when it has one.
    private static func filterRange(_ sheet: WorksheetContent) -> (plain: String, absolute: String)? {
        let columns = sheet.rows.map(\.count).max() ?? 0
        guard sheet.autoFilter, sheet.hasHeader, columns > 0 else { return nil }
        let last = SourcePosition.columnLetters(columns)
        let rows = max(1, sheet.rows.count)
        return ("A1:\(last)\(rows)", "$A$1:$\(last)$\(rows)")
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        var xml = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for i in 0..<sheetCount {
            xml += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(officeRelationships)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(officeRelationships)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(officeRelationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }

    /// Cell formats: 0 plain, 1 header (bold, shaded), 2 wrapped text, 3 text (`@`), then one
    /// per number format in use (``NumberFormats``).
    private enum Style: Int { case plain = 0, header, wrapped, text }

    /// The number formats the sheets use, each a custom format (ids from 164) with its cell
    /// format, in sorted order so the same sheets give the same styles.
    struct NumberFormats {
        let codes: [String]
        private let styleOf: [String: Int]

        init(_ sheets: [WorksheetContent]) {
            var all = Set<String>()
            for sheet in sheets {
                all.formUnion(sheet.numberFormats.values)
                all.formUnion(sheet.cellFormats.values)
            }
            all.remove("General")
            codes = all.sorted()
            var styles: [String: Int] = ["General": Style.plain.rawValue]
            for (i, code) in codes.enumerated() { styles[code] = 4 + i }
            styleOf = styles
        }

        func style(_ code: String) -> Int { styleOf[code] ?? Style.plain.rawValue }
    }

    private static func styles(_ formats: NumberFormats) -> String {
        var xml = header + "<styleSheet xmlns=\"\(main)\">"
        if !formats.codes.isEmpty {
            xml += "<numFmts count=\"\(formats.codes.count)\">"
            for (i, code) in formats.codes.enumerated() {
                xml += "<numFmt numFmtId=\"\(164 + i)\" formatCode=\"\(XMLText.attribute(code))\"/>"
            }
            xml += "</numFmts>"
        }
        xml += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDEBF7\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(4 + formats.codes.count)\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        for i in formats.codes.indices {
            xml += "<xf numFmtId=\"\(164 + i)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        }
        return xml + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }

    private static func worksheet(_ sheet: WorksheetContent, selected: Bool, formats: NumberFormats,
                                  strings: inout SharedStrings) -> String {
        var xml = header + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(officeRelationships)\">"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
        if sheet.hasHeader {
            xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        let columnCount = max(sheet.widths.count, sheet.rows.map(\.count).max() ?? 0)
        if columnCount > 0 {
            xml += "<cols>"
            for column in 1...columnCount {
                let width = column <= sheet.widths.count ? sheet.widths[column - 1] : 12
                let style = sheet.textColumns.contains(column) ? " style=\"\(Style.text.rawValue)\"" : ""
                xml += "<col min=\"\(column)\" max=\"\(column)\" width=\"\(JSONWriter.format(width))\"\(style) customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (index, row) in sheet.rows.enumerated() {
            let number = index + 1
            xml += "<row r=\"\(number)\">"
            for (c, field) in row.enumerated() {
                let column = c + 1
                let style: Style = sheet.hasHeader && index == 0 ? .header
                    : sheet.wraps ? .wrapped : sheet.textColumns.contains(column) ? .text : .plain
                let reference = SourcePosition.columnLetters(column) + String(number)
                let styleAttribute = style == .plain ? "" : " s=\"\(style.rawValue)\""
                // A number takes its cell's or its column's number format.
                var numberStyle = styleAttribute
                if style == .plain, let code = sheet.cellFormats[CellAddress(row: number, column: column)] ?? sheet.numberFormats[column] {
                    let chosen = formats.style(code)
                    numberStyle = chosen == Style.plain.rawValue ? "" : " s=\"\(chosen)\""
                }
                switch field {
                case .empty:
                    if style != .plain && style != .text { xml += "<c r=\"\(reference)\"\(styleAttribute)/>" }
                case let .integer(value):
                    xml += "<c r=\"\(reference)\"\(numberStyle)><v>\(value)</v></c>"
                case let .number(value):
                    xml += "<c r=\"\(reference)\"\(numberStyle)><v>\(JSONWriter.format(value))</v></c>"
                case let .text(text):
                    xml += "<c r=\"\(reference)\"\(styleAttribute) t=\"s\"><v>\(strings.index(of: text))</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if let range = filterRange(sheet) { xml += "<autoFilter ref=\"\(range.plain)\"/>" }
        // Inline lists: choices separated by commas, in quotes, at most 255 characters;
        // range lists: a reference to cells holding the choices.
        let validations = sheet.lists.map { ($0.column, "\"" + $0.choices.joined(separator: ",") + "\"") }
            + sheet.rangeLists.map { ($0.column, $0.range) }
        if !validations.isEmpty {
            xml += "<dataValidations count=\"\(validations.count)\">"
            for (column, formula) in validations {
                let letters = SourcePosition.columnLetters(column)
                let warning = sheet.listWarning.map {
                    " errorStyle=\"warning\" errorTitle=\"\(XMLText.attribute($0.title))\" error=\"\(XMLText.attribute($0.message))\""
                } ?? ""
                xml += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\"\(warning)"
                    + " sqref=\"\(letters)2:\(letters)\(listRows)\"><formula1>"
                    + XMLText.escaped(formula) + "</formula1></dataValidation>"
            }
            xml += "</dataValidations>"
        }
        return xml + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>"
    }
}

/// The workbook's table of strings: each distinct text stored once, cells refer to it by
/// index (what Excel itself writes, and what every reader expects first).
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var texts: [String] = []

    mutating func index(of text: String) -> Int {
        if let index = indices[text] { return index }
        indices[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    var xml: String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(texts.count)\" uniqueCount=\"\(texts.count)\">"
        for text in texts {
            let preserve = text.first.map { $0.isWhitespace } == true || text.last.map { $0.isWhitespace } == true
                || text.utf8.contains(0x0A)
            xml += preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>"
            xml += OOXMLString.escaped(text)
            xml += "</t></si>"
        }
        return xml + "</sst>"
    }
}
