/// Reading numbers, yes/no and dates as people type them in Excel and WPS: full-width
/// digits, thousands separators, a trailing `%`, `2021/5/24` or `2021年5月24日`.
public enum ValueParsing {
    /// A finite decimal number, or `nil`. Accepts `0.8`, `.8`, `80%` (→ 0.8), `50,000`,
    /// `５０` (full-width), `1e3`; rejects `nan`, `inf`, hexadecimal and anything else that
    /// `Double.init` would take but a person would not mean.
    public static func number(_ text: String) -> Double? {
        // Fast path, the common case: plain ASCII decimal text.
        if text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B || $0 == 0x65 || $0 == 0x45 }) {
            guard isDecimal(text.utf8), let value = Double(text), value.isFinite else { return nil }
            return value
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var percent = false
        for scalar in Vocabulary.trimmed(text).unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: bytes.append(UInt8(scalar.value - 0xFF10) + 0x30)  // ０-９
            case 0xFF0E, 0x3002: bytes.append(0x2E)  // ． 。
            case 0xFF0D: bytes.append(0x2D)  // －
            case 0xFF05: percent = true  // ％
            case 0x25 where !percent: percent = true
            case 0x2C, 0xFF0C: continue  // thousands separators
            case 0x30...0x39, 0x2E, 0x2B, 0x2D, 0x65, 0x45:
                if percent { return nil }  // nothing may follow the percent sign
                bytes.append(UInt8(scalar.value))
            default: return nil
            }
        }
        guard isDecimal(bytes), let value = Double(String(decoding: bytes, as: UTF8.self)),
              value.isFinite else { return nil }
        return percent ? value / 100 : value
    }

    /// `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`
    private static func isDecimal<Bytes: Collection>(_ text: Bytes) -> Bool where Bytes.Element == UInt8 {
        // Small: a number's text; an array makes the index arithmetic plain.
        let bytes = Array(text)
        var i = 0
        func digits() -> Int {
            let start = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            return i - start
        }
        if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
        var mantissa = digits()
        if i < bytes.count, bytes[i] == 0x2E {
            i += 1
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            i += 1
            if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == bytes.count
    }

    /// A yes/no cell: 是/否, 双向/单向, yes/no, true/false, y/n, 1/0; `nil` if it is none.
    public static func boolean(_ text: String) -> Bool? {
        switch Vocabulary.normalize(text) {
        case "是", "双向", "对", "yes", "y", "true", "t", "1", "mutual", "√", "✓": true
        case "否", "单向", "不是", "no", "n", "false", "f", "0", "×", "✗": false
        default: nil
        }
    }

    /// A date normalised to ISO 8601 (`2021-05-24`, or `2021-05` / `2021` when only the
    /// month or year is given), or `nil`. Accepts `-`, `/`, `.` and `年月日` separators.
    public static func isoDate(_ text: String) -> String? {
        if case let .date(iso) = date(text) { return iso }
        return nil
    }

    /// What a date cell holds: a date (ISO 8601), a date in a good form that does not exist
    /// (`2023-02-30`, `2023-13-01`), or text that is not a date at all.
    public enum DateReading: Equatable, Sendable {
        case date(String)
        case nonexistent(DateFault)
        case unreadable
    }

    /// Reads a date as ``isoDate(_:)`` does, telling a date that does not exist from text
    /// that is not a date.
    public static func date(_ text: String) -> DateReading {
        // Fast path: already `YYYY-MM-DD`.
        let utf8 = Array(text.utf8)
        if utf8.count == 10, utf8[4] == 0x2D, utf8[7] == 0x2D {
            let digits = [0, 1, 2, 3, 5, 6, 8, 9]
            if digits.allSatisfy({ utf8[$0] >= 0x30 && utf8[$0] <= 0x39 }) {
                func value(_ range: ClosedRange<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(utf8[$1] - 0x30) } }
                let (year, month, day) = (value(0...3), value(5...6), value(8...9))
                guard year >= 1000 else { return .unreadable }
                if let fault = fault(year: year, month: month, day: day) { return .nonexistent(fault) }
                return .date(text)
            }
        }
        var parts: [Int] = []
        var current = 0
        var digitCount = 0
        var separatorSeen = false
        for scalar in Vocabulary.trimmed(text).unicodeScalars {
            if let digit = digitValue(scalar) {
                current = current * 10 + digit
                digitCount += 1
                guard digitCount <= 4 else { return .unreadable }
                separatorSeen = false
            } else if "-/.年月日".unicodeScalars.contains(scalar) {
                guard digitCount > 0, !separatorSeen else { return .unreadable }
                parts.append(current)
                current = 0
                digitCount = 0
                separatorSeen = true
            } else {
                return .unreadable
            }
        }
        if digitCount > 0 { parts.append(current) }
        guard let year = parts.first, (1000...9999).contains(year), parts.count <= 3 else { return .unreadable }
        var iso = String(year)
        if parts.count >= 2 {
            let month = parts[1]
            if let fault = fault(year: year, month: month, day: parts.count == 3 ? parts[2] : nil) {
                return .nonexistent(fault)
            }
            iso += "-" + twoDigits(month)
            if parts.count == 3 { iso += "-" + twoDigits(parts[2]) }
        }
        return .date(iso)
    }

    /// Why a year, month and day make no date, or `nil` when they do.
    private static func fault(year: Int, month: Int, day: Int?) -> DateFault? {
        guard (1...12).contains(month) else { return .month(month) }
        let days = daysIn(month: month, year: year)
        if let day, !(1...days).contains(day) { return .day(year: year, month: month, days: days) }
        return nil
    }

    private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
        default: nil
        }
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
