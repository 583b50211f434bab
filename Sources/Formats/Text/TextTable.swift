import TrustModel

/// Plain-text tables for the terminal that line up with Chinese text: a CJK character takes
/// two columns, so widths are counted in display columns, not characters.
public struct TextTable {
    public enum Alignment { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []

    public init(headers: [String], alignments: [Alignment]) {
        self.headers = headers
        self.alignments = alignments
    }

    public mutating func add(_ row: [String]) { rows.append(row) }

    /// The table with a rule under the header, each line indented by `indent` spaces. Cells
    /// are one line each: control characters in them are shown escaped (``TerminalText``).
    public func render(indent: Int = 2) -> String {
        let all = ([headers] + rows).map { $0.map { TerminalText.escaped($0) } }
        var widths = [Int](repeating: 0, count: headers.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], TextTable.displayWidth(cell))
            }
        }
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for (index, row) in all.enumerated() {
            var line = pad
            for (i, cell) in row.enumerated() where i < widths.count {
                let fill = String(repeating: " ", count: widths[i] - TextTable.displayWidth(cell))
                let isLast = i == widths.count - 1
                switch alignments[i] {
                case .left: line += cell + (isLast ? "" : fill)
                case .right: line += fill + cell
                }
                if !isLast { line += "  " }
            }
            lines.append(line)
            if index == 0 {
                lines.append(pad + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Columns a string takes in a terminal: 2 for East Asian wide and full-width
    /// characters (Unicode EAW W/F, the ranges that matter for Chinese text), 0 for
    /// combining marks, 1 otherwise.
    public static func displayWidth(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if scalar.properties.generalCategory == .nonspacingMark || v == 0x200B || v == 0xFEFF { continue }
            switch v {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
                width += 2
            default:
                width += 1
            }
        }
        return width
    }
}

