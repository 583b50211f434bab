/// One field of a CSV row: where its text lies in the buffer and where it began in the file.
struct CSVField {
    /// Byte range of the text, inside the quotes for a quoted field.
    var start: Int
    var end: Int
    /// 1-based line where the field begins.
    var line: Int32
    /// The text holds `""` pairs to be read as one `"`.
    var hasEscapedQuotes: Bool
    /// Text follows the closing quote (`"ab"cd`): read by the slow path, like Python's csv.
    var irregular: Bool
    /// Byte offset of the field's first byte (the opening quote, if quoted).
    var rawStart: Int
    /// Byte offset where the field's line begins: the character column is counted from
    /// there only when a position is needed (``CSVScanner/column(_:)``), not for every byte.
    var lineStart: Int
}

/// A streaming CSV tokenizer over UTF-8 bytes (RFC 4180 plus what spreadsheets write: CRLF
/// or LF, quoted fields holding delimiters, quotes and newlines).
///
/// Written by hand because the CSV packages available (SwiftCSV, CSV.swift) build a
/// `String` per line and per field and do not report positions; this one walks the bytes
/// once, counts lines as it goes (character columns on demand), reuses one field buffer
/// for every row, and makes strings only for the cells a reader asks for.
///
/// - Complexity: O(n) in the bytes, no allocation per row.
struct CSVScanner {
    let bytes: [UInt8]
    let delimiter: UInt8
    /// Where the text starts: 3 to skip a UTF-8 byte-order mark left in `bytes`.
    var start = 0

    /// The cells of one record that are kept; the rest of a longer record is scanned past
    /// but not stored. Why: a field costs 48 bytes here, so a 30 MB line of commas took
    /// 1.4 GB. Excel's own limit is 16,384 columns; a header of 500,000 still reads whole.
    static let maxFieldsPerRecord = 1 << 20

    /// Picks the delimiter from the header line: a tab (Excel's "Unicode text") or `;` when
    /// the header uses it and no comma, else `,`.
    static func delimiter(of bytes: [UInt8]) -> UInt8 {
        var commas = 0, tabs = 0, semicolons = 0
        var inQuotes = false
        var lines = 0
        for b in bytes {
            if b == 0x22 { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if b == 0x0A {
                // A title line above the header may hold no delimiter at all: decide on the
                // first line that has one (within the first ten).
                lines += 1
                if commas + tabs + semicolons > 0 || lines >= 10 { break }
                continue
            }
            switch b {
            case 0x2C: commas += 1
            case 0x09: tabs += 1
            case 0x3B: semicolons += 1
            default: break
            }
        }
        if tabs > commas { return 0x09 }
        if commas == 0, semicolons > 0 { return 0x3B }
        return 0x2C
    }

    /// The 1-based character column where a field begins.
    /// - Complexity: O(bytes before it on its line): for one field; a whole row's take
    ///   ``columns(_:)``.
    func column(_ field: CSVField) -> Int32 {
        var column: Int32 = 1
        for k in field.lineStart ..< field.rawStart where bytes[k] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// The columns of a row's fields, counted on from one field to the next.
    /// - Complexity: O(the row's bytes), where a column per field would be O(fields × bytes)
    ///   (a header of 500,000 columns ran for minutes).
    func columns(_ fields: UnsafeBufferPointer<CSVField>) -> [Int32] {
        var columns: [Int32] = []
        columns.reserveCapacity(fields.count)
        var lineStart = -1, offset = 0, column: Int32 = 1
        for field in fields {
            if field.lineStart != lineStart || field.rawStart < offset {
                lineStart = field.lineStart
                offset = lineStart
                column = 1
            }
            for k in offset ..< field.rawStart where bytes[k] & 0xC0 != 0x80 { column += 1 }
            offset = field.rawStart
            columns.append(column)
        }
        return columns
    }

    /// Calls `row` for each record with its fields; stops at the first unterminated quote
    /// and returns the field where it opened.
    func scan(_ row: (UnsafeBufferPointer<CSVField>) -> Void) -> CSVField? {
        scan(from: start, line: 1, until: Int.max, row).unterminated
    }

    /// Where a scan stopped: at the first unterminated quote (`unterminated` is the field
    /// where it opened), or at `offset`, the start of a record on `line` (the end of the
    /// bytes, or the first record starting at or after the limit).
    struct Stop {
        var unterminated: CSVField?
        var offset: Int
        var line: Int32
    }

    /// Calls `row` for each record from `begin`, the start of a record on line `line`, and
    /// stops after the first one that ends at or past `limit` (so it reads at least one:
    /// `limit == begin` reads exactly one). A record start is the scanner's whole state, so scanning
    /// `a ..< b` and then from `b` (with the line this returned) is scanning `a ..< end`.
    func scan(from begin: Int, line firstLine: Int32, until limit: Int,
              _ row: (UnsafeBufferPointer<CSVField>) -> Void) -> Stop {
        var fields: [CSVField] = []
        fields.reserveCapacity(32)
        return bytes.withUnsafeBufferPointer { buffer -> Stop in
            let n = buffer.count
            let delimiter = self.delimiter
            // Bytes above this are never a delimiter, quote or line end: one comparison
            // for most bytes.
            let highestSpecial = Swift.max(delimiter, 0x22)
            var i = begin
            var line: Int32 = firstLine
            var lineStart = begin
            while i < n {
                // One field.
                var field = CSVField(start: i, end: i, line: line, hasEscapedQuotes: false, irregular: false,
                                     rawStart: i, lineStart: lineStart)
                if buffer[i] == 0x22 {
                    i += 1
                    field.start = i
                    while true {
                        guard i < n else { return Stop(unterminated: field, offset: i, line: line) }
                        let b = buffer[i]
                        if b > 0x22 { i += 1; continue }
                        if b == 0x22 {
                            if i + 1 < n, buffer[i + 1] == 0x22 {
                                field.hasEscapedQuotes = true
                                i += 2
                                continue
                            }
                            break
                        }
                        if b == 0x0A {
                            line += 1
                            lineStart = i + 1
                        }
                        i += 1
                    }
                    field.end = i
                    i += 1
                    // Anything between the closing quote and the delimiter.
                    while i < n, buffer[i] != delimiter, buffer[i] != 0x0A, buffer[i] != 0x0D {
                        if buffer[i] != 0x20 { field.irregular = true }
                        i += 1
                    }
                    if field.irregular { field.end = i }
                } else {
                    while i < n {
                        let b = buffer[i]
                        if b > highestSpecial { i += 1; continue }
                        if b == delimiter || b == 0x0A || b == 0x0D { break }
                        i += 1
                    }
                    field.end = i
                }
                if fields.count < CSVScanner.maxFieldsPerRecord { fields.append(field) }
                // What ends the field.
                if i < n, buffer[i] == delimiter {
                    i += 1
                    if i == n {
                        // A trailing delimiter at the very end: one more, empty field.
                        if fields.count < CSVScanner.maxFieldsPerRecord { fields.append(CSVField(start: i, end: i, line: line, hasEscapedQuotes: false, irregular: false,
                                               rawStart: i, lineStart: lineStart)) }
                        fields.withUnsafeBufferPointer(row)
                        fields.removeAll(keepingCapacity: true)
                    }
                    continue
                }
                if i < n, buffer[i] == 0x0D { i += 1 }
                if i < n, buffer[i] == 0x0A { i += 1 }
                line += 1
                lineStart = i
                fields.withUnsafeBufferPointer(row)
                fields.removeAll(keepingCapacity: true)
                if i >= limit { return Stop(unterminated: nil, offset: i, line: line) }
            }
            return Stop(unterminated: nil, offset: n, line: line)
        }
    }

    /// The text of a field.
    func text(_ field: CSVField) -> String {
        if field.irregular { return irregularText(field) }
        return bytes.withUnsafeBufferPointer { buffer in
            let slice = UnsafeBufferPointer(rebasing: buffer[field.start..<field.end])
            guard field.hasEscapedQuotes else { return String(decoding: slice, as: UTF8.self) }
            var unescaped: [UInt8] = []
            unescaped.reserveCapacity(slice.count)
            var k = 0
            while k < slice.count {
                unescaped.append(slice[k])
                k += slice[k] == 0x22 && k + 1 < slice.count && slice[k + 1] == 0x22 ? 2 : 1
            }
            return String(decoding: unescaped, as: UTF8.self)
        }
    }

    /// `"ab"cd` → `abcd`; `"a""b" ` → `a"b`.
    private func irregularText(_ field: CSVField) -> String {
        var out: [UInt8] = []
        var k = field.rawStart + 1
        while k < field.end {
            let b = bytes[k]
            if b == 0x22 {
                if k + 1 < field.end, bytes[k + 1] == 0x22 { out.append(0x22); k += 2; continue }
                out.append(contentsOf: bytes[(k + 1)..<field.end])
                break
            }
            out.append(b)
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the field holds only spaces.
    func isBlank(_ field: CSVField) -> Bool {
        for k in field.start..<field.end where bytes[k] != 0x20 && bytes[k] != 0x09 { return false }
        return true
    }
}
