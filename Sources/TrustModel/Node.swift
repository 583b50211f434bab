/// A partner, a post or a client in the network (DESIGN §3 "nodes").
public struct Node: Hashable, Sendable {
    /// Unique, non-empty identifier as written.
    public let id: String
    /// Display label; equals `id` when the data gives none.
    public let name: String
    /// Id of the community (committee) or street the node belongs to, if given.
    public let area: String?
    /// What the node can give.
    public let resources: [Tag]
    /// What the node needs (clients).
    public let needs: [Tag]
    /// People the node stands for: a client group's headcount, 1 when not given.
    public let size: Int
    /// How much the node can give (hours, yuan …), if given.
    public let capacity: Double?
    // After `capacity`, so the one-byte kind fills its tail (an optional Double is 9 bytes).
    public let kind: NodeKind
    /// Every other column, by its header as written; ``TrustNetwork/nodeAttributeNames``
    /// gives their order.
    public let attributes: [String: String]

    public init(id: String, name: String? = nil, kind: NodeKind, area: String? = nil,
                resources: [Tag] = [], needs: [Tag] = [], size: Int = 1,
                capacity: Double? = nil, attributes: [String: String] = [:]) {
        self.id = id
        self.name = (name?.isEmpty ?? true) ? id : name ?? id
        self.kind = kind
        self.area = area
        self.resources = resources
        self.needs = needs
        self.size = size
        self.capacity = capacity
        self.attributes = attributes
    }

    /// People represented: a client's `size`; other kinds represent no clients.
    public var people: Int { kind == .client ? size : 0 }
}
