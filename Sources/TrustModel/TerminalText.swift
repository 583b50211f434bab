/// Text from the user's data made safe to print: characters that would act on a terminal
/// instead of showing (an escape sequence in a partner's name can recolour, retitle or
/// clear the screen, or hide a line) are shown as visible stand-ins.
///
/// The rule, one for every output meant to be read on a terminal (tables, findings,
/// diagnostics):
/// - C0 control characters U+0000–U+001F and DEL U+007F are shown as their Unicode
///   *control pictures*: ESC as `␛` (U+241B), tab as `␉`, line feed as `␊`, DEL as `␡`.
/// - Other invisible controls — C1 controls U+0080–U+009F (U+009B is a one-byte escape on
///   some terminals), bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069,
///   which can make text read backwards), U+2028/U+2029 line breaks, U+200E/U+200F marks
///   and U+FEFF — are shown as `⟨U+202E⟩`.
/// Everything else, Chinese included, is unchanged.
public enum TerminalText {
    /// Whether a character would act on a terminal rather than print.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// `text` with every control character (``isControl(_:)``) shown visibly; with
    /// `keepingLineFeeds`, line feeds stay (for multi-line text whose lines Guanxi made).
    /// - Complexity: O(n); text with nothing to escape is returned as is after one scan of
    ///   its bytes.
    public static func escaped(_ text: String, keepingLineFeeds: Bool = false) -> String {
        escaped(text, keeping: keepingLineFeeds ? ["\n"] : [])
    }

    /// `text` with every control character except those in `kept` shown visibly (CSV on a
    /// terminal keeps its tabs and CR LF line ends).
    public static func escaped(_ text: String, keeping kept: Set<Unicode.Scalar>) -> String {
        // Every control lies in these lead bytes' ranges: C0 and DEL, C2 (C1 controls), E2
        // (U+2000–U+2FFF) and EF (U+FEFF).
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar), !kept.contains(scalar) else {
                out.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            case 0x7F: out.append("\u{2421}")
            default: out.append(contentsOf: "⟨\(codePoint(scalar.value))⟩".unicodeScalars)
            }
        }
        return String(out)
    }

    /// `U+001B`: a code point as Unicode writes it, at least four hex digits.
    public static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
