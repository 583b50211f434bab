import TrustModel

/// The fast lane of CSV loading: a row whose every cell is plain (unquoted or quoted without
/// escapes, nothing to trim, no formula apostrophe) and breaks no rule is read straight from
/// the bytes — ids looked up without making a `String`, kinds, relations, tag lists and
/// yes/no words remembered by their bytes, decimals parsed from their digits — and added
/// through ``NetworkBuilder/addChecked(_:line:)``. Any other row, and any row that would
/// give a diagnostic, goes through ``TableHeader/read(_:scanner:source:into:)`` unchanged,
/// so every rule and every message stays in one place.
///
/// Values are computed by the very functions the slow path calls (`NodeKind(word:)`,
/// `Relation(word:)`, `Tag.list(from:)`, `ValueParsing`), memoised per distinct cell text;
/// the only hand-written parse is of plain decimals (`0.85`), which gives the correctly
/// rounded `Double` just as `Double(String)` does: an integer below 2⁵³ divided by an exact
/// power of ten is rounded once.
struct CSVFastRows {
    /// Column index of each field the fast lane reads (-1: absent).
    private var column = [Int](repeating: -1, count: 9)
    private let table: Table
    private(set) var usable = true
    private let fieldCount: Int
    /// Columns not read whose data must be reported: a row with data there takes the slow
    /// path.
    private var watched: [Int] = []

    private var kinds = Memo<NodeKind>()
    private var relations = Memo<Relation>()
    private var tagLists = Memo<[Tag]>()
    private var booleans = Memo<Bool>()

    init(_ header: TableHeader) {
        table = header.table
        fieldCount = header.roles.count
        for (i, role) in header.roles.enumerated() {
            switch role {
            case let .node(c): column[CSVFastRows.ordinal(c)] = i
            case let .tie(c): column[CSVFastRows.ordinal(c)] = i
            case .attribute: usable = false
            case .unnamed, .mergedTail: watched.append(i)
            case .ignored: break
            }
        }
        // trust5 and its cross-check with trust are left to the slow path.
        if table == .ties, column[CSVFastRows.ordinal(.trust5)] >= 0 { usable = false }
        if table == .ties, column[CSVFastRows.ordinal(.trust)] < 0 { usable = false }
    }

    @inline(__always)
    private static func ordinal(_ c: NodeColumn) -> Int {
        switch c {
        case .id: 0
        case .name: 1
        case .kind: 2
        case .area: 3
        case .resources: 4
        case .needs: 5
        case .size: 6
        case .capacity: 7
        }
    }

    @inline(__always)
    private static func ordinal(_ c: TieColumn) -> Int {
        switch c {
        case .source: 0
        case .target: 1
        case .relation: 2
        case .trust: 3
        case .trust5: 4
        case .mutual: 5
        case .frequency: 6
        case .value: 7
        case .since: 8
        }
    }

    /// A field's bytes when plain, as `(start, end)`; `nil` when the field must take the slow
    /// path. Blank (absent or empty) fields give an empty range.
    @inline(__always)
    private static func plain(_ fields: UnsafeBufferPointer<CSVField>, _ index: Int,
                              _ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>?? {
        guard index >= 0, index < fields.count else { return .some(nil) }
        let field = fields[index]
        if field.irregular || field.hasEscapedQuotes { return nil }
        let start = field.start, end = field.end
        if start == end { return .some(nil) }
        let first = bytes[start], last = bytes[end - 1]
        // Anything that might be trimmed (ASCII spaces; U+3000, U+00A0 and U+FEFF start
        // with E3, C2, EF and end with 80, A0, BF) or restored (a leading apostrophe).
        if first <= 0x20 || first == 0x27 || first == 0xE3 || first == 0xC2 || first == 0xEF { return nil }
        if last <= 0x20 || last == 0x80 || last == 0xA0 || last == 0xBF { return nil }
        return .some(UnsafeBufferPointer(rebasing: bytes[start ..< end]))
    }

    /// A plain decimal (`85`, `0.85`, `.5`) without sign or exponent, exactly; `nil` for any
    /// other text (left to `ValueParsing.number`).
    @inline(__always)
    private static func decimal(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var mantissa: UInt64 = 0
        var digits = 0, fraction = 0
        var point = false
        for b in text {
            if b >= 0x30, b <= 0x39 {
                mantissa = mantissa &* 10 &+ UInt64(b - 0x30)
                digits += 1
                if point { fraction += 1 }
            } else if b == 0x2E, !point {
                point = true
            } else {
                return nil
            }
        }
        guard digits > 0, digits <= 15, fraction <= 22, !point || fraction > 0 else { return nil }
        return Double(mantissa) / CSVFastRows.powersOfTen[fraction]
    }

    private static let powersOfTen: [Double] = (0 ... 22).map { k in
        var p = 1.0
        for _ in 0 ..< k { p *= 10 }
        return p
    }

    private static func string(_ text: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: text, as: UTF8.self)
    }

    /// A number as the slow path reads it; `nil` when it would report one.
    @inline(__always)
    private static func number(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        decimal(text) ?? ValueParsing.number(string(text))
    }

    /// Whether a column that is not read holds anything in this row.
    @inline(__always)
    private func holdsWatchedData(_ fields: UnsafeBufferPointer<CSVField>) -> Bool {
        for i in watched where i < fields.count && fields[i].start != fields[i].end { return true }
        return false
    }

    /// Reads the row; `false` when it must take the slow path.
    mutating func read(_ fields: UnsafeBufferPointer<CSVField>, bytes: UnsafeBufferPointer<UInt8>,
                       into builder: inout NetworkBuilder) -> Bool {
        guard usable, fields.count <= fieldCount, !holdsWatchedData(fields) else { return false }
        let line = Int(fields[0].line)
        switch table {
        case .nodes: return readNode(fields, bytes: bytes, line: line, into: &builder)
        case .ties: return readTie(fields, bytes: bytes, line: line, into: &builder)
        }
    }

    private mutating func readNode(_ fields: UnsafeBufferPointer<CSVField>, bytes: UnsafeBufferPointer<UInt8>,
                                   line: Int, into builder: inout NetworkBuilder) -> Bool {
        guard let (node, id) = node(fields, bytes: bytes) else { return false }
        return builder.addChecked(node, idBytes: UnsafeBufferPointer(rebasing: bytes[id]), line: line)
    }

    /// The node of a row that breaks no rule of its own, and the byte range of its id in
    /// `bytes`; `nil` when the row must take the slow path. Whether its id is taken is for
    /// ``NetworkBuilder/addChecked(_:idBytes:line:)`` to say.
    mutating func node(_ fields: UnsafeBufferPointer<CSVField>,
                       bytes: UnsafeBufferPointer<UInt8>) -> (node: Node, id: Range<Int>)? {
        guard usable, table == .nodes, fields.count <= fieldCount, !holdsWatchedData(fields) else { return nil }
        func cell(_ c: NodeColumn) -> UnsafeBufferPointer<UInt8>?? {
            CSVFastRows.plain(fields, column[CSVFastRows.ordinal(c)], bytes)
        }
        guard case let .some(idCell) = cell(.id), let id = idCell,
              case let .some(kindCell) = cell(.kind), let kindText = kindCell,
              case let .some(name) = cell(.name), case let .some(area) = cell(.area),
              case let .some(resourcesCell) = cell(.resources), case let .some(needsCell) = cell(.needs),
              case let .some(sizeCell) = cell(.size), case let .some(capacityCell) = cell(.capacity)
        else { return nil }
        guard let kind = kinds.value(kindText, compute: { NodeKind(word: $0) }) else { return nil }
        var resources: [Tag] = [], needs: [Tag] = []
        if let text = resourcesCell {
            guard let tags = tagLists.value(text, compute: CSVFastRows.knownTags) else { return nil }
            resources = tags
        }
        if let text = needsCell {
            guard let tags = tagLists.value(text, compute: CSVFastRows.knownTags) else { return nil }
            needs = tags
        }
        var size = 1
        if let text = sizeCell {
            guard text.count <= 9 else { return nil }
            var value = 0
            for b in text {
                guard b >= 0x30, b <= 0x39 else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
            size = value
        }
        var capacity: Double?
        if let text = capacityCell {
            guard let value = CSVFastRows.number(text), value >= 0 else { return nil }
            capacity = value
        }
        let node = Node(id: CSVFastRows.string(id), name: name.map(CSVFastRows.string), kind: kind,
                        area: area.map(CSVFastRows.string), resources: resources, needs: needs, size: size,
                        capacity: capacity)
        // `plain` gave the id's field range unless blank, which it is not here.
        let idField = fields[column[CSVFastRows.ordinal(NodeColumn.id)]]
        return (node, idField.start ..< idField.end)
    }

    /// Tags as `Tag.list(from:)` reads them, or `nil` when one is unknown (the slow path
    /// warns about it).
    private static func knownTags(_ text: String) -> [Tag]? {
        let tags = Tag.list(from: text)
        return tags.allSatisfy { $0.known != nil } ? tags : nil
    }

    private mutating func readTie(_ fields: UnsafeBufferPointer<CSVField>, bytes: UnsafeBufferPointer<UInt8>,
                                  line: Int, into builder: inout NetworkBuilder) -> Bool {
        func cell(_ c: TieColumn) -> UnsafeBufferPointer<UInt8>?? {
            CSVFastRows.plain(fields, column[CSVFastRows.ordinal(c)], bytes)
        }
        guard case let .some(sourceCell) = cell(.source), let sourceID = sourceCell,
              case let .some(targetCell) = cell(.target), let targetID = targetCell,
              case let .some(relationCell) = cell(.relation), let relationText = relationCell,
              case let .some(trustCell) = cell(.trust), let trustText = trustCell,
              case let .some(mutualCell) = cell(.mutual), case let .some(frequencyCell) = cell(.frequency),
              case let .some(valueCell) = cell(.value), case let .some(sinceCell) = cell(.since)
        else { return false }
        guard let source = builder.nodeIndex(utf8: sourceID), let target = builder.nodeIndex(utf8: targetID),
              source != target,
              let relation = relations.value(relationText, compute: { Relation(word: $0) }),
              let trust = CSVFastRows.number(trustText), trust >= 0, trust <= 1
        else { return false }
        var mutual: Bool?
        if let text = mutualCell {
            guard let value = booleans.value(text, compute: { ValueParsing.boolean($0) }) else { return false }
            mutual = value
        }
        var frequency: Double?, value: Double?, since: String?
        if let text = frequencyCell {
            guard let number = CSVFastRows.number(text), number >= 0 else { return false }
            frequency = number
        }
        if let text = valueCell {
            guard let number = CSVFastRows.number(text), number >= 0 else { return false }
            value = number
        }
        if let text = sinceCell {
            guard let date = ValueParsing.isoDate(CSVFastRows.string(text)) else { return false }
            since = date
        }
        builder.addChecked(Tie(source: source, target: target, relation: relation, trust: trust, mutual: mutual,
                               frequency: frequency, value: value, since: since), line: line)
        return true
    }
}

/// Values computed from a cell's text, remembered by the text's bytes (a few thousand
/// distinct texts at most; beyond that, computed each time).
private struct Memo<Value> {
    private var keys = IDIndex(capacity: 64)
    private var values: [Value?] = []

    mutating func value(_ text: UnsafeBufferPointer<UInt8>, compute: (String) -> Value?) -> Value? {
        if let entry = keys.find(text) { return values[Int(entry)] }
        let value = compute(String(decoding: text, as: UTF8.self))
        if values.count < 4096 {
            keys.insert(text)
            values.append(value)
        }
        return value
    }
}
