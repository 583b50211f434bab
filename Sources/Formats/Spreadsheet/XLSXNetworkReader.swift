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
        var contents: [String: SheetContent] = [:]
        let settings = sheet(settingsSheetNames)
        // Each table's sheet: by its name; else a sheet whose name holds the table's word
        // (`节点信息`, `合作关系`); else the one sheet whose header names the table's columns
        // (`Sheet1`, `Sheet2` as Excel names them).
        var chosen: [Table: (name: String, path: String)] = [:]
        for table in Table.allCases { chosen[table] = sheet(sheetNames[table] ?? []) }
        for table in Table.allCases where chosen[table] == nil {
            let taken = Set(chosen.values.map(\.path) + [settings?.path].compactMap { $0 })
            let words = table == .nodes ? ["节点", "node"] : ["关系", "tie", "edge", "link"]
            let free = workbook.sheets.filter { !taken.contains($0.path) }
            if let named = free.first(where: { sheet in words.contains { Vocabulary.normalize(sheet.name).contains($0) } }) {
                chosen[table] = named
                continue
            }
            let holding = free.filter { sheet in
                guard let content = contents[sheet.path] ?? (try? workbook.sheet(at: sheet.path)) else { return false }
                contents[sheet.path] = content
                return content.rows.prefix(headerSearchRows).contains { TableHeader.namesColumnsOf(table, $0.cells.map(\.text)) }
            }
            if holding.count == 1 { chosen[table] = holding[0] }
        }
        let wanted = Table.allCases.map { ($0, chosen[$0]) }
        var builder = NetworkBuilder(
            nodesSource: TableSource(file: file, sheet: wanted[0].1?.name ?? Table.nodes.rawValue),
            tiesSource: TableSource(file: file, sheet: wanted[1].1?.name ?? Table.ties.rawValue))
        builder.noteHeaders(workbook.sheets.map(\.name))
        var missing = false
        for (table, found) in wanted where found == nil {
            builder.report(.missingSheet(table, sheets: workbook.sheets.map(\.name)), at: SourcePosition(file: file, line: 1, column: 1))
            missing = true
        }
        guard !missing else { return builder }
        do {
            if let settings {
                let rows = try workbook.rows(ofSheetAt: settings.path)
                readSettings(rows, source: TableSource(file: file, sheet: settings.name), into: &builder)
            }
            for case let (table, (name, path)?) in wanted {
                let content: SheetContent
                if let read = contents[path] { content = read } else { content = try workbook.sheet(at: path) }
                readTable(table, sheet: content, source: TableSource(file: file, sheet: name), into: &builder)
            }
        } catch {
            builder.report(.unreadableWorkbook(error), at: SourcePosition(file: file, line: 1, column: 1))
        }
        return builder
    }

    /// How far down a sheet the header row is looked for.
    static let headerSearchRows = 10

    /// Reads one table's sheet: the header found below any title rows, a second header row
    /// when the header's cells are merged down into it or it names the columns under the
    /// header's merged cells (`资源/需求` over E:F, with `资源`, `需求` below), merged header
    /// cells spread over their columns (``TableHeader``), and merged data cells read as their
    /// value in every row they span (a `起点` merged over the rows of one partner's ties).
    static func readTable(_ table: Table, sheet: SheetContent, source: TableSource, into builder: inout NetworkBuilder) {
        guard !sheet.rows.isEmpty else {
            builder.report(.emptyFile, at: source.position(line: 1, column: 1))
            if table == .nodes { builder.markNodesUnreadable() }
            return
        }
        var rows = sheet.rows
        let headerIndex = rows.prefix(headerSearchRows).firstIndex {
            TableHeader.namesRequiredColumn(table, $0.cells.map(\.text))
        } ?? 0
        let headerRow = rows[headerIndex]
        if table == .nodes, headerIndex > 0 { builder.takeTitle(fromRow: rows[0].cells.map(\.text)) }
        // Merged cells of the header row spanning several columns.
        // Overlapping ones (Excel never writes them) are dropped, so their widths add up to
        // at most the sheet's 16,384 columns.
        var wide: [MergedRange] = []
        for merge in sheet.merges.filter({ $0.firstRow == headerRow.number && $0.lastColumn > $0.firstColumn })
            .sorted(by: { $0.firstColumn < $1.firstColumn }) where merge.firstColumn > (wide.last?.lastColumn ?? 0) {
            wide.append(merge)
        }
        var headerRows = [headerRow]
        if headerIndex + 1 < rows.count, rows[headerIndex + 1].number == headerRow.number + 1 {
            let next = rows[headerIndex + 1]
            let mergedDown = sheet.merges.contains { $0.firstRow == headerRow.number && $0.lastRow > headerRow.number }
            let covered = Set(wide.flatMap { $0.firstColumn ... $0.lastColumn })
            let namesUnderMerges = !wide.isEmpty
                && next.cells.allSatisfy { cell in covered.contains(cell.column) }
                && next.cells.contains { TableHeader.role(table, Vocabulary.trimmed($0.text)) != nil }
            if mergedDown || namesUnderMerges { headerRows.append(next) }
        }
        // Each column's header: the lowest header row that names it.
        var named: [Int: (text: String, position: SourcePosition, row: Int)] = [:]
        for row in headerRows {
            for (column, text) in row.cells where !Vocabulary.trimmed(text).isEmpty {
                named[column] = (text, source.position(line: row.number, column: column), row.number)
            }
        }
        // A merged header whose other columns no lower row names spans them.
        var spans: [TableHeader.Span] = []
        for merge in wide where !(merge.firstColumn + 1 ... merge.lastColumn).contains(where: { named[$0] != nil })
            && named[merge.firstColumn]?.row == merge.firstRow {
            spans.append(TableHeader.Span(first: merge.firstColumn - 1, width: merge.lastColumn - merge.firstColumn + 1,
                                          range: merge.reference))
        }
        let width = max(named.keys.max() ?? 0, wide.map(\.lastColumn).max() ?? 0)
        var headers = [(text: String, position: SourcePosition)?](repeating: nil, count: width)
        for (column, header) in named { headers[column - 1] = (header.text, header.position) }
        let header = TableHeader(table, headers: headers, spans: spans,
                                 row: source.position(line: headerRow.number, column: named.keys.min() ?? 1),
                                 builder: &builder)
        guard header.isUsable else { return }
        let lastHeaderRow = headerRows[headerRows.count - 1].number
        guard fillMergedCells(&rows, merges: sheet.merges.filter { $0.firstRow > lastHeaderRow && $0.lastRow > $0.firstRow }) else {
            builder.report(.unreadableWorkbook(.mergedCellsTooMany(sheet: source.sheet ?? table.rawValue)),
                           at: source.position(line: 1, column: 1))
            return
        }
        // A row's cells up to the header's width, those past it apart: a row of one cell in
        // column XFD costs one cell, not 16,384.
        let headerWidth = header.roles.count
        for row in rows where row.number > lastHeaderRow {
            var cells = [Cell?](repeating: nil, count: min(row.cells.last?.column ?? 0, headerWidth))
            var beyond: [Cell] = []
            for (column, text) in row.cells {
                let cell = Cell(text, line: row.number, column: column)
                if column <= headerWidth { cells[column - 1] = cell } else { beyond.append(cell) }
            }
            // Rows of blank cells (spaces only) are skipped, as in CSV.
            if cells.allSatisfy({ $0?.isBlank ?? true }), beyond.allSatisfy(\.isBlank) { continue }
            header.addRow(cells, beyond: beyond, line: row.number, column: row.cells.first?.column ?? 1, source: source,
                          into: &builder)
        }
    }

    /// Gives the value of each cell merged down over several rows to the rows below it that
    /// hold values, in its column (a workbook keeps the value in the top-left cell only).
    /// Returns `false`, filling nothing, when the merges would fill more cells than a sheet
    /// of its size can mean (ranges over a million rows multiplied by thousands of columns
    /// from a few kilobytes): more than four times the cells the sheet holds, and 100,000.
    /// - Complexity: O(merges · log rows + cells filled); a merge overlapping one already
    ///   filled in its column is skipped (Excel never writes them).
    @discardableResult
    static func fillMergedCells(_ rows: inout [SheetRow], merges: [MergedRange]) -> Bool {
        guard !merges.isEmpty, !rows.isEmpty else { return true }
        rows.sort { $0.number < $1.number }
        let numbers = rows.map(\.number)
        // The first row at or after `number`.
        func firstIndex(atOrAfter number: Int) -> Int {
            var low = 0, high = numbers.count
            while low < high {
                let middle = (low + high) / 2
                if numbers[middle] < number { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let budget = max(100_000, 4 * rows.reduce(0) { $0 + $1.cells.count })
        var filled = 0
        var fills: [Int: [(column: Int, text: String)]] = [:]
        var reached: [Int: Int] = [:]  // column → last row filled
        for merge in merges.sorted(by: { ($0.firstColumn, $0.firstRow) < ($1.firstColumn, $1.firstRow) }) {
            guard merge.firstRow > reached[merge.firstColumn, default: 0] else { continue }
            reached[merge.firstColumn] = merge.lastRow
            let top = firstIndex(atOrAfter: merge.firstRow)
            guard top < rows.count, numbers[top] == merge.firstRow,
                  let value = rows[top].cells.first(where: { $0.column == merge.firstColumn })?.text else { continue }
            var i = top + 1
            while i < rows.count, numbers[i] <= merge.lastRow {
                fills[i, default: []].append((merge.firstColumn, value))
                filled += 1
                if filled > budget { return false }
                i += 1
            }
        }
        for (i, cells) in fills {
            let taken = Set(rows[i].cells.map(\.column))
            rows[i].cells += cells.filter { !taken.contains($0.column) }
            rows[i].cells.sort { $0.column < $1.column }
        }
        return true
    }

    /// Key–value rows; a first row naming the columns (`setting`/`设置`/`项目`, `key`, or a
    /// value column headed `value`/`值`) is skipped. `名称` heads the keys only over `值`:
    /// alone it is the title.
    static func readSettings(_ rows: [SheetRow], source: TableSource, into builder: inout NetworkBuilder) {
        var entries: [SettingsRows.Entry] = []
        for (index, row) in rows.enumerated() {
            guard let key = row.cells.first, key.column == 1 else { continue }
            let value = row.cells.dropFirst().first { $0.column == 2 }
            if index == 0, isSettingsHeader(key: key.text, value: value?.text ?? "") { continue }
            entries.append(SettingsRows.Entry(key: key.text, value: value?.text ?? "", line: row.number,
                                              column: value == nil ? 1 : 2))
        }
        SettingsRows.apply(entries, source: source, into: &builder)
    }

    /// Whether a settings sheet's first row names its columns rather than giving a setting.
    static func isSettingsHeader(key: String, value: String) -> Bool {
        let key = Vocabulary.normalize(key), value = Vocabulary.normalize(value)
        if ["value", "值", "数值", "取值", "内容", "设置值"].contains(value) { return true }
        return ["setting", "settings", "设置", "设置项", "key", "键", "项目", "item", "参数", "parameter", "name"].contains(key)
    }
}
