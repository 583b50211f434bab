import TrustModel

extension ColumnKind {
    /// `x` rounded as this kind shows it, and the decimals it is shown with.
    func rounded(_ x: Double) -> (value: Double, decimals: Int) {
        switch self {
        case .text, .score:
            return ColumnKind.significant(x, digits: 4)
        case .integer: return (x.rounded(), 0)
        case .trust: return (ColumnKind.round(x, 2), 2)
        case .percentage: return (ColumnKind.round(x, 3), 1)
        case let .decimals(n): return (ColumnKind.round(x, n), n)
        }
    }

    /// The number as text: what CSV and the terminal show (`0.80`, `102.5`, `41.2%`).
    func text(_ x: Double) -> String {
        guard x.isFinite else { return "" }
        let (value, decimals) = rounded(x)
        switch self {
        case .percentage: return NumberText.fixed(value * 100, decimals) + "%"
        case .text, .score:
            // Significant digits: trailing zeros say nothing (0.5, not 0.500).
            var text = NumberText.fixed(value, decimals)
            if text.contains(".") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
            return text == "-0" ? "0" : text
        default: return NumberText.fixed(value, decimals)
        }
    }

    /// The number format of a workbook cell of this kind (`nil`: General).
    var numberFormat: String? {
        switch self {
        case .text, .score: nil
        case .integer: "0"
        case .trust: "0.00"
        case .percentage: "0.0%"
        case let .decimals(n): n == 0 ? "0" : "0." + String(repeating: "0", count: n)
        }
    }

    var isNumeric: Bool { self != .text }

    private static func round(_ x: Double, _ decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (x * scale).rounded() / scale
    }

    /// `digits` significant digits, never fewer than the whole part has; at most 12 decimals.
    static func significant(_ x: Double, digits: Int) -> (value: Double, decimals: Int) {
        guard x != 0, x.isFinite else { return (0, 0) }
        let magnitude = Int((abs(x)).log10Floor)
        let decimals = min(12, max(0, digits - 1 - magnitude))
        return (round(x, decimals), decimals)
    }
}

extension Double {
    /// ⌊log₁₀ |x|⌋ for x ≠ 0, by comparison (no Foundation): 102.5 → 2, 0.0123 → −2.
    fileprivate var log10Floor: Int {
        var x = abs(self), exponent = 0
        while x >= 10 { x /= 10; exponent += 1 }
        while x < 1 { x *= 10; exponent -= 1 }
        return exponent
    }
}

extension TableDocument {
    /// The formats a table document is written in.
    public enum Format: String, Sendable, CaseIterable {
        case text, csv, xlsx, json

        /// The format an output file's extension names (`.xlsx`, `.csv`, `.json`, `.txt`),
        /// or `nil`.
        public static func named(byExtensionOf path: String) -> Format? {
            let lowered = path.lowercased()
            if lowered.hasSuffix(".xlsx") { return .xlsx }
            if lowered.hasSuffix(".csv") { return .csv }
            if lowered.hasSuffix(".json") { return .json }
            if lowered.hasSuffix(".txt") { return .text }
            return nil
        }

        /// A `--format` that the output file's extension contradicts (`--format csv -o x.xlsx`),
        /// or, without `--format`, an extension that names no table format (`-o 结果.xls`,
        /// `-o 结果.pdf`): `requested` and `named` are then `nil`.
        public struct Mismatch: Error, Equatable, Sendable {
            public var requested: Format?
            public var output: String
            public var named: Format?

            public func message(_ language: Language) -> String {
                guard let requested, let named else {
                    let excel = output.lowercased().hasSuffix(".xls")
                    return language.pick("无法从输出文件 \(output) 的扩展名看出格式：请把文件名改为 \(excel ? ".xlsx（工作簿）" : ".txt、.csv、.xlsx 或 .json")，或用 --format 指定",
                                         "cannot tell the format from the extension of \(output): name the file \(excel ? ".xlsx (a workbook)" : ".txt, .csv, .xlsx or .json"), or give --format")
                }
                return language.pick("--format \(requested.rawValue) 与输出文件 \(output) 的扩展名（\(named.rawValue)）不一致；请去掉 --format，或把文件名改为 .\(requested == .text ? "txt" : requested.rawValue)",
                                     "--format \(requested.rawValue) contradicts the extension of \(output) (\(named.rawValue)); drop --format or name the file .\(requested == .text ? "txt" : requested.rawValue)")
            }
        }

        /// The format to write: `requested` (`--format`), else the one `output`'s extension
        /// names, else text (no extension, or a text one: `.md`, `.log`). Both given and
        /// different is a ``Mismatch``, not a text file under a workbook's name; so is an
        /// extension of another kind of file (`.xls`, `.pdf`) without `--format`.
        public static func chosen(requested: Format?, output: String?) throws(Mismatch) -> Format {
            let named = output.flatMap(Format.named(byExtensionOf:))
            if let requested, let named, let output, requested != named {
                throw Mismatch(requested: requested, output: output, named: named)
            }
            if requested == nil, named == nil, let output, let ext = Format.fileExtension(output),
               !["text", "md", "log", "out"].contains(ext) {
                throw Mismatch(requested: nil, output: output, named: nil)
            }
            return requested ?? named ?? .text
        }

        /// The lowercased extension of a file name (`结果.XLS` → `xls`), `nil` without one
        /// (`-`, `out/report`, `.hidden`).
        static func fileExtension(_ path: String) -> String? {
            let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
            let ext = name[name.index(after: dot)...].lowercased()
            return ext.isEmpty ? nil : ext
        }
    }

    // MARK: Workbook

    /// The document as an `.xlsx` workbook, one sheet per table.
    /// - Complexity: O(total size of the cells).
    public func xlsx() throws(WriteError) -> [UInt8] {
        var used: Set<String> = []
        let worksheets = sheets.map { sheet -> WorksheetContent in
            var content = WorksheetContent(name: TableDocument.sheetName(sheet.name, used: &used),
                                           rows: [sheet.columns.map { .text($0.header) }])
            for row in sheet.rows {
                content.rows.append(zip(sheet.columns, row).map { column, value in
                    switch value {
                    case let .text(text): return text.isEmpty ? .empty : .text(text)
                    case let .integer(n): return .integer(n)
                    case let .number(x): return x.isFinite ? .number(column.kind.rounded(x).value) : .empty
                    case let .typed(x, kind): return x.isFinite ? .number(kind.rounded(x).value) : .empty
                    case .empty: return .empty
                    }
                })
            }
            content.widths = TableDocument.widths(sheet)
            content.autoFilter = !sheet.columns.isEmpty
            for (i, column) in sheet.columns.enumerated() {
                if let format = column.kind.numberFormat { content.numberFormats[i + 1] = format }
            }
            for (r, row) in sheet.rows.enumerated() {
                for (c, value) in row.enumerated() {
                    if case let .typed(_, kind) = value { content.cellFormats[CellAddress(row: r + 2, column: c + 1)] = kind.numberFormat ?? "General" }
                }
            }
            return content
        }
        return try XLSXWriter.render(worksheets)
    }

    /// A sheet name Excel accepts: none of `[]:*?/\`, at most 31 characters, not blank,
    /// unique in the workbook (case-insensitively).
    static func sheetName(_ name: String, used: inout Set<String>) -> String {
        var base = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 })
        base = Vocabulary.trimmed(base)
        if base.isEmpty { base = "Sheet" }
        base = String(base.prefix(31))
        var candidate = base
        var number = 2
        while used.contains(candidate.lowercased()) {
            let suffix = " (\(number))"
            candidate = String(base.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        used.insert(candidate.lowercased())
        return candidate
    }

    /// Column widths in Excel's character units that fit the header and the longest value
    /// (a Chinese character is two units), between 6 and 60.
    static func widths(_ sheet: TableSheet) -> [Double] {
        sheet.columns.enumerated().map { i, column in
            var widest = TextTable.displayWidth(column.header)
            for row in sheet.rows where i < row.count {
                widest = max(widest, TextTable.displayWidth(cellText(row[i], column.kind)))
            }
            return Double(min(60, max(6, widest + 2)))
        }
    }

    // MARK: CSV and text

    /// A cell as CSV and text show it.
    static func cellText(_ value: TableValue, _ kind: ColumnKind) -> String {
        switch value {
        case let .text(text): text
        case let .integer(n): String(n)
        case let .number(x): kind.text(x)
        case let .typed(x, own): own.text(x)
        case .empty: ""
        }
    }

    /// The ``csvSheet`` table as CSV for Excel: UTF-8 with a byte-order mark, CRLF, numbers
    /// rounded as in the workbook, formula-like text neutralised.
    /// - Complexity: O(total size of the cells).
    public func csv() -> [UInt8] {
        guard sheets.indices.contains(csvSheet) else { return SpreadsheetCSV.byteOrderMark }
        let sheet = sheets[csvSheet]
        var out = SpreadsheetCSV.byteOrderMark
        func line(_ fields: [(text: String, isNumber: Bool)]) {
            for (i, field) in fields.enumerated() {
                if i > 0 { out.append(0x2C) }
                // Numbers go out as written (`-0.30` is a number, not a formula).
                if field.isNumber { out.append(contentsOf: field.text.utf8) } else {
                    SpreadsheetCSV.appendQuoted(SpreadsheetCSV.neutralised(field.text), to: &out)
                }
            }
            out.append(contentsOf: [0x0D, 0x0A])
        }
        line(sheet.columns.map { ($0.header, false) })
        for row in sheet.rows {
            line(zip(sheet.columns, row).map { column, value in
                switch value {
                case .text: (TableDocument.cellText(value, column.kind), false)
                default: (TableDocument.cellText(value, column.kind), true)
                }
            })
        }
        return out
    }

    /// Every table as text for the terminal: the title, then each sheet's name, its table
    /// (numbers right-aligned, Chinese counted two columns wide) and its note.
    public func text() -> String {
        var out = title.map { $0 + "\n\n" } ?? ""
        for (index, sheet) in sheets.enumerated() {
            if index > 0 { out += "\n" }
            if sheets.count > 1 || title == nil { out += sheet.name + "\n" }
            var table = TextTable(headers: sheet.columns.map(\.header),
                                  alignments: sheet.columns.map { $0.kind.isNumeric ? .right : .left })
            for row in sheet.rows {
                table.add(zip(sheet.columns, row).map { TableDocument.cellText($1, $0.kind) })
            }
            out += table.render()
            if let note = sheet.note { out += "  " + note + "\n" }
        }
        return out
    }
}
