/// Where in the user's files something was written: `file:line:column`, both 1-based, the
/// column counted in characters (a Chinese character is one column). A position in a
/// workbook names its sheet and prints as `file:sheet!C14`.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The worksheet, for positions inside a workbook.
    public var sheet: String?

    public init(file: String, line: Int, column: Int, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    public var description: String {
        guard let sheet else { return "\(file):\(line):\(column)" }
        return "\(file):\(sheet)!\(SourcePosition.columnLetters(column))\(line)"
    }

    /// Spreadsheet column letters: 1 → A, 27 → AA.
    public static func columnLetters(_ column: Int) -> String {
        var n = max(1, column)
        var letters: [Character] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.file, lhs.sheet ?? "", lhs.line, lhs.column) < (rhs.file, rhs.sheet ?? "", rhs.line, rhs.column)
    }
}

/// A value as the user wrote it, with where they wrote it.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var position: SourcePosition

    public init(_ value: Value, at position: SourcePosition) {
        self.value = value
        self.position = position
    }
}
