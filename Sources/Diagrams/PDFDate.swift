/// Fixing the creation date cairo writes into a PDF, so the same diagram gives the same
/// bytes. cairo 1.16 (Debian 12) stamps the current time and ignores `SOURCE_DATE_EPOCH`,
/// and Graphviz gives no way to set it, so the date is rewritten after rendering: the
/// `/CreationDate (…)` string is replaced and, since the new string may differ in length
/// (time zones are written `Z` or `+08'00`), the cross-reference offsets after it are moved.
enum PDFDate {
    /// `D:YYYYMMDD000000Z` from an ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), else 2000-01-01.
    static func pdfString(isoDate: String?) -> String {
        let digits = (isoDate ?? "").split(separator: "-").map(String.init)
        func part(_ i: Int, width: Int, fallback: String) -> String {
            guard i < digits.count, digits[i].count == width, digits[i].allSatisfy(\.isASCII),
                  digits[i].allSatisfy(\.isNumber) else { return fallback }
            return digits[i]
        }
        let year = part(0, width: 4, fallback: "2000")
        let month = part(1, width: 2, fallback: "01"), day = part(2, width: 2, fallback: "01")
        return "D:\(year)\(month)\(day)000000Z"
    }

    /// The PDF with its `/CreationDate` set to `date`; unchanged if it has none or its
    /// cross-reference table is not the classic kind cairo writes.
    /// - Complexity: O(n) in the size of the PDF.
    static func fixCreationDate(_ pdf: [UInt8], to date: String) -> [UInt8] {
        let key = Array("/CreationDate (".utf8)
        guard let start = find(key, in: pdf, from: 0) else { return pdf }
        let valueStart = start + key.count
        guard let valueEnd = pdf[valueStart...].firstIndex(of: UInt8(ascii: ")")) else { return pdf }
        let replacement = Array(date.utf8)
        let delta = replacement.count - (valueEnd - valueStart)
        var result = Array(pdf[..<valueStart]) + replacement + Array(pdf[valueEnd...])
        guard delta != 0 else { return result }
        // Shift every object offset past the date, then `startxref`.
        guard let xref = find(Array("\nxref\n".utf8), in: result, from: 0).map({ $0 + 1 }), xref > valueStart else {
            return pdf
        }
        var cursor = xref + 5
        // Subsections: "first count\n" then count 20-byte entries "oooooooooo ggggg n\r\n".
        while cursor < result.count, let lineEnd = result[cursor...].firstIndex(of: UInt8(ascii: "\n")) {
            let header = String(decoding: result[cursor..<lineEnd], as: UTF8.self).split(separator: " ")
            guard header.count == 2, let count = Int(header[1]) else { break }
            cursor = lineEnd + 1
            for _ in 0..<count {
                guard cursor + 20 <= result.count, let offset = Int(String(decoding: result[cursor..<cursor + 10], as: UTF8.self)) else {
                    return pdf
                }
                if result[cursor + 17] == UInt8(ascii: "n"), offset > valueStart {
                    let moved = Array(pad(offset + delta, to: 10).utf8)
                    result.replaceSubrange(cursor..<cursor + 10, with: moved)
                }
                cursor += 20
            }
        }
        let marker = Array("startxref\n".utf8)
        guard let startxref = find(marker, in: result, from: xref) else { return pdf }
        let numberStart = startxref + marker.count
        guard let numberEnd = result[numberStart...].firstIndex(where: { $0 == 10 || $0 == 13 }),
              let value = Int(String(decoding: result[numberStart..<numberEnd], as: UTF8.self)) else { return pdf }
        result.replaceSubrange(numberStart..<numberEnd, with: Array(String(value + delta).utf8))
        return result
    }

    private static func pad(_ value: Int, to width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// The first position of `needle` in `haystack` at or after `from`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = from
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == needle[0], haystack[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
