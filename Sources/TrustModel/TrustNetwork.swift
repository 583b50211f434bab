/// A whole network: its nodes, its ties and the settings it came with. Immutable once built;
/// every later layer (graph core, analyses, diagrams, reports) reads it.
///
/// Build one with ``NetworkBuilder`` (what the readers do, with positioned diagnostics) or
/// with ``init(title:date:thresholds:nodes:ties:nodeAttributeNames:tieAttributeNames:)``.
public struct TrustNetwork: Sendable, Equatable {
    public let title: String?
    /// The date the data describes, ISO 8601.
    public let date: String?
    public let thresholds: Thresholds
    public let nodes: [Node]
    public let ties: [Tie]
    /// Extra node columns in the order they were read.
    public let nodeAttributeNames: [String]
    /// Extra tie columns in the order they were read.
    public let tieAttributeNames: [String]
    /// Internal so that ``NodeLookup`` and ``replacingTies(_:tieAttributeNames:)`` share it.
    let indexByID: IDIndex

    /// Errors from building a network in code (readers report ``Diagnostic``s instead).
    public enum BuildError: Error, Equatable, Sendable {
        case duplicateID(String)
        case emptyID(node: Int)
        /// A `size` outside 0…2,147,483,647 or a `capacity` below 0 or not finite.
        case nodeValueOutOfRange(node: Int, column: NodeColumn)
        case tieEndpointOutOfRange(tie: Int)
        case selfTie(tie: Int)
        case trustOutOfRange(tie: Int, trust: Double)
        /// A `frequency` or `value` below 0 or not finite.
        case tieValueOutOfRange(tie: Int, column: TieColumn)
    }

    /// A network from values made in code; checks what the readers check about identity
    /// and ranges, so no network the analyses cannot take (a size that overflows the count
    /// of people, a negative frequency) is built through the public API.
    public init(title: String? = nil, date: String? = nil, thresholds: Thresholds = Thresholds(),
                nodes: [Node], ties: [Tie], nodeAttributeNames: [String] = [],
                tieAttributeNames: [String] = []) throws(BuildError) {
        var index = IDIndex(capacity: nodes.count)
        for (i, node) in nodes.enumerated() {
            guard !node.id.isEmpty else { throw .emptyID(node: i) }
            guard index.insert(node.id) != nil else { throw .duplicateID(node.id) }
            guard node.size >= 0, node.size <= Int(Int32.max) else { throw .nodeValueOutOfRange(node: i, column: .size) }
            if let capacity = node.capacity, !(capacity >= 0 && capacity.isFinite) {
                throw .nodeValueOutOfRange(node: i, column: .capacity)
            }
        }
        try TrustNetwork.check(ties, nodeCount: nodes.count)
        self.init(validated: title, date: date, thresholds: thresholds, nodes: nodes, ties: ties,
                  nodeAttributeNames: nodeAttributeNames, tieAttributeNames: tieAttributeNames,
                  index: index.compacted())
    }

    /// Checks ties made in code as the readers check them.
    static func check(_ ties: [Tie], nodeCount: Int) throws(BuildError) {
        for (i, tie) in ties.enumerated() {
            guard tie.source >= 0, tie.target >= 0, Int(tie.source) < nodeCount,
                  Int(tie.target) < nodeCount else { throw .tieEndpointOutOfRange(tie: i) }
            guard tie.source != tie.target else { throw .selfTie(tie: i) }
            guard tie.trust >= 0, tie.trust <= 1 else { throw .trustOutOfRange(tie: i, trust: tie.trust) }
            for (column, number) in [(TieColumn.frequency, tie.frequency), (.value, tie.value)] {
                if let number, !(number >= 0 && number.isFinite) { throw .tieValueOutOfRange(tie: i, column: column) }
            }
        }
    }

    /// For ``NetworkBuilder``, which has checked everything already.
    init(validated title: String?, date: String?, thresholds: Thresholds, nodes: [Node], ties: [Tie],
         nodeAttributeNames: [String], tieAttributeNames: [String], index: IDIndex) {
        self.title = title
        self.date = date
        self.thresholds = thresholds
        self.nodes = nodes
        self.ties = ties
        self.nodeAttributeNames = nodeAttributeNames
        self.tieAttributeNames = tieAttributeNames
        self.indexByID = index
    }

    /// The index of the node with this id.
    /// - Complexity: O(1) on average.
    public func index(of id: String) -> Int32? { indexByID.find(id) }

    /// The node with this id.
    public func node(id: String) -> Node? { index(of: id).map { nodes[Int($0)] } }

    /// The node at an index taken from a ``Tie``.
    public subscript(index: Int32) -> Node { nodes[Int(index)] }

    /// People represented: the sum of client `size`.
    public var peopleRepresented: Int { nodes.reduce(0) { $0 + $1.people } }

    /// The same network with other thresholds (set by flags over `network.json`).
    public func with(thresholds: Thresholds) -> TrustNetwork {
        TrustNetwork(validated: title, date: date, thresholds: thresholds, nodes: nodes, ties: ties,
                     nodeAttributeNames: nodeAttributeNames, tieAttributeNames: tieAttributeNames,
                     index: indexByID)
    }

    public static func == (lhs: TrustNetwork, rhs: TrustNetwork) -> Bool {
        lhs.title == rhs.title && lhs.date == rhs.date && lhs.thresholds == rhs.thresholds
            && lhs.nodes == rhs.nodes && lhs.ties == rhs.ties
            && lhs.nodeAttributeNames == rhs.nodeAttributeNames
            && lhs.tieAttributeNames == rhs.tieAttributeNames
    }
}
