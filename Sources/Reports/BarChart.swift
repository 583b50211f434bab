import TrustModel

/// A horizontal bar chart drawn as inline SVG by hand: a report must work offline and
/// without scripts, and no Swift package draws charts on Linux. Labels are escaped; the
/// same data gives the same bytes.
struct BarChart {
    struct Bar {
        var label: String
        var value: Double
        var text: String
        var highlighted = false
    }

    var bars: [Bar]
    /// The value a full-width bar stands for (the largest value when nil).
    var maximum: Double?
    var caption: String

    /// - Complexity: O(bars).
    func svg() -> String {
        let labelWidth = 230.0, barWidth = 360.0, valueWidth = 80.0, row = 24.0
        let width = labelWidth + barWidth + valueWidth
        let height = row * Double(max(bars.count, 1)) + 8
        let top = maximum ?? (bars.map(\.value).max() ?? 1)
        var out = "<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\">"
        out += "<title>\(Markup.html(caption))</title>"
        for (i, bar) in bars.enumerated() {
            let y = 4 + Double(i) * row
            let length = top > 0 ? max(0, min(1, bar.value / top)) * barWidth : 0
            let fill = bar.highlighted ? "#D55E00" : "#0072B2"
            out += "<text x=\"\(fmt(labelWidth - 8))\" y=\"\(fmt(y + 16))\" text-anchor=\"end\">\(Markup.html(shortened(bar.label)))</text>"
            out += "<rect x=\"\(fmt(labelWidth))\" y=\"\(fmt(y + 4))\" width=\"\(fmt(length))\" height=\"\(fmt(row - 8))\" fill=\"\(fill)\"/>"
            out += "<text x=\"\(fmt(labelWidth + length + 6))\" y=\"\(fmt(y + 16))\">\(Markup.html(bar.text))</text>"
        }
        return out + "</svg>"
    }

    /// Long names cut to fit the label column (a CJK character is about twice a letter).
    private func shortened(_ label: String) -> String {
        var width = 0, out = ""
        for character in label {
            width += character.unicodeScalars.first.map { $0.value > 0x2E80 ? 2 : 1 } ?? 1
            if width > 30 { return out + "…" }
            out.append(character)
        }
        return out
    }

    private func fmt(_ x: Double) -> String { NumberText.fixed(x, 1) }
}
