/// Numbers as people read them in a table: fixed decimals, percentages.
public enum NumberText {
    /// `x` rounded to `digits` decimals, always showing them (0.5 → "0.50"). Independent of
    /// the locale, so output is the same on every machine.
    public static func fixed(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return "—" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        let negative = x < 0 && scaled > 0
        let whole = Int64(scaled / scale)
        let fraction = Int64(scaled - Double(whole) * scale)
        var text = String(whole)
        if digits > 0 {
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return negative ? "-" + text : text
    }

    /// A share as a percentage with one decimal: 0.0412 → "4.1%".
    public static func percent(_ share: Double) -> String { fixed(share * 100, 1) + "%" }

    /// A size in bytes as people read it (decimal units): `2.2 GB`, `64 MB`, `12 KB`, `512 B`.
    public static func byteSize(_ bytes: Int) -> String {
        switch bytes {
        case 1_000_000_000...: fixed(Double(bytes) / 1e9, 1) + " GB"
        case 1_000_000...: fixed(Double(bytes) / 1e6, 0) + " MB"
        case 1_000...: fixed(Double(bytes) / 1e3, 0) + " KB"
        default: "\(bytes) B"
        }
    }
}
