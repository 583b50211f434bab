import TrustModel

/// The sheets of a network workbook — `节点`/`nodes`, `关系`/`ties`, and `设置`/`settings` when
/// the network has a title, date or thresholds — and of a blank template, which adds a
/// `说明`/`guide` sheet. Kind, relation and `mutual` cells offer drop-down lists of the names
/// in the user's language (other accepted spellings can still be typed, after a warning).
enum NetworkWorkbook {
    /// The network's workbook, lossless: ``NetworkReader`` reads it back to an equal network.
    static func sheets(_ network: TrustNetwork, language: Language) -> [WorksheetContent] {
        var nodes = nodesSheet(NetworkTables.nodes(network, language: language), language: language)
        nodes.widths += Array(repeating: 14, count: network.nodeAttributeNames.count)
        var ties = tiesSheet(NetworkTables.ties(network, language: language), columns: NetworkTables.tieColumns, language: language)
        ties.widths += Array(repeating: 14, count: network.tieAttributeNames.count)
        var sheets = [nodes, ties]
        let settings = NetworkTables.settings(network, language: language)
        if !settings.isEmpty {
            var sheet = WorksheetContent(name: language.pick("设置", "settings"), rows: settings)
            sheet.widths = [24, 40]
            sheet.textColumns = [1]
            sheets.append(sheet)
        }
        return sheets
    }

    /// A blank template: headers only, drop-down lists, and the guide.
    static func template(language: Language) -> [WorksheetContent] {
        let nodes = nodesSheet([NodeColumn.allCases.map { .text($0.header(language)) }], language: language)
        let ties = tiesSheet([TieColumn.allCases.map { .text($0.header(language)) }], columns: TieColumn.allCases,
                             language: language)
        var guide = WorksheetContent(name: language.pick("说明", "guide"), rows: VocabularyGuide.rows(language))
        guide.widths = [16, 30, 14, 60]
        guide.wraps = true
        return [nodes, ties, guide]
    }

    private static func warning(_ language: Language) -> (title: String, message: String) {
        (language.pick("不在列表中", "Not in the list"),
         language.pick("这个值不在下拉列表中。Guanxi 也接受“说明”页列出的其他写法；拼错的会在检查时指出。",
                       "This value is not in the list. Guanxi also accepts the spellings on the guide sheet; misspellings are reported when checked."))
    }

    private static func nodesSheet(_ rows: [[SpreadsheetCSV.Field]], language: Language) -> WorksheetContent {
        var sheet = WorksheetContent(name: Table.nodes.name(language), rows: rows)
        sheet.widths = [12, 28, 14, 12, 22, 22, 8, 10]
        // Text format keeps ids like `001` and tag lists as typed.
        sheet.textColumns = [1, 2, 3, 4, 5, 6]
        sheet.lists = [(3, NodeKind.allCases.map { NetworkTables.kindName($0, language) })]
        sheet.listWarning = warning(language)
        return sheet
    }

    private static func tiesSheet(_ rows: [[SpreadsheetCSV.Field]], columns: [TieColumn], language: Language) -> WorksheetContent {
        var sheet = WorksheetContent(name: Table.ties.name(language), rows: rows)
        sheet.widths = columns.map { column in
            switch column {
            case .source, .target: 12
            case .relation: 14
            case .since: 12
            default: 9
            }
        }
        sheet.textColumns = Set(columns.enumerated().compactMap { index, column in
            [.source, .target, .relation, .mutual, .since].contains(column) ? index + 1 : nil
        })
        var lists: [(column: Int, choices: [String])] = []
        if let relation = columns.firstIndex(of: .relation) {
            lists.append((relation + 1, Relation.allCases.map { NetworkTables.relationName($0, language) }))
        }
        if let mutual = columns.firstIndex(of: .mutual) {
            lists.append((mutual + 1, [NetworkTables.yesNo(true, language), NetworkTables.yesNo(false, language)]))
        }
        sheet.lists = lists
        sheet.listWarning = warning(language)
        return sheet
    }
}
