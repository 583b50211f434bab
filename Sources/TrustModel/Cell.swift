/// One value read from a table cell (or a JSON field), with the line and column it started
/// at. The file is known to the ``NetworkBuilder`` per table, so a cell carries only two
/// small integers — cheap for a million rows — and becomes a ``SourcePosition`` only when a
/// problem is reported.
public struct Cell: Sendable {
    public var text: String
    /// A list given as a list (a JSON array of tags); `nil` when the text is to be split.
    public var list: [String]?
    public var line: Int32
    public var column: Int32

    public init(_ text: String, line: Int, column: Int, list: [String]? = nil) {
        self.text = text
        self.list = list
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
    }

    /// Whether the cell holds nothing but spaces.
    public var isBlank: Bool {
        if let list { return list.allSatisfy { Vocabulary.trimmed($0).isEmpty } }
        return text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
            && Vocabulary.trimmed(text).isEmpty
    }
}

/// Where a table was read from: a file, and a sheet when the file is a workbook.
public struct TableSource: Hashable, Sendable {
    public var file: String
    public var sheet: String?

    public init(file: String, sheet: String? = nil) {
        self.file = file
        self.sheet = sheet
    }

    public func position(line: Int, column: Int) -> SourcePosition {
        SourcePosition(file: file, line: line, column: column, sheet: sheet)
    }

    public func position(of cell: Cell) -> SourcePosition {
        position(line: Int(cell.line), column: Int(cell.column))
    }
}

/// A node row as read, before validation.
public struct NodeRecord: Sendable {
    /// Line and column where the row starts.
    public var line: Int
    public var column: Int = 1
    public var id: Cell?
    public var name: Cell?
    public var kind: Cell?
    public var area: Cell?
    public var resources: Cell?
    public var needs: Cell?
    public var size: Cell?
    public var capacity: Cell?
    /// Extra columns, by header as written.
    public var attributes: [(name: String, cell: Cell)] = []

    public init(line: Int) { self.line = line }

    public subscript(column: NodeColumn) -> Cell? {
        get {
            switch column {
            case .id: id
            case .name: name
            case .kind: kind
            case .area: area
            case .resources: resources
            case .needs: needs
            case .size: size
            case .capacity: capacity
            }
        }
        set {
            switch column {
            case .id: id = newValue
            case .name: name = newValue
            case .kind: kind = newValue
            case .area: area = newValue
            case .resources: resources = newValue
            case .needs: needs = newValue
            case .size: size = newValue
            case .capacity: capacity = newValue
            }
        }
    }
}

/// A tie row as read, before validation.
public struct TieRecord: Sendable {
    public var line: Int
    public var column: Int = 1
    public var source: Cell?
    public var target: Cell?
    public var relation: Cell?
    public var trust: Cell?
    public var trust5: Cell?
    public var mutual: Cell?
    public var frequency: Cell?
    public var value: Cell?
    public var since: Cell?
    public var attributes: [(name: String, cell: Cell)] = []

    public init(line: Int) { self.line = line }

    public subscript(column: TieColumn) -> Cell? {
        get {
            switch column {
            case .source: source
            case .target: target
            case .relation: relation
            case .trust: trust
            case .trust5: trust5
            case .mutual: mutual
            case .frequency: frequency
            case .value: value
            case .since: since
            }
        }
        set {
            switch column {
            case .source: source = newValue
            case .target: target = newValue
            case .relation: relation = newValue
            case .trust: trust = newValue
            case .trust5: trust5 = newValue
            case .mutual: mutual = newValue
            case .frequency: frequency = newValue
            case .value: value = newValue
            case .since: since = newValue
            }
        }
    }
}
