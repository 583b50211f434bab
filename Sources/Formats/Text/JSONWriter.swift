import TrustModel

/// Writes JSON with keys in the order given and numbers in their shortest round-trip form,
/// so the same result always gives the same bytes (Foundation's encoder orders keys only
/// alphabetically and formats some doubles differently across platforms).
public struct JSONWriter {
    public indirect enum Value {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
        case array([Value])
        case object([(String, Value)])
    }

    /// Two-space indented JSON with a final newline.
    public static func render(_ value: Value) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out += "\n"
        return out
    }

    private static func write(_ value: Value, indent: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case let .bool(flag): out += flag ? "true" : "false"
        case let .int(number): out += String(number)
        case let .double(number): out += format(number)
        case let .string(text): escape(text, into: &out)
        case let .array(items):
            guard !items.isEmpty else { out += "[]"; return }
            // Arrays of scalars stay on one line; they are lists of ids or numbers.
            if items.allSatisfy(\.isScalar) {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    write(item, indent: indent, into: &out)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                write(item, indent: indent + 2, into: &out)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case let .object(members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (i, (key, member)) in members.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                escape(key, into: &out)
                out += ": "
                write(member, indent: indent + 2, into: &out)
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    /// Shortest text that reads back as the same double; integers without `.0`; NaN and
    /// infinities (which JSON cannot hold) as `null`.
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }

    static func escape(_ text: String, into out: inout String) {
        out += "\""
        // Most text needs no escape: appended whole. Every other control a terminal would act
        // on (DEL, C1 as C2 80–9F, U+2028/9 and the bidi controls in E2, U+FEFF in EF) is
        // written as \u too, so JSON printed to a terminal is safe and still the same text.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if TerminalText.isControl(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension JSONWriter.Value {
    var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// `nil` as `null`.
    public static func optional(_ number: Double?) -> Self { number.map(Self.double) ?? .null }
    public static func optional(_ text: String?) -> Self { text.map(Self.string) ?? .null }
}
