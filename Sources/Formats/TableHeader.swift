import TrustModel

/// What each column of a `nodes` or `ties` table means, read from its header row. Shared by
/// every tabular reader (CSV, XLSX) so that headers are understood the same way everywhere:
/// English or Chinese names in any order, case and surrounding spaces ignored, a trailing
/// hint such as `信任（0–1）`, `trust (0-1)` or a required-marker `*` tolerated, blank header
/// cells (a merged cell's tail) ignored, a repeated column warned about, any other column
/// kept as an attribute.
struct TableHeader {
    enum Role { case node(NodeColumn), tie(TieColumn), attribute(String), ignored }

    let table: Table
    private(set) var roles: [Role] = []
    /// False when a required column is missing: the table's rows are then not read, so
    /// one missing column is one error, not one per row.
    private(set) var isUsable = true

    /// Reads a header row. `headers` are the header cells in column order (`nil` where a
    /// sheet has no cell); `row` is where the row starts, for the missing-column errors.
    init(_ table: Table, headers: [(text: String, position: SourcePosition)?], row: SourcePosition,
         builder: inout NetworkBuilder) {
        self.table = table
        var seen: Set<String> = []
        var attributes: [String] = []
        for header in headers {
            guard let header else { roles.append(.ignored); continue }
            let written = Vocabulary.trimmed(header.text)
            var role: Role
            var key: String
            switch table {
            case .nodes:
                if let column = NodeColumn(header: written) ?? TableHeader.withoutHint(written).flatMap(NodeColumn.init(header:)) {
                    role = .node(column); key = column.rawValue
                } else {
                    role = .attribute(written); key = "attribute:" + written
                }
            case .ties:
                if let column = TieColumn(header: written) ?? TableHeader.withoutHint(written).flatMap(TieColumn.init(header:)) {
                    role = .tie(column); key = column.rawValue
                } else {
                    role = .attribute(written); key = "attribute:" + written
                }
            }
            if written.isEmpty { role = .ignored }
            if case .ignored = role {} else if !seen.insert(key).inserted {
                builder.report(.duplicateColumn(written), at: header.position)
                role = .ignored
            }
            if case let .attribute(name) = role { attributes.append(name) }
            roles.append(role)
        }
        switch table {
        case .nodes:
            for column in NodeColumn.allCases where column.isRequired && !seen.contains(column.rawValue) {
                builder.report(.missingColumn(.nodes, column: column.rawValue), at: row)
                isUsable = false
            }
            builder.declareNodeAttributes(attributes)
        case .ties:
            for column in TieColumn.allCases where column.isRequired && !seen.contains(column.rawValue) {
                builder.report(.missingColumn(.ties, column: column.rawValue), at: row)
                isUsable = false
            }
            if !seen.contains(TieColumn.trust.rawValue), !seen.contains(TieColumn.trust5.rawValue) {
                builder.report(.missingTrustColumn, at: row)
                isUsable = false
            }
            builder.declareTieAttributes(attributes)
        }
    }

    /// Whether a header row names a required column of `table`: how a workbook reader tells
    /// the header from a title row above it.
    static func namesRequiredColumn(_ table: Table, _ texts: [String]) -> Bool {
        texts.contains { text in
            let written = Vocabulary.trimmed(text)
            switch table {
            case .nodes:
                let column = NodeColumn(header: written) ?? withoutHint(written).flatMap(NodeColumn.init(header:))
                return column?.isRequired ?? false
            case .ties:
                let column = TieColumn(header: written) ?? withoutHint(written).flatMap(TieColumn.init(header:))
                return column?.isRequired ?? false
            }
        }
    }

    /// The header without a trailing hint: `信任（0–1）` → `信任`, `trust (0-1)` → `trust`,
    /// `编号*` → `编号`, `开始\n(日期)` → `开始`; `nil` when there is no hint to remove.
    static func withoutHint(_ header: String) -> String? {
        var cut = header.endIndex
        if let bracket = header.firstIndex(where: { "(（[【\n".contains($0) }) { cut = bracket }
        var head = Vocabulary.trimmed(header[..<cut])
        while let last = head.last, last == "*" || last == "＊" { head.removeLast() }
        head = Vocabulary.trimmed(head)
        return head.isEmpty || head == header ? nil : head
    }

    /// Adds one data row, given as cells aligned with the header's columns (`nil` where the
    /// row has no cell). Cells beyond the header are reported once as extra fields.
    func addRow(_ cells: [Cell?], line: Int, column: Int = 1, source: TableSource,
                into builder: inout NetworkBuilder) {
        if cells.count > roles.count {
            let extra = cells[roles.count...].compactMap { $0 }.filter { !$0.isBlank }
            if let first = extra.first {
                builder.report(.extraFields(count: extra.count), at: source.position(of: first))
            }
        }
        switch table {
        case .nodes:
            var record = NodeRecord(line: line)
            record.column = column
            for (cell, role) in zip(cells, roles) {
                guard let cell else { continue }
                switch role {
                case let .node(column): record[column] = cell
                case let .attribute(name): record.attributes.append((name, cell))
                case .tie, .ignored: break
                }
            }
            builder.addNode(record)
        case .ties:
            var record = TieRecord(line: line)
            record.column = column
            for (cell, role) in zip(cells, roles) {
                guard let cell else { continue }
                switch role {
                case let .tie(column): record[column] = cell
                case let .attribute(name): record.attributes.append((name, cell))
                case .node, .ignored: break
                }
            }
            builder.addTie(record)
        }
    }
}
