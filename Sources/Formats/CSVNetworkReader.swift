import TrustModel

/// Reads the `nodes` and `ties` tables from CSV files into a ``NetworkBuilder``: headers in
/// English or Chinese, any column order, extra columns kept as attributes.
enum CSVNetworkReader {
    /// A table's bytes made ready to scan: decoded to UTF-8 (or checked in place), with
    /// its line feeds counted. Kept apart from reading
    /// the rows so that the ties file can be prepared on another thread while the nodes
    /// are read.
    struct Prepared: @unchecked Sendable {
        var text: [UInt8] = []
        /// Where the text starts: 3 to skip a UTF-8 byte-order mark left in `text`.
        var start = 0
        var lineFeeds = 0
        /// The file could not be decoded: the problem and where.
        var failure: (problem: Problem, position: SourcePosition)?
    }

    static func prepare(_ bytes: [UInt8], source: TableSource) -> Prepared {
        var prepared = Prepared()
        if let problem = TextDecoding.notATable(bytes) {
            prepared.failure = (problem, source.position(line: 1, column: 1))
            return prepared
        }
        if bytes.starts(with: SpreadsheetCSV.byteOrderMark), TextDecoding.firstInvalidUTF8(bytes) == nil {
            // UTF-8 with a byte-order mark (what Guanxi and Excel write): scanned in place
            // after the mark rather than copied without it.
            prepared.text = bytes
            prepared.start = 3
        } else {
            switch TextDecoding.decode(bytes) {
            case let .success(value): prepared.text = value.utf8
            case let .failure(failure):
                prepared.failure = (failure.problem, position(ofByte: failure.byteOffset, in: bytes, source: source))
                return prepared
            }
        }
        prepared.lineFeeds = lineCount(prepared.text)
        return prepared
    }

    /// Ties tables with more bytes than this after the header are read in two halves on
    /// two threads; smaller ones (and the ties read with the other thread busy) stay on one,
    /// where starting a thread would cost more than it saves.
    static let splitThreshold = 1 << 20

    /// How many rows above the header are skipped as title rows at most.
    static let headerSearchRows = 10

    /// Reads one table. `bytes` are the raw file contents; problems go to the builder with
    /// positions in `source`. Returns whether the rows were read in two halves at once.
    @discardableResult
    static func read(_ table: Table, bytes: [UInt8], source: TableSource, into builder: inout NetworkBuilder,
                     splitAbove threshold: Int = splitThreshold) -> Bool {
        let (halves, laterTies) = read(table, prepare(bytes, source: source), source: source, into: &builder,
                                       splitAbove: threshold)
        if let laterTies { builder.appendTies(of: laterTies) }
        return halves
    }

    /// Reads one prepared table.
    ///
    /// A large table whose rows the fast lane reads (``CSVFastRows``) is read in two
    /// halves at once, the second from the first line feed past the middle on another
    /// thread. Ties: the second half gets a builder of its own
    /// (``NetworkBuilder/tiesPart(reservingCapacity:)``) that shares the finished, read-only
    /// node index, and its ties and diagnostics are appended after the first half's.
    /// Nodes: the second half only makes the nodes of its plain rows (strings, tags,
    /// numbers) up to its first other row; they are added in order after the first half's
    /// rows, a row whose id is taken sent back through the full path for its diagnostic,
    /// and the rest read in turn.
    ///
    /// The second half is used only if the first half's scan stops exactly where the second
    /// began and on the line it assumed: the scanner's state at a record start is just that
    /// offset and line, so the result (nodes and ties in order, every diagnostic and its
    /// position) is then the sequential one. Otherwise (a line end inside quotes, a lone
    /// carriage return, an unterminated quote) the second half's work is dropped and the
    /// rest read in turn; a middle after an odd number of quotes is not tried at all.
    ///
    /// Why: loading was single-threaded, and the 1M-tie city took ~0.57 s. Measured on the
    /// shared 2-core machine, medians of 5 runs (`GuanxiBench --measures none`), together
    /// with the ties prepared on another thread (``NetworkReader``) and the index compacted
    /// on another (``NetworkBuilder/build()``): 1M ties 567 → 422 ms, 100k 39 → 33 ms; 10k
    /// unchanged (~3.8 ms, below the threshold). `guanxi validate` at 1M peaks at 238 MB
    /// instead of 209 (the ties file is read while the nodes are parsed, and the second
    /// half's nodes wait for the first's).
    ///
    /// Returns whether the rows were read in halves, and the builder of the second half of
    /// the ties when they were: its diagnostics are in `builder` already, its ties are for
    /// the caller to append (``NetworkBuilder/appendTies(of:)``) once it has let go of the
    /// bytes.
    static func read(_ table: Table, _ prepared: Prepared, source: TableSource, into builder: inout NetworkBuilder,
                     splitAbove threshold: Int = splitThreshold) -> (halves: Bool, laterTies: NetworkBuilder?) {
        if let failure = prepared.failure {
            builder.report(failure.problem, at: failure.position)
            if table == .nodes { builder.markNodesUnreadable() }
            return (false, nil)
        }
        let text = prepared.text
        let scanner = CSVScanner(bytes: text, delimiter: CSVScanner.delimiter(of: text), start: prepared.start)
        var rows = Rows(table: table, scanner: scanner, source: source)
        // Room for a row per line, so a million rows are not copied as the arrays grow; but
        // not more rows than 8 bytes each could hold (30 MB of blank lines reserved 840 MB).
        let lines = Swift.min(prepared.lineFeeds, text.count / 8 + 1)
        builder.reserveCapacity(nodes: table == .nodes ? lines : 0, ties: table == .ties ? lines : 0)
        var stop = CSVScanner.Stop(unterminated: nil, offset: prepared.start, line: 1)
        var halves = false
        var laterTies: NetworkBuilder?
        // Up to the header, a record at a time: the first of the first ten rows that names a
        // required column, so title rows above it are skipped (as in a workbook).
        while rows.header == nil, !rows.headerFailed, rows.titleRows < headerSearchRows, stop.unterminated == nil,
              stop.offset < text.count {
            stop = rows.scan(from: stop, until: stop.offset, into: &builder)
        }
        if rows.header == nil, !rows.headerFailed, let first = rows.firstRecord, stop.unterminated == nil {
            // No row names a required column: the first is the header after all, and its
            // missing columns are reported.
            rows.forceHeader = true
            stop = rows.scan(from: first, until: first.offset, into: &builder)
        }
        if stop.unterminated == nil, stop.offset < text.count {
            if rows.fast?.usable == true, text.count - stop.offset > threshold {
                (stop, halves, laterTies) = readInHalves(from: stop, rows: rows, into: &builder)
            } else {
                stop = rows.scan(from: stop, until: Int.max, into: &builder)
            }
        }
        if let field = stop.unterminated {
            builder.report(.unterminatedQuote, at: source.position(line: Int(field.line), column: Int(scanner.column(field))))
            // The rest of the file went into the open quote: the nodes written there are
            // missing, and a tie to one of them is not a second error.
            if table == .nodes { builder.markNodesUnreadable() }
        }
        if rows.header == nil {
            builder.report(.emptyFile, at: source.position(line: 1, column: 1))
            if table == .nodes { builder.markNodesUnreadable() }
        }
        return (halves, laterTies)
    }

    /// Reads the rows from `stop` to the end, the second half on another thread (see
    /// ``read(_:_:source:into:splitAbove:)``): where it stopped, whether the halves met and
    /// were used, and the ties of the second half still to append.
    private static func readInHalves(from stop: CSVScanner.Stop, rows: Rows, into builder: inout NetworkBuilder)
        -> (CSVScanner.Stop, Bool, NetworkBuilder?) {
        var rows = rows
        let text = rows.scanner.bytes
        let n = text.count
        // The half starts after the first line feed at or past the middle, on the line
        // after the line feeds before it.
        let (middle, middleLine, secondLines, quotesBefore): (Int, Int32, Int, Int) = text.withUnsafeBytes { raw in
            var k = stop.offset + (n - stop.offset) / 2
            while k < n, raw[k] != 0x0A { k += 1 }
            k = Swift.min(k + 1, n)
            let first = UnsafeRawBufferPointer(rebasing: raw[stop.offset ..< k])
            let before = count(of: 0x0A, in: first)
            let after = count(of: 0x0A, in: UnsafeRawBufferPointer(rebasing: raw[k ..< n]))
            return (k, stop.line + Int32(clamping: before), after + 1, count(of: 0x22, in: first))
        }
        guard middle < n, quotesBefore % 2 == 0 else {
            return (rows.scan(from: stop, until: Int.max, into: &builder), false, nil)
        }
        let secondStart = CSVScanner.Stop(unterminated: nil, offset: middle, line: middleLine)
        switch rows.table {
        case .ties:
            let part = builder.tiesPart(reservingCapacity: secondLines)
            let second = Background { [rows] () -> (NetworkBuilder, CSVScanner.Stop) in
                var rows = rows, part = part
                let end = rows.scan(from: secondStart, until: Int.max, into: &part)
                return (part, end)
            }
            let first = rows.scan(from: stop, until: middle, into: &builder)
            var (secondBuilder, secondEnd) = second.join()
            if first.unterminated == nil, first.offset == middle, first.line == middleLine {
                builder.takeDiagnostics(of: &secondBuilder)
                return (secondEnd, true, secondBuilder)
            }
            guard first.unterminated == nil else { return (first, false, nil) }
            return (rows.scan(from: first, until: Int.max, into: &builder), false, nil)
        case .nodes:
            let second = Background { [rows] () -> PlainNodes in
                var rows = rows
                return rows.plainNodes(from: secondStart, lines: secondLines)
            }
            let first = rows.scan(from: stop, until: middle, into: &builder)
            let plain = second.join()
            guard first.unterminated == nil, first.offset == middle, first.line == middleLine,
                  let resume = plain.resume else {
                guard first.unterminated == nil else { return (first, false, nil) }
                return (rows.scan(from: first, until: Int.max, into: &builder), false, nil)
            }
            text.withUnsafeBufferPointer { bytes in
                for row in plain.rows {
                    let id = UnsafeBufferPointer(rebasing: bytes[row.id])
                    if builder.addChecked(row.node, idBytes: id, line: Int(row.line)) { continue }
                    // The id is taken: the row again through the full path, which reports it.
                    let start = CSVScanner.Stop(unterminated: nil, offset: row.start, line: row.line)
                    _ = rows.scan(from: start, until: start.offset, into: &builder)
                }
            }
            if resume.offset >= n { return (resume, true, nil) }
            return (rows.scan(from: resume, until: Int.max, into: &builder), true, nil)
        }
    }

    /// The nodes of the plain rows of a table's second half, and where the rows that are
    /// not plain begin (the end of the bytes if none); `resume` is `nil` when the half ends
    /// in an unterminated quote (then it is all read in turn).
    struct PlainNodes {
        var rows: [(node: Node, id: Range<Int>, start: Int, line: Int32)] = []
        var resume: CSVScanner.Stop?
    }

    /// What reading the rows of one table carries from row to row: the header once read,
    /// and the fast lane made from it.
    struct Rows {
        let table: Table
        let scanner: CSVScanner
        let source: TableSource
        var header: TableHeader?
        var headerFailed = false
        var fast: CSVFastRows?
        /// Rows before the header that name no required column (title rows, perhaps), and
        /// where the first of them starts.
        var titleRows = 0
        var firstRecord: CSVScanner.Stop?
        /// Take the next row as the header whatever it names.
        var forceHeader = false

        init(table: Table, scanner: CSVScanner, source: TableSource) {
            self.table = table
            self.scanner = scanner
            self.source = source
        }

        /// Reads the records that start from `stop` up to `limit` (see
        /// ``CSVScanner/scan(from:line:until:_:)``).
        mutating func scan(from stop: CSVScanner.Stop, until limit: Int,
                           into builder: inout NetworkBuilder) -> CSVScanner.Stop {
            let scanner = self.scanner, table = self.table, source = self.source
            var header = self.header, headerFailed = self.headerFailed, fast = self.fast
            var titleRows = self.titleRows, firstRecord = self.firstRecord
            let forceHeader = self.forceHeader
            defer {
                self.header = header
                self.headerFailed = headerFailed
                self.fast = fast
                self.titleRows = titleRows
                self.firstRecord = firstRecord
            }
            return scanner.bytes.withUnsafeBufferPointer { bytes in
                scanner.scan(from: stop.offset, line: stop.line, until: limit) { fields in
                    guard !headerFailed else { return }
                    if fast?.read(fields, bytes: bytes, into: &builder) == true { return }
                    // Rows of nothing but empty cells (Excel leaves them) are skipped.
                    if fields.allSatisfy(scanner.isBlank) { return }
                    guard let columns = header else {
                        let texts = fields.map { SpreadsheetCSV.restore(scanner.text($0)) }
                        if !forceHeader, !TableHeader.namesRequiredColumn(table, texts) {
                            if titleRows == 0, table == .nodes { builder.takeTitle(fromRow: texts) }
                            if firstRecord == nil {
                                firstRecord = CSVScanner.Stop(unterminated: nil, offset: fields[0].rawStart, line: fields[0].line)
                            }
                            titleRows += 1
                            return
                        }
                        header = CSVNetworkReader.header(table, fields: fields, scanner: scanner, source: source,
                                                         builder: &builder)
                        headerFailed = header?.isUsable == false
                        if let header, !headerFailed { fast = CSVFastRows(header) }
                        return
                    }
                    columns.read(fields, scanner: scanner, source: source, into: &builder)
                }
            }
        }

        /// Makes the nodes of the plain rows from `stop` on, up to the first other row.
        mutating func plainNodes(from stop: CSVScanner.Stop, lines: Int) -> PlainNodes {
            var plain = PlainNodes()
            plain.rows.reserveCapacity(lines)
            var fast = self.fast
            defer { self.fast = fast }
            var resume: CSVScanner.Stop?
            let scanner = self.scanner
            let end = scanner.bytes.withUnsafeBufferPointer { bytes in
                scanner.scan(from: stop.offset, line: stop.line, until: Int.max) { fields in
                    guard resume == nil else { return }
                    if let (node, id) = fast?.node(fields, bytes: bytes) {
                        plain.rows.append((node, id, fields[0].rawStart, fields[0].line))
                    } else {
                        resume = CSVScanner.Stop(unterminated: nil, offset: fields[0].rawStart, line: fields[0].line)
                    }
                }
            }
            if let resume { plain.resume = resume } else if end.unterminated == nil { plain.resume = end }
            return plain
        }
    }

    /// How many bytes of `raw` are `byte`, eight at a time.
    static func count(of byte: UInt8, in raw: UnsafeRawBufferPointer) -> Int {
        var count = 0, i = 0
        let n = raw.count
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let pattern = ones &* UInt64(byte)
        while i + 8 <= n {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ pattern
            // A byte of x is zero where the byte was `byte` (exact per byte).
            let zero = ~(((x & ~highs) &+ ~highs) | x) & highs
            count += zero.nonzeroBitCount
            i += 8
        }
        while i < n { if raw[i] == byte { count += 1 }; i += 1 }
        return count
    }

    /// Line feeds in `bytes`.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBytes { count(of: 0x0A, in: $0) }
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
        let columns = scanner.columns(fields)
        let headers = zip(fields, columns).map { field, column -> (text: String, position: SourcePosition)? in
            (SpreadsheetCSV.restore(scanner.text(field)), source.position(line: Int(field.line), column: Int(column)))
        }
        // The row's position is its first header cell's (a blank leading column skipped).
        let firstNamed = fields.first { !scanner.isBlank($0) } ?? fields.first
        let row = source.position(line: Int(firstNamed?.line ?? 1), column: Int(firstNamed.map(scanner.column) ?? 1))
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
        // Columns counted along the row once, not from the line's start for every field.
        let columns = scanner.columns(UnsafeBufferPointer(rebasing: fields[..<min(fields.count, roles.count)]))
        func cell(_ index: Int) -> Cell {
            let field = fields[index]
            return Cell(SpreadsheetCSV.restore(scanner.text(field)), line: Int(field.line), column: Int(columns[index]))
        }
        switch table {
        case .nodes:
            var record = NodeRecord(line: Int(first.line))
            for (index, role) in zip(columns.indices, roles) {
                switch role {
                case let .node(column): record[column] = cell(index)
                case let .attribute(name): record.attributes.append((name, cell(index)))
                case .unnamed, .mergedTail:
                    if !scanner.isBlank(fields[index]) { reportUnread(role, column: index, cell: cell(index), source: source, into: &builder) }
                case .tie, .ignored: break
                }
            }
            if namesAreIDs { record.id = record.name }
            builder.addNode(record)
        case .ties:
            var record = TieRecord(line: Int(first.line))
            for (index, role) in zip(columns.indices, roles) {
                switch role {
                case let .tie(column): record[column] = cell(index)
                case let .attribute(name): record.attributes.append((name, cell(index)))
                case .unnamed, .mergedTail:
                    if !scanner.isBlank(fields[index]) { reportUnread(role, column: index, cell: cell(index), source: source, into: &builder) }
                case .node, .ignored: break
                }
            }
            builder.addTie(record)
        }
    }
}
