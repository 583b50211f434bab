/// Text in a workbook's XML (ECMA-376 §22.9.2.19, `ST_Xstring`): characters XML cannot
/// hold are written `_xHHHH_`, and an underscore that would otherwise read as the start of
/// such an escape is written `_x005F_`. CR, which XML parsers would turn into LF, is written
/// as the character reference `&#13;` rather than `_x000D_`, because readers that do not
/// decode `_xHHHH_` (openpyxl) still get it right that way.
enum OOXMLString {
    /// `text` escaped for element content in a workbook part.
    /// - Complexity: O(n).
    static func escaped(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x5F || $0 == 0xEF }) else {
            return text
        }
        var out = ""
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "_" where escapeAt(scalars, i) != nil: out += "_x005F_"
            default:
                if scalar == "\r" {
                    out += "&#13;"
                } else if !XMLText.isAllowed(scalar) {
                    out += "_x" + hex4(scalar.value) + "_"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            i += 1
        }
        return out
    }

    /// `text` with `_xHHHH_` escapes decoded (as read from a workbook part).
    static func unescaped(_ text: String) -> String {
        guard text.utf8.contains(0x5F) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if let value = escapeAt(scalars, i), let decoded = Unicode.Scalar(value) {
                out.append(decoded)
                i += 7
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The code of an `_xHHHH_` escape starting at `i`, if there is one.
    private static func escapeAt(_ scalars: [Unicode.Scalar], _ i: Int) -> UInt32? {
        guard i + 6 < scalars.count, scalars[i] == "_", scalars[i + 1] == "x", scalars[i + 6] == "_" else { return nil }
        var value: UInt32 = 0
        for k in 2...5 {
            guard let digit = hexValue(scalars[i + k]) else { return nil }
            value = value * 16 + digit
        }
        return value
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: scalar.value - 0x30
        case 0x41...0x46: scalar.value - 0x41 + 10
        case 0x61...0x66: scalar.value - 0x61 + 10
        default: nil
        }
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = Array("0123456789ABCDEF")
        return String((0..<4).reversed().map { digits[Int((value >> (UInt32($0) * 4)) & 0xF)] })
    }
}
