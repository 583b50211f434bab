import TrustModel

/// Reads a partner survey's answers (issue 14): a CSV file in any encoding Guanxi reads, or an
/// `.xlsx` workbook, one row per answer, with the columns `respondent` (受访单位), `partner`
/// (被评单位), an optional `rater` (填写人) and any of the six items (`reliability` 可靠,
/// `mission` 使命一致, `openness` 开放沟通, `influence` 影响力, `involvement` 投入程度,
/// `resources` 资源贡献), headers in English or Chinese matched as a network's are (case,
/// spaces and a trailing hint such as `可靠（1–4）` ignored).
///
/// The header is the first row naming a required column among the first ten rows with
/// values, so a title row above it is skipped. In a workbook the sheet is the one named
/// `answers`/`responses`/`答卷`/`问卷` (as `guanxi init --survey` writes it), else the first
/// whose header names the survey's columns.
public enum SurveyReader {
    /// The table, or the problems that kept it from being read (a missing file, an
    /// unreadable encoding, no header).
    public static func read(path: String) -> SurveyTable {
        let source = TableSource(file: path)
        guard FileBytes.kind(of: path) == .file else {
            let problem: Problem = FileBytes.kind(of: path) == .missing ? .inputMissing(path: path) : .unsupportedInput(path: path)
            return SurveyTable(source: source, diagnostics: [Diagnostic(problem, at: nil)])
        }
        switch FileBytes.read(path) {
        case let .success(bytes):
            let lowered = path.lowercased()
            let isWorkbook = [".xlsx", ".xlsm", ".xls", ".et"].contains(where: lowered.hasSuffix)
                || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
            return isWorkbook ? readXLSX(bytes, name: path) : readCSV(bytes, name: path)
        case let .failure(failure):
            return SurveyTable(source: source, diagnostics: [Diagnostic(failure.problem, at: nil)])
        }
    }

    /// Answers from CSV bytes (UTF-8 with or without BOM, UTF-16, GB18030/GBK).
    public static func readCSV(_ bytes: [UInt8], name: String = "survey.csv") -> SurveyTable {
        let source = TableSource(file: name)
        let text: [UInt8]
        switch TextDecoding.decode(bytes) {
        case let .success(decoded): text = decoded.utf8
        case let .failure(failure):
            let position = CSVNetworkReader.position(ofByte: failure.byteOffset, in: bytes, source: source)
            return SurveyTable(source: source, diagnostics: [Diagnostic(failure.problem, at: position)])
        }
        let scanner = CSVScanner(bytes: text, delimiter: CSVScanner.delimiter(of: text))
        var rows: [Row] = []
        let unterminated = scanner.scan { fields in
            guard let first = fields.first else { return }
            var cells: [Row.Cell] = []
            for (index, field) in fields.enumerated() where !scanner.isBlank(field) {
                cells.append(Row.Cell(key: index + 1, column: Int(scanner.column(field)),
                                      text: SpreadsheetCSV.restore(scanner.text(field))))
            }
            if !cells.isEmpty { rows.append(Row(number: Int(first.line), cells: cells)) }
        }
        var table = table(rows, source: source)
        if let field = unterminated {
            table.diagnostics.append(Diagnostic(.unterminatedQuote,
                                                at: source.position(line: Int(field.line), column: Int(scanner.column(field)))))
        }
        return table
    }

    /// Answers from `.xlsx` bytes.
    public static func readXLSX(_ bytes: [UInt8], name: String = "survey.xlsx") -> SurveyTable {
        let fileStart = SourcePosition(file: name, line: 1, column: 1)
        do {
            let workbook = try XLSXReader(bytes: bytes)
            let named = workbook.sheets.first { sheetNames.contains(Vocabulary.normalize($0.name)) }
            var candidates = named.map { [$0] } ?? []
            candidates += workbook.sheets.filter { $0.path != named?.path }
            for sheet in candidates {
                let rows = try workbook.rows(ofSheetAt: sheet.path).map { row in
                    Row(number: row.number, cells: row.cells.map { Row.Cell(key: $0.column, column: $0.column, text: $0.text) })
                }
                let source = TableSource(file: name, sheet: sheet.name)
                if sheet.path == named?.path || headerIndex(rows) != nil {
                    return table(rows, source: source)
                }
            }
            let source = TableSource(file: name, sheet: workbook.sheets.first?.name)
            return SurveyTable(source: source, diagnostics: [
                Diagnostic(.survey(.missingColumn(SurveyColumn.respondent.keyword)), at: fileStart),
            ])
        } catch {
            return SurveyTable(source: TableSource(file: name),
                               diagnostics: [Diagnostic(.unreadableWorkbook(error), at: fileStart)])
        }
    }

    /// Sheet names a survey workbook's answers go under.
    static let sheetNames = ["answers", "responses", "survey", "答卷", "问卷", "回答", "评价"]

    /// A row with values: its number (line) and its non-blank cells, each with the key that
    /// ties it to its header (field number in CSV, column number in a sheet) and the column
    /// where it is written (characters in CSV).
    struct Row {
        struct Cell {
            var key: Int
            var column: Int
            var text: String
        }
        var number: Int
        var cells: [Cell]
    }

    /// How far down the header row is looked for.
    static let headerSearchRows = 10

    /// The row that names the respondent or partner column, among the first ten.
    static func headerIndex(_ rows: [Row]) -> Int? {
        rows.prefix(headerSearchRows).firstIndex { row in
            row.cells.contains { column(for: $0.text)?.isRequired == true }
        }
    }

    static func column(for header: String) -> SurveyColumn? {
        let written = Vocabulary.trimmed(header)
        return SurveyColumn(header: written) ?? TableHeader.withoutHint(written).flatMap(SurveyColumn.init(header:))
    }

    /// The scale a header's hint states: `1–5` in `可靠（1–5）`, `reliability (1-5)`,
    /// `使命一致(1~4分)`; `nil` without one.
    static func statedScale(_ header: String) -> Int? {
        let scalars = Array(header.unicodeScalars)
        for i in scalars.indices where scalars[i] == "1" && (i == 0 || !("0"..."9").contains(scalars[i - 1])) {
            var j = i + 1
            while j < scalars.count, scalars[j] == " " { j += 1 }
            guard j < scalars.count, "–-~～—至到".unicodeScalars.contains(scalars[j]) else { continue }
            j += 1
            while j < scalars.count, scalars[j] == " " { j += 1 }
            var digits = ""
            while j < scalars.count, ("0"..."9").contains(scalars[j]) { digits.unicodeScalars.append(scalars[j]); j += 1 }
            if let n = Int(digits), (2...10).contains(n) { return n }
        }
        return nil
    }

    /// The table from rows of cells: the header, then one record per row.
    static func table(_ rows: [Row], source: TableSource) -> SurveyTable {
        var table = SurveyTable(source: source)
        guard !rows.isEmpty else {
            table.diagnostics.append(Diagnostic(.emptyFile, at: source.position(line: 1, column: 1)))
            return table
        }
        let index = headerIndex(rows) ?? 0
        let header = rows[index]
        var roles: [Int: SurveyColumn] = [:]
        var seen: Set<SurveyColumn> = []
        var scales: Set<Int> = []
        for cell in header.cells {
            let at = source.position(line: header.number, column: cell.column)
            guard let column = column(for: cell.text) else {
                table.diagnostics.append(Diagnostic(.survey(.unusedColumn(Vocabulary.trimmed(cell.text))), at: at))
                continue
            }
            guard seen.insert(column).inserted else {
                table.diagnostics.append(Diagnostic(.duplicateColumn(Vocabulary.trimmed(cell.text)), at: at))
                continue
            }
            roles[cell.key] = column
            if case let .item(item) = column {
                table.items.append(item)
                table.headers[item] = Vocabulary.trimmed(cell.text)
                if let stated = statedScale(cell.text) { scales.insert(stated) }
            }
        }
        if scales.count == 1 { table.statedScale = scales.first }
        let rowStart = source.position(line: header.number, column: 1)
        for required in [SurveyColumn.respondent, .partner] where !seen.contains(required) {
            table.diagnostics.append(Diagnostic(.survey(.missingColumn(required.keyword)), at: rowStart))
        }
        if table.items.isEmpty { table.diagnostics.append(Diagnostic(.survey(.noItemColumns), at: rowStart)) }
        guard !table.diagnostics.hasErrors else { return table }
        for row in rows[(index + 1)...] {
            var record = SurveyRecord(line: row.number)
            record.column = row.cells.first?.column ?? 1
            for cell in row.cells {
                guard let role = roles[cell.key] else { continue }
                let value = Cell(cell.text, line: row.number, column: cell.column)
                switch role {
                case .respondent: record.respondent = value
                case .partner: record.partner = value
                case .rater: record.rater = value
                case let .item(item): record.scores.append((item, value))
                }
            }
            table.records.append(record)
        }
        return table
    }
}
