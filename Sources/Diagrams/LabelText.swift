import Foundation

/// Escaping user text for Graphviz labels. Written here because cgraph only quotes strings
/// for the DOT syntax (`"` → `\"`); it does not protect text from Graphviz's own label
/// languages, which give meaning to backslash sequences (escString: `\N`, `\G`, `\n`, `\l`…)
/// and to markup (HTML-like labels: `<`, `>`, `&`).
enum LabelText {
    /// Text for a plain label or tooltip (Graphviz escString): every backslash doubled, so
    /// `\N` or `\G` stay literal; line breaks become `\n` (centred lines); carriage returns
    /// dropped. Quotes are left to cgraph, which escapes them when it writes DOT.
    /// - Complexity: O(n) in the length of the text.
    static func plain(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": continue
            default: result.unicodeScalars.append(isDrawable(scalar) ? scalar : replacement)
            }
        }
        return result
    }

    /// What stands for a character that cannot be drawn or written into XML.
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// False for what XML 1.0 forbids or a drawing cannot show: C0 and C1 control characters
    /// (line breaks are handled by the callers), DEL, and the noncharacters (U+FFFE, U+FFFF in
    /// every plane, U+FDD0–U+FDEF). Such characters become U+FFFD, so SVG stays well-formed.
    static func isDrawable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return false }
        if (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE { return false }
        return true
    }

    /// A tooltip is at most this many characters (the rest cut, with "…").
    static let tooltipLimit = 400

    /// Text for a tooltip: at most ``tooltipLimit`` characters, then as ``plain(_:)``.
    static func tooltip(_ text: String) -> String {
        plain(text.count > tooltipLimit ? String(text.prefix(tooltipLimit - 1)) + "…" : text)
    }

    /// The `id` of a node whose tooltip is longer than ``tooltipLimit``: "tip" and the FNV-1a
    /// hash of the text, the same in every run.
    static func tooltipID(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return "tip" + String(hash, radix: 16)
    }

    /// SVG from Graphviz with each long tooltip (`tooltips`: ``tooltipID(_:)`` → the text) put
    /// back whole where Graphviz wrote it shortened (`<g id="a_ID"><a xlink:title="…">`), as
    /// XML: `&`, `<`, `>`, `"`, `'` as entities, line breaks as `&#10;`, what XML forbids as
    /// U+FFFD. Graphviz cannot carry it whole: `dot` reads no quoted string over 16 KB.
    /// - Complexity: O(length of the SVG + the tooltips) per tooltip found.
    static func restoringTooltips(_ svg: [UInt8], _ tooltips: [String: String]) -> [UInt8] {
        guard !tooltips.isEmpty, var text = String(validating: svg, as: UTF8.self) else { return svg }
        for (id, tooltip) in tooltips.sorted(by: { $0.key < $1.key }) {
            let marker = "<g id=\"a_\(id)\"><a xlink:title=\""
            var from = text.startIndex
            while let start = text.range(of: marker, range: from..<text.endIndex)?.upperBound,
                  let end = text[start...].firstIndex(of: "\"") {
                let whole = xmlAttribute(tooltip)
                text.replaceSubrange(start..<end, with: whole)
                from = text.index(start, offsetBy: whole.count)
            }
        }
        return Array(text.utf8)
    }

    /// Text as an XML attribute value (double quotes).
    static func xmlAttribute(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n": result += "&#10;"
            case "\r": continue
            default: result.unicodeScalars.append(isDrawable(scalar) ? scalar : replacement)
            }
        }
        return result
    }

    /// Printed width of text in ems: CJK and other wide characters 1, others 0.55.
    static func width(_ text: some StringProtocol) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 1 : 0.55) }
    }

    /// Text for inside an HTML-like label: `&`, `<`, `>`, `"` and `'` as entities, line
    /// breaks as `<BR/>`, other control characters shown as U+FFFD (they are not valid in XML), and
    /// every backslash doubled: Graphviz 2.42 applies its `\N`/`\G`/`\E` substitutions to
    /// HTML-like text too (after decoding entities, so `&#92;` does not help), then shows `\\`
    /// as one backslash.
    /// - Complexity: O(n) in the length of the text.
    static func html(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasReturn = scalar == "\r" }
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\\": result += "\\\\"
            case "\r": result += "<BR/>"
            case "\n": if !previousWasReturn { result += "<BR/>" }
            default:
                result.unicodeScalars.append(isDrawable(scalar) ? scalar : replacement)
            }
        }
        return result
    }
}
