/// Everything that can be wrong with a network's input, each with its message in Chinese and
/// English. Errors stop the run; warnings are printed and the run goes on.
public enum Problem: Hashable, Sendable {
    // Files.
    case inputMissing(path: String)
    case inputUnreadable(path: String, reason: String)
    case unsupportedInput(path: String)
    case emptyFile
    case binaryFile
    case spreadsheetNotCSV
    /// A web page saved under a table's name (a download link's page rather than the file).
    case webPageNotCSV
    /// A document of a known binary type (PDF, Word, an image …) where a table should be.
    case documentNotCSV(kind: String)
    case fileTooLarge(path: String, bytes: Int, limit: Int)
    case undecodableText
    case unterminatedQuote
    case invalidJSON(detail: String)
    case jsonShape(expected: String)
    case nestingTooDeep(limit: Int)
    case unreadableWorkbook(WorkbookFault)
    case missingSheet(Table, sheets: [String])
    case invalidXML(XMLFault)
    case notGraphML
    /// GraphML key defaults that would give every node or edge more values than a file of
    /// its size can mean (a few bytes of `<key><default>` multiplied by every element).
    case graphMLDefaultsTooMany(values: Int)
    case missingGraphAttribute(Table, attribute: String, accepted: [String])
    // Structure.
    case missingColumn(Table, column: ColumnLabel)
    case missingTrustColumn
    /// A header row that names no column of the table at all: the wrong file, most likely.
    case unrecognizedHeader(Table, found: [String])
    case duplicateColumn(String)
    case extraFields(count: Int)
    case missingValue(column: ColumnLabel)
    /// A header merged over several columns (`range`, e.g. `E1:F1`) whose text does not say
    /// what each column holds, with data under its other columns.
    case mergedHeader(String, range: String)
    /// Data under a column with no header; the column is not read.
    case unnamedColumn
    /// A header naming several columns over one column (`资源/需求`): kept as an extra
    /// column, its values not read as any of them.
    case combinedHeader(String)
    /// A nodes table with names but no id column: the names serve as ids.
    case namesAsIDs(column: String)
    // Nodes.
    case duplicateID(String, firstLine: Int)
    case unknownKind(String, suggestions: [String])
    case invalidSize(String)
    case invalidNumber(column: ColumnLabel, text: String)
    case unknownTag(String)
    case isolatedNode(String)
    // Ties.
    case unknownNode(String, suggestions: [NodeLookup.Mention])
    /// A tie's endpoint written as a node's name (or its id in another case or width): read
    /// as that node.
    case nameUsedAsID(String, node: NodeLookup.Mention)
    /// A tie's endpoint written as a name several nodes share.
    case ambiguousNodeName(String, candidates: [NodeLookup.Mention], total: Int)
    case selfTie(String)
    case unknownRelation(String, suggestions: [String])
    case missingTrust
    case trustNotNumber(String)
    case trustOutOfRange(String)
    case trust5OutOfRange(String)
    case trustDisagrees(trust: String, trust5: String)
    case invalidBoolean(column: ColumnLabel, text: String)
    /// A date that cannot be read as one.
    case unreadableDate(String)
    /// A date written in a good form that does not exist (`2023-02-30`).
    case nonexistentDate(String, DateFault)
    case duplicateTie(firstLine: Int)
    // Settings.
    case unknownSetting(String)
    case invalidThreshold(name: String, text: String)
    // Partner surveys.
    case survey(SurveyProblem)

    /// A stable name for the kind of problem (`unknown-kind`, `isolated-node` …), for
    /// scripts and for grouping many problems of one kind.
    public var code: String {
        switch self {
        case .inputMissing: "input-missing"
        case .inputUnreadable: "input-unreadable"
        case .unsupportedInput: "unsupported-input"
        case .emptyFile: "empty-file"
        case .binaryFile: "binary-file"
        case .spreadsheetNotCSV: "spreadsheet-not-csv"
        case .webPageNotCSV: "web-page-not-csv"
        case .documentNotCSV: "document-not-csv"
        case .fileTooLarge: "file-too-large"
        case .undecodableText: "undecodable-text"
        case .unterminatedQuote: "unterminated-quote"
        case .invalidJSON: "invalid-json"
        case .jsonShape: "json-shape"
        case .nestingTooDeep: "nesting-too-deep"
        case .unreadableWorkbook: "unreadable-workbook"
        case .missingSheet: "missing-sheet"
        case .invalidXML: "invalid-xml"
        case .notGraphML: "not-graphml"
        case .graphMLDefaultsTooMany: "graphml-defaults-too-many"
        case .missingGraphAttribute: "missing-graph-attribute"
        case .missingColumn: "missing-column"
        case .missingTrustColumn: "missing-trust-column"
        case .unrecognizedHeader: "unrecognized-header"
        case .duplicateColumn: "duplicate-column"
        case .extraFields: "extra-fields"
        case .missingValue: "missing-value"
        case .mergedHeader: "merged-header"
        case .unnamedColumn: "unnamed-column"
        case .namesAsIDs: "names-as-ids"
        case .combinedHeader: "combined-header"
        case .duplicateID: "duplicate-id"
        case .unknownKind: "unknown-kind"
        case .invalidSize: "invalid-size"
        case .invalidNumber: "invalid-number"
        case .unknownTag: "unknown-tag"
        case .isolatedNode: "isolated-node"
        case .unknownNode: "unknown-node"
        case .nameUsedAsID: "name-used-as-id"
        case .ambiguousNodeName: "ambiguous-node-name"
        case .selfTie: "self-tie"
        case .unknownRelation: "unknown-relation"
        case .missingTrust: "missing-trust"
        case .trustNotNumber: "trust-not-number"
        case .trustOutOfRange: "trust-out-of-range"
        case .trust5OutOfRange: "trust5-out-of-range"
        case .trustDisagrees: "trust-disagrees"
        case .invalidBoolean: "invalid-boolean"
        case .unreadableDate: "unreadable-date"
        case .nonexistentDate: "nonexistent-date"
        case .duplicateTie: "duplicate-tie"
        case .unknownSetting: "unknown-setting"
        case .invalidThreshold: "invalid-threshold"
        case let .survey(problem): problem.code
        }
    }

    public var severity: Severity {
        switch self {
        case let .survey(problem):
            problem.severity
        case .extraFields, .unknownTag, .isolatedNode, .duplicateTie, .unknownSetting,
             .trustDisagrees, .duplicateColumn, .nameUsedAsID, .unnamedColumn, .namesAsIDs, .combinedHeader:
            .warning
        default:
            .error
        }
    }

    /// Whether the problem is that the input could not be read at all (exit 66) rather than
    /// bad data in it (exit 65).
    public var isInputUnavailable: Bool {
        switch self {
        case .inputMissing, .inputUnreadable, .unsupportedInput, .fileTooLarge: true
        default: false
        }
    }

    /// `; did you mean "a" or "b"?` / `；是不是“a”或“b”？`, empty with no suggestion.
    static func didYouMean(_ suggestions: [String], _ language: Language) -> String {
        guard !suggestions.isEmpty else { return "" }
        if language == .zh { return "；是不是" + suggestions.map { "“\($0)”" }.joined(separator: "或") + "？" }
        return "; did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: " or ") + "?"
    }

    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case let .inputMissing(path):
            return zh ? "找不到输入：\(path)（应为含 nodes.csv 与 ties.csv 的文件夹，或一个 .json、.xlsx 或 .graphml 文件）"
                : "input not found: \(path) (expected a folder with nodes.csv and ties.csv, or a .json, .xlsx or .graphml file)"
        case let .inputUnreadable(path, reason):
            return zh ? "无法读取 \(path)：\(reason)" : "cannot read \(path): \(reason)"
        case let .unsupportedInput(path):
            return zh ? "不支持的输入 \(path)：请给出含 nodes.csv 与 ties.csv 的文件夹，或一个 .json、.xlsx 或 .graphml 文件"
                : "unsupported input \(path): give a folder with nodes.csv and ties.csv, or a .json, .xlsx or .graphml file"
        case .emptyFile:
            return zh ? "文件是空的，至少需要一行表头" : "the file is empty; a header row is needed at least"
        case .binaryFile:
            return zh ? "这不是文本文件（含有二进制内容）；请另存为 CSV（UTF-8 或 GB18030）"
                : "this is not a text file (it holds binary data); save it as CSV (UTF-8 or GB18030)"
        case .spreadsheetNotCSV:
            return zh ? "这是 Excel/WPS 工作簿，只是文件名以 .csv 结尾，不是 CSV：请把它改名为 .xlsx 后直接使用，或在 Excel/WPS 中“另存为”选择“CSV UTF-8（逗号分隔）”"
                : "this is an Excel/WPS workbook under a .csv name, not CSV: rename it to .xlsx and give it directly, or use \"Save as\" → \"CSV UTF-8 (comma delimited)\" in Excel/WPS"
        case .webPageNotCSV:
            return zh ? "这是一个网页（HTML），不是 CSV 表格：可能下载的是链接页面而不是文件本身；请重新下载或从 Excel/WPS 另存为 CSV"
                : "this is a web page (HTML), not a CSV table: the link's page may have been saved instead of the file; download it again or save it as CSV from Excel/WPS"
        case let .documentNotCSV(kind):
            return zh ? "这是 \(kind) 文件，不是 CSV 表格；请在 Excel/WPS 中把数据另存为 CSV 或 .xlsx"
                : "this is a \(kind) file, not a CSV table; save the data as CSV or .xlsx from Excel/WPS"
        case let .fileTooLarge(path, bytes, limit):
            let (size, most) = (NumberText.byteSize(bytes), NumberText.byteSize(limit))
            return zh ? "\(TerminalText.escaped(path)) 过大（\(size)，Guanxi 最多读取 \(most)），未读取；请检查是否选错了文件"
                : "\(TerminalText.escaped(path)) is too large (\(size); Guanxi reads at most \(most)), so it was not read; is it the right file?"
        case .undecodableText:
            return zh ? "无法识别文字编码：既不是 UTF-8 也不是 GB18030/GBK；请另存为“CSV UTF-8”"
                : "unknown text encoding: neither UTF-8 nor GB18030/GBK; save it as \"CSV UTF-8\""
        case .unterminatedQuote:
            return zh ? "引号没有闭合：文件可能被截断，或某个单元格少了一个 \"" 
                : "unterminated quote: the file may be truncated, or a cell lacks a closing \""
        case let .invalidJSON(detail):
            return zh ? "JSON 格式错误：\(detail)" : "invalid JSON: \(detail)"
        case let .jsonShape(expected):
            return zh ? "JSON 结构不对：此处应为\(expected)" : "unexpected JSON here: expected \(expected)"
        case let .nestingTooDeep(limit):
            return zh ? "JSON 嵌套超过 \(limit) 层" : "JSON nested deeper than \(limit) levels"
        case let .unreadableWorkbook(fault):
            return fault.message(language)
        case let .missingSheet(table, sheets):
            let found = sheets.map { zh ? "“\($0)”" : "\"\($0)\"" }.joined(separator: zh ? "、" : ", ")
            return zh ? "工作簿中没有名为“\(table.chineseName)”或“\(table.rawValue)”的工作表（现有：\(found.isEmpty ? "无" : found)）"
                : "the workbook has no sheet named \"\(table.rawValue)\" or \"\(table.chineseName)\" (it has: \(found.isEmpty ? "none" : found))"
        case let .invalidXML(fault):
            return zh ? "XML 格式错误：\(fault.message(language))" : "invalid XML: \(fault.message(language))"
        case .notGraphML:
            return zh ? "这不是 GraphML 文件（缺少 <graphml> 根元素）" : "this is not a GraphML file (no <graphml> root element)"
        case let .graphMLDefaultsTooMany(values):
            return zh ? "GraphML 的属性默认值（<key> 中的 <default>）会为各节点和关系生成 \(values) 个值，远超文件本身的大小：文件可能是刻意构造的，未读取"
                : "the GraphML's key defaults (<default> in <key>) would give its nodes and edges \(values) values, far beyond what a file of its size holds: it may be made to exhaust memory; not read"
        case let .missingGraphAttribute(table, attribute, accepted):
            let names = accepted.map { "attr.name=\"\($0)\"" }.joined(separator: zh ? "、" : ", ")
            let element = table == .nodes ? "node" : "edge"
            return zh ? "GraphML 中没有\(table == .nodes ? "节点" : "关系")属性“\(attribute)”：请声明 <key for=\"\(element)\" …>（可用 \(names)）并为每个\(table == .nodes ? "节点" : "关系")填写"
                : "the GraphML has no \(element) attribute \"\(attribute)\": declare <key for=\"\(element)\" …> (\(names)) and give it for every \(element)"
        case let .missingColumn(table, column):
            return zh ? "\(table.chineseName)表缺少必需的列\(column.quotedBoth(.zh))"
                : "the \(table.rawValue) table lacks the required column \(column.quotedBoth(.en))"
        case let .unrecognizedHeader(table, found):
            let shown = found.prefix(4).map { zh ? "“\($0)”" : "\"\($0)\"" }.joined(separator: zh ? "、" : ", ")
            let expected = table == .nodes ? (zh ? "“编号”“类型”" : "\"id\", \"kind\"") : (zh ? "“起点”“终点”“关系”“信任”" : "\"source\", \"target\", \"relation\", \"trust\"")
            return zh ? "这不像\(table.chineseName)表：第一行（\(shown)\(found.count > 4 ? "……" : "")）中没有一个已知的列名，应有 \(expected) 等；请检查是否选错了文件"
                : "this does not look like the \(table.rawValue) table: its first row (\(shown)\(found.count > 4 ? " …" : "")) names no known column; expected \(expected) and so on. Is it the right file?"
        case .missingTrustColumn:
            return zh ? "关系表需要“信任”（0–1）或“信任度”（1–5）列之一"
                : "the ties table needs a \"trust\" (0–1) or a \"trust5\" (1–5) column"
        case let .duplicateColumn(header):
            return zh ? "列“\(header)”重复，只使用第一列" : "column \"\(header)\" appears twice; the first is used"
        case let .extraFields(count):
            return zh ? "这一行比表头多出 \(count) 个单元格，已忽略" : "this row has \(count) more cells than the header; ignored"
        case let .missingValue(column):
            return zh ? "“\(column.text(.zh))”不能为空" : "\"\(column.text(.en))\" must not be empty"
        case let .mergedHeader(text, range):
            return zh ? "表头“\(text)”合并了 \(range) 这几列，其他列下面也有数据，无法判断每列是什么；请取消合并，给每一列写上自己的表头（如“资源”“需求”）"
                : "the header \"\(text)\" is merged over \(range) and the other columns hold data, so what each column holds is unclear; unmerge it and give each column its own header (such as \"resources\", \"needs\")"
        case let .combinedHeader(text):
            return zh ? "表头“\(text)”写了几个列名，但只有一列：这一列按附加列保留，不作为其中任何一列读取；请分成几列，各写一个表头"
                : "the header \"\(text)\" names several columns over one column: it is kept as an extra column, not read as any of them; split it into one column each"
        case let .namesAsIDs(column):
            return zh ? "节点表没有“编号”列，用“\(column)”列作编号；关系表中请用这些名称"
                : "the nodes table has no \"id\" column, so the \"\(column)\" column serves as ids; the ties must use those names"
        case .unnamedColumn:
            return zh ? "这一列有数据但没有表头，未读取；请补上表头（或删除这一列）"
                : "this column holds data but has no header, so it is not read; give it a header (or delete the column)"
        case let .duplicateID(id, firstLine):
            return zh ? "编号“\(id)”重复（第 \(firstLine) 行已用过）"
                : "duplicate id \"\(id)\" (already used on line \(firstLine))"
        case let .unknownKind(word, suggestions):
            let hint = Problem.didYouMean(suggestions, language)
            return zh ? "未知的类型“\(word)”\(hint)" : "unknown kind \"\(word)\"\(hint)"
        case let .invalidSize(text):
            return zh ? "人数“\(text)”应为不小于 0 的整数" : "size \"\(text)\" must be a whole number ≥ 0"
        case let .invalidNumber(column, text):
            return zh ? "“\(column.text(.zh))”的值“\(text)”应为不小于 0 的数字"
                : "\"\(column.text(.en))\" value \"\(text)\" must be a number ≥ 0"
        case let .unknownTag(tag):
            return zh ? "未知的资源/需求标签“\(tag)”，已按原文保留（以后出现不再提示）"
                : "unknown resource/need tag \"\(tag)\", kept as written (not repeated for later uses)"
        case let .isolatedNode(id):
            return zh ? "“\(id)”没有任何关系（孤立节点）" : "\"\(id)\" has no ties (isolated node)"
        case let .unknownNode(id, suggestions):
            let hint = NodeLookup.didYouMean(suggestions, language)
            return zh ? "关系指向不存在的编号“\(id)”\(hint)" : "tie refers to unknown id \"\(id)\"\(hint)"
        case let .nameUsedAsID(text, node):
            return zh ? "“\(text)”不是编号，已认作编号为“\(node.id)”的节点\(node.name == text ? "" : "（\(node.name)）")；建议改写为编号（以后同样的写法不再提示）"
                : "\"\(text)\" is not an id; read as the node with id \"\(node.id)\"\(node.name == text ? "" : " (\(node.name))"); better write the id (not repeated for later uses)"
        case let .ambiguousNodeName(text, candidates, total):
            let listed = NodeLookup.list(candidates, language)
            let more = total > candidates.count ? (zh ? "等 \(total) 个" : " and \(total - candidates.count) more") : ""
            return zh ? "“\(text)”不是编号，而是多个节点共用的名称：\(listed)\(more)；请写出编号"
                : "\"\(text)\" is not an id but a name several nodes share: \(listed)\(more); write the id"
        case let .selfTie(id):
            return zh ? "“\(id)”与自己建立关系（起点与终点相同）" : "\"\(id)\" is tied to itself (source equals target)"
        case let .unknownRelation(word, suggestions):
            let hint = Problem.didYouMean(suggestions, language)
            return zh ? "未知的关系“\(word)”\(hint)" : "unknown relation \"\(word)\"\(hint)"
        case .missingTrust:
            return zh ? "缺少信任值：请填写“信任”（0–1）或“信任度”（1–5）"
                : "no trust: fill in \"trust\" (0–1) or \"trust5\" (1–5)"
        case let .trustNotNumber(text):
            return zh ? "信任“\(text)”不是数字" : "trust \"\(text)\" is not a number"
        case let .trustOutOfRange(text):
            // A whole number from 2 to 5 is a 1–5 score in the wrong column.
            let likert = ValueParsing.number(text).map { (2...5).contains($0) && $0 == $0.rounded() } ?? false
            return zh ? "信任“\(text)”超出 0–1 范围" + (likert ? "；若是 1–5 分，请写在“信任度”列" : "")
                : "trust \"\(text)\" is outside 0–1" + (likert ? "; if it is a 1–5 score, it goes in the \"trust5\" (信任度) column" : "")
        case let .trust5OutOfRange(text):
            // A share from 0 to 1 is a trust in the wrong column.
            let share = ValueParsing.number(text).map { (0..<1).contains($0) } ?? false
            return zh ? "信任度“\(text)”应为 1–5 之间的数" + (share ? "；0–1 的信任请写在“信任”列" : "")
                : "trust5 \"\(text)\" must be a number from 1 to 5" + (share ? "; a trust from 0 to 1 goes in the \"trust\" (信任) column" : "")
        case let .trustDisagrees(trust, trust5):
            return zh ? "信任“\(trust)”与信任度“\(trust5)”不一致，使用“信任”"
                : "trust \"\(trust)\" and trust5 \"\(trust5)\" disagree; trust is used"
        case let .invalidBoolean(column, text):
            return zh ? "“\(column.text(.zh))”的值“\(text)”应为 是/否" : "\"\(column.text(.en))\" value \"\(text)\" must be yes/no (是/否)"
        case let .unreadableDate(text):
            return zh ? "无法识别日期“\(text)”：请按 年-月-日 书写，如 2021-05-24、2021/5/24、2021年5月24日，或只写年月（2021-05）、年份（2021）"
                : "cannot read the date \"\(text)\": write year-month-day, as in 2021-05-24, 2021/5/24 or 2021年5月24日, or just the year and month (2021-05) or the year (2021)"
        case let .nonexistentDate(text, fault):
            return zh ? "日期“\(text)”不存在：\(fault.reason(.zh))" : "the date \"\(text)\" does not exist: \(fault.reason(.en))"
        case let .duplicateTie(firstLine):
            return zh ? "与第 \(firstLine) 行的关系重复（起点、终点、关系都相同）"
                : "duplicates the tie on line \(firstLine) (same source, target and relation)"
        case let .unknownSetting(name):
            return zh ? "未知的设置“\(name)”，已忽略" : "unknown setting \"\(name)\", ignored"
        case let .invalidThreshold(name, text):
            return zh ? "阈值 \(name) 的值“\(text)”应为 0–1 之间的数"
                : "threshold \(name) value \"\(text)\" must be a number in 0–1"
        case let .survey(problem):
            return problem.message(language)
        }
    }
}


/// A column named in a message: by its header as the user wrote it when the table had one,
/// else by its name in the message's language.
public enum ColumnLabel: Hashable, Sendable {
    case written(String)
    case node(NodeColumn)
    case tie(TieColumn)

    public func text(_ language: Language) -> String {
        switch self {
        case let .written(text): text
        case let .node(column): column.header(language)
        case let .tie(column): column.header(language)
        }
    }

    /// `“编号”（id）` / `"id" (编号)`: a column the table lacks, named in both languages.
    func quotedBoth(_ language: Language) -> String {
        let (zh, en): (String, String)
        switch self {
        case let .written(text): return language.pick("“\(text)”", "\"\(text)\"")
        case let .node(column): (zh, en) = (column.header(.zh), column.rawValue)
        case let .tie(column): (zh, en) = (column.header(.zh), column.rawValue)
        }
        return language.pick("“\(zh)”（\(en)）", "\"\(en)\" (\(zh))")
    }
}

/// Why a date written in a good form does not exist.
public enum DateFault: Hashable, Sendable {
    /// Months run from 1 to 12.
    case month(Int)
    /// The month has only `days` days.
    case day(year: Int, month: Int, days: Int)

    public func reason(_ language: Language) -> String {
        switch self {
        case let .month(month):
            return language.pick("没有 \(month) 月（月份为 1–12）", "there is no month \(month) (months run 1–12)")
        case let .day(year, month, days):
            return language.pick("\(year) 年 \(month) 月只有 \(days) 天", "\(DateFault.monthNames[month - 1]) \(year) has \(days) days")
        }
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"]
}

extension Problem {
    /// The kind of problem in words, for a line counting the problems of one kind that are
    /// not listed (`……另有 188 条未列出：关系指向不存在的编号`).
    public func kindDescription(_ language: Language) -> String {
        let (zh, en): (String, String)
        switch self {
        case .inputMissing: (zh, en) = ("找不到输入", "input not found")
        case .inputUnreadable: (zh, en) = ("无法读取的输入", "unreadable input")
        case .unsupportedInput: (zh, en) = ("不支持的输入", "unsupported input")
        case .emptyFile: (zh, en) = ("空文件", "empty files")
        case .binaryFile, .documentNotCSV: (zh, en) = ("不是文本的文件", "files that are not text")
        case .spreadsheetNotCSV: (zh, en) = ("以 .csv 命名的工作簿", "workbooks named .csv")
        case .webPageNotCSV: (zh, en) = ("网页而不是表格", "web pages instead of tables")
        case .fileTooLarge: (zh, en) = ("过大的文件", "files too large")
        case .undecodableText: (zh, en) = ("无法识别的文字编码", "unknown text encodings")
        case .unterminatedQuote: (zh, en) = ("引号没有闭合", "unterminated quotes")
        case .invalidJSON, .jsonShape, .nestingTooDeep: (zh, en) = ("JSON 格式错误", "JSON errors")
        case .unreadableWorkbook: (zh, en) = ("无法打开的工作簿", "unreadable workbooks")
        case .missingSheet: (zh, en) = ("缺少的工作表", "missing sheets")
        case .invalidXML, .notGraphML: (zh, en) = ("XML 格式错误", "XML errors")
        case .graphMLDefaultsTooMany: (zh, en) = ("默认值过多的 GraphML", "GraphML with too many defaults")
        case .missingGraphAttribute: (zh, en) = ("GraphML 缺少的属性", "missing GraphML attributes")
        case .missingColumn, .missingTrustColumn: (zh, en) = ("缺少的列", "missing columns")
        case .unrecognizedHeader: (zh, en) = ("认不出的表头", "unrecognised headers")
        case .duplicateColumn: (zh, en) = ("重复的列", "repeated columns")
        case .extraFields: (zh, en) = ("比表头多出单元格的行", "rows with more cells than the header")
        case .missingValue: (zh, en) = ("空着的必填单元格", "empty required cells")
        case .mergedHeader: (zh, en) = ("合并的表头", "merged headers")
        case .unnamedColumn: (zh, en) = ("没有表头的列", "columns without a header")
        case .namesAsIDs: (zh, en) = ("用名称作编号的表", "tables with names for ids")
        case .combinedHeader: (zh, en) = ("一列写了几个列名的表头", "headers naming several columns over one")
        case .duplicateID: (zh, en) = ("重复的编号", "duplicate ids")
        case .unknownKind: (zh, en) = ("未知的类型", "unknown kinds")
        case .invalidSize: (zh, en) = ("不正确的人数", "invalid sizes")
        case .invalidNumber: (zh, en) = ("不正确的数字", "invalid numbers")
        case .unknownTag: (zh, en) = ("未知的资源/需求标签", "unknown tags")
        case .isolatedNode: (zh, en) = ("没有任何关系的节点", "nodes without ties")
        case .unknownNode: (zh, en) = ("关系指向不存在的编号", "ties to unknown ids")
        case .nameUsedAsID: (zh, en) = ("用名称代替编号的关系", "ties written with names for ids")
        case .ambiguousNodeName: (zh, en) = ("多个节点共用的名称", "names several nodes share")
        case .selfTie: (zh, en) = ("与自己建立的关系", "ties of a node to itself")
        case .unknownRelation: (zh, en) = ("未知的关系", "unknown relations")
        case .missingTrust: (zh, en) = ("缺少信任值", "ties without trust")
        case .trustNotNumber: (zh, en) = ("不是数字的信任", "trust that is not a number")
        case .trustOutOfRange, .trust5OutOfRange: (zh, en) = ("超出范围的信任", "trust out of range")
        case .trustDisagrees: (zh, en) = ("信任与信任度不一致", "trust and trust5 disagreeing")
        case .invalidBoolean: (zh, en) = ("不是 是/否 的双向值", "mutual values that are not yes/no")
        case .unreadableDate: (zh, en) = ("无法识别的日期", "unreadable dates")
        case .nonexistentDate: (zh, en) = ("不存在的日期", "dates that do not exist")
        case .duplicateTie: (zh, en) = ("重复的关系", "duplicate ties")
        case .unknownSetting: (zh, en) = ("未知的设置", "unknown settings")
        case .invalidThreshold: (zh, en) = ("不正确的阈值", "invalid thresholds")
        case let .survey(problem): return problem.kindDescription(language)
        }
        return language.pick(zh, en)
    }
}
