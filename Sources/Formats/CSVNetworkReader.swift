import TrustModel

/// Reads the `nodes` and `ties` tables from CSV files into a ``NetworkBuilder``: headers in
/// English or Chinese, any column order, extra columns kept as attributes.
enum CSVNetworkReader {
    /// Reads one table. `bytes` are the raw file contents; problems go to the builder with
    /// positions in `source`.
    static func read(_ table: Table, bytes: [UInt8], source: TableSource, into builder: inout NetworkBuilder) {
        let decoded: TextDecoding.Decoded
        switch TextDecoding.decode(bytes) {
        case let .success(value): decoded = value
        case let .failure(failure):
            builder.report(failure.problem, at: position(ofByte: failure.byteOffset, in: bytes, source: source))
            return
        }
        let scanner = CSVScanner(bytes: decoded.utf8, delimiter: CSVScanner.delimiter(of: decoded.utf8))
        var header: Header?
        var headerFailed = false
        let unterminated = scanner.scan { fields in
            guard !headerFailed else { return }
            // Rows of nothing but empty cells (Excel leaves them) are skipped.
            if fields.allSatisfy(scanner.isBlank) { return }
            guard let columns = header else {
                header = Header(table, fields: fields, scanner: scanner, source: source, builder: &builder)
                headerFailed = header?.isUsable == false
                return
            }
            columns.read(fields, scanner: scanner, source: source, into: &builder)
        }
        if let field = unterminated {
            builder.report(.unterminatedQuote, at: source.position(line: Int(field.line), column: Int(field.column)))
        }
        if header == nil {
            builder.report(.emptyFile, at: source.position(line: 1, column: 1))
        }
    }

    /// The line and column of a byte offset (for encoding errors), counting characters as
    /// far as they decode.
    static func position(ofByte offset: Int?, in bytes: [UInt8], source: TableSource) -> SourcePosition {
        guard let offset else { return source.position(line: 1, column: 1) }
        var line = 1, column = 1
        for b in bytes.prefix(offset) {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return source.position(line: line, column: column)
    }

    /// What each column of a table means.
    struct Header {
        enum Role { case node(NodeColumn), tie(TieColumn), attribute(String), ignored }
        let table: Table
        var roles: [Role] = []
        var isUsable = true

        init(_ table: Table, fields: UnsafeBufferPointer<CSVField>, scanner: CSVScanner,
             source: TableSource, builder: inout NetworkBuilder) {
            self.table = table
            var seen: Set<String> = []
            var attributes: [String] = []
            for field in fields {
                let written = Vocabulary.trimmed(scanner.text(field))
                let position = source.position(line: Int(field.line), column: Int(field.column))
                var role: Role
                var key: String
                switch table {
                case .nodes:
                    if let column = NodeColumn(header: written) { role = .node(column); key = column.rawValue } else {
                        role = .attribute(written); key = "attribute:" + written
                    }
                case .ties:
                    if let column = TieColumn(header: written) { role = .tie(column); key = column.rawValue } else {
                        role = .attribute(written); key = "attribute:" + written
                    }
                }
                if written.isEmpty { role = .ignored }
                if case .ignored = role {} else if !seen.insert(key).inserted {
                    builder.report(.duplicateColumn(written), at: position)
                    role = .ignored
                }
                if case let .attribute(name) = role { attributes.append(name) }
                roles.append(role)
            }
            let headerPosition = source.position(line: Int(fields.first?.line ?? 1), column: 1)
            switch table {
            case .nodes:
                for column in NodeColumn.allCases where column.isRequired && !seen.contains(column.rawValue) {
                    builder.report(.missingColumn(.nodes, column: column.rawValue), at: headerPosition)
                    isUsable = false
                }
                builder.declareNodeAttributes(attributes)
            case .ties:
                for column in TieColumn.allCases where column.isRequired && !seen.contains(column.rawValue) {
                    builder.report(.missingColumn(.ties, column: column.rawValue), at: headerPosition)
                    isUsable = false
                }
                if !seen.contains(TieColumn.trust.rawValue), !seen.contains(TieColumn.trust5.rawValue) {
                    builder.report(.missingTrustColumn, at: headerPosition)
                    isUsable = false
                }
                builder.declareTieAttributes(attributes)
            }
        }

        func read(_ fields: UnsafeBufferPointer<CSVField>, scanner: CSVScanner, source: TableSource,
                  into builder: inout NetworkBuilder) {
            let first = fields[0]
            if fields.count > roles.count {
                let extra = fields[roles.count...].filter { !scanner.isBlank($0) }
                if let firstExtra = extra.first {
                    builder.report(.extraFields(count: extra.count),
                                   at: source.position(line: Int(firstExtra.line), column: Int(firstExtra.column)))
                }
            }
            func cell(_ field: CSVField) -> Cell {
                Cell(scanner.text(field), line: Int(field.line), column: Int(field.column))
            }
            switch table {
            case .nodes:
                var record = NodeRecord(line: Int(first.line))
                for (field, role) in zip(fields, roles) {
                    switch role {
                    case let .node(column): record[column] = cell(field)
                    case let .attribute(name): record.attributes.append((name, cell(field)))
                    case .tie, .ignored: break
                    }
                }
                builder.addNode(record)
            case .ties:
                var record = TieRecord(line: Int(first.line))
                for (field, role) in zip(fields, roles) {
                    switch role {
                    case let .tie(column): record[column] = cell(field)
                    case let .attribute(name): record.attributes.append((name, cell(field)))
                    case .node, .ignored: break
                    }
                }
                builder.addTie(record)
            }
        }
    }
}
