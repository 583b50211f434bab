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
                out += spaces(indent + 2)
                write(item, indent: indent + 2, into: &out)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += spaces(indent)
            out += "]"
        case let .object(members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (i, (key, member)) in members.enumerated() {
                out += spaces(indent + 2)
                escape(key, into: &out)
                out += ": "
                write(member, indent: indent + 2, into: &out)
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            out += spaces(indent)
            out += "}"
        }
    }

    /// Indentation, made once per depth (a city's JSON has millions of lines).
    private static let indents = (0 ..< 33).map { String(repeating: " ", count: $0) }

    private static func spaces(_ count: Int) -> String {
        count < indents.count ? indents[count] : String(repeating: " ", count: count)
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
        let plain = text.withUTF8 { bytes in
            var start = 0, i = 0
            while i < bytes.count {
                // Only these bytes can start something to escape; the rest is copied as it is.
                let b = bytes[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xC2 || b == 0xE2 || b == 0xEF,
                      let (replacement, width) = replacement(at: i, in: bytes) else {
                    i += 1
                    continue
                }
                if i > start { out += String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< i]), as: UTF8.self) }
                out += replacement
                i += width
                start = i
            }
            if start > 0, start < bytes.count {
                out += String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
            }
            return start == 0
        }
        // Most texts need no escape at all: appended whole.
        if plain { out += text }
        out += "\""
    }

    /// What the bytes at `i` are escaped as, and how many they are, if they need it.
    private static func replacement(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (String, Int)? {
        let b = bytes[i]
        switch b {
        case 0x22: return ("\\\"", 1)
        case 0x5C: return ("\\\\", 1)
        case 0x0A: return ("\\n", 1)
        case 0x0D: return ("\\r", 1)
        case 0x09: return ("\\t", 1)
        case 0x00 ..< 0x20:
            let hex = String(b, radix: 16)
            return ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, 1)
        case 0x7F: return ("\\u007f", 1)
        case 0xC2 where i + 1 < bytes.count && bytes[i + 1] <= 0x9F:
            return ("\\u00" + String(bytes[i + 1], radix: 16), 2)
        case 0xE2 where i + 2 < bytes.count, 0xEF where i + 2 < bytes.count:
            let scalar = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            if let value = Unicode.Scalar(scalar), TerminalText.isControl(value) {
                return ("\\u" + String(scalar, radix: 16), 3)
            }
            return nil
        default: return nil
        }
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
