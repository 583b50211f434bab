/// A relationship seen from its source (DESIGN §3 "ties"): `trust` is how far `source`
/// trusts `target` in this relationship.
public struct Tie: Hashable, Sendable {
    /// Index of the source node in ``TrustNetwork/nodes``.
    public let source: Int32
    /// Index of the target node in ``TrustNetwork/nodes``.
    public let target: Int32
    // Stored in this order so the two one-byte fields fill the tail of `frequency` (an
    // optional Double is 9 bytes): 72 bytes a tie instead of 88, 16 MB less for a city.
    /// Trust in [0, 1]; a tie of trust 0 is recorded but carries nothing.
    public let trust: Double
    /// Contacts per month, if given.
    public let frequency: Double?
    public let relation: Relation
    /// Whether the tie counts both ways: the row's `mutual` cell, else the relation's default.
    public let mutual: Bool
    /// Amount carried (yuan, hours), if given.
    public let value: Double?
    /// Start date, ISO `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), if given.
    public let since: String?
    /// Every other column, by its header as written; ``TrustNetwork/tieAttributeNames``
    /// gives their order.
    public let attributes: [String: String]

    public init(source: Int32, target: Int32, relation: Relation, trust: Double,
                mutual: Bool? = nil, frequency: Double? = nil, value: Double? = nil,
                since: String? = nil, attributes: [String: String] = [:]) {
        self.source = source
        self.target = target
        self.relation = relation
        self.trust = trust
        self.mutual = mutual ?? relation.isMutualByDefault
        self.frequency = frequency
        self.value = value
        self.since = since
        self.attributes = attributes
    }
}
