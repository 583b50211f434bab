import TrustModel

/// Reads the `nodes` and `ties` tables from CSV files into a ``NetworkBuilder``: headers in
/// English or Chinese, any column order, extra columns kept as attributes.
enum CSVNetworkReader {
    /// Reads one table. `bytes` are the raw file contents; problems go to the builder with
    /// positions in `source`.
    static func read(_ table: Table, bytes: [UInt8], source: TableSource, into builder: inout NetworkBuilder) {
        let text: [UInt8]
        var start = 0
        if bytes.starts(with: SpreadsheetCSV.byteOrderMark), TextDecoding.firstInvalidUTF8(bytes) == nil {
            // UTF-8 with a byte-order mark (what Guanxi and Excel write): scanned in place
            // after the mark rather than copied without it.
            text = bytes
            start = 3
        } else {
            switch TextDecoding.decode(bytes) {
            case let .success(value): text = value.utf8
            case let .failure(failure):
                builder.report(failure.problem, at: position(ofByte: failure.byteOffset, in: bytes, source: source))
                return
            }
        }
        let scanner = CSVScanner(bytes: text, delimiter: CSVScanner.delimiter(of: text), start: start)
        var header: TableHeader?
        var headerFailed = false
        var fast: CSVFastRows?
        // Room for a row per line, so a million rows are not copied as the arrays grow.
        let lines = CSVNetworkReader.lineCount(text)
        builder.reserveCapacity(nodes: table == .nodes ? lines : 0, ties: table == .ties ? lines : 0)
        let unterminated = text.withUnsafeBufferPointer { bytes in
            scanner.scan { fields in
                guard !headerFailed else { return }
                if fast?.read(fields, bytes: bytes, into: &builder) == true { return }
                // Rows of nothing but empty cells (Excel leaves them) are skipped.
                if fields.allSatisfy(scanner.isBlank) { return }
                guard let columns = header else {
                    header = CSVNetworkReader.header(table, fields: fields, scanner: scanner, source: source, builder: &builder)
                    headerFailed = header?.isUsable == false
                    if let header, !headerFailed { fast = CSVFastRows(header) }
                    return
                }
                columns.read(fields, scanner: scanner, source: source, into: &builder)
            }
        }
        if let field = unterminated {
            builder.report(.unterminatedQuote, at: source.position(line: Int(field.line), column: Int(scanner.column(field))))
        }
        if header == nil {
            builder.report(.emptyFile, at: source.position(line: 1, column: 1))
        }
    }

    /// Line feeds in `bytes`, eight bytes at a time.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBytes { raw in
            var count = 0, i = 0
            let n = raw.count
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ (ones &* 0x0A)
                // A byte of x is zero where the byte was a line feed (exact per byte).
                let zero = ~(((x & ~highs) &+ ~highs) | x) & highs
                count += zero.nonzeroBitCount
                i += 8
            }
            while i < n { if raw[i] == 0x0A { count += 1 }; i += 1 }
            return count
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

    /// Reads a header row from CSV fields.
    static func header(_ table: Table, fields: UnsafeBufferPointer<CSVField>, scanner: CSVScanner,
                       source: TableSource, builder: inout NetworkBuilder) -> TableHeader {
        let headers = fields.map { field -> (text: String, position: SourcePosition)? in
            (SpreadsheetCSV.restore(scanner.text(field)),
             source.position(line: Int(field.line), column: Int(scanner.column(field))))
        }
        let row = source.position(line: Int(fields.first?.line ?? 1), column: 1)
        return TableHeader(table, headers: headers, row: row, builder: &builder)
    }
}

extension TableHeader {
    /// Adds one CSV row: the hot path of loading, so it works on the scanner's fields
    /// directly rather than building an array of cells first.
    func read(_ fields: UnsafeBufferPointer<CSVField>, scanner: CSVScanner, source: TableSource,
              into builder: inout NetworkBuilder) {
        let first = fields[0]
        if fields.count > roles.count {
            let extra = fields[roles.count...].filter { !scanner.isBlank($0) }
            if let firstExtra = extra.first {
                builder.report(.extraFields(count: extra.count),
                               at: source.position(line: Int(firstExtra.line), column: Int(scanner.column(firstExtra))))
            }
        }
        func cell(_ field: CSVField) -> Cell {
            Cell(SpreadsheetCSV.restore(scanner.text(field)), line: Int(field.line), column: Int(scanner.column(field)))
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
