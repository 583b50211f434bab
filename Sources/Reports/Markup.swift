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
                // Control characters other than tab and newline have no place in a page.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Text for a Markdown paragraph or table cell: HTML-escaped (Markdown passes HTML
    /// through), Markdown's own punctuation backslash-escaped, line breaks as spaces.
    static func markdown(_ text: String) -> String {
        var out = ""
        for scalar in html(text).unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "#": out += "\\" + String(scalar)
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An SVG produced by Graphviz made fit to sit inside an HTML page: its XML declaration
    /// and doctype removed (not allowed inside HTML), its fixed size dropped so it scales to
    /// the page, and its ids prefixed, so several diagrams on one page cannot clash.
    /// Graphviz escapes the labels it writes.
    static func inlineSVG(_ svg: String, prefix: String) -> String {
        var text = Substring(svg)
        if let start = text.range(of: "<svg") { text = text[start.lowerBound...] }
        // The root's width and height (inches of paper: about 40 for a 73-node network) go,
        // so that the page scales the drawing to its column. Graphviz's viewBox is in points
        // but its drawing is scaled to pixels (×4/3) inside, so the viewBox becomes the size
        // the drawing really has: the width and height numbers themselves.
        if let end = text.firstIndex(of: ">") {
            var root = String(text[..<end])
            var size: [String] = []
            for attribute in ["width", "height"] {
                if let range = root.range(of: " \(attribute)=\""), let close = root[range.upperBound...].firstIndex(of: "\"") {
                    size.append(String(root[range.upperBound..<close]).replacing("pt", with: ""))
                    root.removeSubrange(range.lowerBound...close)
                }
            }
            if size.count == 2, size.allSatisfy({ Double($0) != nil }),
               let box = root.range(of: " viewBox=\""), let close = root[box.upperBound...].firstIndex(of: "\"") {
                root.replaceSubrange(box.lowerBound...close, with: " viewBox=\"0 0 \(size[0]) \(size[1])\"")
            }
            text = Substring(root + text[end...])
        }
        return String(text)
            .replacing(" id=\"", with: " id=\"\(prefix)-")
            .replacing("url(#", with: "url(#\(prefix)-")
            .replacing("href=\"#", with: "href=\"#\(prefix)-")
    }
}
