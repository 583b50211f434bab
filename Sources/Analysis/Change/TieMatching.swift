import TrustModel

/// A tie field other than the key (source, target, relation), by the keyword used in JSON
/// and CSV.
public enum TieField: Sendable, Hashable {
    case trust, mutual, frequency, value, since
    case attribute(String)

    public var keyword: String {
        switch self {
        case .trust: "trust"
        case .mutual: "mutual"
        case .frequency: "frequency"
        case .value: "value"
        case .since: "since"
        case let .attribute(name): name
        }
    }

    public func header(_ language: Language) -> String {
        switch self {
        case .trust: TieColumn.trust.header(language)
        case .mutual: TieColumn.mutual.header(language)
        case .frequency: TieColumn.frequency.header(language)
        case .value: TieColumn.value.header(language)
        case .since: TieColumn.since.header(language)
        case let .attribute(name): name
        }
    }
}

/// One tie in both networks whose trust or other fields differ.
public struct TieChange: Sendable {
    /// Its index in the old and the new network's ties.
    public var old: Int
    public var new: Int
    /// Written the other way round in the new file (a mutual tie).
    public var reversed: Bool
    public var oldTrust: Double
    public var newTrust: Double
    /// Every field that differs, trust included when it moved.
    public var fields: [(field: TieField, old: FieldValue, new: FieldValue)]

    public var trustChanged: Bool { fields.contains { $0.field == .trust } }
}

/// Ties of two networks matched by (source id, target id, relation), then mutual ties
/// written the other way round (see ``NetworkDiff`` for the rules).
///
/// Rows repeated with the same key (a duplicate-tie warning on reading) are paired in file
/// order; the extra ones are added or removed. Extra columns are compared only when both
/// files have them, as for nodes.
///
/// - Complexity: O(m) expected: one hash table of the old ties' keys.
public enum TieMatching {
    struct Key: Hashable {
        var source: String
        var target: String
        var relation: Relation
    }

    public static func match(_ old: TrustNetwork, _ new: TrustNetwork)
        -> (added: [Int], removed: [Int], changed: [TieChange], reversed: [(old: Int, new: Int)]) {
        func key(_ tie: Tie, in network: TrustNetwork) -> Key {
            Key(source: network[tie.source].id, target: network[tie.target].id, relation: tie.relation)
        }
        // Old tie indices per key, in file order; matched ones are taken from the front.
        var unmatched: [Key: [Int]] = [:]
        for (i, tie) in old.ties.enumerated() { unmatched[key(tie, in: old), default: []].append(i) }
        func take(_ key: Key, where accept: (Int) -> Bool = { _ in true }) -> Int? {
            guard let list = unmatched[key], let position = list.firstIndex(where: accept) else { return nil }
            unmatched[key]?.remove(at: position)
            return list[position]
        }
        var pairs: [(old: Int, new: Int, reversed: Bool)] = []
        var leftover: [Int] = []
        for (i, tie) in new.ties.enumerated() {
            if let o = take(key(tie, in: new)) { pairs.append((o, i, false)) } else { leftover.append(i) }
        }
        // Mutual ties written the other way round: only after every exact match, so that a
        // pair written both ways matches row for row.
        var added: [Int] = []
        for i in leftover {
            let tie = new.ties[i]
            var reversedKey = key(tie, in: new)
            swap(&reversedKey.source, &reversedKey.target)
            if tie.mutual, let o = take(reversedKey, where: { old.ties[$0].mutual }) {
                pairs.append((o, i, true))
            } else {
                added.append(i)
            }
        }
        pairs.sort { $0.new < $1.new }
        let removed = unmatched.values.flatMap { $0 }.sorted()
        let sharedAttributes = new.tieAttributeNames.filter(Set(old.tieAttributeNames).contains)
        var changed: [TieChange] = []
        for (o, n, reversed) in pairs {
            let fields = differences(old.ties[o], new.ties[n], attributes: sharedAttributes)
            if !fields.isEmpty {
                changed.append(TieChange(old: o, new: n, reversed: reversed, oldTrust: old.ties[o].trust,
                                         newTrust: new.ties[n].trust, fields: fields))
            }
        }
        return (added, removed, changed, pairs.filter(\.reversed).map { ($0.old, $0.new) })
    }

    static func differences(_ a: Tie, _ b: Tie, attributes: [String]) -> [(field: TieField, old: FieldValue, new: FieldValue)] {
        var pairs: [(TieField, FieldValue, FieldValue)] = [
            (.trust, .number(a.trust), .number(b.trust)),
            (.mutual, .flag(a.mutual), .flag(b.mutual)),
            (.frequency, .optional(a.frequency), .optional(b.frequency)),
            (.value, .optional(a.value), .optional(b.value)),
            (.since, .optional(a.since), .optional(b.since)),
        ]
        for name in attributes {
            pairs.append((.attribute(name), .optional(a.attributes[name]), .optional(b.attributes[name])))
        }
        return pairs.filter { !$0.1.same(as: $0.2) }.map { (field: $0.0, old: $0.1, new: $0.2) }
    }
}
