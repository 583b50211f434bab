/// Dates as a workbook stores them: a number of days (the "serial"), shown as a date by the
/// cell's number format. Converted to ISO 8601 text, which is what Guanxi's `since` and
/// `date` read.
enum ExcelDate {
    /// Built-in formats that show only a year and month: `mmm-yy` and, as Chinese Excel and
    /// WPS define them, `yyyy"年"m"月"`.
    static let yearMonthFormats: Set<Int> = [17, 27, 36, 50, 52, 57]

    /// Whether a number format shows a date: the built-in date formats (14–17, 22, and the
    /// East Asian ones that Chinese Excel and WPS use for `2021年5月24日` — 32–35 and 55–56
    /// are times there), or a custom format with a year or day code outside quotes and
    /// brackets.
    static func isDateFormat(id: Int, code: String?) -> Bool {
        if let code {
            let shown = parts(of: code)
            return shown.year || shown.day
        }
        switch id {
        case 14...17, 22, 27...31, 36, 50...54, 57, 58: return true
        default: return false
        }
    }

    /// Which date parts a format code shows (quoted text, `[…]` sections and escaped
    /// characters skipped).
    static func parts(of code: String) -> (year: Bool, month: Bool, day: Bool) {
        var year = false, month = false, day = false
        var inQuotes = false, inBrackets = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\", "_", "*": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            default:
                guard !inQuotes, !inBrackets else { continue }
                if character == "y" { year = true }
                if character == "m" { month = true }
                if character == "d" { day = true }
            }
        }
        return (year, month, day)
    }

    /// The ISO date of a serial: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the format shows
    /// only the month or the year. The 1900 system counts 1900-02-29, which never was
    /// (Lotus 1-2-3's bug, kept by Excel): serials from 61 on are a day ahead.
    static func iso(serial: Double, date1904: Bool, formatID: Int, code: String?) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }  // up to 9999-12-31
        let whole = Int(serial.rounded(.down))
        let days: Int  // days since 1970-01-01
        if date1904 {
            days = whole - 24_107
        } else if whole >= 61 {
            days = whole - 25_569
        } else if whole >= 1 {
            days = whole - 25_568
        } else {
            return nil
        }
        let (y, m, d) = civil(fromDays: days)
        let shown: (year: Bool, month: Bool, day: Bool) = code.map(parts(of:))
            ?? (yearMonthFormats.contains(formatID) ? (true, true, false) : (true, true, true))
        let year = String(y)
        let month = m < 10 ? "0\(m)" : "\(m)"
        let day = d < 10 ? "0\(d)" : "\(d)"
        if shown.day { return "\(year)-\(month)-\(day)" }
        if shown.month { return "\(year)-\(month)" }
        return shown.year ? year : "\(year)-\(month)-\(day)"
    }

    /// Year, month and day of a count of days since 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}
