import TrustModel

/// Reads a network from one `.json` file (`{"title", "date", "thresholds", "nodes": [...],
/// "ties": [...]}`) and the settings file `network.json` of a CSV folder. Keys may be the
/// English or Chinese column names; tag lists may be arrays or `;`-separated text.
enum JSONNetworkReader {
    static func readNetwork(bytes: [UInt8], source: TableSource, into builder: inout NetworkBuilder) {
        guard let root = parse(bytes, source: source, into: &builder) else { return }
        guard case let .object(members) = root.value else {
            builder.report(.jsonShape(expected: shape(.object)), at: source.position(line: root.line, column: root.column))
            return
        }
        applySettings(members, source: source, allowTables: true, into: &builder)
        var nodes: JSONValue.Positioned?
        var ties: JSONValue.Positioned?
        for (key, value) in members {
            // A table given twice: the first is read, like a CSV column written twice.
            switch Vocabulary.normalize(key) {
            case "nodes", "节点":
                if nodes == nil { nodes = value } else { duplicate(key, value, source: source, into: &builder) }
            case "ties", "关系", "edges", "links":
                if ties == nil { ties = value } else { duplicate(key, value, source: source, into: &builder) }
            default: break
            }
        }
        let rootPosition = source.position(line: root.line, column: root.column)
        guard let nodes else {
            builder.report(.missingColumn(.nodes, column: .written("nodes")), at: rootPosition)
            return
        }
        guard let ties else {
            builder.report(.missingColumn(.ties, column: .written("ties")), at: rootPosition)
            return
        }
        readRows(.nodes, nodes, source: source, into: &builder)
        readRows(.ties, ties, source: source, into: &builder)
    }

    /// `network.json` beside `nodes.csv` and `ties.csv`: title, date and thresholds.
    static func readSettings(bytes: [UInt8], source: TableSource, into builder: inout NetworkBuilder) {
        guard let root = parse(bytes, source: source, into: &builder) else { return }
        guard case let .object(members) = root.value else {
            builder.report(.jsonShape(expected: shape(.object)), at: source.position(line: root.line, column: root.column))
            return
        }
        applySettings(members, source: source, allowTables: false, into: &builder)
    }

    private static func parse(_ bytes: [UInt8], source: TableSource, into builder: inout NetworkBuilder) -> JSONValue.Positioned? {
        let text: [UInt8]
        switch TextDecoding.decode(bytes) {
        case let .success(decoded): text = decoded.utf8
        case let .failure(failure):
            builder.report(failure.problem, at: CSVNetworkReader.position(ofByte: failure.byteOffset, in: bytes, source: source))
            return nil
        }
        switch JSONParser.parse(text) {
        case let .success(value): return value
        case let .failure(failure):
            let problem: Problem = failure.tooDeep ? .nestingTooDeep(limit: JSONParser.nestingLimit)
                : .invalidJSON(detail: failure.message)
            builder.report(problem, at: source.position(line: failure.line, column: failure.column))
            return nil
        }
    }

    private enum Shape { case object, array, text, number, tagList }

    private static func shape(_ shape: Shape) -> String {
        // Messages are rendered later in the user's language; the expected shape is named in
        // both so one diagnostic reads right either way.
        switch shape {
        case .object: "an object {…} / 对象 {…}"
        case .array: "an array […] / 数组 […]"
        case .text: "text / 文字"
        case .number: "a number / 数字"
        case .tagList: "text or a list of text / 文字或文字列表"
        }
    }

    static func applySettings(_ members: [(key: String, value: JSONValue.Positioned)], source: TableSource,
                                      allowTables: Bool, into builder: inout NetworkBuilder) {
        for (key, value) in members {
            let position = source.position(line: value.line, column: value.column)
            switch Vocabulary.normalize(key) {
            case "title", "标题", "名称":
                guard case let .string(text) = value.value else {
                    builder.report(.jsonShape(expected: shape(.text)), at: position)
                    continue
                }
                builder.title = Vocabulary.trimmed(text)
            case "date", "日期":
                let written = value.value.scalarText ?? value.value.typeName
                switch value.value.scalarText.map(ValueParsing.date) ?? .unreadable {
                case let .date(iso): builder.date = iso
                case let .nonexistent(fault): builder.report(.nonexistentDate(written, fault), at: position)
                case .unreadable: builder.report(.unreadableDate(written), at: position)
                }
            case "thresholds", "阈值":
                applyThresholds(value, source: source, into: &builder)
            case "nodes", "节点", "ties", "关系", "edges", "links":
                if !allowTables { builder.report(.unknownSetting(key), at: position) }
            default:
                builder.report(.unknownSetting(key), at: position)
            }
        }
    }

    private static func applyThresholds(_ value: JSONValue.Positioned, source: TableSource, into builder: inout NetworkBuilder) {
        guard case let .object(members) = value.value else {
            builder.report(.jsonShape(expected: shape(.object)), at: source.position(line: value.line, column: value.column))
            return
        }
        for (name, setting) in members {
            let position = source.position(line: setting.line, column: setting.column)
            if name == "weakTrust" {
                guard case let .object(relations) = setting.value else {
                    builder.report(.jsonShape(expected: shape(.object)), at: position)
                    continue
                }
                for (word, threshold) in relations {
                    let at = source.position(line: threshold.line, column: threshold.column)
                    guard let relation = Relation(word: word) else {
                        builder.report(.unknownRelation(word, suggestions: Relation.suggestions(for: word).map(\.spelling)), at: at)
                        continue
                    }
                    guard let number = unitInterval(threshold.value) else {
                        builder.report(.invalidThreshold(name: "weakTrust.\(word)", text: threshold.value.scalarText ?? threshold.value.typeName), at: at)
                        continue
                    }
                    builder.thresholds.weakTrust[relation] = number
                }
                continue
            }
            guard Thresholds.settableNames.contains(name) else {
                builder.report(.unknownSetting("thresholds.\(name)"), at: position)
                continue
            }
            guard let number = unitInterval(setting.value) else {
                builder.report(.invalidThreshold(name: name, text: setting.value.scalarText ?? setting.value.typeName), at: position)
                continue
            }
            _ = builder.thresholds.set(name, to: number)
        }
    }

    private static func unitInterval(_ value: JSONValue) -> Double? {
        guard let text = value.scalarText, case .number = value, let number = ValueParsing.number(text),
              (0...1).contains(number) else {
            if case let .string(text) = value, let number = ValueParsing.number(text), (0...1).contains(number) {
                return number
            }
            return nil
        }
        return number
    }

    /// Says once per key that it is written twice where it should be once.
    private static func duplicate(_ key: String, _ value: JSONValue.Positioned, source: TableSource,
                                  into builder: inout NetworkBuilder) {
        builder.reportOnce(.duplicateColumn(key), at: source.position(line: value.line, column: value.column),
                           key: "json duplicate key \(key)")
    }

    private static func readRows(_ table: Table, _ rows: JSONValue.Positioned, source: TableSource,
                                 into builder: inout NetworkBuilder) {
        guard case let .array(items) = rows.value else {
            builder.report(.jsonShape(expected: shape(.array)), at: source.position(line: rows.line, column: rows.column))
            if table == .nodes { builder.markNodesUnreadable() }
            return
        }
        var attributeNames: [String] = []
        var knownAttributes: Set<String> = []
        var records: [(line: Int, column: Int, cells: [(key: String, cell: Cell)])] = []
        for item in items {
            guard case let .object(members) = item.value else {
                builder.report(.jsonShape(expected: shape(.object)), at: source.position(line: item.line, column: item.column))
                continue
            }
            var cells: [(key: String, cell: Cell)] = []
            var keys: Set<String> = []
            for (key, value) in members {
                // A key written twice in one row (`"trust": 0.7, "信任": 0.2`): the first is
                // read and the repeat said once per key, never silently overwritten.
                let column = table == .nodes ? NodeColumn(header: key)?.rawValue : TieColumn(header: key)?.rawValue
                guard keys.insert(column ?? "attribute " + key).inserted else {
                    duplicate(key, value, source: source, into: &builder)
                    continue
                }
                let position = source.position(line: value.line, column: value.column)
                switch value.value {
                case .null:
                    continue
                case .object:
                    builder.report(.jsonShape(expected: shape(.tagList)), at: position)
                case let .array(elements):
                    var list: [String] = []
                    for element in elements {
                        guard let text = element.value.scalarText else {
                            builder.report(.jsonShape(expected: shape(.tagList)),
                                           at: source.position(line: element.line, column: element.column))
                            continue
                        }
                        list.append(text)
                    }
                    cells.append((key, Cell(list.joined(separator: ";"), line: value.line, column: value.column, list: list)))
                case .bool, .number, .string:
                    cells.append((key, Cell(value.value.scalarText ?? "", line: value.line, column: value.column)))
                }
                if column == nil, knownAttributes.insert(key).inserted { attributeNames.append(key) }
            }
            records.append((item.line, item.column, cells))
        }
        builder.noteHeaders(records.first.map { $0.cells.map(\.key) } ?? [])
        switch table {
        case .nodes:
            builder.declareNodeAttributes(attributeNames)
            for row in records {
                var record = NodeRecord(line: row.line)
                record.column = row.column
                for (key, cell) in row.cells {
                    if let column = NodeColumn(header: key) {
                        record[column] = cell
                        builder.declareHeader(column, written: key)
                    } else {
                        record.attributes.append((key, cell))
                    }
                }
                builder.addNode(record)
            }
        case .ties:
            builder.declareTieAttributes(attributeNames)
            for row in records {
                var record = TieRecord(line: row.line)
                record.column = row.column
                for (key, cell) in row.cells {
                    if let column = TieColumn(header: key) {
                        record[column] = cell
                        builder.declareHeader(column, written: key)
                    } else {
                        record.attributes.append((key, cell))
                    }
                }
                builder.addTie(record)
            }
        }
    }
}
