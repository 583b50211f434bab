/// Escaping for the report's HTML and Markdown: every piece of user data (names, tags,
/// titles, file names) goes through here, so `<script>` or `"><img onerror=…>` in a name is
/// shown as text and never runs.
enum Markup {
    /// Text for HTML element content and attribute values (quotes included).
    static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab and newline (C0, DEL, C1) have no place in
                // a page, nor in the SVG inside it.
                let control = (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
                if control { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Text for a Markdown paragraph or table cell: `&`, `<` and `>` as entities (Markdown
    /// passes HTML through; with no `<` no tag can form, so quotes stay as written — an
    /// entity such as `&#39;` would have its `#` escaped and show as text), Markdown's own
    /// punctuation backslash-escaped, line breaks as spaces.
    static func markdown(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "#": out += "\\" + String(scalar)
            case "\n", "\r": out += " "
            default:
                if scalar.value < 0x20 && scalar != "\t" { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// An SVG produced by Graphviz made fit to sit inside an HTML page: its XML declaration
    /// and doctype removed (not allowed inside HTML) and its ids prefixed, so several diagrams
    /// on one page cannot clash. Its width and height (points, one per unit of its viewBox)
    /// stay: the screen's style scales it to the column, print keeps its size. Graphviz
    /// escapes the labels it writes.
    static func inlineSVG(_ svg: String, prefix: String) -> String {
        var text = Substring(svg)
        if let start = text.range(of: "<svg") { text = text[start.lowerBound...] }
        return String(text)
            .replacing(" id=\"", with: " id=\"\(prefix)-")
            .replacing("url(#", with: "url(#\(prefix)-")
            .replacing("href=\"#", with: "href=\"#\(prefix)-")
    }

    /// The width and height, in points, an SVG's root element gives (`width="601pt"`).
    static func svgSize(_ svg: String) -> (width: Double, height: Double)? {
        guard let start = svg.range(of: "<svg"), let end = svg[start.upperBound...].firstIndex(of: ">") else { return nil }
        let root = svg[start.upperBound..<end]
        func value(_ name: String) -> Double? {
            guard let range = root.range(of: " \(name)=\""), let close = root[range.upperBound...].firstIndex(of: "\"") else { return nil }
            return Double(root[range.upperBound..<close].replacing("pt", with: ""))
        }
        guard let width = value("width"), let height = value("height") else { return nil }
        return (width, height)
    }
}
