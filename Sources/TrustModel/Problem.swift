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
    case fileTooLarge(bytes: Int, limit: Int)
    case undecodableText
    case unterminatedQuote
    case invalidJSON(detail: String)
    case jsonShape(expected: String)
    case nestingTooDeep(limit: Int)
    case unreadableWorkbook(WorkbookFault)
    case missingSheet(Table, sheets: [String])
    case invalidXML(detail: String)
    case notGraphML
    case missingGraphAttribute(Table, attribute: String, accepted: [String])
    // Structure.
    case missingColumn(Table, column: String)
    case missingTrustColumn
    case duplicateColumn(String)
    case extraFields(count: Int)
    case missingValue(column: String)
    // Nodes.
    case duplicateID(String, firstLine: Int)
    case unknownKind(String, suggestions: [String])
    case invalidSize(String)
    case invalidNumber(column: String, text: String)
    case unknownTag(String)
    case isolatedNode(String)
    // Ties.
    case unknownNode(String)
    case selfTie(String)
    case unknownRelation(String, suggestions: [String])
    case missingTrust
    case trustNotNumber(String)
    case trustOutOfRange(String)
    case trust5OutOfRange(String)
    case trustDisagrees(trust: String, trust5: String)
    case invalidBoolean(String)
    case invalidDate(String)
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
        case .missingGraphAttribute: "missing-graph-attribute"
        case .missingColumn: "missing-column"
        case .missingTrustColumn: "missing-trust-column"
        case .duplicateColumn: "duplicate-column"
        case .extraFields: "extra-fields"
        case .missingValue: "missing-value"
        case .duplicateID: "duplicate-id"
        case .unknownKind: "unknown-kind"
        case .invalidSize: "invalid-size"
        case .invalidNumber: "invalid-number"
        case .unknownTag: "unknown-tag"
        case .isolatedNode: "isolated-node"
        case .unknownNode: "unknown-node"
        case .selfTie: "self-tie"
        case .unknownRelation: "unknown-relation"
        case .missingTrust: "missing-trust"
        case .trustNotNumber: "trust-not-number"
        case .trustOutOfRange: "trust-out-of-range"
        case .trust5OutOfRange: "trust5-out-of-range"
        case .trustDisagrees: "trust-disagrees"
        case .invalidBoolean: "invalid-boolean"
        case .invalidDate: "invalid-date"
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
             .trustDisagrees, .duplicateColumn:
            .warning
        default:
            .error
        }
    }

    /// Whether the problem is that the input could not be read at all (exit 66) rather than
    /// bad data in it (exit 65).
    public var isInputUnavailable: Bool {
        switch self {
        case .inputMissing, .inputUnreadable, .unsupportedInput: true
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
            return zh ? "这是 Excel/WPS 工作簿而不是 CSV；请在 Excel 中“另存为 CSV”"
                : "this is an Excel/WPS workbook, not CSV; use \"Save as CSV\" in Excel"
        case let .fileTooLarge(bytes, limit):
            return zh ? "文件过大（\(bytes) 字节，上限 \(limit) 字节）"
                : "the file is too large (\(bytes) bytes, limit \(limit) bytes)"
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
        case let .invalidXML(detail):
            return zh ? "XML 格式错误：\(detail)" : "invalid XML: \(detail)"
        case .notGraphML:
            return zh ? "这不是 GraphML 文件（缺少 <graphml> 根元素）" : "this is not a GraphML file (no <graphml> root element)"
        case let .missingGraphAttribute(table, attribute, accepted):
            let names = accepted.map { "attr.name=\"\($0)\"" }.joined(separator: zh ? "、" : ", ")
            let element = table == .nodes ? "node" : "edge"
            return zh ? "GraphML 中没有\(table == .nodes ? "节点" : "关系")属性“\(attribute)”：请声明 <key for=\"\(element)\" …>（可用 \(names)）并为每个\(table == .nodes ? "节点" : "关系")填写"
                : "the GraphML has no \(element) attribute \"\(attribute)\": declare <key for=\"\(element)\" …> (\(names)) and give it for every \(element)"
        case let .missingColumn(table, column):
            return zh ? "\(table.chineseName)表缺少必需的列“\(column)”"
                : "the \(table.rawValue) table lacks the required column \"\(column)\""
        case .missingTrustColumn:
            return zh ? "关系表需要“信任”（0–1）或“信任度”（1–5）列之一"
                : "the ties table needs a \"trust\" (0–1) or a \"trust5\" (1–5) column"
        case let .duplicateColumn(header):
            return zh ? "列“\(header)”重复，只使用第一列" : "column \"\(header)\" appears twice; the first is used"
        case let .extraFields(count):
            return zh ? "这一行比表头多出 \(count) 个单元格，已忽略" : "this row has \(count) more cells than the header; ignored"
        case let .missingValue(column):
            return zh ? "“\(column)”不能为空" : "\"\(column)\" must not be empty"
        case let .duplicateID(id, firstLine):
            return zh ? "编号“\(id)”重复（第 \(firstLine) 行已用过）"
                : "duplicate id \"\(id)\" (already used on line \(firstLine))"
        case let .unknownKind(word, suggestions):
            let hint = Problem.didYouMean(suggestions, language)
            return zh ? "未知的类型“\(word)”\(hint)" : "unknown kind \"\(word)\"\(hint)"
        case let .invalidSize(text):
            return zh ? "人数“\(text)”应为不小于 0 的整数" : "size \"\(text)\" must be a whole number ≥ 0"
        case let .invalidNumber(column, text):
            return zh ? "“\(column)”的值“\(text)”应为不小于 0 的数字"
                : "\"\(column)\" value \"\(text)\" must be a number ≥ 0"
        case let .unknownTag(tag):
            return zh ? "未知的资源/需求标签“\(tag)”，已按原文保留（以后出现不再提示）"
                : "unknown resource/need tag \"\(tag)\", kept as written (not repeated for later uses)"
        case let .isolatedNode(id):
            return zh ? "“\(id)”没有任何关系（孤立节点）" : "\"\(id)\" has no ties (isolated node)"
        case let .unknownNode(id):
            return zh ? "关系指向不存在的编号“\(id)”" : "tie refers to unknown id \"\(id)\""
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
            return zh ? "信任“\(text)”超出 0–1 范围" : "trust \"\(text)\" is outside 0–1"
        case let .trust5OutOfRange(text):
            return zh ? "信任度“\(text)”应为 1–5 之间的数" : "trust5 \"\(text)\" must be a number from 1 to 5"
        case let .trustDisagrees(trust, trust5):
            return zh ? "信任“\(trust)”与信任度“\(trust5)”不一致，使用“信任”"
                : "trust \"\(trust)\" and trust5 \"\(trust5)\" disagree; trust is used"
        case let .invalidBoolean(text):
            return zh ? "双向“\(text)”应为 是/否" : "mutual \"\(text)\" must be yes/no (是/否)"
        case let .invalidDate(text):
            return zh ? "日期“\(text)”应写作 2021-05-24" : "date \"\(text)\" must be written like 2021-05-24"
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
