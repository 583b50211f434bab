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

    /// Appends `value` as indented JSON, its nested lines indented `indent` more spaces (for
    /// writing a large document in parts).
    public static func write(_ value: Value, indent: Int, into out: inout String) {
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

    /// Quotes and escapes `text`: `"` `\\`, control characters, and U+2028/U+2029 (which
    /// JavaScript cannot hold raw); also every other control a terminal would act on (DEL,
    /// C1, bidirectional controls, U+FEFF: ``TerminalText/isControl(_:)``), so JSON printed
    /// to a terminal is safe and still the same text. Unescaped runs are copied whole from the UTF-8 bytes
    /// (splitting only at an ASCII byte or a whole U+2028/U+2029), so Chinese text, with
    /// its many E2-led characters (“ ” — →), is not walked scalar by scalar.
    static func escape(_ text: String, into out: inout String) {
        out += "\""
        var text = text
        text.withUTF8 { bytes in
            var start = 0, i = 0
            func flush(_ end: Int) {
                if end > start { out += String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< end]), as: UTF8.self) }
            }
            while i < bytes.count {
                let b = bytes[i]
                var replacement: String?
                var width = 1
                switch b {
                case 0x22: replacement = "\\\""
                case 0x5C: replacement = "\\\\"
                case 0x0A: replacement = "\\n"
                case 0x0D: replacement = "\\r"
                case 0x09: replacement = "\\t"
                case 0x00 ..< 0x20:
                    let hex = String(b, radix: 16)
                    replacement = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0x7F: replacement = "\\u007f"
                case 0xC2 where i + 1 < bytes.count && bytes[i + 1] <= 0x9F:
                    replacement = "\\u00" + String(bytes[i + 1], radix: 16)
                    width = 2
                case 0xE2 where i + 2 < bytes.count, 0xEF where i + 2 < bytes.count:
                    let scalar = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    if let value = Unicode.Scalar(scalar), TerminalText.isControl(value) {
                        replacement = "\\u" + String(scalar, radix: 16)
                        width = 3
                    }
                default: break
                }
                if let replacement {
                    flush(i)
                    out += replacement
                    i += width
                    start = i
                } else {
                    i += 1
                }
            }
            flush(bytes.count)
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
