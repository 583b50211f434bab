/// Escaping for the XML Guanxi writes (GraphML, GEXF, the parts of an XLSX workbook).
///
/// XML 1.0 cannot hold most control characters at all (U+0000–U+001F other than tab, LF
/// and CR, and U+FFFE/U+FFFF), and parsers turn a raw CR into LF and, inside attributes,
/// tabs and line breaks into spaces. So CR always, and tab and LF inside attributes, are
/// written as character references; characters XML cannot hold become U+FFFD in GraphML and
/// GEXF (the workbook writer uses OOXML's own `_xHHHH_` escape for them instead, so they
/// survive there).
enum XMLText {
    /// `text` escaped for element content.
    static func escaped(_ text: String) -> String {
        var out = ""
        append(text, attribute: false, to: &out)
        return out
    }

    /// `text` escaped for an attribute value in double quotes.
    static func attribute(_ text: String) -> String {
        var out = ""
        append(text, attribute: true, to: &out)
        return out
    }

    /// Appends `text` escaped.
    /// - Complexity: O(n).
    static func append(_ text: String, attribute: Bool, to out: inout String) {
        // Most labels need nothing escaped: copy them whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF }) {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\r": out += "&#13;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) } else { out += "\u{FFFD}" }
            }
        }
    }

    /// Whether XML 1.0 can hold the character (its `Char` production).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
