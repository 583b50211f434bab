/// CSV that Excel and WPS open safely and correctly: UTF-8 with a byte-order mark (without
/// it, Excel on Chinese Windows reads UTF-8 as GBK and garbles every Chinese character),
/// CRLF line ends, fields quoted when they hold a delimiter, quote or line break, and text
/// that a spreadsheet would run as a formula neutralised.
///
/// **Formula injection.** A cell starting with `=`, `+`, `-`, `@`, tab or CR is taken by
/// Excel, WPS and LibreOffice as a formula (`=cmd|' /C calc'!A0` starts a program through
/// DDE). Such text is written with a leading `'`, so it shows as text. The rule is made
/// reversible so that Guanxi's own CSV export stays lossless: a text of `k` apostrophes
/// followed by one of those characters gets one more apostrophe on writing, and
/// ``restore(_:)`` (applied by Guanxi's CSV reader) takes one off. Numbers are written as
/// numbers and never prefixed, so `-0.3` stays a number.
///
/// Used for every CSV Guanxi writes for people: the network export, templates, and the
/// metrics and findings tables.
public enum SpreadsheetCSV {
    /// One cell. Text is neutralised; numbers are written in their shortest round-trip form.
    public enum Field: Hashable, Sendable {
        case text(String)
        case number(Double)
        case integer(Int)
        case empty

        /// Text, or empty for `nil`.
        public static func optional(_ text: String?) -> Field { text.map(Field.text) ?? .empty }
        /// A number, or empty for `nil`.
        public static func optional(_ number: Double?) -> Field { number.map(Field.number) ?? .empty }
    }

    /// UTF-8's byte-order mark, which tells Excel the file is UTF-8.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes of a CSV file: the byte-order mark, then each row on a CRLF-ended line.
    ///
    /// - Parameters:
    ///   - neutralising: prefix formula-like text with `'` (see the type's documentation).
    ///     Off only for files meant for programs rather than spreadsheets (Neo4j import).
    ///   - byteOrderMark: start with UTF-8's byte-order mark.
    /// - Complexity: O(total length of the cells).
    public static func render(_ rows: [[Field]], neutralising: Bool = true, byteOrderMark: Bool = true) -> [UInt8] {
        var out: [UInt8] = byteOrderMark ? SpreadsheetCSV.byteOrderMark : []
        for row in rows {
            for (i, field) in row.enumerated() {
                if i > 0 { out.append(0x2C) }
                switch field {
                case .empty: break
                case let .integer(value): out.append(contentsOf: String(value).utf8)
                case let .number(value): out.append(contentsOf: JSONWriter.format(value).utf8)
                case let .text(text): appendQuoted(neutralising ? neutralised(text) : text, to: &out)
                }
            }
            out.append(contentsOf: [0x0D, 0x0A])
        }
        return out
    }

    /// Appends a field, quoted (with inner quotes doubled) when it holds a comma, a quote, a
    /// line break, any other control character but tab, or surrounding spaces or tabs, which
    /// a reader would otherwise trim or split on. NUL, which no text file holds (readers take
    /// it for a binary file), is written as U+FFFD.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        let utf8 = text.utf8
        let needsQuotes = utf8.contains { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F || $0 == 0x2C || $0 == 0x22 || $0 == 0x3B }
            || utf8.first == 0x20 || utf8.last == 0x20 || utf8.first == 0x09 || utf8.last == 0x09
        guard needsQuotes else { out.append(contentsOf: utf8); return }
        out.append(0x22)
        for byte in utf8 {
            switch byte {
            case 0x22: out.append(contentsOf: [0x22, 0x22])
            case 0x00: out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }

    /// Whether a character starts a formula in a spreadsheet.
    private static func startsFormula(_ byte: UInt8) -> Bool {
        byte == 0x3D || byte == 0x2B || byte == 0x2D || byte == 0x40 || byte == 0x09 || byte == 0x0D
    }

    /// The text as written to a spreadsheet CSV: one more leading `'` when the text, after
    /// its leading apostrophes, starts a formula.
    public static func neutralised(_ text: String) -> String {
        guard let next = text.utf8.first(where: { $0 != 0x27 }), startsFormula(next) else { return text }
        return "'" + text
    }

    /// The inverse of ``neutralised(_:)``: one leading `'` removed when apostrophes are
    /// followed by a formula character. Cheap for ordinary cells (one byte compared).
    public static func restore(_ text: String) -> String {
        guard text.utf8.first == 0x27, let next = text.utf8.first(where: { $0 != 0x27 }),
              startsFormula(next) else { return text }
        return String(text.dropFirst())
    }
}
