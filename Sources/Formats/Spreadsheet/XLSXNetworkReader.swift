import TrustModel

/// Reads a network from an `.xlsx` workbook (DESIGN §3, format 3): the sheets `nodes`/`节点`
/// and `ties`/`关系` (names matched like headers: any case, spaces ignored, `节点表` too), and
/// an optional `settings`/`设置` sheet of key–value rows. Each table goes through the same
/// ``TableHeader`` and ``NetworkBuilder`` as CSV, so every rule and message is the same;
/// positions print as `network.xlsx:关系!C14`.
///
/// The header is the first row that names a required column among the sheet's first ten
/// rows with values, so a title row above it (often merged across the table) is skipped.
enum XLSXNetworkReader {
    static let sheetNames: [Table: [String]] = [
        .nodes: ["nodes", "节点", "node", "节点表"],
        .ties: ["ties", "关系", "tie", "edges", "links", "关系表"],
    ]
    static let settingsSheetNames = ["settings", "设置", "setting", "network", "网络"]

    /// A builder holding everything read from the workbook (positions name the sheets as the
    /// workbook does), ready to ``NetworkBuilder/build()``.
    static func read(bytes: [UInt8], file: String) -> NetworkBuilder {
        let workbook: XLSXReader
        do {
            workbook = try XLSXReader(bytes: bytes)
        } catch {
            var builder = NetworkBuilder(nodesSource: TableSource(file: file), tiesSource: TableSource(file: file))
            builder.report(.unreadableWorkbook(error), at: SourcePosition(file: file, line: 1, column: 1))
            return builder
        }
        func sheet(_ names: [String]) -> (name: String, path: String)? {
            workbook.sheets.first { names.contains(Vocabulary.normalize($0.name)) }
        }
        let wanted = Table.allCases.map { ($0, sheet(sheetNames[$0] ?? [])) }
        var builder = NetworkBuilder(
            nodesSource: TableSource(file: file, sheet: wanted[0].1?.name ?? Table.nodes.rawValue),
            tiesSource: TableSource(file: file, sheet: wanted[1].1?.name ?? Table.ties.rawValue))
        var missing = false
        for (table, found) in wanted where found == nil {
            builder.report(.missingSheet(table, sheets: workbook.sheets.map(\.name)), at: SourcePosition(file: file, line: 1, column: 1))
            missing = true
        }
        guard !missing else { return builder }
        do {
            if let settings = sheet(settingsSheetNames) {
                let rows = try workbook.rows(ofSheetAt: settings.path)
                readSettings(rows, source: TableSource(file: file, sheet: settings.name), into: &builder)
            }
            for case let (table, (name, path)?) in wanted {
                let rows = try workbook.rows(ofSheetAt: path)
                readTable(table, rows: rows, source: TableSource(file: file, sheet: name), into: &builder)
            }
        } catch {
            builder.report(.unreadableWorkbook(error), at: SourcePosition(file: file, line: 1, column: 1))
        }
        return builder
    }

    /// How far down a sheet the header row is looked for.
    static let headerSearchRows = 10

    static func readTable(_ table: Table, rows: [SheetRow], source: TableSource, into builder: inout NetworkBuilder) {
        guard !rows.isEmpty else {
            builder.report(.emptyFile, at: source.position(line: 1, column: 1))
            return
        }
        let headerIndex = rows.prefix(headerSearchRows).firstIndex {
            TableHeader.namesRequiredColumn(table, $0.cells.map(\.text))
        } ?? 0
        let headerRow = rows[headerIndex]
        var headers = [(text: String, position: SourcePosition)?](repeating: nil, count: headerRow.cells.last?.column ?? 0)
        for (column, text) in headerRow.cells {
            headers[column - 1] = (text, source.position(line: headerRow.number, column: column))
        }
        let header = TableHeader(table, headers: headers, row: source.position(line: headerRow.number, column: 1),
                                 builder: &builder)
        guard header.isUsable else { return }
        for row in rows[(headerIndex + 1)...] {
            var cells = [Cell?](repeating: nil, count: row.cells.last?.column ?? 0)
            for (column, text) in row.cells { cells[column - 1] = Cell(text, line: row.number, column: column) }
            // Rows of blank cells (spaces only) are skipped, as in CSV.
            if cells.allSatisfy({ $0?.isBlank ?? true }) { continue }
            header.addRow(cells, line: row.number, column: row.cells.first?.column ?? 1, source: source, into: &builder)
        }
    }

    /// Key–value rows; a first row naming the columns (`setting`/`设置`, `key`) is skipped.
    static func readSettings(_ rows: [SheetRow], source: TableSource, into builder: inout NetworkBuilder) {
        var entries: [SettingsRows.Entry] = []
        for (index, row) in rows.enumerated() {
            guard let key = row.cells.first, key.column == 1 else { continue }
            if index == 0, ["setting", "设置", "key", "键", "名称", "name"].contains(Vocabulary.normalize(key.text)) { continue }
            let value = row.cells.dropFirst().first { $0.column == 2 }
            entries.append(SettingsRows.Entry(key: key.text, value: value?.text ?? "", line: row.number,
                                              column: value == nil ? 1 : 2))
        }
        SettingsRows.apply(entries, source: source, into: &builder)
    }
}
