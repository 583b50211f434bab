import TrustModel

/// A value of a node or tie field as compared: what the diff reports before and after.
public enum FieldValue: Sendable, Hashable {
    case none
    case text(String)
    case integer(Int)
    case number(Double)
    case flag(Bool)
    /// Tags by keyword, in the order written.
    case tags([Tag])

    public static func optional(_ text: String?) -> FieldValue { text.map(FieldValue.text) ?? .none }
    public static func optional(_ number: Double?) -> FieldValue { number.map(FieldValue.number) ?? .none }

    /// Whether two values say the same: numbers within 1e-12 (the same decimal read twice
    /// gives the same double; `trust5` 4 and `trust` 0.75 too), tags as sets (order and
    /// language of writing do not matter), a blank text as none.
    func same(as other: FieldValue) -> Bool {
        switch (self.normalized, other.normalized) {
        case let (.number(a), .number(b)): abs(a - b) <= 1e-12
        case let (.tags(a), .tags(b)): Set(a) == Set(b)
        case let (a, b): a == b
        }
    }

    private var normalized: FieldValue {
        switch self {
        case let .text(text) where Vocabulary.trimmed(text).isEmpty: .none
        case let .tags(tags) where tags.isEmpty: .none
        default: self
        }
    }
}

/// A node field, by the keyword used in JSON and CSV (`name`, `kind`, … or an extra
/// column's header as written).
public enum NodeField: Sendable, Hashable {
    case name, kind, area, resources, needs, size, capacity
    case attribute(String)

    public var keyword: String {
        switch self {
        case .name: "name"
        case .kind: "kind"
        case .area: "area"
        case .resources: "resources"
        case .needs: "needs"
        case .size: "size"
        case .capacity: "capacity"
        case let .attribute(name): name
        }
    }

    /// The column header in the given language (extra columns as written).
    public func header(_ language: Language) -> String {
        switch self {
        case .name: NodeColumn.name.header(language)
        case .kind: NodeColumn.kind.header(language)
        case .area: NodeColumn.area.header(language)
        case .resources: NodeColumn.resources.header(language)
        case .needs: NodeColumn.needs.header(language)
        case .size: NodeColumn.size.header(language)
        case .capacity: NodeColumn.capacity.header(language)
        case let .attribute(name): name
        }
    }
}

/// One node in both networks whose fields differ.
public struct NodeChange: Sendable {
    public var id: String
    /// Its index in the old and the new network.
    public var old: Int32
    public var new: Int32
    public var fields: [(field: NodeField, old: FieldValue, new: FieldValue)]
}

/// Nodes matched by id, and their fields compared.
///
/// Extra columns are compared only when both files have the column (a column added this
/// quarter would otherwise "change" every node); a cell left blank in one file and filled in
/// the other is a change.
///
/// - Complexity: O(n) expected (one hash lookup per node), plus the tags and attributes.
public enum NodeChanges {
    public static func compare(_ old: TrustNetwork, _ new: TrustNetwork)
        -> (added: [Int32], removed: [Int32], changed: [NodeChange]) {
        var added: [Int32] = []
        var changed: [NodeChange] = []
        let sharedAttributes = new.nodeAttributeNames.filter(Set(old.nodeAttributeNames).contains)
        for (i, node) in new.nodes.enumerated() {
            guard let o = old.index(of: node.id) else {
                added.append(Int32(i))
                continue
            }
            let fields = differences(old[o], node, attributes: sharedAttributes)
            if !fields.isEmpty { changed.append(NodeChange(id: node.id, old: o, new: Int32(i), fields: fields)) }
        }
        let removed = old.nodes.indices.filter { new.index(of: old.nodes[$0].id) == nil }.map { Int32($0) }
        return (added, removed, changed)
    }

    /// The fields of a node that differ, in column order.
    static func differences(_ a: Node, _ b: Node, attributes: [String]) -> [(field: NodeField, old: FieldValue, new: FieldValue)] {
        var pairs: [(NodeField, FieldValue, FieldValue)] = [
            (.name, .text(a.name), .text(b.name)),
            (.kind, .text(a.kind.keyword), .text(b.kind.keyword)),
            (.area, .optional(a.area), .optional(b.area)),
            (.resources, .tags(a.resources), .tags(b.resources)),
            (.needs, .tags(a.needs), .tags(b.needs)),
            (.size, .integer(a.size), .integer(b.size)),
            (.capacity, .optional(a.capacity), .optional(b.capacity)),
        ]
        for name in attributes {
            pairs.append((.attribute(name), .optional(a.attributes[name]), .optional(b.attributes[name])))
        }
        return pairs.filter { !$0.1.same(as: $0.2) }.map { (field: $0.0, old: $0.1, new: $0.2) }
    }
}
