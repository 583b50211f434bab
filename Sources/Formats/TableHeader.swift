import TrustModel

/// What each column of a `nodes` or `ties` table means, read from its header row. Shared by
/// every tabular reader (CSV, XLSX) so that headers are understood the same way everywhere:
/// English or Chinese names in any order, case and surrounding spaces ignored, a trailing
/// hint such as `信任（0–1）`, `trust (0-1)` or a required-marker `*` tolerated, a repeated
/// column warned about, any other column kept as an attribute.
///
/// Headers as people make them:
/// - one header over several columns — merged in a workbook (`资源/需求` over E:F), or
///   followed by blank header cells in CSV — whose text names as many columns as it spans
///   (split at `/`, `、`, `和` …) gives each column its name in order;
/// - a merged header that does not say what each of its columns holds makes data under its
///   other columns an error at the header (``Problem/mergedHeader(_:range:)``), never
///   silently dropped; data under a blank header is warned about (``Problem/unnamedColumn``);
/// - blank columns (a blank leading column, a merged cell's empty tail) are skipped.
struct TableHeader {
    enum Role {
        case node(NodeColumn), tie(TieColumn), attribute(String), ignored
        /// No header: data here is warned about and not read.
        case unnamed
        /// Under a merged header that names fewer columns than it spans: data here is an error.
        case mergedTail(header: String, range: String, at: SourcePosition)
    }

    /// A header cell spanning several columns: the 0-based index of its first column, how
    /// many columns, and the range as the sheet names it (`E1:F1`).
    struct Span {
        var first: Int
        var width: Int
        var range: String
    }

    let table: Table
    private(set) var roles: [Role] = []
    /// False when a required column is missing: the table's rows are then not read, so
    /// one missing column is one error, not one per row.
    private(set) var isUsable = true
    /// The 1-based sheet column of each role, for the position of a cell left empty.
    private(set) var columns: [Int] = []
    /// A nodes table without an id column but with names: the names serve as ids.
    private(set) var namesAreIDs = false
    /// The indices of the roles that are columns of the table (not attributes or blanks):
    /// the only ones a row's missing cells matter for.
    private var tableColumns: [Int] = []

    /// Reads a header row. `headers` are the header cells in column order (`nil` where a
    /// sheet has no cell); `spans` the merged header cells; `row` is where the row starts,
    /// for the missing-column errors.
    init(_ table: Table, headers: [(text: String, position: SourcePosition)?], spans: [Span] = [],
         row: SourcePosition, builder: inout NetworkBuilder) {
        self.table = table
        builder.noteHeaders(headers.compactMap { $0?.text })
        var seen: Set<String> = []
        var attributes: [String] = []
        var spanAt: [Int: Span] = [:]
        for span in spans where span.width > 1 { spanAt[span.first] = span }
        var assigned: [Int: Role] = [:]
        var index = 0
        while index < headers.count {
            defer { index += 1 }
            guard let header = headers[index], !Vocabulary.trimmed(header.text).isEmpty else { continue }
            let written = Vocabulary.trimmed(header.text)
            if let span = spanAt[index] {
                let parts = TableHeader.splitRoles(table, written)
                if let parts, parts.count == span.width {
                    for (k, role) in parts.enumerated() { assigned[index + k] = role }
                } else {
                    for k in 1..<span.width { assigned[index + k] = .mergedTail(header: written, range: span.range, at: header.position) }
                }
            } else if spans.isEmpty, TableHeader.role(table, written) == nil, let parts = TableHeader.splitRoles(table, written),
                      index + parts.count <= headers.count,
                      (index + 1 ..< index + parts.count).allSatisfy({ headers[$0].map { Vocabulary.trimmed($0.text).isEmpty } ?? true }) {
                // CSV: a header written over blank header cells that it names, as a merged
                // cell saves.
                for (k, role) in parts.enumerated() { assigned[index + k] = role }
            }
        }
        for (i, header) in headers.enumerated() {
            columns.append(i + 1)
            let written = header.map { Vocabulary.trimmed($0.text) } ?? ""
            var role: Role
            if let given = assigned[i] {
                role = given
            } else if written.isEmpty {
                role = header == nil && spans.isEmpty ? .ignored : .unnamed
            } else {
                role = TableHeader.role(table, written) ?? .attribute(written)
            }
            // A column named by its own header is named that way in messages; one named by a
            // header over several columns (资源/需求) by the column's usual name.
            let ownHeader = assigned[i] == nil && !written.isEmpty
            let key: String?
            switch role {
            case let .node(column):
                key = column.rawValue
                if ownHeader { builder.declareHeader(column, written: written) }
            case let .tie(column):
                key = column.rawValue
                if ownHeader { builder.declareHeader(column, written: written) }
            case let .attribute(name): key = "attribute:" + name
            case .ignored, .unnamed, .mergedTail: key = nil
            }
            if let key, !seen.insert(key).inserted, let header {
                builder.report(.duplicateColumn(written), at: header.position)
                role = .ignored
            }
            if case let .attribute(name) = role {
                attributes.append(name)
                if let header, TableHeader.splitRoles(table, name) != nil {
                    builder.report(.combinedHeader(name), at: header.position)
                }
            }
            roles.append(role)
        }
        tableColumns = roles.indices.filter { index in
            switch roles[index] {
            case .node, .tie: true
            default: false
            }
        }
        let known = roles.contains { role in
            switch role {
            case .node, .tie: true
            default: false
            }
        }
        if !known {
            // Not one column named: the wrong file, not a table lacking some columns.
            let texts = headers.compactMap { $0.map { Vocabulary.trimmed($0.text) } }.filter { !$0.isEmpty }
            builder.report(.unrecognizedHeader(table, found: texts.map { String($0.prefix(40)) }), at: row)
            isUsable = false
            if table == .nodes { builder.markNodesUnreadable() }
            return
        }
        if table == .nodes, !seen.contains(NodeColumn.id.rawValue),
           let idColumn = TableHeader.soleIDLikeColumn(roles), case let .attribute(name) = roles[idColumn] {
            // No `编号` column, but one headed as an id in other words (`单位编号`, `机构代码`,
            // `Org ID`): that is the id column, not the names.
            roles[idColumn] = .node(.id)
            attributes.removeAll { $0 == name }
            tableColumns = roles.indices.filter { index in
                switch roles[index] {
                case .node, .tie: true
                default: false
                }
            }
            seen.insert(NodeColumn.id.rawValue)
            builder.declareHeader(.id, written: name)
        }
        if table == .nodes, !seen.contains(NodeColumn.id.rawValue), seen.contains(NodeColumn.name.rawValue) {
            // Names and no ids, as a list kept by hand often is: the names are the ids.
            namesAreIDs = true
            seen.insert(NodeColumn.id.rawValue)
            let written = zip(headers, roles).first { if case .node(.name) = $0.1 { return true } else { return false } }
            let nameHeader = written?.0.map { Vocabulary.trimmed($0.text) } ?? NodeColumn.name.header(.zh)
            builder.declareHeader(.id, written: nameHeader)
            builder.report(.namesAsIDs(column: nameHeader), at: row)
        }
        switch table {
        case .nodes:
            for column in NodeColumn.allCases where column.isRequired && !seen.contains(column.rawValue) {
                builder.report(.missingColumn(.nodes, column: .node(column)), at: row)
                isUsable = false
            }
            builder.declareNodeAttributes(attributes)
            if !isUsable { builder.markNodesUnreadable() }
        case .ties:
            for column in TieColumn.allCases where column.isRequired && !seen.contains(column.rawValue) {
                builder.report(.missingColumn(.ties, column: .tie(column)), at: row)
                isUsable = false
            }
            if !seen.contains(TieColumn.trust.rawValue), !seen.contains(TieColumn.trust5.rawValue) {
                builder.report(.missingTrustColumn, at: row)
                isUsable = false
            }
            builder.declareTieAttributes(attributes)
        }
    }

    /// The one extra column whose header reads as an id in other words — ending in `编号`
    /// or `代码`, or in `id`/`code` as a word (`单位编号`, `Org ID`) — or `nil` when none or
    /// several do.
    static func soleIDLikeColumn(_ roles: [Role]) -> Int? {
        let found = roles.indices.filter { index in
            guard case let .attribute(name) = roles[index] else { return false }
            let word = Vocabulary.normalize(withoutHint(name) ?? name)
            return word.hasSuffix("编号") || word.hasSuffix("代码") || word.hasSuffix(" id") || word.hasSuffix(" code")
                || word.hasSuffix("_id") || word.hasSuffix("-id")
        }
        return found.count == 1 ? found[0] : nil
    }

    /// The column a header names (its hint allowed), or `nil`.
    static func role(_ table: Table, _ written: String) -> Role? {
        // Every accepted name is a few words: a longer cell is only looked up without its
        // hint (a cell of megabytes was lowercased and compared several times over).
        let whole = written.utf8.count <= longestName ? written : nil
        switch table {
        case .nodes:
            return (whole.flatMap(NodeColumn.init(header:)) ?? withoutHint(written).flatMap(NodeColumn.init(header:))).map(Role.node)
        case .ties:
            return (whole.flatMap(TieColumn.init(header:)) ?? withoutHint(written).flatMap(TieColumn.init(header:))).map(Role.tie)
        }
    }

    /// The most bytes a header can hold before its hint and still name a column: far above
    /// any accepted name (`关系类型`, `frequency`), far below a title or pasted text.
    static let longestName = 256

    /// The columns a header naming several names (`资源/需求`, `resources & needs`,
    /// `资源和需求`), in order; `nil` unless it names two or more, each a column of the table.
    static func splitRoles(_ table: Table, _ written: String) -> [Role]? {
        // Most headers hold no separator: answered in one pass over the scalars (a header of
        // 500,000 columns is split once each, not 15 times).
        guard written.utf8.count <= longestName,
              written.unicodeScalars.contains(where: { splitScalars.contains($0) }) else { return nil }
        var parts: [String] = [written]
        for separator in splitSeparators {
            parts = parts.flatMap { $0.split(separator: separator, omittingEmptySubsequences: false).map(String.init) }
        }
        let words = parts.map { Vocabulary.trimmed($0) }.filter { !$0.isEmpty }
        guard words.count >= 2 else { return nil }
        let roles = words.compactMap { role(table, $0) }
        return roles.count == words.count ? roles : nil
    }

    private static let splitSeparators = ["/", "／", "、", "&", "＆", "+", "＋", "|", "｜", "，", ",", "和", "与", "及", " and "]
    private static let splitScalars = Set(splitSeparators.compactMap { $0.unicodeScalars.first })

    /// How many of `texts` name a column of `table`, how many a required one, and how many
    /// a required column of the other table.
    private static func count(_ table: Table, _ texts: [String]) -> (known: Int, required: Int, otherRequired: Int) {
        var required = 0, known = 0, otherRequired = 0
        for text in texts {
            let written = Vocabulary.trimmed(text)
            switch role(table, written) {
            case let .node(column)?: known += 1; if column.isRequired { required += 1 }
            case let .tie(column)?: known += 1; if column.isRequired { required += 1 }
            default: break
            }
            switch role(table == .nodes ? .ties : .nodes, written) {
            case let .node(column)? where column.isRequired: otherRequired += 1
            case let .tie(column)? where column.isRequired: otherRequired += 1
            default: break
            }
        }
        return (known, required, otherRequired)
    }

    /// Whether a row can be the header of `table`: it names a required column and one more
    /// (every usable header does). How a reader tells the header from title rows above it —
    /// a title that happens to be `关系` alone is not a header.
    static func namesRequiredColumn(_ table: Table, _ texts: [String]) -> Bool {
        let counts = count(table, texts)
        return counts.required >= 1 && counts.known >= 2
    }

    /// Whether a row reads as the header of `table` and no other: a header
    /// (``namesRequiredColumn(_:_:)``) naming no required column of the other table (a ties
    /// table may have a 类型 column). How a sheet not named `节点`/`关系` is recognised; a
    /// guide sheet's rows name one column each.
    static func namesColumnsOf(_ table: Table, _ texts: [String]) -> Bool {
        let counts = count(table, texts)
        return counts.required >= 1 && counts.known >= 2 && counts.otherRequired <= (table == .ties ? 1 : 0)
    }

    /// The header without a trailing hint: `信任（0–1）` → `信任`, `trust (0-1)` → `trust`,
    /// `编号*` → `编号`, `开始\n(日期)` → `开始`; `nil` when there is no hint to remove.
    /// - Complexity: O(n) in the header's scalars, with no grapheme breaking; the name
    ///   before the hint is looked at only up to ``longestName`` bytes.
    static func withoutHint(_ header: String) -> String? {
        // A name is looked for in the header's first bytes only: one beyond them is too long.
        let limit = longestName * 2
        let cut = header.unicodeScalars.prefix(limit).firstIndex(where: { hintOpeners.contains($0) }) ?? header.endIndex
        guard header.utf8.distance(from: header.startIndex, to: cut) <= limit else { return nil }
        var head = Vocabulary.trimmed(header[..<cut])
        while let last = head.last, last == "*" || last == "＊" { head.removeLast() }
        head = Vocabulary.trimmed(head)
        return head.isEmpty || head == header ? nil : head
    }

    private static let hintOpeners: Set<Unicode.Scalar> = ["(", "（", "[", "【", "\n"]

    /// Whether some column is not read but must be watched for data (no header, or a merged
    /// header's tail).
    var watchesColumns: Bool {
        roles.contains { role in
            switch role {
            case .unnamed, .mergedTail: true
            default: false
            }
        }
    }

    /// Reports data in a column that is not read: an error under a merged header, a warning
    /// under a blank one; once per column.
    func reportUnread(_ role: Role, column: Int, cell: Cell, source: TableSource, into builder: inout NetworkBuilder) {
        guard !cell.isBlank else { return }
        switch role {
        case let .mergedTail(header, range, position):
            builder.reportOnce(.mergedHeader(header, range: range), at: position, key: "merged \(range)")
        case .unnamed:
            builder.reportOnce(.unnamedColumn, at: source.position(of: cell), key: "unnamed \(source.sheet ?? source.file) \(column)")
        default:
            break
        }
    }

    /// Adds one data row, given as cells aligned with the header's columns (`nil` where the
    /// row has no cell), and the cells `beyond` the header's last column when the reader
    /// keeps those apart. Cells beyond the header are reported once as extra fields.
    /// - Complexity: O(cells given + the table's own columns), not O(header width): a row of
    ///   one cell under a header of 16,384 columns costs one cell.
    func addRow(_ cells: [Cell?], beyond: [Cell] = [], line: Int, column: Int = 1, source: TableSource,
                into builder: inout NetworkBuilder) {
        var extra = beyond.filter { !$0.isBlank }
        if cells.count > roles.count {
            extra = cells[roles.count...].compactMap { $0 }.filter { !$0.isBlank } + extra
        }
        if let first = extra.first {
            builder.report(.extraFields(count: extra.count), at: source.position(of: first))
        }
        // A cell left empty is a blank cell at its own column, so an empty required cell
        // is reported where it is (A22), not where the row's first value is.
        func cell(_ index: Int) -> Cell {
            (index < cells.count ? cells[index] : nil) ?? Cell("", line: line, column: columns[index])
        }
        // The cells given, then the table's own columns the row stops short of (an
        // attribute or an unread column without a cell has nothing to add).
        let given = min(cells.count, roles.count)
        let indices = Array(0 ..< given) + tableColumns.filter { $0 >= given }
        switch table {
        case .nodes:
            var record = NodeRecord(line: line)
            record.column = column
            for index in indices {
                let role = roles[index]
                switch role {
                case let .node(column): record[column] = cell(index)
                case let .attribute(name): if let given = cells[index] { record.attributes.append((name, given)) }
                case .unnamed, .mergedTail: reportUnread(role, column: index, cell: cell(index), source: source, into: &builder)
                case .tie, .ignored: break
                }
            }
            if namesAreIDs { record.id = record.name }
            builder.addNode(record)
        case .ties:
            var record = TieRecord(line: line)
            record.column = column
            for index in indices {
                let role = roles[index]
                switch role {
                case let .tie(column): record[column] = cell(index)
                case let .attribute(name): if let given = cells[index] { record.attributes.append((name, given)) }
                case .unnamed, .mergedTail: reportUnread(role, column: index, cell: cell(index), source: source, into: &builder)
                case .node, .ignored: break
                }
            }
            builder.addTie(record)
        }
    }
}
