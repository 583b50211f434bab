import Foundation
import TrustModel

/// One row of a worksheet as read: its number and its non-empty cells as text.
struct SheetRow {
    var number: Int
    /// (1-based column, text) in column order.
    var cells: [(column: Int, text: String)]
}

/// A rectangle of merged cells (`E1:F1`), 1-based and inclusive; the value is in its
/// top-left cell.
struct MergedRange: Equatable {
    var firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int

    /// `E1:F1` → E1…F1; `nil` for anything else.
    init?(reference: String) {
        let ends = reference.split(separator: ":")
        guard ends.count == 2, let first = XLSXReader.cellReference(String(ends[0])),
              let last = XLSXReader.cellReference(String(ends[1])), first.row > 0, last.row > 0 else { return nil }
        firstRow = min(first.row, last.row)
        lastRow = max(first.row, last.row)
        firstColumn = min(first.column, last.column)
        lastColumn = max(first.column, last.column)
    }

    var reference: String {
        SourcePosition.columnLetters(firstColumn) + String(firstRow) + ":" + SourcePosition.columnLetters(lastColumn) + String(lastRow)
    }
}

/// A worksheet as read: its rows with values and its merged ranges.
struct SheetContent {
    var rows: [SheetRow]
    var merges: [MergedRange]
}

/// Reads `.xlsx` workbooks (Office Open XML) as Excel, WPS and LibreOffice save them: the
/// ZIP container through ``ZIPReader``, each XML part, checked as text first, through
/// Foundation's `XMLParser` (``SAXParser``). What a workbook may inflate to is bounded by
/// its size (``expansionLimit(fileSize:)``).
/// Only what a table of values needs is interpreted — sheet names, shared and inline
/// strings (rich-text runs joined, phonetic runs skipped, `_xHHHH_` escapes decoded),
/// numbers (shortest form: `0.80000000000000004` reads `0.8`), booleans (`TRUE`/`FALSE`),
/// dates (serials under a date format become ISO text, in the 1900 or 1904 system), error
/// values as shown (`#N/A`), formulas by their cached value. Parts are found through the
/// package relationships, not assumed names.
struct XLSXReader {
    private let parts: Parts
    private let sharedStrings: [String]
    private let dateStyles: [Int: (formatID: Int, code: String?)]
    private let date1904: Bool
    /// The worksheets in workbook order: name and part path.
    let sheets: [(name: String, path: String)]

    /// At most this many times the file's size is inflated from a workbook (its parts
    /// together, and again the text its cells expand to through shared strings): real
    /// sheets compress 5–15 times, a ZIP bomb thousands of times.
    static let expansionFactor = 20
    /// Small files may expand to this much whatever their size (a hand-made sheet of
    /// repeated cells compresses better than 20 times).
    static let expansionFloor = 64_000_000
    /// And no file to more than this (a city of a million ties is ~250 MB of XML).
    static let expansionCeiling = 600_000_000

    /// Whether bytes that are no workbook read as text: a UTF-16 byte-order mark, or no NUL
    /// byte and a line break or a delimiter in the first 4 KB (CSV saved as `.xlsx`).
    static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
        let head = bytes.prefix(4096)
        return !head.isEmpty && !head.contains(0) && head.contains { $0 == 0x0A || $0 == 0x2C || $0 == 0x09 || $0 == 0x3B }
    }

    /// How many bytes a workbook of `fileSize` bytes may inflate to.
    static func expansionLimit(fileSize: Int) -> Int {
        min(expansionCeiling, max(expansionFloor, fileSize.multipliedReportingOverflow(by: expansionFactor).partialValue))
    }

    init(bytes: [UInt8]) throws(WorkbookFault) {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .legacyOrEncrypted }
        guard bytes.starts(with: [0x50, 0x4B]) else { throw XLSXReader.looksLikeText(bytes) ? .textNotWorkbook : .notZip }
        let archive: ZIPReader
        do { archive = try ZIPReader(bytes: bytes) } catch { throw .damagedArchive }
        let opened = Parts(archive: archive, limit: XLSXReader.expansionLimit(fileSize: bytes.count))
        parts = opened

        let rootRelationships = try XLSXReader.relationships(in: opened, at: "_rels/.rels", base: "")
        let workbookPath = rootRelationships.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        let workbookFolder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let workbookName = workbookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml"
        let relationships = try XLSXReader.relationships(
            in: opened, at: (workbookFolder.isEmpty ? "" : workbookFolder + "/") + "_rels/" + workbookName + ".rels",
            base: workbookFolder)
        var targets: [String: String] = [:]
        for relationship in relationships { targets[relationship.id] = relationship.target }

        // The workbook: sheet names in order, and the date system.
        var sheets: [(name: String, path: String)] = []
        var uses1904 = false
        let workbookData = try opened.part(workbookPath, required: true) ?? []
        if let failure = SAXParser.parse(workbookData, start: { name, attributes, _ in
            switch name {
            case "sheet":
                if let sheetName = attributes["name"], let id = attributes["id"], let target = targets[id] {
                    sheets.append((sheetName, target))
                }
            case "workbookPr":
                let flag = attributes["date1904"]?.lowercased()
                uses1904 = flag == "1" || flag == "true"
            default: break
            }
        }) {
            throw .damagedXML(workbookPath, failure.fault, line: failure.line, column: failure.column)
        }
        self.sheets = sheets
        date1904 = uses1904

        let stringsPath = relationships.first { $0.type.hasSuffix("/sharedStrings") }?.target
        sharedStrings = try stringsPath.flatMap { path throws(WorkbookFault) in
            try opened.part(path, required: false).map { data throws(WorkbookFault) in
                try XLSXReader.sharedStrings(data, path: path)
            }
        } ?? []
        let stylesPath = relationships.first { $0.type.hasSuffix("/styles") }?.target
        dateStyles = try stylesPath.flatMap { path throws(WorkbookFault) in
            try opened.part(path, required: false).map { data throws(WorkbookFault) in
                try XLSXReader.dateStyles(data, path: path)
            }
        } ?? [:]
    }

    // MARK: Parts

    /// The archive's parts, inflated within one budget for the whole workbook.
    private final class Parts {
        let archive: ZIPReader
        let limit: Int
        private(set) var used = 0

        init(archive: ZIPReader, limit: Int) {
            self.archive = archive
            self.limit = limit
        }

        /// The bytes of a part, `nil` if absent and not required; `sheet` names the sheet
        /// it holds, for the message when it is too large.
        func part(_ path: String, required: Bool, sheet: String? = nil) throws(WorkbookFault) -> [UInt8]? {
            guard let entry = archive.entry(path) else {
                if required { throw .missingPart(path) }
                return nil
            }
            let data: [UInt8]
            do {
                data = try archive.contents(of: entry, limit: limit - used)
            } catch {
                switch error {
                case .tooLarge: throw .tooLarge(part: path, sheet: sheet, limit: limit)
                case .encrypted: throw .encryptedPart(path)
                case let .unsupportedMethod(_, method): throw .unsupportedCompression(path, method: method)
                case .damagedEntry, .corruptData: throw .damagedPart(path)
                case .noDirectory, .damagedDirectory: throw .damagedArchive
                }
            }
            used += data.count
            return data
        }
    }

    private struct Relationship { var id: String; var type: String; var target: String }

    /// A `.rels` part; targets resolved to paths inside the archive.
    private static func relationships(in parts: Parts, at path: String, base: String) throws(WorkbookFault) -> [Relationship] {
        guard let data = try parts.part(path, required: false) else { return [] }
        var found: [Relationship] = []
        if let failure = SAXParser.parse(data, start: { name, attributes, _ in
            guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
            if attributes["TargetMode"] == "External" { return }
            found.append(Relationship(id: id, type: attributes["Type"] ?? "", target: resolve(target, base: base)))
        }) {
            throw .damagedXML(path, failure.fault, line: failure.line, column: failure.column)
        }
        return found
    }

    /// A relationship target as a path in the archive: absolute (`/xl/…`) or relative to
    /// the folder of the part that names it, `..` resolved.
    private static func resolve(_ target: String, base: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }

    private static func sharedStrings(_ data: [UInt8], path: String) throws(WorkbookFault) -> [String] {
        var strings: [String] = []
        var current = ""
        var inItem = false, inText = false, phonetic = 0
        if let failure = SAXParser.parse(data, start: { name, _, _ in
            switch name {
            case "si": inItem = true; current = ""
            case "t": inText = inItem && phonetic == 0
            case "rPh": phonetic += 1
            default: break
            }
        }, end: { name in
            switch name {
            case "si": strings.append(OOXMLString.unescaped(current)); inItem = false
            case "t": inText = false
            case "rPh": phonetic -= 1
            default: break
            }
        }, text: { text in
            if inText { current += text }
        }) {
            throw .damagedXML(path, failure.fault, line: failure.line, column: failure.column)
        }
        return strings
    }

    /// The cell formats (index into `cellXfs`) that show dates, with their format.
    private static func dateStyles(_ data: [UInt8], path: String) throws(WorkbookFault) -> [Int: (formatID: Int, code: String?)] {
        var codes: [Int: String] = [:]
        var formats: [Int] = []
        var inCellFormats = false
        if let failure = SAXParser.parse(data, start: { name, attributes, _ in
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { codes[id] = code }
            case "cellXfs": inCellFormats = true
            case "xf" where inCellFormats: formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }, end: { name in
            if name == "cellXfs" { inCellFormats = false }
        }) {
            throw .damagedXML(path, failure.fault, line: failure.line, column: failure.column)
        }
        var styles: [Int: (formatID: Int, code: String?)] = [:]
        for (index, id) in formats.enumerated() where ExcelDate.isDateFormat(id: id, code: codes[id]) {
            styles[index] = (id, codes[id])
        }
        return styles
    }

    // MARK: Sheets

    /// The rows of a worksheet that hold at least one cell with a value, in order.
    /// - Complexity: O(size of the sheet's XML).
    func rows(ofSheetAt path: String) throws(WorkbookFault) -> [SheetRow] {
        try sheet(at: path).rows
    }

    /// The rows of a worksheet that hold a value, and its merged ranges.
    /// - Complexity: O(size of the sheet's XML).
    func sheet(at path: String) throws(WorkbookFault) -> SheetContent {
        let sheet = sheets.first { $0.path == path }?.name
        guard let data = try parts.part(path, required: true, sheet: sheet) else { return SheetContent(rows: [], merges: []) }
        // What the cells expand to through shared strings is bounded like the parts: a
        // string of a megabyte named by a million cells is not a terabyte of text.
        let textLimit = parts.limit
        var textBytes = 0
        var rows: [SheetRow] = []
        var merges: [MergedRange] = []
        var row = SheetRow(number: 0, cells: [])
        var column = 0
        var type = "n", style = 0
        var value = "", inline = ""
        var hasValue = false
        var capture: Int = 0  // 1 inside <v>, 2 inside an inline string's <t>
        var inInline = false, phonetic = 0
        var fault: WorkbookFault?
        let strings = sharedStrings
        let failure = SAXParser.parse(data, start: { name, attributes, _ in
            switch name {
            case "row":
                // A row number outside the sheet (`r="0"`, `r="-5"`) is read as a missing one,
                // the row after the last: such a row went above the header, its node unread.
                let number = attributes["r"].flatMap(Int.init).flatMap { (1 ... 1_048_576).contains($0) ? $0 : nil }
                row = SheetRow(number: number ?? row.number + 1, cells: [])
                column = 0
            case "c":
                if let reference = attributes["r"], let parsed = XLSXReader.cellReference(reference) {
                    column = parsed.column
                } else {
                    column += 1
                }
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap(Int.init) ?? 0
                value = ""; inline = ""; hasValue = false
            case "v": capture = 1; hasValue = true
            case "is": inInline = true; hasValue = true
            case "rPh": phonetic += 1
            case "t" where inInline && phonetic == 0: capture = 2
            case "mergeCell":
                if let reference = attributes["ref"], let range = MergedRange(reference: reference) { merges.append(range) }
            default: break
            }
        }, end: { name in
            switch name {
            case "v", "t": capture = 0
            case "is": inInline = false
            case "rPh": phonetic -= 1
            case "c":
                guard hasValue else { return }
                let text: String?
                switch type {
                case "s":
                    guard let index = Int(Vocabulary.trimmed(value)), strings.indices.contains(index) else {
                        fault = fault ?? .sharedStringOutOfRange(path, index: value)
                        return
                    }
                    text = strings[index]
                case "inlineStr": text = OOXMLString.unescaped(inline)
                case "str": text = OOXMLString.unescaped(value)
                case "b": text = value == "1" || value.lowercased() == "true" ? "TRUE" : "FALSE"
                case "e": text = value
                case "d": text = XLSXReader.isoDateTime(value)
                default: text = value.isEmpty ? nil : number(value, style: style)
                }
                if let text, !text.isEmpty, fault == nil {
                    textBytes += text.utf8.count
                    if textBytes > textLimit {
                        fault = .tooLarge(part: path, sheet: sheet, limit: textLimit)
                        rows = []
                    } else {
                        row.cells.append((column, text))
                    }
                }
            case "row":
                if !row.cells.isEmpty, fault == nil { rows.append(row) }
            default: break
            }
        }, text: { text in
            switch capture {
            case 1: value += text
            case 2: inline += text
            default: break
            }
        })
        if let failure { throw .damagedXML(path, failure.fault, line: failure.line, column: failure.column) }
        if let fault { throw fault }
        // Cells of a row are normally in column order; make sure.
        for i in rows.indices where !zip(rows[i].cells, rows[i].cells.dropFirst()).allSatisfy({ $0.column < $1.column }) {
            rows[i].cells.sort { $0.column < $1.column }
        }
        return SheetContent(rows: rows, merges: merges)
    }

    /// A numeric cell's text: an ISO date under a date format, otherwise the number in its
    /// shortest form (integers without `.0`).
    private func number(_ text: String, style: Int) -> String {
        guard let number = Double(Vocabulary.trimmed(text)) else { return text }
        if let format = dateStyles[style],
           let iso = ExcelDate.iso(serial: number, date1904: date1904, formatID: format.formatID, code: format.code) {
            return iso
        }
        return JSONWriter.format(number)
    }

    /// `2021-05-24T00:00:00` (a `t="d"` cell) → `2021-05-24`; other times kept whole.
    private static func isoDateTime(_ text: String) -> String {
        if text.count > 10, text.hasSuffix("T00:00:00") || text.hasSuffix("T00:00:00Z") { return String(text.prefix(10)) }
        return text
    }

    /// `C14` → column 3, row 14.
    static func cellReference(_ reference: String) -> (column: Int, row: Int)? {
        var column = 0, row = 0, digits = false
        for byte in reference.utf8 {
            switch byte {
            case 0x41...0x5A where !digits: column = column * 26 + Int(byte - 0x40)
            case 0x61...0x7A where !digits: column = column * 26 + Int(byte - 0x60)
            case 0x24: continue  // `$`
            case 0x30...0x39: digits = true; row = row * 10 + Int(byte - 0x30)
            default: return nil
            }
            guard column <= 16_384, row <= 1_048_576 else { return nil }
        }
        return column > 0 ? (column, row) : nil
    }
}
