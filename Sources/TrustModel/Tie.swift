/// A relationship seen from its source (DESIGN §3 "ties"): `trust` is how far `source`
/// trusts `target` in this relationship.
///
/// Laid out for a city's million ties: 48 bytes a tie (72 with plain optionals). The
/// optional numbers are stored as doubles with NaN for "not given" (a NaN never comes from
/// the data: the readers refuse non-finite numbers), and the start date and extra columns,
/// which most ties lack, sit behind one reference that is `nil` for them.
public struct Tie: Hashable, Sendable {
    /// Index of the source node in ``TrustNetwork/nodes``.
    public let source: Int32
    /// Index of the target node in ``TrustNetwork/nodes``.
    public let target: Int32
    /// Trust in [0, 1]; a tie of trust 0 is recorded but carries nothing.
    public let trust: Double
    private let storedFrequency: Double
    private let storedValue: Double
    public let relation: Relation
    /// Whether the tie counts both ways: the row's `mutual` cell, else the relation's default.
    public let mutual: Bool
    private let rare: RareTieFields?

    /// Contacts per month, if given.
    public var frequency: Double? { storedFrequency.isNaN ? nil : storedFrequency }
    /// Amount carried (yuan, hours), if given.
    public var value: Double? { storedValue.isNaN ? nil : storedValue }
    /// Start date, ISO `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), if given.
    public var since: String? { rare?.since }
    /// Every other column, by its header as written; ``TrustNetwork/tieAttributeNames``
    /// gives their order.
    public var attributes: [String: String] { rare?.attributes ?? [:] }

    public init(source: Int32, target: Int32, relation: Relation, trust: Double,
                mutual: Bool? = nil, frequency: Double? = nil, value: Double? = nil,
                since: String? = nil, attributes: [String: String] = [:]) {
        self.source = source
        self.target = target
        self.relation = relation
        self.trust = trust
        self.mutual = mutual ?? relation.isMutualByDefault
        self.storedFrequency = frequency ?? .nan
        self.storedValue = value ?? .nan
        self.rare = since == nil && attributes.isEmpty ? nil : RareTieFields(since: since, attributes: attributes)
    }

    public static func == (a: Tie, b: Tie) -> Bool {
        a.source == b.source && a.target == b.target && a.trust == b.trust && a.relation == b.relation
            && a.mutual == b.mutual && a.frequency == b.frequency && a.value == b.value
            && a.since == b.since && a.attributes == b.attributes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(target)
        hasher.combine(trust)
        hasher.combine(relation)
        hasher.combine(mutual)
        hasher.combine(frequency)
        hasher.combine(value)
        hasher.combine(since)
        hasher.combine(attributes)
    }
}

/// The fields few ties have, kept out of line.
private final class RareTieFields: Sendable {
    let since: String?
    let attributes: [String: String]

    init(since: String?, attributes: [String: String]) {
        self.since = since
        self.attributes = attributes
    }
}
