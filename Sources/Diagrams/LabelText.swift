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
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Text for inside an HTML-like label: `&`, `<`, `>`, `"` and `'` as entities, line
    /// breaks as `<BR/>`, other control characters dropped (they are not valid in XML), and
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
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
